"""Places (session 61): a place word inside the longer capitalised name a source told ("a resident
told Tumen Border Notes", "told Inside Pyongyang Network") names an outlet or a listener, not where
the event was. Every sentence here is invented for these tests; the first two failed before the
rule.
"""

from __future__ import annotations

import tessera

PUBLISHED = "2024-06-20"


def _where(text: str, event_type: str = "arrest") -> tuple[str | None, str | None]:
    found = [e for e in tessera.extract(text, published=PUBLISHED) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    where = found[0].where
    return (where.name, where.country) if where is not None else (None, None)


def test_a_town_opening_the_outlets_name_is_no_place() -> None:
    text = (
        "A miner has gone missing after his brother was detained over a call to a broker, a "
        "neighbour in the county told Tumen Valley Notes."
    )
    assert _where(text)[1] != "CN"


def test_a_town_inside_the_outlets_name_is_no_place() -> None:
    text = (
        "Three porters were detained last month for carrying copper, a trader told Inside Dandong "
        "Network on Monday."
    )
    assert _where(text) != ("Dandong", "CN")


def test_the_listeners_workplace_stays_a_place() -> None:
    # a lower-case noun after the run: people told at a place of work, which may stand as the place
    text = "Two miners were arrested last week, a guard told Musan Mine managers."
    assert _where(text) == ("Musan County", "KP")


def test_a_town_after_told_in_another_clause_stays_a_place() -> None:
    text = "Police told residents that two smugglers were arrested in Hyesan on Friday."
    assert _where(text) == ("Hyesan", "KP")
