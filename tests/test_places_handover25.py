"""Places (handover25): a return told as passing through, or handed over at, a town of the sending
country starts at that town, not where its people were held before."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_return_through_a_border_town_starts_there():
    text = "Police in Harbin detained the man in March and sent him back through Tumen in May."
    (ev,) = _place(text, _event(text, "repatriation", "sent him back"))
    assert ev.origin is not None and ev.origin.name == "Tumen"


def test_a_return_handed_over_at_a_town_starts_there():
    text = (
        "The woman, who had been held in Shenyang for a month, was handed over to North Korean "
        "border guards at Dandong on June 3."
    )
    (ev,) = _place(text, _event(text, "repatriation", "handed over"))
    assert ev.origin is not None and ev.origin.name == "Dandong"


def test_a_return_from_where_they_were_held_names_no_handover():
    text = "The two men, caught at a bus station in Kunming, were deported to North Korea last week."
    (ev,) = _place(text, _event(text, "repatriation", "deported"))
    assert ev.origin is not None and ev.origin.name == "Kunming"


def test_a_capital_named_after_its_country_is_the_city():
    text = "A North Korean welder walked away from a building project outside Kuwait City in March."
    (ev,) = _place(text, _event(text, "escape", "walked away"))
    assert ev.origin is not None and ev.origin.name == "Kuwait City" and ev.origin.precision == "city"
