"""Where (merge38): a place inside the name of the outlet a report cites ("Radio Free Tumen", "the
Daily Hamgyong Insider") is no place of the event (invented report sentences)."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed


def test_a_place_inside_radio_free_names_the_outlet() -> None:
    text = "Two women were executed by firing squad in Hyesan last Tuesday, sources told Radio Free Tumen."
    (ev,) = placed(text, _event(text, "execution", "executed"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_a_place_between_daily_and_an_outlet_word_names_the_outlet() -> None:
    text = "A family of four has disappeared, a source told the Daily Tumen Report."
    (ev,) = placed(text, _event(text, "disappearance", "disappeared"))
    assert ev.where is None or ev.where.name != "Tumen"


def test_a_town_after_daily_without_an_outlet_word_still_places() -> None:
    text = "Police detained two women in Tumen last week."
    (ev,) = placed(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Tumen"
