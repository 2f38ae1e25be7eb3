"""Events stage: false alarms that are no event, restatements of one event, and their statuses.

Every sentence here is written for these tests; each rule has a negative (no event, or one event)
and a positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str, published: str | None = "2024-06-01") -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published=published)))


def kinds(text: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.status) for e in events_of(text))


def of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in events_of(text) if e.type == event_type]


# --- no event: general cases, people named by what happens to them, background --------------

NO_EVENT = [
    # a clause under "when"/"if" about someone indefinite, in the present: a rule
    ("When a logger runs away from a camp in Siberia, his foremen are recalled and purged.", "escape"),
    ("When a logger runs away from a camp in Siberia, his foremen are recalled and purged.", "interrogation"),
    ("When a farmer disappears, the police first list him as missing.", "disappearance"),
    ("If a student is detained, his parents are also questioned.", "interrogation"),
    # people named by what happens to them
    ("Those caught near the river are sent to labour camps, officials say.", "arrest"),
    ("The decree says that anyone caught in the closed zone will be shot.", "arrest"),
    ("The fines fall hardest on the families of those arrested.", "arrest"),
    # an infinitive under "it is hard/easy": what is hard, not what happened
    ("It has become much harder for North Koreans to cross into China.", "escape"),
    # a measure named as a time reference
    (
        "The first deportations since the two states closed their border took place on May 3.",
        "movement_restriction",
    ),
    # a trend, not one event
    ("Public executions have continuously been taking place across the province.", "execution"),
    # a noun for people names no event
    ("The escapees were moved to a shelter run by a church.", "escape"),
    # whoever fits a description, in a rule
    ("Women returned to the North are routinely questioned and beaten.", "repatriation"),
    ("Women returned to the North are routinely questioned and beaten.", "violence"),
    # idioms that contain a trigger word
    ("Fishermen have sailed south before in search of work.", "search"),
    ("Neighbours caught wind of the smuggling ring early.", "arrest"),
    ("The boy was left behind in North Korea when his mother went to work abroad.", "escape"),
    ("The patrol boat was fired upon near the island on Monday.", "punishment"),
    ("The man, who once held office in a county committee, was seen in Yanji.", "arrest"),
    # an event noun naming a kind of place, act or trend
    ("She was held at a detention and interrogation facility in Hyesan.", "interrogation"),
    ("Members of the raid team were given bonuses.", "search"),
    ("Teams were sent to the border to fight illegal acts including defection.", "escape"),
    ("The regime is stepping up punishments for watching foreign films.", "punishment"),
    ("Disappearances are now being treated as defections by the police.", "disappearance"),
    # a place of confinement is not the country
    ("He was caught fleeing the detention centre on his second night.", "escape"),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT, ids=[f"{t[:40]}-{k}" for t, k in NO_EVENT])
def test_no_event(text: str, event_type: str) -> None:
    assert of_type(text, event_type) == []


KEPT = [
    # particular people, or the past: events
    ("When the logger fled to China in March, his foreman was recalled.", "escape"),
    ("When the nine are sent back, they can be interrogated by the security police.", "interrogation"),
    ("Those who were arrested in the raid on March 3 were taken to Hyesan.", "arrest"),
    ("Three traders were caught near the river on Tuesday.", "arrest"),
    ("The family found it easy to cross the river in 2019 and fled to Yanji.", "escape"),
    ("North Korea closed its border with China on May 3, a week after a defection.", "movement_restriction"),
    ("She had been beaten repeatedly by guards at the holding centre.", "violence"),
    ("The guards continuously beat him for two days last month.", "violence"),
    ("Women sent back to the North last week were questioned and beaten.", "repatriation"),
    ("Police searched the house of a trader in Hyesan on Monday.", "search"),
    ("The two defectors were kicked out of the city after a public trial.", "punishment"),
    ("Guards have held him at a detention centre in Onsong since May.", "arrest"),
    ("Many arrests are being made in the border towns this month.", "arrest"),
    ("The guards continued their interrogation of the family for three days.", "interrogation"),
    ("Executions are expected to take place in two more towns next week.", "execution"),
    ("Many traders caught by the task force have been sentenced to hard labour.", "punishment"),
    ("He fled the country by crossing the Tumen River in March.", "escape"),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT, ids=[f"{t[:40]}-{k}" for t, k in KEPT])
def test_event_kept(text: str, event_type: str) -> None:
    assert of_type(text, event_type), kinds(text)


# --- one event told twice in a passage is one event with both evidence spans -----------------


def test_definite_restatement_joins_the_event() -> None:
    text = (
        "Eleven North Koreans were detained in Cambodia last month. "
        "The six men and five women were detained for ten days before being sent to Vietnam."
    )
    arrests = of_type(text, "arrest")
    assert len(arrests) == 1
    assert len(arrests[0].evidence) == 2


def test_participle_in_a_definite_phrase_joins_the_event() -> None:
    text = (
        "Two customs officers were arrested by Chinese police near Tumen on May 4. "
        "The two arrested officers were handed back at the Namyang bridge."
    )
    assert len(of_type(text, "arrest")) == 1


def test_a_pronoun_and_a_noun_for_one_person_join() -> None:
    text = (
        "A young North Korean sailor was shot as he defected across the sea border on Sunday. "
        "The sailor fled from his patrol boat near Yeonpyeong island."
    )
    assert len(of_type(text, "escape")) == 1


def test_same_count_of_refugees_and_north_koreans_join() -> None:
    text = (
        "At least 12 North Koreans have been arrested in the city of Nanning. "
        "Police on Monday arrested 12 North Korean refugees at a bus station."
    )
    assert len(of_type(text, "arrest")) == 1


def test_another_event_of_the_kind_stays_apart() -> None:
    text = (
        "A woman in Hamhung was arrested for selling Chinese phones. "
        "The trader who supplied her was also arrested."
    )
    assert len(of_type(text, "arrest")) == 2


def test_occurred_and_at_risk_stay_apart() -> None:
    text = (
        "Thai police sent back the eight defectors to Laos on Friday. "
        "They now face the danger of being deported to North Korea."
    )
    statuses = sorted(e.status for e in of_type(text, "repatriation"))
    assert statuses == ["at_risk", "occurred"]


def test_a_specific_arrest_is_not_joined_to_arrests_in_general() -> None:
    text = (
        "Many arrests are being made through house searches in the city. "
        "Last week the teenage son of a trader was detained."
    )
    assert len(of_type(text, "arrest")) == 2


def test_shooting_told_after_an_execution_is_the_execution() -> None:
    text = (
        "Six men were executed in Chongjin on the 4th. "
        "After a public trial in the stadium, the six men were shot."
    )
    events = events_of(text)
    assert [e.type for e in events] == ["execution"]
    assert "shot" in {s.text for s in events[0].evidence}


def test_violence_to_other_people_stays_violence() -> None:
    text = "Six men were executed in Chongjin on the 4th. Two guards were beaten by the crowd."
    assert sorted(e.type for e in events_of(text)) == ["execution", "violence"]


def test_evidence_leaves_out_a_phrase_telling_another_event() -> None:
    text = "In addition to the 12 refugees detained in Yanji, police arrested four defectors in Hunchun."
    arrests = sorted(of_type(text, "arrest"), key=lambda e: e.evidence[0].start)
    four = next(e for e in arrests if e.victims and e.victims.count_min == 4)
    assert "Yanji" not in four.evidence[0].text
    assert "arrested four defectors" in four.evidence[0].text


def test_kicked_out_is_an_expulsion_not_violence() -> None:
    assert kinds("The family was kicked out of Pyongyang in May.") == [("punishment", "occurred")]


def test_one_sentence_telling_two_punishments_of_the_same_people_is_one_event() -> None:
    text = "They were not only stripped of their party posts but also banished from the city."
    assert len(of_type(text, "punishment")) == 1


# --- status ------------------------------------------------------------------------------------

STATUS = [
    (
        "Her parents are sure that the two women have been sent back by Chinese police.",
        "repatriation",
        "suspected",
    ),
    (
        "The family said the boy is sure to be handed back to the North Korean police.",
        "repatriation",
        "at_risk",
    ),
    ("Chinese police allegedly sent back some 40 detainees on a bus last week.", "repatriation", "suspected"),
    ("Her brother presumably fled to China in the spring.", "escape", "suspected"),
    ("Police said the three smugglers may get five years in prison.", "punishment", "at_risk"),
    ("If they are returned, the four defectors can face imprisonment.", "punishment", "at_risk"),
    (
        "A county order says that vehicles will be banned from travelling near the river.",
        "movement_restriction",
        "occurred",
    ),
    ("Four North Koreans were nabbed by police in Dandong on Friday.", "arrest", "occurred"),
]


@pytest.mark.parametrize(("text", "event_type", "status"), STATUS, ids=[s[0][:40] for s in STATUS])
def test_status(text: str, event_type: str, status: str) -> None:
    assert [e.status for e in of_type(text, event_type)] == [status], kinds(text)


def test_a_planned_trial_is_no_event() -> None:
    assert (
        of_type("Arrangements are underway to put the nine on trial for illegal entry.", "punishment") == []
    )


def test_defectors_in_general_under_can_are_no_event() -> None:
    assert of_type("Defectors who are returned can face long prison terms.", "punishment") == []


# --- phrasings of events the lexicon reads -------------------------------------------------------

PHRASINGS = [
    ("The four were arrested while attempting to travel to South Korea from China.", ("escape", "attempted")),
    ("The group were trying to get to South Korea through Laos.", ("escape", "attempted")),
    ("Three women were found crossing from China into Mongolia last week.", ("escape", "occurred")),
    ("Two agents grabbed the man and slapped handcuffs on him outside the hotel.", ("arrest", "occurred")),
    ("The teacher was shipped off to a prison camp in May.", ("punishment", "occurred")),
    ("Police had the eight men shipped back across the border on Friday.", ("repatriation", "occurred")),
    ("The leader sacked the county party secretary in March.", ("punishment", "occurred")),
    ("The families will be sent into internal exile next month.", ("punishment", "at_risk")),
    ("The woman now faces transfer to a re-education camp.", ("punishment", "at_risk")),
    ("He was released after undergoing a two-month investigation.", ("interrogation", "occurred")),
    ("The country shut down its border with China in January.", ("movement_restriction", "occurred")),
    ("Authorities increased border controls ahead of the holiday.", ("movement_restriction", "occurred")),
    (
        "The mountain roads were placed under tight control after the escape.",
        ("movement_restriction", "occurred"),
    ),
    ("In early May, control over market trading was tightened in the city.", ("crackdown", "occurred")),
    (
        "The security ministry launched intensive inspections of households in Hyesan.",
        ("crackdown", "occurred"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS, ids=[p[0][:40] for p in PHRASINGS])
def test_phrasings(text: str, expected: tuple[str, str]) -> None:
    assert expected in kinds(text)


def test_a_trip_to_south_korea_for_a_conference_by_no_one_in_flight_is_read_with_its_people() -> None:
    # the phrase needs its words connected: "going" and "South Korea" in separate phrases do not match
    assert of_type("Going forward, officials said, South Korea will host the talks.", "escape") == []


def test_house_inspections_stay_a_search_and_torture_in_an_investigation_stays_violence() -> None:
    assert ("search", "occurred") in kinds("Police carried out house inspections across the district in May.")
    assert ("violence", "occurred") in kinds(
        "The three are undergoing torture and investigation at the centre."
    )


def test_a_call_not_to_send_particular_people_back_is_at_risk() -> None:
    assert kinds("China should not send the five women back to North Korea.") == [("repatriation", "at_risk")]
    assert of_type("China should not send defectors back to North Korea.", "repatriation") == []


def test_a_denied_prevention_is_no_denial() -> None:
    assert kinds("That did not prevent the guards from beating her.") == [("violence", "occurred")]
    assert of_type("The guards were prevented from beating her.", "violence") == []


def test_an_intention_is_no_attempt() -> None:
    assert of_type("They told investigators that they had intended to go to South Korea.", "escape") == []
    assert kinds("They were caught trying to go to South Korea.") == [
        ("arrest", "occurred"),
        ("escape", "attempted"),
    ]


def test_a_dateline_day_does_not_split_one_event() -> None:
    text = "Nov. 21 (UPI) -- A former official was arrested in Hyesan. The man was arrested and detained on Nov. 3."
    assert len(of_type(text, "arrest")) == 1


def test_a_pronoun_subject_with_no_people_of_its_own_points_back() -> None:
    text = (
        "Coastguard officers are questioning eight North Korean fishermen found adrift on Sunday. "
        "They were picked up by a patrol boat and taken to Niigata for questioning."
    )
    assert len(of_type(text, "interrogation")) == 1


def test_a_participle_used_for_people_points_back() -> None:
    text = (
        "Police arrested 14 defectors in Dandong on Friday. A local paper put the number of arrested at 16."
    )
    assert len(of_type(text, "arrest")) == 1
