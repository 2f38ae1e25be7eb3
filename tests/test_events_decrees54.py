"""Events stage (decrees54): restrictions told as a decree, a halt or a withdrawn permission.

A restriction is often told not by a checkpoint or a fence but by what the authorities stopped
allowing or suspended: "guards have stopped allowing any boat to leave without an escort",
"boats have not been allowed out of the harbour", "boats have been allowed out only in pairs",
"halted the issue of new departure permits", "the workers' Sunday outings have been cancelled",
"stations have stopped selling tickets to the border towns", "barred from the water's edge",
"forbidden since March 3 to go near the river", "closed the riverbank to children", "ordered to
keep their boats within three kilometres of the shore", "required to carry a security officer on
board", "ordered to stop any resident from approaching the river" (triggers.json,
movement_restriction). A permission withdrawn by someone who is no authority ("the shop stopped
letting customers pay in yuan"), boats brought in before a storm, a law told in general, a
denial and a plan stay silent.

"Since then guards have been ordered to stop anyone walking along the river": "since then" is a
phrase of time, which the parser may hang on the main verb as a "since" that subordinates it; the
measure it dates is the news (status.py, `_since_then`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from events_helpers import types_of
from tessera.events.status import _time_reference

DECREED_RESTRICTIONS = [
    "Guards at the harbour have stopped allowing any fishing boat to leave without an escort, a resident said.",
    "Since May, market police have stopped letting traders carry more than ten kilograms of grain on the "
    "county road.",
    "Since the flood, boats from the cooperative have not been allowed out of the harbour after dark.",
    "Since the shooting, small boats have been allowed out only in pairs escorted by a patrol vessel.",
    "State security has halted the issue of new departure permits in the port city, a source said.",
    "The workers' Sunday outings have been cancelled since the defection, a source said.",
    "Railway stations in the province have stopped selling tickets to the border towns since June 3.",
    "Villagers have been barred from the water's edge since the drowning in April.",
    "Children have been barred from the platforms of the city's main station since the sweep.",
    "Fishing brigades have been ordered to keep their boats within three kilometres of the shore.",
    "The county has closed the riverbank to children since early July.",
    "Residents of the border villages have been forbidden since March 3 to go near the river.",
    "Border guards have been ordered to stop any resident from approaching the river after sunset.",
    "Every boat leaving the harbour has been required to carry a security officer on board since the spring.",
]


@pytest.mark.parametrize("text", DECREED_RESTRICTIONS)
def test_a_restriction_told_as_a_decree_or_a_halt_is_found(text: str) -> None:
    assert "movement_restriction" in types_of(text)


NO_DECREED_RESTRICTION = [
    "The shop stopped letting customers pay in yuan last year.",
    "The fishermen were told to bring their boats in before the typhoon arrived.",
    "North Korean law forbids citizens under any circumstances to leave the country without permission.",
    "The ministry denied that coastal guards had stopped allowing boats to put to sea.",
    "Officials plan to stop selling tickets to the border towns next month.",
    "Under the law, anyone travelling outside their county is required to carry a travel permit.",
    "She stopped allowing her son to play near the river after he fell in.",
]


@pytest.mark.parametrize("text", NO_DECREED_RESTRICTION)
def test_a_law_a_denial_a_plan_or_a_private_choice_is_no_restriction(text: str) -> None:
    assert "movement_restriction" not in types_of(text)


def test_since_then_hung_as_a_mark_does_not_make_the_measure_a_time_reference() -> None:
    # the parse the tagger gave one report: "Since" a mark of the main verb, "then" an adverb
    words = ["Since", "then", "guards", "have", "been", "ordered", "to", "stop", "anyone", "."]
    heads = [5, 5, 5, 5, 5, 5, 7, 5, 7, 5]
    deps = ["mark", "advmod", "nsubjpass", "aux", "auxpass", "ROOT", "aux", "xcomp", "dobj", "punct"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps)
    assert not _time_reference(doc[5])


def test_a_since_clause_is_still_a_time_reference() -> None:
    words = ["Since", "police", "closed", "the", "border", "."]
    heads = [2, 2, 2, 4, 2, 2]
    deps = ["mark", "nsubj", "ROOT", "det", "dobj", "punct"]
    doc = Doc(English().vocab, words=words, heads=heads, deps=deps)
    assert _time_reference(doc[2])
