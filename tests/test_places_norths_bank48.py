"""A placeless act of the North's own organs, read at a border town abroad from the story, happened
in the North's town across the river (tessera.places.roles, `_on_the_norths_bank`). Every text
here is invented."""

from __future__ import annotations

import tessera


def _where(text: str, etype: str) -> list[str | None]:
    return [
        (e.where.name if e.where is not None else None)
        for e in tessera.extract(text, published="2024-07-01")
        if e.type == etype
    ]


def test_agents_at_the_home_of_a_woman_who_fled_act_in_her_town() -> None:
    text = (
        "A seamstress who sold smuggled cloth from her home in Hyesan fled to China with her son "
        "in May, hours after a neighbour warned her that she was about to be arrested, a source said. "
        "They reached Changbai the next morning.\n\n"
        "Agents came to the house the following day. They questioned her elderly father for three days."
    )
    assert _where(text, "interrogation") == ["Hyesan"]


def test_soldiers_handed_back_over_the_bridge_are_tortured_in_the_north() -> None:
    text = (
        "Two conscripts who deserted their unit in Hyesan and fled to Changbai in March have been "
        "handed back by Chinese authorities and are being held by the military security command, a "
        "source said. The handover took place on the Changbai-Hyesan bridge. Both men have been "
        "tortured during interrogation."
    )
    assert set(_where(text, "violence")) == {"Hyesan"}


def test_agents_named_as_the_norths_act_where_the_story_is() -> None:
    text = (
        "A Korean-Chinese farmer who hid North Koreans in his barn in Changbai has not been seen "
        "since he went to the river on the night of June 3, his wife said. Neighbours suspect he "
        "was seized by North Korean agents."
    )
    assert "Hyesan" not in _where(text, "arrest")


def test_chinese_police_act_in_the_chinese_town() -> None:
    text = (
        "A North Korean woman who fled Hyesan last year was living in Changbai with a farmer, a "
        "relative said. Chinese police detained her there on May 2."
    )
    assert "Hyesan" not in _where(text, "arrest")


def test_where_a_relative_lives_is_not_where_the_arrest_was() -> None:
    text = (
        "Police in Hyesan have stepped up searches for smuggled phones, a source in the city said. "
        "At least three people were detained last week, including a man whose brother lives in Changbai."
    )
    assert _where(text, "arrest") == ["Hyesan"]


def test_relatives_who_live_in_a_town_and_are_banished_are_banished_there() -> None:
    text = (
        "A soldier deserted his unit near the border in May, a source said. "
        "His parents, who live in Wonsan, were banished to a mountain village the following week."
    )
    assert _where(text, "punishment") == ["Wonsan"]
