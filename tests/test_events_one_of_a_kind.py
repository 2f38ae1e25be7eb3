"""Events stage: one of a kind under a rule ("a foreigner who enters without papers may be
detained") is whoever fits the description, no event; someone the report tells of keeps it.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def types_of(text: str) -> set[str]:
    return {e.type for e in events_of(text)}


NO_EVENT = [
    # the description in the present, the act under "may", "can" or "might"
    (
        "Under the border code, a migrant who arrives without a visa may be detained, fined and "
        "deported, and a 1990 treaty binds both states.",
        "arrest",
    ),
    (
        "Under the border code, a migrant who arrives without a visa may be detained, fined and "
        "deported, and a 1990 treaty binds both states.",
        "repatriation",
    ),
    ("A farmer who sells his rice privately can be fined up to twice its price.", "punishment"),
    ("A courier who can be jailed for one call will not work cheaply.", "arrest"),
    ("A guide who might be held at the river asks for more money.", "arrest"),
    # "faces" in the present, and the description's own act
    ("In such cases a smuggler who is caught faces six years in a camp.", "punishment"),
    ("In such cases a smuggler who is caught faces six years in a camp.", "arrest"),
    # the rule's subject governs an act in a complement
    ("A brigade that loses a worker can expect its leaders to be dismissed.", "punishment"),
]


@pytest.mark.parametrize(("text", "kind"), NO_EVENT)
def test_one_of_a_kind_under_a_rule_is_no_event(text: str, kind: str) -> None:
    assert kind not in types_of(text)


KEPT = [
    # someone told of: a description in the past, the perfect or the progressive, or a date
    ("A fisherman who was detained at sea on Monday may be deported, his son said.", "repatriation"),
    ("A woman who is being held in Dandong could be sent back within days.", "repatriation"),
    ("A miner who works in Musan could be sent to a camp next month, his brother said.", "punishment"),
]


@pytest.mark.parametrize(("text", "kind"), KEPT)
def test_someone_told_of_keeps_the_act(text: str, kind: str) -> None:
    assert kind in types_of(text)


GENERAL = [
    # a phrase that states what holds as a rule or a usual outcome (fronted before a participle
    # the parser reads as a clausal subject, too)
    (
        "In most cases travellers stopped without a pass are fined and sent home the way they came.",
        "punishment",
    ),
    (
        "In most cases travellers stopped without a pass are fined and sent home the way they came.",
        "repatriation",
    ),
    ("In principle, a trader caught selling films twice could be sentenced to death.", "execution"),
    ("In similar cases, managers have been demoted or expelled from the party.", "punishment"),
]


@pytest.mark.parametrize(("text", "kind"), GENERAL)
def test_what_holds_as_a_rule_is_no_event(text: str, kind: str) -> None:
    assert kind not in types_of(text)


def test_a_dated_act_keeps_its_event() -> None:
    assert "punishment" in types_of(
        "Three traders caught selling films were sentenced to death in Hyesan on Monday."
    )
