"""Events stage: false alarms by kind (session 18): an act told only as the content of a report
that the sentence rejects, harm named as a kind feared ("a risk of torture"), the titles of
bodies named after an abuse, weather that "catches" a boat, and heading lines that restate the
body of a release.

Every sentence here is written for these tests; each rule has a negative (no such event, or not
this type) and a positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of

NO_EVENT = [
    # a report rejected as untrue, with nothing particular in it
    ("State media on Monday dismissed reports of public executions as lies spread by traitors.", "execution"),
    ("The ministry rejected claims that it tortures returnees, calling them a smear.", "violence"),
    # (the verdict "as a smear" that the parser hangs on the content makes it no particular report)
    (
        "The state on Friday dismissed foreign reports that it had publicly executed people for watching"
        ' Chinese films as "a fabricated smear" by its enemies.',
        "execution",
    ),
    # a report the sentence itself calls false
    ("Rumours that a broker was arrested in Musan last week are untrue, two traders said.", "arrest"),
    # no sign of the act
    ("Officials said there was no indication that the crew had tried to defect.", "escape"),
    # a kind of harm feared
    (
        "People sent back to the North face a grave risk of torture, arbitrary detention and enforced disappearance.",
        "violence",
    ),
    (
        "People sent back to the North face a grave risk of torture, arbitrary detention and enforced disappearance.",
        "arrest",
    ),
    (
        "People sent back to the North face a grave risk of torture, arbitrary detention and enforced disappearance.",
        "disappearance",
    ),
    # the title of an office or a treaty named after an abuse
    (
        "The letter went to the Special Rapporteur on torture and to the Committee against Torture.",
        "violence",
    ),
    (
        "The rapporteur on cruel, inhuman or degrading treatment or punishment also signed the letter.",
        "punishment",
    ),
    # a practice stated, with the acts of its subordinate phrases
    (
        "Mongolia has for years allowed migrants who reach its soil to fly on to Seoul after serving short"
        " sentences or paying fines for illegal entry.",
        "punishment",
    ),
    (
        "Mongolia does not return migrants and usually lets them leave for Seoul after they have spent several"
        " weeks in immigration detention.",
        "arrest",
    ),
    ("The border police's practice is to return migrants who are caught.", "arrest"),
    ("Since the border reopened, the pace of forced returns has quickened.", "repatriation"),
    # earlier occasions, in the plural
    (
        "In earlier drives, traders have been sent to labour units for months, while officials have lost their posts.",
        "punishment",
    ),
    # custody as the circumstance of a death told by the report
    ("A trader died last week while being held by state security agents, a resident said.", "arrest"),
    # weather that catches a boat
    ("The fishermen said their boat had been caught in a gale near the island.", "arrest"),
    ("The fishermen said their boat had been caught in bad weather near the island.", "arrest"),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_no_event_of_this_kind(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


KEPT = [
    # a rejected report that names people, a date and a place: the report is the news
    ("State media dismissed reports that five officials were shot in Sariwon in March.", "execution"),
    # a report told plainly
    ("A rights group reported that four women were arrested in Musan last week.", "arrest"),
    # a return that looms is the news of a risk
    ("The two women are at serious risk of forced return to the North.", "repatriation"),
    # one occasion, dated
    ("Police let the two leave for Seoul on Friday after they had spent a week in detention.", "arrest"),
    ("In the earlier raid, police detained four traders.", "arrest"),
    # a clause of its own under "while" sets one act against another
    (
        "The guards who fired were praised at a meeting, while the smuggler was arrested by police two days later.",
        "arrest",
    ),
    # caught by guards, not by the weather
    ("The fishermen were caught by coast guards near the island.", "arrest"),
    # the abuse itself, not an office
    ("Guards tortured the detainees during questioning, the working group said.", "violence"),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT)
def test_event_kept(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


RELEASE = (
    "STATEMENT \u2013 3 June 2024\n\n"
    "Forty North Koreans sent back from China\n\n"
    "Chinese police sent about 40 North Koreans back across the border on Friday, the network said."
)


def test_heading_lines_of_a_release_restate_the_body() -> None:
    """The heading of a release names the return its first paragraph tells: one event, told by
    the paragraph."""
    events = events_of(RELEASE)
    assert [e.type for e in events] == ["repatriation"]
    assert all("Friday" in e.evidence[0].text for e in events)


def test_a_report_of_headings_alone_keeps_them() -> None:
    """With no paragraph of prose after them, the lines are the report."""
    assert "repatriation" in types_of("Forty North Koreans sent back from China\n\nStatement by the network")
