"""Events stage: false alarms by kind, seen in the sets of many writers (session 34).

People turned back inside North Korea ("traders stopped at a checkpoint in Sunchon were sent
home") are sent away at home, not returned from abroad. What a law, treaty or agreement provides
for ("a protocol under which people who cross are handed back") and what a body recommends or
calls for in general ("calls on the authorities to end incommunicado detention") are general
policy, not events.

Every sentence here is written for these tests; each rule has a positive and a negative.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Vendors from nearby farms were stopped at a checkpoint outside Kanggye on Friday and sent home.",
        "Residents of villages in Kapsan County who had come to trade at the market were sent home.",
        "Police said twenty people without travel permits had been sent back to their home counties.",
        "The peddlers are expected to be sent back to their home villages under guard.",
    ],
)
def test_sent_home_within_the_north_is_no_repatriation(text: str) -> None:
    assert "repatriation" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Four women caught near Hyesan were sent back to North Korea on Monday.",
        "Four women were sent back to Musan County on Monday, a source in North Hamgyong Province said.",
        "Two loggers in Khabarovsk were sent home on Monday.",
        "Chinese police sent the four women home across the bridge at Tumen on Monday.",
    ],
)
def test_return_from_abroad_stays(text: str) -> None:
    assert "repatriation" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hanoi follows a 1990s border treaty with Beijing, under which migrants who cross without papers are to be deported.",
        "Mongolia and the North signed an accord in 2014 on the return of workers who overstay their visas.",
        "Under the criminal code, smuggling of foreign films is punishable by up to ten years in a labour camp.",
    ],
)
def test_act_provided_for_by_an_instrument_is_no_event(text: str) -> None:
    assert not types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Under the new law, three traders were sentenced to labour camps last month.",
        "The two women could face up to five years in prison under Lao law.",
        "Mongolia and the North signed an accord on the return of the 12 loggers held in Ulaanbaatar.",
    ],
)
def test_act_told_under_an_instrument_stays(text: str) -> None:
    assert types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy recommends that the government free all persons detained under the decree.",
        "The commission's report calls on the authorities to end incommunicado detention.",
        "Delegates backed several recommendations calling for the closure of labour camps.",
    ],
)
def test_act_asked_for_in_general_is_no_event(text: str) -> None:
    assert not types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups urged Beijing not to send back the six women detained in Yanji.",
        "The envoy called on Laos to release the two teenagers detained in Vientiane last week.",
        "One of the two sailors has asked to stay in the South.",
        "Experts asked Hanoi to explain the detention of four men seized near Lang Son in May while trying to cross into China.",
    ],
)
def test_act_asked_for_particular_people_stays(text: str) -> None:
    assert types_of(text)
