"""Fields19: the people a search went over, named by a pronoun or a possessive that points back to
people counted before, on invented sentences."""

from __future__ import annotations

from events_helpers import events_of


def _only(text: str, event_type: str):
    events = [e for e in events_of(text) if e.type == event_type]
    assert len(events) == 1, [(e.type, e.evidence[0].text) for e in events_of(text)]
    return events[0]


def test_a_pronoun_subject_of_a_passive_search_takes_the_count_before():
    text = (
        "Thirty North Korean workers returned from Russia last week. "
        "They were searched down to their underwear when they got off the bus."
    )
    ev = _only(text, "search")
    assert ev.victims is not None and ev.victims.count_min == 30


def test_the_owner_of_searched_things_takes_the_count_before():
    text = (
        "Four men from Musan were caught with phones on Friday. "
        "Officers inspected their phones during a random check in early May."
    )
    ev = _only(text, "search")
    assert ev.victims is not None and ev.victims.count_min == 4


def test_the_tellers_our_takes_the_count_of_us():
    text = "There were twelve of us in the truck. At the border post a doctor searched our bodies for money."
    ev = _only(text, "search")
    assert ev.victims is not None and ev.victims.count_min == 12


def test_a_search_of_a_market_has_no_people_count():
    text = "Agents searched the market in Hyesan on Monday for smuggled phones."
    ev = _only(text, "search")
    assert ev.victims is None or ev.victims.count_min is None


def test_the_helper_of_a_flight_is_not_who_fled():
    text = (
        "Seven North Koreans were stopped at a checkpoint in Laos on Sunday. "
        "The group had traveled from Kunming with the help of a broker."
    )
    ev = _only(text, "escape")
    assert ev.victims is not None and ev.victims.count_min == 7


def test_the_people_a_guide_walks_over_are_who_fled():
    text = "Five of us went by bus to Mengla, and from there a guide walked us over the hills into Laos."
    ev = _only(text, "escape")
    assert ev.victims is not None and ev.victims.count_min == 5


def test_an_inquiry_is_about_the_subject_of_its_question():
    text = (
        "Three traders were caught in Hyesan on Monday. "
        "The security department is investigating whether they carried letters for defectors."
    )
    ev = _only(text, "interrogation")
    assert ev.victims is not None and ev.victims.count_min == 3


def test_an_inquiry_into_whether_a_thing_happened_names_no_people():
    text = "Police in Hyesan are investigating whether the fire at the market was set deliberately."
    assert all(e.victims is None or e.victims.count_min is None for e in events_of(text))


def test_this_time_with_my_son_joins_the_son_to_the_crossing():
    text = (
        "I crossed the Tumen in 2015. I was caught and sent back. "
        "I crossed again the following spring, this time with my son."
    )
    escapes = [e for e in events_of(text) if e.type == "escape"]
    assert escapes[-1].victims is not None and escapes[-1].victims.count_min == 2
