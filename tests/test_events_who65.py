"""Who sent people home: the North's own force that took them abroad (perpetrators.py
holders_of, _taken_abroad)."""

from __future__ import annotations

import pytest

from events_helpers import events_of_type


def _kinds(text: str, event_type: str) -> list[str]:
    event = events_of_type(text, event_type, published="2031-09-14")[0]
    return sorted(a.kind for a in event.perpetrators)


@pytest.mark.parametrize(
    "text",
    [
        "Two North Korean welders who went to a church in Khabarovsk were detained by North Korean "
        "security officials in early May and flown to Pyongyang late last month, a source said.",
        "The man was seized by embassy security staff at his flat in Moscow on 3 June and put on a "
        "flight to Pyongyang two days later, the source said.",
    ],
)
def test_the_norths_force_that_took_them_abroad_sends_them_home(text: str) -> None:
    assert _kinds(text, "repatriation") == ["state_security"]


def test_a_foreign_force_that_held_them_still_sends_them() -> None:
    text = "Chinese police detained two North Korean women in Yanji in March. They were handed over at the Tumen bridge in May."
    assert _kinds(text, "repatriation") == ["police"]


def test_a_border_guard_of_the_north_holds_no_one_abroad() -> None:
    text = (
        "Two soldiers crossed the frozen Yalu in January and were caught by border guards. A third "
        "soldier who crossed with them is still being held in Dandong and is likely to be handed "
        "over in the coming days."
    )
    assert _kinds(text, "repatriation") == ["police"]


def _count(text: str, event_type: str) -> int | None:
    event = events_of_type(text, event_type, published="2031-09-14")[0]
    return event.victims.count_min if event.victims else None


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        (
            "The school's principal and the pupils' class teacher were both summoned for questioning.",
            "interrogation",
            2,
        ),
        ("The school's headteacher and the class teacher were dismissed last week.", "punishment", 2),
    ],
)
def test_a_schools_head_is_one_person_of_a_list(text: str, event_type: str, count: int) -> None:
    assert _count(text, event_type) == count


def test_a_counted_proper_plural_glossed_by_bare_plurals_adds_no_one() -> None:
    text = "Nine North Koreans, women and children, were detained by Chinese police at a bus terminal."
    assert _count(text, "arrest") == 9


def test_a_later_group_with_its_own_count_still_adds() -> None:
    text = "Twelve North Koreans and two brokers were detained by police in Kunming."
    assert _count(text, "arrest") == 14
