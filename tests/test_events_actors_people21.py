"""Who did it (helper session 21): the actor a kind of event implies when the report names none
(invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of


def kinds(text: str, event_type: str) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[0].perpetrators}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An official who loses a post: the party's cadre department removed him.
        ("The manager of a brick factory in Kowon was dismissed last month for missing the quota.", "party"),
        ("Two clerks of the county food office were removed from their posts in April.", "party"),
        # A commander or soldier: the army did.
        ("The battalion commander was relieved of his post in March, a source said.", "military"),
    ],
)
def test_post_removal(text: str, expected: str) -> None:
    assert expected in kinds(text, "punishment")


def test_term_in_camp_is_no_post_removal() -> None:
    # A term in a camp is a sentence, not a dismissal: no party is added for it.
    text = "A baker from Kilju was sentenced to five years in a labour camp in May."
    assert "party" not in kinds(text, "punishment")


@pytest.mark.parametrize(
    "text",
    [
        # People held somewhere unknown: state security holds them.
        "Two miners from Tanchon were arrested in May. Their families have not been told where they are held.",
        "A teacher in Kyongsong was summoned in June and has not been heard from since.",
    ],
)
def test_disappearance_into_custody(text: str) -> None:
    assert "state_security" in kinds(text, "disappearance")


def test_vanishing_without_custody_has_no_actor() -> None:
    text = "A family of three vanished from their flat in Kilju in early March."
    assert kinds(text, "disappearance") == set()


def test_intelligence_officials_are_state_security() -> None:
    text = "Four fishermen reached Sokcho by boat on Monday. Intelligence officials are questioning the four."
    assert "state_security" in kinds(text, "interrogation")


def test_intelligence_agency_as_source_is_no_actor() -> None:
    text = (
        "A soldier crossed the border last week. The spy agency told lawmakers that the North had "
        "executed a guard commander in Kosong in May."
    )
    text = text.replace("The spy agency", "The National Intelligence Service")
    found = [e for e in events_of(text) if e.type == "execution"]
    assert found
    assert "state_security" not in {a.kind for a in found[0].perpetrators}


def test_intelligence_agency_that_will_not_comment_is_no_actor() -> None:
    text = (
        "North Korea publicly executed a farm manager in Sariwon in October, a lawmaker said. "
        "The National Intelligence Service declined to comment on the case."
    )
    found = [e for e in events_of(text) if e.type == "execution"]
    assert found
    assert "state_security" not in {a.kind for a in found[0].perpetrators}


def test_market_managers_keep_the_carried_actor() -> None:
    # Dismissals told after the force that ran the campaign: that force and the party.
    text = (
        "Local officials in Kilju inspected the main market in May. "
        "Two market managers were dismissed last week."
    )
    assert {"local_official", "party"} <= kinds(text, "punishment")


def test_agency_that_briefed_is_not_the_authorities() -> None:
    text = (
        "North Korea publicly executed two men in Kilju last week, according to a lawmaker briefed by "
        "the National Intelligence Service. The authorities made local residents watch the execution."
    )
    for event in events_of(text):
        assert ("state_security", "KR") not in {(a.kind, a.country) for a in event.perpetrators}
