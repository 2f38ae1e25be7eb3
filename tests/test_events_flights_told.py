"""Events stage: flights and arrests told once though their words come twice or describe something
else: an escape word that describes a route, a helper who runs from the police, and an arrest
named again by "after their arrest".

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def _escapes(text: str) -> list[str]:
    return [e.status for e in events_of(text) if e.type == "escape"]


def test_an_escape_route_is_no_flight() -> None:
    text = "The closure of the crossing cut one of the last escape routes still open along the river."
    assert _escapes(text) == []


def test_a_route_for_people_escaping_is_no_flight() -> None:
    text = "Bangkok is the final stop on the long overland route for North Koreans escaping through China and Laos."
    assert _escapes(text) == []


def test_a_flight_along_a_route_is_still_a_flight() -> None:
    text = "Three women fled across the river near Musan on Monday, taking a route used by smugglers."
    assert _escapes(text) == ["occurred"]


def test_a_helper_who_runs_from_the_police_is_no_flight() -> None:
    text = (
        "Six migrants were arrested by river police after landing on the bank on Friday. "
        "A local man suspected of guiding their boat fled into the hills and is being sought."
    )
    assert "escape" not in [e.type for e in events_of(text)]


def test_someone_helped_by_others_who_flees_still_flees() -> None:
    text = "A woman who was helped by a broker fled across the river near Hyesan in March."
    assert _escapes(text) == ["occurred"]


def test_after_their_arrest_names_the_arrest_told_before() -> None:
    text = (
        "The farmer was detained by border police in a village near the river last spring, together "
        "with two women who were staying with him. Relatives believe the women were sent back "
        "soon after their arrest."
    )
    arrests = [e for e in events_of(text) if e.type == "arrest"]
    assert [e.status for e in arrests] == ["occurred"]


def test_people_stopped_on_an_escape_route_were_in_flight() -> None:
    text = "Chinese police arrested the five women in Kunming on Monday, on an escape route to Laos."
    assert "escape" in [e.type for e in events_of(text)]


def test_a_craft_seen_crossing_is_the_crossing_of_those_aboard() -> None:
    text = (
        "Two fishermen sailed a small boat across the sea border on Monday and were taken in by the "
        "navy. Military radar spotted the boat crossing the Northern Limit Line at dawn."
    )
    escapes = [e for e in events_of(text) if e.type == "escape"]
    assert [e.victims.count_min if e.victims else None for e in escapes] == [2]


def test_people_caught_and_still_held_were_arrested_once() -> None:
    text = (
        "Border officials sent 40 detainees back across the river on Monday. A second group of about "
        "ten migrants caught near the coast in May was still being held in a port city, activists said."
    )
    arrests = [e for e in events_of(text) if e.type == "arrest"]
    assert len(arrests) == 1


def test_people_from_a_town_are_the_people_not_the_town() -> None:
    text = (
        "The family of four from Hyesan who were caught in China earlier this month were handed over "
        "to the North last Friday. The family was arrested by Chinese police in Tumen on 6 May."
    )
    arrests = [e for e in events_of(text) if e.type == "arrest"]
    assert [e.victims.count_min if e.victims else None for e in arrests] == [4]


def test_some_of_a_group_caught_were_caught_with_it() -> None:
    text = (
        "Chinese police detained more than 20 migrants in Jilin province last month, an activist "
        "said. The group was held at a centre in Tumen, he said. Some had been arrested in Helong "
        "and Antu, he said."
    )
    arrests = [e for e in events_of(text) if e.type == "arrest"]
    assert len(arrests) == 1
