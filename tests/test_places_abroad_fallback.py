"""Events placed by the fallback in reports set abroad (issue #12): a return told after the event
and a settlement named by its unit noun."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_return_told_after_the_event_leaves_it_abroad():
    text = (
        "A North Korean logger who ran away from a camp in Russia's Amur region in spring was caught "
        "by local police and is likely to be sent back to the North, a monitoring group said."
    )
    (ev,) = _place(text, _event(text, "arrest", "caught"))
    assert ev.where is not None and ev.where.country == "RU"


def test_return_told_before_the_event_is_home():
    text = (
        "Two North Korean workers fled a sawmill in Russia's Amur region last year. "
        "Those sent back to the North face long terms in prison camps, a researcher said."
    )
    (ev,) = _place(text, _event(text, "punishment", "face"))
    assert ev.where is not None and ev.where.country == "KP"


def test_a_settlement_of_a_name_is_a_place():
    text = (
        "The worker was detained by migration officers during a check of foreign labourers in the "
        "settlement of Chegdomyn in October."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Chegdomyn"


def test_a_return_begins_where_the_people_had_been_hiding():
    text = (
        "A rights group today condemned the forced return in early May of a group of nine North "
        "Koreans, including two children, who had been hiding in the Chinese city of Harbin."
    )
    (ev,) = _place(text, _event(text, "repatriation", "return"))
    assert ev.origin is not None and ev.origin.name == "Harbin"
