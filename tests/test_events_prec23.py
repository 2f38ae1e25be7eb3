"""Events stage: false alarms by kind of clause (denials, rules for a kind of offence or a class of
people, checks at a checkpoint), none of them news of one event.

Every sentence here is written for these tests; each rule has a negative (no such event) and a
positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

NO_EVENT = [
    # a denial: a claim the sentence calls false, a rejected report with no particular people,
    # "no such thing as"
    ("An envoy said that allegations of beatings and labour camps were lies.", "violence"),
    (
        "The embassy rejected as a smear reports that the state had carried out public hangings over the sale of foreign films.",
        "execution",
    ),
    (
        "The ministry rejected claims by a charity that Korean loggers in the region work under conditions of forced labour.",
        "punishment",
    ),
    ("The consul said there was no such thing as forced return from his country.", "repatriation"),
    # a rule: a penalty threatened for a kind of offence, not for people
    (
        "An officer warned that the sale of state grain will be punished with the full force of the law.",
        "punishment",
    ),
    ("Violations judged to be serious may be punished with long terms of hard labour.", "punishment"),
    ("Smuggling copper can be punished by death under the new code.", "execution"),
    # a rule: what can befall people named only by a description
    (
        "Under the code, migrants who stay without a visa can be held while their cases are reviewed and then deported.",
        "repatriation",
    ),
    # a check of papers, vehicles or travellers at a checkpoint restricts movement; it searches no one
    (
        "Police have set up checkpoints on the roads into the port to check the travel permits of traders.",
        "search",
    ),
    ("Officers have put up roadblocks around the town and are checking every truck and passenger.", "search"),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_no_event_of_this_kind(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


KEPT = [
    # a rejected report that names particular people keeps its act (the report is the news)
    ("The ministry denied reports that the three traders had been executed in Hyesan in May.", "execution"),
    (
        "An official said there were no new arrests on Sunday, but police detained two brokers on Monday.",
        "arrest",
    ),
    # a penalty that looms for people
    ("The five smugglers will be punished severely, the source said.", "punishment"),
    ("The two brothers could be sent to a political prison camp, the source said.", "punishment"),
    (
        "Two more clerks remain under investigation, the source said, and could be sent to a labour camp if found guilty.",
        "punishment",
    ),
    # a dated group, and "may" of a risk to them
    ("The workers who fled the site on Monday may be deported.", "repatriation"),
    # a check of homes, or of bags at a checkpoint, is a search
    ("Officers went door to door through the building before dawn, checking identity cards.", "search"),
    ("At the checkpoints, soldiers are checking passengers' bags and mobile phones.", "search"),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT)
def test_event_kept(text: str, event_type: str) -> None:
    assert event_type in types_of(text)
