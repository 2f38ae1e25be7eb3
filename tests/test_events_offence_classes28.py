"""Events stage: an act named only as the offence a penalty is threatened or habitually dealt
for ("would be sent to camps for attempting to reach the South"), or as what sorts people into a
class such a penalty befalls ("those found to have tried to flee are usually sent to a camp"),
and a class of people described by an act after a noun of how they fare ("the treatment of
people returned from China"): none of them is news of one event.

Every sentence here is written for these tests; each rule has negatives (no such event) and
positives (the event it must keep).
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of

NO_EVENT = [
    # the offence of a penalty in prospect (modal, "likely to")
    (
        "Police detained five migrants in Kunming. Activists urged Beijing not to return them to the"
        " North, where they would be sent to labour camps for attempting to reach Seoul.",
        "escape",
    ),
    (
        "Police detained five migrants in Kunming. If they are sent back they would face torture and"
        " prison for having tried to reach the South, the group said.",
        "escape",
    ),
    (
        "Police detained four migrants in Dalian. They face return, where they are likely to be"
        " questioned and jailed for attempting to flee to South Korea.",
        "escape",
    ),
    # the act that names the class a penalty in prospect or told as a habit befalls
    (
        "Police detained nine migrants in Yanji. Those among the nine who had tried to reach South"
        " Korea are likely to be sent to prison camps, the pastor said.",
        "escape",
    ),
    (
        "Those found to have tried to reach the South are usually sent to a prison camp, he added.",
        "escape",
    ),
    (
        "No date has been set for the trial; people caught trying to reach South Korea have in the"
        " past been sent to labour camps.",
        "escape",
    ),
    (
        "Rights groups say migrants caught trying to reach Seoul are often sent to prison camps.",
        "escape",
    ),
    (
        "North Koreans forcibly returned from Russia are routinely subjected to beatings, the report said.",
        "repatriation",
    ),
    # a class described after a noun of how people fare
    (
        "The agency voiced concern about the treatment of people forcibly returned to the North.",
        "repatriation",
    ),
    (
        "Lawmakers set up a fund to document the cases of North Koreans deported from Russia.",
        "repatriation",
    ),
]


@pytest.mark.parametrize(("text", "kind"), NO_EVENT)
def test_offence_or_class_is_no_event(text: str, kind: str) -> None:
    assert kind not in types_of(text)


KEPT = [
    # a penalty carried out on people who tried, told with its own date
    ("A fisherman who tried to sail across the sea border in May was jailed last month.", "escape"),
    # people the report counts, a penalty carried out
    ("The three who tried to flee were sent to a labour camp in March.", "escape"),
    # an arrest with its attempt, no class
    ("Two soldiers were caught trying to cross the Yalu into China last week, a source said.", "escape"),
    # the fate of people the report counts and dates
    (
        "Relatives fear for the safety of 60 North Koreans who were returned from China on Monday.",
        "repatriation",
    ),
]


@pytest.mark.parametrize(("text", "kind"), KEPT)
def test_told_act_is_kept(text: str, kind: str) -> None:
    assert kind in types_of(text)


def test_penalty_in_prospect_itself_is_kept() -> None:
    """The penalty looming over particular people stays, as a risk (only its offence goes)."""
    events = events_of(
        "Police detained five migrants in Kunming. Activists urged Beijing not to return them to the"
        " North, where they would be sent to labour camps for attempting to reach Seoul."
    )
    assert any(e.type == "punishment" and e.status == "at_risk" for e in events)


WAITED_FOR = [
    "Police detained them in Bokeo as they waited for a boat to cross the Mekong into Thailand.",
    "They remain in a border town in Myanmar, where they were waiting to cross into Thailand.",
    "The group was caught at a flat where they had been staying while waiting to travel south toward Laos.",
]


@pytest.mark.parametrize("text", WAITED_FOR)
def test_leg_waited_for_is_no_flight(text: str) -> None:
    """A leg of a journey that people were waiting to make was not yet made."""
    assert "escape" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "They waited until dark and crossed the river into China.",
        "She waited for two days before she crossed the Tumen into China.",
        "Two women who had crossed the Yalu last month were detained while waiting for a broker in Yanji.",
    ],
)
def test_crossing_after_waiting_is_kept(text: str) -> None:
    assert "escape" in types_of(text)
