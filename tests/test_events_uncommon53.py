"""Events stage, issue 12: events told by words the lexicon did not know (session 53).

A disappearance told as a return that did not happen, a punishment feared told by its outcome
noun ("face expulsion", "threatened with banishment") or served in a labour brigade or a
re-education unit, and an arrest told as people locked up. Every sentence here is invented for
these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document


def events_of(text: str) -> list[tuple[str, str]]:
    document = Document(id="t", text=text, published="2024-08-10")
    return sorted((e.type, e.status) for e in find_events(analyse(document)))


FOUND = [
    # a return that did not happen: the people are missing
    (
        "A squid boat with six crew from Sinpo failed to return to port after setting out on May 3.",
        ("disappearance", "occurred"),
    ),
    ("Two waitresses failed to come back to their dormitory on Sunday night.", ("disappearance", "occurred")),
    # a punishment feared, told by its outcome noun
    ("The two pupils now face expulsion from their school, the source said.", ("punishment", "at_risk")),
    ("His wife had earlier been threatened with banishment, the source said.", ("punishment", "at_risk")),
    # a labour brigade or a re-education unit is where a punishment is served
    ("A market manager was sent to a labour brigade in March.", ("punishment", "occurred")),
    ("Four sailors were sent to a re-education unit last month.", ("punishment", "occurred")),
    # people locked up: an arrest
    ("About a dozen traders were locked up and their goods taken.", ("arrest", "occurred")),
]

NOT_FOUND = [
    # a rule about whoever fails to return names no one missing
    ("Workers who fail to return from abroad are punished, the rules say.", "disappearance"),
    # people locked up at home by a quarantine are not arrested
    ("When people are locked up at home for weeks, they talk.", "arrest"),
]


@pytest.mark.parametrize(("text", "event"), FOUND)
def test_uncommon_words_name_the_event(text: str, event: tuple[str, str]) -> None:
    assert event in events_of(text)


@pytest.mark.parametrize(("text", "event_type"), NOT_FOUND)
def test_look_alikes_name_no_event(text: str, event_type: str) -> None:
    assert event_type not in [t for t, _ in events_of(text)]
