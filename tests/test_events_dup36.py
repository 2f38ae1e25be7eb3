"""Events stage, session 36: a measure the lead sums up and the body tells in detail is one
measure, told of the same places even when the body names a river, the lead a dateline or the
whole country.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def count_of(text: str, event_type: str) -> int:
    return [e.type for e in events_of(text)].count(event_type)


def test_a_crackdown_the_lead_sums_up_and_the_body_details_is_one_crackdown() -> None:
    text = (
        "Authorities in Chongjin have intensified a crackdown on smuggled Chinese phones since May, "
        "a resident said. Agents of the security ministry have been tracing calls with detection vans "
        "every night."
    )
    assert count_of(text, "crackdown") == 1
    # a body that names a town outside the lead's tells a campaign of its own
    apart = text.replace("every night", "in Kanggye every night")
    assert count_of(apart, "crackdown") == 2


def test_a_border_river_in_the_body_sets_no_search_apart() -> None:
    text = (
        "Police in Musan carried out house-to-house searches for most of May, a source said. "
        "Officers went door to door in villages along the Tumen River, checking identity cards."
    )
    assert count_of(text, "search") == 1


def test_a_province_of_the_country_the_dated_lead_names_is_within_it() -> None:
    text = (
        "SEOUL, June 3 (Example News) — North Korea has stepped up a crackdown on foreign films since "
        "early May, sources said. Inspections of memory cards have been intensified in Ryanggang "
        "Province, one of them said."
    )
    assert count_of(text, "crackdown") == 1
