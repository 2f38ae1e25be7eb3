"""Events stage, issue 12's status side: hearsay, requests, fears and forecasts.

Acts that have not occurred (at risk, attempted, suspected) and acts that must not become
events (hypotheticals, rules). Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def status_of_type(text: str, event_type: str) -> str | None:
    found = [e.status for e in events_of(text) if e.type == event_type]
    return found[0] if found else None


STATUSES = [
    # hearsay: what rumour says, or a report no one could confirm, is believed, not known
    (
        "Residents of Wonsan are whispering that a smuggler was shot in public last week.",
        "execution",  # a shooting in public is an execution (retyping.shot_by_decision)
        "suspected",
    ),
    ("Rumours are spreading in the town that the family fled to China.", "escape", "suspected"),
    ("Traders have been passing around rumours that a bank manager was executed.", "execution", "suspected"),
    ("Residents are circulating reports that two officers were arrested for bribery.", "arrest", "suspected"),
    (
        "We have been unable to verify reports of a public execution in Hyesan in the spring.",
        "execution",
        "suspected",
    ),
    ("Market vendors say word is that the broker was arrested.", "arrest", "suspected"),
    (
        "Neighbours said the teacher had been sent to a labour camp, but no one could confirm it.",
        "punishment",
        "suspected",
    ),
    # a report told plainly keeps its act
    ("A rights group reported that two officers were arrested for bribery.", "arrest", "occurred"),
    ("The monitor cited credible reports that police arrested two officers in May.", "arrest", "occurred"),
    # a fear about a past act (a passive in the past tense) is a belief, not a threat
    ("We fear the two women were returned to North Korea last month.", "repatriation", "suspected"),
    # a request for an act against particular people, or a call to halt a plan for it: it looms
    (
        "An embassy official visited the jail and asked for the two men to be handed over.",
        "repatriation",
        "at_risk",
    ),
    ("Security officials are pressing for his return.", "repatriation", "at_risk"),
    ("Pyongyang has demanded their return.", "repatriation", "at_risk"),
    ("The consulate demanded that the nine be sent back.", "repatriation", "at_risk"),
    ("Beijing should immediately halt plans to forcibly return the 40 detainees.", "repatriation", "at_risk"),
    # the second of two things asked, "and not to …"
    ("We urge the Thai authorities to review their cases and not to deport them.", "repatriation", "at_risk"),
    ("We urge Moscow to hear their claims fairly and not to deport them.", "repatriation", "at_risk"),
    # a search with a verb of going is done, not a journey an arrest cut short
    (
        "She was taken to the holding centre, where a guard made her undress while another officer "
        "went through her bags.",
        "search",
        "occurred",
    ),
    # sending on or transferring people to the North, told as what looms
    (
        "They are held in Hekou, and we fear they will be sent on to North Korea within days.",
        "repatriation",
        "at_risk",
    ),
    (
        "Lawyers say the family may be transferred to North Korean custody as early as Friday.",
        "repatriation",
        "at_risk",
    ),
    (
        "The two women are now in a detention facility in Tumen awaiting transfer to the North.",
        "repatriation",
        "at_risk",
    ),
    # a journey hoped or planned in the past perfect was cut short
    (
        "The activist said the group had set off from Kunming and had hoped to reach Thailand.",
        "escape",
        "attempted",
    ),
    ("The family had planned to cross into Laos, the pastor said.", "escape", "attempted"),
    # a condition about these very people ("if … find them") states no rule
    (
        "Two men are hiding in Primorsky Krai and fear they will be deported if the police find them.",
        "repatriation",
        "at_risk",
    ),
    # going to a prison or a labour camp, told as what looms
    (
        "The parents will almost certainly go to a political prison camp, the director said.",
        "punishment",
        "at_risk",
    ),
    ("Her brother went to a labour camp in 2019 for selling films.", "punishment", "occurred"),
    # "went over to China": a flight, here believed
    ("The security officers think he has gone over to China through Hyesan.", "escape", "suspected"),
    ("They are at grave risk of being returned to North Korea.", "repatriation", "at_risk"),
    # particular people keep what looms for them
    ("A soldier who deserted last week could be executed, sources said.", "execution", "at_risk"),
    ("A guard may have been shot during the escape.", "violence", "suspected"),
    ("If they are sent back, they will be jailed.", "repatriation", "at_risk"),
    # a fate being decided for particular people ("whether to …", "whether … would be …") looms
    (
        "The two women are held in Luang Namtha while officials decide whether to deport them.",
        "repatriation",
        "at_risk",
    ),
    (
        "The crew were held at the port pending a ruling on whether to send the six back to China.",
        "repatriation",
        "at_risk",
    ),
    (
        "The fisherman was questioned for a week, and it was unclear whether he would be sent home.",
        "repatriation",
        "at_risk",
    ),
]


NO_EVENT = [
    # a question about whoever, or about the past, tells no fate of particular people
    ("Officials asked whether defectors would be sent back.", "repatriation"),
    ("Nobody knows whether they crossed the river or were caught.", "arrest"),
    # a plan told as halted, a refusal to ask, a call against a practice: nothing looms
    ("China halted plans to forcibly return the 40 detainees.", "repatriation"),
    ("He did not ask for their return.", "repatriation"),
    ("Officials called for an end to forced returns.", "repatriation"),
    # handing over things, or people told as handed over without a request: no return is named
    ("The broker handed over the money to the guards.", "repatriation"),
    ("The two men were handed over on Friday.", "repatriation"),
    # a reduced condition only frames a feared outcome
    ("She told the judge she feared she would be jailed or killed if sent back.", "repatriation"),
    # the occasion of a foretold outcome ("once …, … will …") is no event of its own
    ("Once they are sent back, the parents will almost certainly go to a prison camp.", "repatriation"),
    # what whoever is named by an act faces, with "face" misread as a noun
    (
        "The UN has urged China to stop the returns, saying those sent back face torture, arbitrary detention "
        "and sexual violence.",
        "violence",
    ),
    ("Rights groups say those sent back face torture and detention.", "violence"),
    # a visit to a prison, or a refugee camp, is no punishment
    ("The delegation went to the prison to meet the inspectors.", "punishment"),
    ("The families went to a refugee camp near the border.", "punishment"),
    # a standing risk is how people live, not an act that looms
    (
        "Rights groups estimate that tens of thousands of women are living in hiding in China, "
        "at constant risk of arrest and forced repatriation.",
        "repatriation",
    ),
    # a bare intention told to investigators is no journey begun
    ("They told investigators that they had intended to go to South Korea.", "escape"),
    # a condition about a thing, not people
    ("If the permit is missing even one stamp, they lock you up in the back room.", "disappearance"),
    # a reduced occasion ("once returned, … will")
    ("Once returned, the parents will almost certainly be sent to a prison camp.", "repatriation"),
    # what may befall "a person" with nothing that makes them someone in particular
    (
        "An official with connections may be fined, while a person without them may be sent to a camp.",
        "punishment",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_no_event(text: str, event_type: str) -> None:
    assert status_of_type(text, event_type) is None


@pytest.mark.parametrize(("text", "event_type", "status"), STATUSES)
def test_status_kinds(text: str, event_type: str, status: str) -> None:
    assert status_of_type(text, event_type) == status


def test_a_question_left_open_is_no_doubt_about_another_act() -> None:
    # "could not be confirmed whether …" asks about its own content; it doubts no other clause
    text = "Police arrested the two brokers in May, and it could not be confirmed whether they had paid."
    assert status_of_type(text, "arrest") == "occurred"
