"""Events stage: false alarms by kind (session 47): what a sentence opened by "Under" and a rule
says befalls people, a term served told only by its length (years in the ranks, not a sentence),
and reports rejected as untrue whose content names a place or a date but no particular people.

Every sentence here is written for these tests; each rule has a negative (no such event, or not
this type) and a positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

NO_EVENT = [
    # a rule: present or modal, for whoever fits
    (
        "Under the new regulations, a trader found outside her home county without a pass can be "
        "fined, held for up to ten days or sent to a labour training unit.",
        "punishment",
    ),
    (
        "Under the new regulations, a trader found outside her home county without a pass can be "
        "fined, held for up to ten days or sent to a labour training unit.",
        "arrest",
    ),
    (
        "Under a longstanding arrangement, migrants who enter the country illegally are fined and "
        "held in detention until an embassy takes them.",
        "arrest",
    ),
    (
        "Under the treaty, people caught within five kilometres of the frontier may be handed over "
        "within 48 hours.",
        "repatriation",
    ),
    (
        "Under the principle of collective responsibility, the relatives of a cadre convicted of "
        "treason can be sent to a remote mountain village.",
        "punishment",
    ),
    # years in the ranks or on a post, told only by their length
    ("The corporal, who had been serving for three years, was wounded in the arm.", "punishment"),
    ("Most of the deserting soldiers were young and had served fewer than four years.", "punishment"),
    ("The sergeant had served for eleven years on the same stretch of coast.", "punishment"),
    # a rejected report naming only a place or a date
    (
        "The foreign ministry on Monday dismissed reports that it had sent migrants back to the North "
        "last spring, calling them groundless.",
        "repatriation",
    ),
    (
        "State media on Friday rejected as slander foreign reports that families had been banished "
        "from Kaesong to the countryside.",
        "punishment",
    ),
    (
        "The embassy called claims that its labourers are locked in their dormitories and beaten "
        '"a smear by hostile forces".',
        "violence",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_no_event_of_this_kind(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


KEPT = [
    # what happened under a rule is told
    ("Under the agreement, Chinese police handed 30 migrants back to the North last week.", "repatriation"),
    # particular people under a modal are at risk
    ("Under the agreement, the seven may be handed over to the North.", "repatriation"),
    ("Under the agreement, they could be handed over to the North.", "repatriation"),
    # the rule told as what befalls the story's people
    (
        "Under rules introduced after the border was sealed in March, anyone caught crossing must "
        "spend 30 days in isolation before being questioned, a trader said, so the men are now being "
        "held in a clinic near the market.",
        "interrogation",
    ),
    # no rule: "Under questioning" is an occasion
    ("Under questioning at the county office, he admitted that he had been detained in Yanji.", "arrest"),
    # a term served in custody, or for an offence, is a sentence
    ("She had been serving six years for smuggling copper across the river.", "punishment"),
    ("He served four years in a labour camp before his release.", "punishment"),
    # a term told by its length alone, with no rank or unit named, may be a sentence
    ("The woman from Musan had served six years.", "punishment"),
    # a rejected report that names particular people stays news
    ("State media dismissed reports that four officials were shot in Hamhung in May.", "execution"),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT)
def test_event_kept(text: str, event_type: str) -> None:
    assert event_type in types_of(text)
