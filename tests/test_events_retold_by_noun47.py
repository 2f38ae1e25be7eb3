"""Events stage: a later report retells an event another report told first by its noun, "the
shooting of a man who tried to cross", "the death in custody of a trader", "the sentencing of three
men". The noun with its "of" phrase naming people tells the event as the verb would; the same noun
with no people after it ("the shooting lasted an hour", "the sentencing of the case") tells none,
and neither does a plural ("dozens of killings of people"), which counts acts over many occasions.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

import tessera
from events_helpers import types_of

RETOLD = [
    (
        "Relatives still speak of the shooting of a young trader by border guards near Manpo in May.",
        "violence",
    ),
    ("Activists condemned the killing of a soldier by men of his own platoon last month.", "violence"),
    ("The group has documented the death in custody of a farmer in Onsong.", "violence"),
    ("The report describes the death of a woman held at a county jail in Musan.", "violence"),
    ("Neighbours recalled the sentencing of four young men in Hamhung in early May.", "punishment"),
]


@pytest.mark.parametrize(("text", "event_type"), RETOLD, ids=[t[:40] for t, _ in RETOLD])
def test_an_event_retold_by_its_noun_is_found(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


def test_the_retold_shooting_keeps_its_place_and_people() -> None:
    text = "Relatives still speak of the shooting of two traders by border guards near Manpo in May."
    [event] = [e for e in tessera.extract(text, published="2024-06-01") if e.type == "violence"]
    assert event.where is not None and event.where.name == "Manpo"
    assert event.victims is not None and event.victims.count_min == 2


NOT_RETOLD = [
    "The shooting at the border post lasted an hour.",
    "The killing of pigs was ordered during the epidemic.",
    "The sentencing of the case was put off until spring.",
    "The death of his father in 2019 left the family poor.",
    "Police are looking into the death of a businessman in a Dandong hotel.",
    # A plural counts acts over many occasions, no one event retold.
    "Rights groups have documented dozens of killings of people fleeing the country.",
    "Deaths in custody have risen sharply since the border closed.",
]


@pytest.mark.parametrize("text", NOT_RETOLD, ids=[t[:40] for t in NOT_RETOLD])
def test_the_noun_without_people_held_or_harmed_is_no_event(text: str) -> None:
    assert not types_of(text) & {"violence", "punishment"}
