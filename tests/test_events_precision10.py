"""Events stage: false alarms by kind (a stray crossing, a zone or check that is only a setting,
an act weighed in a comparison, a number asked for, a practice charged, an act under "every").

Every sentence here is written for these tests; each rule has a negative (no event of the type)
and a positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of

NO_EVENT = [
    # a crossing made for a moment or by mistake, and undone
    (
        "About a dozen North Korean soldiers briefly crossed the border line on Friday and went back.",
        "escape",
    ),
    (
        "Some 20 North Korean soldiers crossed the border line near the lake on Friday and retreated.",
        "escape",
    ),
    ("Three soldiers mistakenly crossed the demarcation line on Tuesday.", "escape"),
    # a zone or a check named as the setting of another act
    ("Guards fired at the woman as she ran through the buffer zone on Monday.", "movement_restriction"),
    ("He was detained by police during an identity check in the city.", "movement_restriction"),
    (
        "Flight from the inland counties is uncommon because of the number of checkpoints on the roads.",
        "movement_restriction",
    ),
    # an act weighed against another
    ("She said she would rather die than be arrested again.", "arrest"),
    ("Local officials may find bribes more attractive than sending offenders to prison camps.", "punishment"),
    # a number asked for, not given
    ("Officials declined to say how many migrants had been detained.", "arrest"),
    (
        "Officials declined to say how many migrants had been detained or how many had been deported.",
        "repatriation",
    ),
    # a practice charged against a state
    ("Beijing rejected accusations that it forcibly returns North Korean refugees.", "repatriation"),
    ("The country was criticised for deporting asylum seekers from the North.", "repatriation"),
    # an act under "every"
    ("Every successful defection by sea is followed by a new round of restrictions.", "escape"),
    # a place described by what happens there, each verb or noun of a list
    ("The boy was sent to a camp where prisoners are starved and beaten.", "violence"),
    (
        "Women sent back are held in detention centres where beatings and forced labour are common.",
        "punishment",
    ),
    # people sorted into a class by an act, for a threat
    ("Those who had tried to reach Seoul will be sent to a prison camp, the source said.", "escape"),
    # a summons to a gathering questions no one
    (
        "The next day, villagers were summoned to a lecture where officials warned them about phones.",
        "interrogation",
    ),
    # an act in a phrase under a clause told as a habit
    (
        "Those caught there are usually allowed to travel on after paying fines or serving short sentences.",
        "punishment",
    ),
    # controls told as the cause of a change
    (
        "The desert route was popular in the 2000s, but it fell out of use after China tightened control of its border.",
        "crackdown",
    ),
    # the offence someone is charged with
    (
        "Police detained a broker this month on suspicion of helping six women cross the river and travel on to Laos.",
        "escape",
    ),
    # the offence a penalty answers, the penalty the object of a light verb
    (
        'The court gave one man a sentence of five years for "helping others to illegally cross the border".',
        "escape",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_no_event_of_the_kind(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


KEPT = [
    # a crossing that stands: no stray adverb; the going back is an errand, or did not happen
    ("A soldier crossed the demarcation line on Friday and surrendered to a guard post.", "escape"),
    ("The two women were arrested after they crossed the river and went back to fetch a child.", "escape"),
    ("The logger walked out of the camp on the night of May 2 and did not return.", "escape"),
    # the measure itself, told with the zone or the checks
    ("The army banned all travel through the buffer zone on Monday.", "movement_restriction"),
    ("Soldiers set up checkpoints on every road into the city last week.", "movement_restriction"),
    # a number given
    ("More than 30 defectors were arrested in Shenyang last week.", "arrest"),
    # one act told, dated and counted
    ("The country was criticised for deporting the nine women last week.", "repatriation"),
    ("China forcibly returned 40 North Korean refugees on Tuesday.", "repatriation"),
    # what goes on at a place now, and these people's lot there
    ("Police have set up a post on the highway where cars are being stopped and bags searched.", "search"),
    ("They were taken to the centre where the two are being starved and beaten.", "violence"),
    # what happened to a class named by an act
    ("Those who refused to sign were arrested on Monday.", "arrest"),
    # a summons to an office; an act after which one is released, dated
    ("The couple were summoned to the security office on Friday.", "interrogation"),
    ("He was released on Monday after serving a sentence of two years.", "punishment"),
    # the offence of a detained man, and a woman's own flight, told apart
    (
        "Police detained a broker this month on suspicion of smuggling. A woman he guided had crossed the river in May.",
        "escape",
    ),
    # the flight of someone the offence concerns, told in a relative clause
    (
        "The court gave one man a sentence of five years on Monday for helping a woman who had crossed the border in May.",
        "escape",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT)
def test_event_kept(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three traders who had sold films from the South were shot in Hyesan in May.",
        "Two farm officials were shot last month for hoarding grain.",
    ],
)
def test_shot_by_no_one_named_is_an_execution(text: str) -> None:
    found = types_of(text)
    assert "execution" in found and "violence" not in found


@pytest.mark.parametrize(
    "text",
    [
        "A smuggler was shot in the leg on Monday.",
        "Two women were shot as they waded across the river.",
        "Two women were shot dead near the river on Friday.",
        "A soldier was shot by his comrades on Sunday.",
        "A fisherman was shot and wounded near the island.",
    ],
)
def test_a_shooting_with_a_shooter_wound_or_scene_stays_violence(text: str) -> None:
    found = types_of(text)
    assert "violence" in found and "execution" not in found


@pytest.mark.parametrize(
    "text",
    [
        "At the holding centre the guards made us strip and squat again and again to find hidden money.",
        "She and ten other women were made to squat and stand repeatedly while naked.",
    ],
)
def test_made_to_strip_and_squat_is_a_body_search(text: str) -> None:
    found = types_of(text)
    assert "search" in found and "violence" not in found


def test_made_to_squat_without_undressing_stays_violence() -> None:
    assert "violence" in types_of("The guards made us squat for hours in the yard.")


def test_two_verbs_of_one_act_on_the_same_person_are_one_event() -> None:
    events = [
        e
        for e in events_of("When my answers did not please them, a guard kicked me and hit me with a stick.")
    ]
    assert [e.type for e in events] == ["violence"]


def test_two_verbs_on_different_people_stay_two_events() -> None:
    events = events_of("Police arrested the man and detained his wife on Monday.")
    assert [e.type for e in events] == ["arrest", "arrest"]


def test_deaths_a_calamity_caused_are_no_violence() -> None:
    assert "violence" not in types_of(
        "The famine that killed thousands of people in the 1990s drove many abroad."
    )
    assert "violence" not in types_of("Floods killed dozens of people in the county last summer.")
    assert "violence" in types_of("Guards killed two smugglers near the river on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Two dealers were shot secretly at a military firing range outside the town.",
        "Three men were secretly shot last month.",
        "The paper said the manager and two aides were shot in May after a bridge collapsed.",
    ],
)
def test_shot_by_decision_or_for_a_cause_is_an_execution(text: str) -> None:
    found = types_of(text)
    assert "execution" in found and "violence" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Two women were shot after they crossed the river.",
        "Two smugglers were shot at the border on Monday.",
    ],
)
def test_shot_in_a_flight_or_at_a_border_stays_violence(text: str) -> None:
    found = types_of(text)
    assert "violence" in found and "execution" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The authorities have suspended travel to and from the border city for two weeks.",
        "Along the river the patrols were doubled for the holiday.",
        "The army doubled its patrols along the coast in May.",
    ],
)
def test_suspended_travel_and_doubled_patrols_restrict_movement(text: str) -> None:
    assert "movement_restriction" in types_of(text)


def test_a_patrol_doubling_back_is_no_restriction() -> None:
    assert "movement_restriction" not in types_of("The patrol found two men and doubled back.")
