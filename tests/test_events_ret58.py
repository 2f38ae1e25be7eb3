"""Events stage (ret58): returns from abroad told as a recall or by the journey home, and
expulsions decided by a court abroad.

The North calls its own people home from posts abroad ("ordered home", "called back to
Pyongyang", "recalled from Shenyang", "brought back from Moscow"); a court or an official abroad
expels foreign nationals ("rule on expelling the men", "administrative expulsion"). Each is a
repatriation. Their look-alikes stay unread: a recall joined to the penalty that follows it is
how the report tells that penalty, "recalled" is also remembering, a delegation going home after
a fair is no return, and expulsion from the party is a punishment.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import tessera


def events_of(text: str) -> list:
    return tessera.extract(text, published="2031-05-20", outlet="Test")


def returns_of(text: str) -> list:
    return [e for e in events_of(text) if e.type == "repatriation"]


def test_a_crew_ordered_home_from_a_port_abroad_is_a_return() -> None:
    (event,) = returns_of("The crew of a trawler docked in Vladivostok was ordered home in April.")
    assert event.status == "occurred"
    assert event.origin is not None and event.origin.country == "RU"
    assert event.destination is not None and event.destination.country == "KP"


def test_students_summoned_home_from_universities_abroad_are_a_return() -> None:
    (event,) = returns_of(
        "North Korea has summoned home all eleven of its students at universities in Harbin."
    )
    assert event.origin is not None and event.origin.country == "CN"


def test_an_envoy_called_back_to_pyongyang_is_a_return() -> None:
    (event,) = returns_of("A trade counsellor posted in Minsk was called back to Pyongyang in February.")
    assert event.destination is not None and event.destination.name == "Pyongyang"


def test_engineers_recalled_from_a_city_abroad_are_a_return() -> None:
    (event,) = returns_of("Four engineers were recalled from Shenyang in March.")
    assert event.origin is not None and event.origin.country == "CN"


def test_workers_brought_back_from_moscow_are_a_return() -> None:
    (event,) = returns_of("Three welders were brought back from Moscow in January.")
    assert event.origin is not None and event.origin.country == "RU"


def test_a_court_ruling_to_come_on_expelling_the_men_is_a_looming_return() -> None:
    found = events_of("A court in Irkutsk will rule next month on expelling the six men.")
    assert [(e.type, e.status) for e in found] == [("repatriation", "at_risk")]


def test_an_administrative_expulsion_ordered_is_a_return() -> None:
    (event,) = returns_of("The judge ordered their administrative expulsion on Tuesday.")
    assert event.type == "repatriation"


def test_a_call_to_halt_one_named_persons_deportation_is_a_looming_return() -> None:
    (event,) = returns_of("Lawyers urged Mongolia to halt the deportation of a North Korean cook.")
    assert event.status == "at_risk"


def test_a_call_to_halt_deportations_in_general_names_no_one() -> None:
    assert returns_of("Lawyers urged Mongolia to halt deportations of North Koreans.") == []


def test_a_recall_joined_to_its_penalty_is_told_by_the_penalty() -> None:
    found = events_of(
        "The hotel manager is expected to be recalled to Pyongyang and punished for the escape."
    )
    assert [e.type for e in found] == ["punishment"]


def test_recalled_as_remembering_is_no_return() -> None:
    assert returns_of("She recalled the students who sang in the square that spring.") == []


def test_a_delegation_going_home_after_a_fair_is_no_return() -> None:
    assert returns_of("A trade delegation from Pyongyang returned home from Dalian after the fair.") == []


def test_expulsion_from_the_party_stays_a_punishment() -> None:
    found = events_of("The engineer was expelled from the party in 2029.")
    assert [e.type for e in found] == ["punishment"]


def test_a_looming_recall_of_the_one_in_charge_is_no_return() -> None:
    text = "The manager of the sawmill crew is expected to be recalled to Pyongyang, the source added."
    assert returns_of(text) == []
