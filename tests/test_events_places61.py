"""Places (session 61): a place word inside the longer capitalised name a source told ("a resident
told Tumen Border Notes", "told Inside Pyongyang Network") names an outlet or a listener, not where
the event was. Every sentence here is invented for these tests; the first two failed before the
rule.
"""

from __future__ import annotations

from places_helpers import wheres_found

PUBLISHED = "2024-06-20"


def test_a_town_opening_the_outlets_name_is_no_place() -> None:
    text = (
        "A miner has gone missing after his brother was detained over a call to a broker, a "
        "neighbour in the county told Tumen Valley Notes."
    )
    assert wheres_found(text, "arrest", PUBLISHED)[0] not in ("Tumen", None)


def test_a_town_inside_the_outlets_name_is_no_place() -> None:
    text = (
        "Three porters were detained last month for carrying copper, a trader told Inside Dandong "
        "Network on Monday."
    )
    assert wheres_found(text, "arrest", PUBLISHED)[0] != "Dandong"


def test_the_listeners_workplace_stays_a_place() -> None:
    # a lower-case noun after the run: people told at a place of work, which may stand as the place
    text = "Two miners were arrested last week, a guard told Musan Mine managers."
    assert wheres_found(text, "arrest", PUBLISHED) == ["Musan County"]


def test_a_town_after_told_in_another_clause_stays_a_place() -> None:
    text = "Police told residents that two smugglers were arrested in Hyesan on Friday."
    assert wheres_found(text, "arrest", PUBLISHED) == ["Hyesan"]
