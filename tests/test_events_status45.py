"""Events stage, status of acts told as guessed, feared, still to come or stopped (session 45).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def statuses(text: str, event_type: str) -> list[str]:
    return [e.status for e in events_of(text) if e.type == event_type]


CASES = [
    # "most likely" on a past passive guesses about the past
    ("Two of the traders escaped, but the others were most likely detained.", "arrest", "suspected"),
    # what comes before a step still to come is later still: it looms
    (
        "The five will be kept at a detention centre in Dandong for a month before being handed"
        " over to North Korean police for interrogation.",
        "interrogation",
        "at_risk",
    ),
    # an attempt the report calls failed was tried, whatever belief frames it
    (
        "A patrol boat chased a fishing boat back across the line in what is thought to have been"
        " a failed attempt to defect, officials said.",
        "escape",
        "attempted",
    ),
    # a purpose of a flight shares the flight's status
    (
        "Company officials suspect the three welders have run away to seek asylum in Seoul.",
        "escape",
        "suspected",
    ),
    # a report called unconfirmed is believed, not known
    (
        "The group said it had received unconfirmed reports that a teacher was executed in Hamhung in May.",
        "execution",
        "suspected",
    ),
    # a clause whose source is rumour is believed
    (
        "A deputy minister has been sent to a pig farm, according to rumours among officials in Pyongyang.",
        "punishment",
        "suspected",
    ),
    # the verb "face" read by the parser as a noun or a modifier still governs the act
    (
        "The three women face weeks of interrogation at a border post, the group said.",
        "interrogation",
        "at_risk",
    ),
    (
        "Because Laos treats them as migrants, all nine now face forced return to China.",
        "repatriation",
        "at_risk",
    ),
    # "have faced" a measure tells one in force
    (
        "Drivers leaving the city this month have faced police checkpoints on every road.",
        "movement_restriction",
        "occurred",
    ),
    # a denied permission is the ban in force
    (
        "He must report to the police twice a week and may not leave Musan without a permit.",
        "movement_restriction",
        "occurred",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "status"), CASES)
def test_status(text: str, event_type: str, status: str) -> None:
    assert status in statuses(text, event_type)


def test_guess_about_what_is_going_on_now() -> None:
    """ "May be heading for Mongolia": a modal of possibility on a progressive guesses at what is
    going on now (suspected); "may be sent back" would be what looms."""
    text = "Managers at the plant believe the two cooks have defected and may be heading for Mongolia."
    found = [e.status for e in events_of(text) if e.type == "escape"]
    assert found and all(s == "suspected" for s in found)


def test_could_be_undergoing_is_a_fate() -> None:
    """ "Could be undergoing torture" is told of a fate as much as of a guess: only "may" and
    "might" on a progressive make a guess about now."""
    text = "Those arrested in the raid could be undergoing torture and being interrogated in Chongjin."
    assert "suspected" not in statuses(text, "interrogation")


def test_caught_days_after_a_crossing_is_a_crossing_done() -> None:
    """ "Caught in Jilin days after crossing the Yalu": the crossing came first and was done."""
    text = "The couple was caught on April 9 in a farmhouse in Jilin, days after crossing the Tumen river, the activist said."
    found = statuses(text, "escape")
    assert found and all(s == "occurred" for s in found)


def test_journey_stopped_before_its_end_was_tried() -> None:
    """ "Had travelled from Kunming before being stopped at a checkpoint": stopped on the way."""
    text = "The group had traveled from Nanning with the help of a broker before being stopped at a checkpoint in Guangxi."
    assert "attempted" in statuses(text, "escape")


def test_must_not_urges_not_a_ban() -> None:
    """ "must not" urges; only "may not" and "cannot" deny a permission already in force."""
    assert "occurred" not in statuses(
        "Activists said the authorities must not close the border.", "movement_restriction"
    )


def test_could_before_is_told_as_done() -> None:
    """ "could" tells an ability in the past: what came before it is no prospect."""
    text = "He could barely walk when he was sent back to Sinuiju last week."
    assert "at_risk" not in statuses(text, "repatriation")


def test_face_as_a_noun_is_no_threat() -> None:
    """ "Struck him in the face": the noun, not the verb of a prospect."""
    text = "Guards struck the man in the face during his interrogation in Onsong last May."
    assert "at_risk" not in statuses(text, "interrogation")


def test_according_to_a_source_keeps_the_act() -> None:
    """ "According to a source" names who told it, not that it is rumour."""
    text = "A deputy minister has been sent to a pig farm, according to a source in Pyongyang."
    assert statuses(text, "punishment") == ["occurred"]


def test_what_befell_the_one_who_fled_is_no_purpose() -> None:
    """ "Only for him to be tackled and dragged back": an infinitive with its own subject tells
    what befell the one who fled, not the flight's purpose, and does not share its status."""
    text = (
        "Guards watched a soldier try to run across the zone on Monday, only for him to be tackled"
        " and dragged back by his comrades, an official said."
    )
    assert "attempted" not in statuses(text, "arrest")
