"""Whom an event befell and who did it, told across a clause: a fine paid to end someone's
custody (victims.py _released_on_payment)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted

_events = partial(extracted, published="2031-09-14")


def _count(text: str, event_type: str) -> int | None:
    event = next(e for e in _events(text) if e.type == event_type)
    return event.victims.count_min if event.victims else None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two of the porters were freed on Friday after their sons paid fines.", 2),
        ("The remaining four were released after their families paid fines.", 4),
        ("Two pedlars were kept in a cell overnight and released after paying a fine.", 2),
        ("The driver was let go after his parents paid a fine of 3,000 yuan.", 1),
    ],
)
def test_fine_paid_for_a_release_befalls_the_released(text: str, count: int) -> None:
    assert _count(text, "punishment") == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Four vendors paid a fine of 5,000 won each, a trader said.", 4),
        ("A woman who sold the phones paid a fine of 2,000 yuan.", 1),
    ],
)
def test_the_payer_who_is_no_kin_keeps_the_fine(text: str, count: int) -> None:
    assert _count(text, "punishment") == count


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        (
            "The former county secretary was held for about three months in a state security "
            "cell before being shot together with two of his deputies at the end of April.",
            "execution",
            3,
        ),
        (
            "A trade official who left his post in Shenyang in early March reached Seoul with his "
            "wife and two sons in late May.",
            "escape",
            4,
        ),
    ],
)
def test_a_stretch_or_the_peoples_own_date_leaves_companions_sharing_the_act(
    text: str, event_type: str, count: int
) -> None:
    assert _count(text, event_type) == count


def test_a_group_with_its_own_date_after_a_dated_act_stays_apart() -> None:
    events = _events("On 29 August, 80 were sent back, along with 40 others on 18 September.")
    assert sorted(e.victims.count_min for e in events if e.type == "repatriation") == [40, 80]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "At the cement works in South Hamgyong Province, the director and two clerks were arrested in May.",
            3,
        ),
        (
            "At the market in Hyesan, Ryanggang Province, a pedlar and her three sons were detained last week.",
            4,
        ),
    ],
)
def test_people_after_an_opening_place_phrase_are_the_subject(text: str, count: int) -> None:
    assert _count(text, "arrest") == count


def _senders(text: str) -> list[tuple[str, str]]:
    event = next(e for e in _events(text) if e.type == "repatriation")
    return [(a.kind, a.name) for a in event.perpetrators]


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean welder who deserted his site in Harbin in May was handed over at the bridge in July.",
        "A logger who was sent back from Khabarovsk in June after running away from his camp is now held in Hoeryong.",
        "The five are expected to be sent back to North Korea next week, the church worker said.",
    ],
)
def test_a_worker_who_fled_or_told_the_report_is_sent_back_by_the_holding_police(text: str) -> None:
    assert [kind for kind, _ in _senders(text)] == ["police"]


def test_workers_sent_home_from_a_worksite_stay_state_security() -> None:
    text = (
        "Four workers caught with South Korean films on their phones were sent home from Nakhodka last week."
    )
    assert [kind for kind, _ in _senders(text)] == ["state_security"]


@pytest.mark.parametrize(
    "text",
    [
        "All six soldiers are being interrogated at the corps' security department in Hoeryong.",
        "Two sergeants were questioned by military security officers at their barracks last week.",
    ],
)
def test_military_security_is_the_armys_own(text: str) -> None:
    event = next(e for e in _events(text) if e.type == "interrogation")
    assert [a.kind for a in event.perpetrators] == ["military"]


def test_bare_security_department_stays_state_security() -> None:
    event = next(
        e
        for e in _events("Two traders were interrogated at the county security department.")
        if e.type == "interrogation"
    )
    assert [a.kind for a in event.perpetrators] == ["state_security"]
