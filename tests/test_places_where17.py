"""Where: a place that locates the goal people were sent to, a scene named only later, the outlet a
source told (invented report sentences)."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed


def test_a_place_locating_the_goal_is_as_far_off_as_the_goal() -> None:
    # the parse may hang "in X" on the verb; it still tells where the farms are, not where the
    # households in Kilju were when they were punished
    text = "At least six households in Kilju were forcibly moved to collective farms in remote Paegam County in May."
    (ev,) = placed(text, _event(text, "punishment", "moved"))
    assert ev.where is not None and ev.where.text == "Kilju"


def test_a_banishment_with_no_other_place_is_at_its_goal() -> None:
    text = "Police arrested a dealer in Hoeryong last week. His wife and children were banished to a mountain village in Yonsa County."
    _, ev = placed(text, _event(text, "arrest", "arrested"), _event(text, "punishment", "banished"))
    assert ev.where is not None and ev.where.name == "Yonsa County"


def test_a_scene_named_only_later_sets_no_scene_before() -> None:
    # the flight told in the last sentence is joined to an earlier mention of it; its town comes up
    # only after the search, which happened where the arrest did
    text = (
        "A trader in Kimchaek was detained by police last month after her brother defected. "
        "Agents searched her flat. "
        "Her brother is thought to have fled to China through Musan."
    )
    evs = placed(
        text,
        _event(text, "arrest", "detained"),
        _event(text, "escape", "defected", also=["fled"]),
        _event(text, "search", "searched"),
    )
    assert evs[2].where is not None and evs[2].where.name == "Kimchaek"


def test_the_outlet_a_source_told_is_no_place() -> None:
    text = "A man in his 30s was detained last week, a source told Hamhung Herald. Agents searched his flat."
    _, ev = placed(text, _event(text, "arrest", "detained"), _event(text, "search", "searched"))
    assert ev.where is None or ev.where.name != "Hamhung"


def test_a_place_told_that_opens_no_outlet_name_still_places() -> None:
    text = "Agents told Musan Mine managers on Monday that three miners had been detained at the shaft."
    (ev,) = placed(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.admin2 == "Musan"
