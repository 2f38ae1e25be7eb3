"""Events stage, issue 12 (recall): acts told in words the lexicon did not know, measures told
as a threat or as what is done now, and defections told as a choice to stay. Every sentence here
is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of
from tessera.events.choosing import chosen_to_stay
from tessera.language import analyse
from tessera.model import Document

FOUND = [
    # a defection told as the choice to stay
    (
        "Two sailors whose boat drifted south were sent home on Monday, while a third chose to remain in the South.",
        "escape",
    ),
    (
        "Three crewmen were rescued at sea last week, and one of them has asked to stay in South Korea.",
        "escape",
    ),
    ("The youngest of the fishermen has expressed a wish to settle in the South, officials said.", "escape"),
    # a flight told as leaving for a neighbouring country
    ("She grew up in Kimchaek and left for China in 2012 after her husband died.", "escape"),
    # a flight told as leaving a town of the North
    ("The couple and their two children left Hoeryong in 2019 and hid in a village near Yanji.", "escape"),
    # a crossing of the demilitarized zone by its full name
    ("A young private crossed the heavily guarded Demilitarized Zone on Friday morning.", "escape"),
    # shooting at people, and a wound from gunfire
    ("Border guards fired on four women trying to wade across the river, wounding two of them.", "violence"),
    ("A soldier who ran across the line was wounded by gunfire from his own side.", "violence"),
    # a border fortified with mines, a sea closed to boats, a threat to whoever comes near
    (
        "The army has been laying mines along the river bank since May, officials said.",
        "movement_restriction",
    ),
    ("County officials have barred small boats from putting to sea since March.", "movement_restriction"),
    ("Officials warned villagers that anyone who approaches the fence will be shot.", "movement_restriction"),
    (
        "Since the closure, sentries have orders to fire on anyone approaching the shore at night.",
        "movement_restriction",
    ),
    # punishments told as a discharge, a forced move or an eviction
    ("Later I learned that my cousin had been discharged from the army.", "punishment"),
    ("My aunt wrote that they had been forced to move to a collective farm in the hills.", "punishment"),
    ("The officers' families were ordered to leave the army housing.", "punishment"),
    # searches told by what is opened or inspected, now
    ("Guards at the bridge now open every bag, a trader said.", "search"),
    ("Agents have been inspecting every truck that leaves the county.", "search"),
    # a crackdown told as combing a town for banned things, or as hunting whoever keeps up a practice
    ("Police have been combing the town for illegal phones since March.", "crackdown"),
    ("Agents are using scanners to hunt down residents who make calls on Chinese phones.", "crackdown"),
    # a death in custody told by who died
    (
        "In May a woman held in a police cell in Dandong died after refusing food, a rights group said.",
        "violence",
    ),
    ("A former detainee said she saw a fellow inmate die after being denied food in 2020.", "violence"),
    # custody told in the first person as time spent in a cell
    ("We spent a month in a detention centre near the river before they sent us back.", "arrest"),
    # a return feared in a clause on a noun of fear, or a plan to deport someone that an appeal asks to halt
    (
        "Police detained five women in Vientiane last week. They are being held at a facility in "
        "the capital, and there are fears that they could be sent back to China.",
        "repatriation",
    ),
    (
        "The authorities should immediately halt any move to deport a North Korean man detained in the port city on 3 May.",
        "repatriation",
    ),
    ("In June, a woman held in a police jail near the river died after refusing food for weeks.", "violence"),
    # a restriction told as an order not to approach; a flight from a work crew abroad
    (
        "Villagers near the frontier have been told not to approach the fence after dark.",
        "movement_restriction",
    ),
    ("Three labourers ran away from their construction crew in the port city two weeks ago.", "escape"),
    # a dated crossing in a relative clause on the subject, whatever the parse does with the date
    (
        "A family of four who crossed the sea border near the island last week had been planning it for a year.",
        "escape",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), FOUND)
def test_act_told_in_other_words_is_found(text: str, event_type: str) -> None:
    assert event_type in types_of(text), text


NOT_FOUND = [
    # living in the South names no flight; a rule for whoever chooses is no one defection
    ("Her son, who lives in South Korea, sent money last year.", "escape"),
    ("The policy is to accept all North Koreans who wish to settle in the South.", "escape"),
    # shooting at a thing, not at people
    ("Guards fired at the empty boat as it drifted past.", "violence"),
    # a threat about something other than moving somewhere is no restriction
    ("In the North anyone caught watching foreign films can be shot.", "movement_restriction"),
    # a habit told in the present, without "now", is no search told
    ("Police usually search the bags of travellers.", "search"),
    # a checkpoint where guards stand is no new restriction of its own
    ("Guards at the checkpoint now open every bag, a trader said.", "movement_restriction"),
    # a discharge from hospital is no punishment
    ("He was discharged from the hospital after a week.", "punishment"),
    # a hunt for particular people stays a search, not a campaign
    ("Soldiers are hunting down the three workers who fled the site last week.", "crackdown"),
    # a death of someone not held is no violence
    ("His father died of a heart attack in 2019.", "violence"),
    # a plan to deport people in general, or a rule for whoever is sent back, is no one's return
    ("Beijing should halt plans to deport defectors.", "repatriation"),
    ("People returned to the North are routinely detained.", "repatriation"),
    # leaving a town outside the North, or the capital on an errand, is no flight
    ("The women left Yanji by bus in March.", "escape"),
    ("The delegation left Pyongyang on Monday.", "escape"),
    # an undated flight in a relative clause says who people are
    ("Seven traders who fled their country were arrested.", "escape"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_FOUND)
def test_no_event_of_the_kind(text: str, event_type: str) -> None:
    assert event_type not in types_of(text), text


def test_a_choice_to_stay_is_told_as_done() -> None:
    (event,) = [
        e
        for e in events_of("Two of the crew went home, and the captain decided to remain in South Korea.")
        if e.type == "escape"
    ]
    assert event.status == "occurred"


def test_staying_is_a_choice_only_under_a_word_of_choosing() -> None:
    doc = analyse(
        Document(id="t", text="He stayed in the South for a week of talks.", published="2024-06-01")
    ).doc
    stayed = next(t for t in doc if t.lower_ == "stayed")
    assert not chosen_to_stay(stayed)
    doc = analyse(Document(id="t", text="He chose to stay in the South.", published="2024-06-01")).doc
    stay = next(t for t in doc if t.lower_ == "stay")
    assert chosen_to_stay(stay)


def test_a_feared_return_looms() -> None:
    text = (
        "Police detained five women in Vientiane last week. They are being held at a facility in "
        "the capital, and there are fears that they could be sent back to China."
    )
    (event,) = [e for e in events_of(text) if e.type == "repatriation"]
    assert event.status == "at_risk"


def test_the_narrators_kin_is_someone_of_their_own() -> None:
    text = (
        "The guards beat him badly. Then they sent him to a labour training unit. "
        "Later I heard that my younger brother had been discharged from the army."
    )
    punishments = [e for e in events_of(text) if e.type == "punishment"]
    assert len(punishments) == 2


def test_kin_named_before_may_be_the_one_a_pronoun_points_to() -> None:
    text = (
        "My brother was arrested in May. They sent him to a labour training unit in June. "
        "My brother was sent to a labour training unit for six months."
    )
    punishments = [e for e in events_of(text) if e.type == "punishment"]
    assert len(punishments) == 1


def test_the_narrators_journey_told_of_i_then_we_is_one_flight() -> None:
    text = (
        "I left Musan in the winter of 2008. My husband was dead and there was nothing to eat. "
        "My son came with me. We waded across the river at night where it is shallow."
    )
    assert [e.type for e in events_of(text)].count("escape") == 1


def test_a_leg_told_again_later_is_another_flight() -> None:
    text = "I crossed the river in 2008. We crossed again in 2011 and reached Seoul."
    assert [e.type for e in events_of(text)].count("escape") == 2


def test_a_woman_and_a_man_are_two_people() -> None:
    text = "His aunt had left for China the previous year. In the spring he crossed the Tumen near the town."
    assert [e.type for e in events_of(text)].count("escape") == 2


def test_a_pronoun_of_the_same_sex_still_points_back() -> None:
    text = "His mother was arrested in May. She was held for a month."
    assert [e.type for e in events_of(text)].count("arrest") == 1


def test_a_man_and_a_woman_in_one_sentence_may_share_one_sentence_of_a_court() -> None:
    text = "The father was sentenced to eight years and the mother to five years in a labour camp."
    assert [e.type for e in events_of(text)].count("punishment") == 1
