"""Events stage (fp42): two kinds of false alarm.

- A running tally: a number of acts a recorder has counted since a time past, or against an
  earlier count ("has documented 31 cases since 2016 in which ...", "recorded at least 25
  attempted boat escapes since 2013", "up from 80 in 2021"), is a figure, not one event. A count of
  one period's cases, with no "since" and no earlier count, stays an event.
- Custody on arrival after a return: people handed across a border and then "taken to" or
  "driven to" the receiving side's holding centre are carried on as part of their return. The
  move joins the return; it is no arrest of its own. People arrested, taken away or taken into
  custody are still arrested, and a move told of people with no return before it stays an arrest.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in events_of(text) if e.type == event_type]


TALLIES = [
    (
        "A study published by a Tokyo-based monitor documents 31 cases since 2016 in which parents of "
        "escapees were sent to prison camps.",
        "punishment",
    ),
    ("The monitor has recorded at least 25 attempted boat escapes since 2013.", "escape"),
    (
        "Our field team recorded 88 cases in 2022 in which teenagers were arrested, up from 61 in 2021.",
        "arrest",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), TALLIES)
def test_a_running_tally_is_no_event(text: str, event_type: str) -> None:
    assert of_type(text, event_type) == []


def test_a_count_of_one_period_stays_an_event() -> None:
    text = (
        "Our field team recorded three cases in March in which traders were beaten by market guards "
        "in Hoeryong."
    )
    assert len(of_type(text, "violence")) == 1


def test_a_move_to_a_holding_centre_after_a_return_joins_it() -> None:
    text = (
        "Chinese police sent about 40 North Koreans back across the bridge at Tumen on Thursday, a "
        "source in Onsong said. Most were women from Musan. The returnees were taken by truck "
        "to the county security bureau."
    )
    assert of_type(text, "arrest") == []
    returns = of_type(text, "repatriation")
    assert len(returns) == 1
    assert any("taken by truck" in span.text or span.text == "taken" for span in returns[0].evidence)


def test_a_move_in_the_same_sentence_as_the_handover_joins_it() -> None:
    text = (
        "The six men were handed over at the Dandong bridge on 3 May and driven straight to a "
        "holding facility in Sinuiju."
    )
    assert of_type(text, "arrest") == []
    assert len(of_type(text, "repatriation")) == 1


def test_a_move_with_no_return_before_it_stays_an_arrest() -> None:
    text = (
        "Police stopped two traders at a checkpoint outside Hyesan on Monday. They were taken to the "
        "city police station."
    )
    assert len(of_type(text, "arrest")) == 1


def test_an_arrest_after_a_return_stays_an_arrest() -> None:
    text = (
        "China sent 20 North Koreans back through Namyang last week. A broker who had met them at the "
        "river was arrested by state security on Friday."
    )
    assert len(of_type(text, "arrest")) == 1


# A flight from a post at home: people who ran off from a unit, a work site or a prison in the
# North, in a sentence that places them there and names no crossing and no place abroad.
RAN_OFF_AT_HOME = [
    "A private who fled his battalion in Kangwon Province in March was found hiding in a barn near Kimhwa.",
    "Three students who slipped away from the farm and took a bus back to Sinuiju on 3 May were picked up by "
    "police two days later.",
    "An inmate slipped out of the prison camp on 2 June and was caught three days later.",
]


@pytest.mark.parametrize("text", RAN_OFF_AT_HOME)
def test_running_off_inside_the_north_is_no_escape(text: str) -> None:
    assert of_type(text, "escape") == []


FLIGHTS_ABROAD = [
    "A private who fled his battalion in Onsong in March crossed the Tumen River into China.",
    "Three loggers ran away from their logging camp near Khabarovsk last month.",
]


@pytest.mark.parametrize("text", FLIGHTS_ABROAD)
def test_running_off_across_the_border_or_abroad_stays_an_escape(text: str) -> None:
    assert len(of_type(text, "escape")) == 1


def test_a_third_country_taking_people_it_received_to_detention_stays_an_arrest() -> None:
    text = (
        "Lao immigration officers handed the nine North Koreans over to Chinese police at the Boten "
        "crossing on 4 May. Chinese police took them to a detention facility in Mengla county."
    )
    assert len(of_type(text, "arrest")) == 1


def test_a_flight_from_a_site_told_with_the_return_stays_an_escape() -> None:
    text = (
        "Chinese police handed four North Korean builders back to the North at Sinuiju on Monday, three "
        "weeks after they fled a dam project in Sakju County."
    )
    assert len(of_type(text, "escape")) == 1
