"""Places (fields32): what is told after a forced return happened where the return ended, not in
the town abroad it left. (Invented sentences.)"""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_unplaced_act_after_a_return_happens_where_the_return_ended() -> None:
    text = (
        "A man who had worked at a sawmill was sent back from Ji'an to Manpo in March, his cousin "
        "said. He was questioned for three weeks about his contacts abroad."
    )
    _, questioned = _place(
        text,
        _event(text, "repatriation", "sent back"),
        _event(text, "interrogation", "questioned"),
    )
    assert questioned.where is not None and questioned.where.name == "Manpo"


def test_return_through_a_border_town_ends_in_the_town_facing_it() -> None:
    text = "Chinese police returned the four women to North Korea through Ji'an last week, a source said."
    (returned,) = _place(text, _event(text, "repatriation", "returned"))
    assert returned.origin is not None and returned.origin.country == "CN"
    assert returned.destination is not None and returned.destination.name == "Manpo"


def test_return_to_a_border_town_began_in_the_town_facing_it() -> None:
    text = "Chinese police sent the four women back to Manpo last week, a source said."
    (returned,) = _place(text, _event(text, "repatriation", "sent"))
    assert returned.destination is not None and returned.destination.name == "Manpo"
    assert returned.origin is not None and returned.origin.name == "Ji'an"


def test_arrest_told_after_a_return_is_read_where_they_were_before_it() -> None:
    text = (
        "A woman from Musan was beaten for years by a farmer near Jixi. Chinese police sent her back "
        "to Hyesan last autumn, her brother said. She had been detained in a police sweep of the village."
    )
    _, _, detained = _place(
        text,
        _event(text, "violence", "beaten"),
        _event(text, "repatriation", "sent her back"),
        _event(text, "arrest", "detained"),
    )
    assert detained.where is not None and detained.where.country == "CN"
