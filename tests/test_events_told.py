"""Events stage, issue 12: acts the lexicon missed, statuses of conditions and beliefs, and one
event told twice in one report.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in events_of(text) if e.type == event_type]


FOUND = [
    # handing people back, told in the active voice
    (
        '"There is a real danger that Beijing will return them to the North," the activist said.',
        "repatriation",
    ),
    # going from house to house is a search
    ("Police officers have been going house to house in the district since Monday.", "search"),
    ("Security agents went door-to-door in the village last week looking for radios.", "search"),
    # a removal from office is a punishment
    ("The deputy minister was removed from his post in March after the accident.", "punishment"),
    # questions put by an authority are an interrogation
    ("In the holding centre the bowibu interrogators asked the same questions for weeks.", "interrogation"),
    # people led away, found dead in custody, shot at, wading across (the lemmatizer's "wad")
    ("Five women were led away by security agents on Tuesday.", "arrest"),
    ("A North Korean man was found dead in custody after being interrogated.", "violence"),
    ("Soldiers opened fire on two fishermen near the sea border.", "violence"),
    ("Guards spotted two men wading across the Yalu River at dawn.", "escape"),
]


@pytest.mark.parametrize(("text", "event_type"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_kind_of_act_is_found(text: str, event_type: str) -> None:
    assert of_type(text, event_type), [e.type for e in events_of(text)]


NOT_FOUND = [
    ("He returned the money to the embassy the next day.", "repatriation"),
    ("She boarded a train to Beijing in May.", "escape"),
    ("The museum opened at noon and led away visitors.", "arrest"),
    ("Reporters asked questions about the new rules.", "interrogation"),
    ("If a defector is caught, he is sent back to the North.", "repatriation"),
    ("Nobody asked if they were sent back.", "repatriation"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_FOUND, ids=[t[:40] for t, _ in NOT_FOUND])
def test_no_event_of_the_kind(text: str, event_type: str) -> None:
    assert not of_type(text, event_type)


def test_a_manhunt_is_a_search_and_puts_the_people_at_risk_of_arrest() -> None:
    text = "Two railway workers vanished in March, prompting a manhunt by state security agents across the province."
    kinds = {(e.type, e.status) for e in events_of(text)}
    assert {("search", "occurred"), ("arrest", "at_risk")} <= kinds


def test_a_condition_about_people_in_the_story_looms() -> None:
    text = (
        "Police detained five women in Yanji on Monday. "
        '"If they are sent back, they will be punished as traitors," the pastor said.'
    )
    sent = of_type(text, "repatriation")
    assert [e.status for e in sent] == ["at_risk"]
    assert sent[0].victims is not None and sent[0].victims.count_min == 5


def test_an_active_condition_about_named_people_looms() -> None:
    text = '"If Thai police hand the four to the Chinese, they will be in Pyongyang within a month," he said.'
    assert [e.status for e in of_type(text, "repatriation")] == ["at_risk"]


def test_a_past_condition_did_not_come_about() -> None:
    text = "If the two men had been caught, the guards would have beaten them."
    assert not [e for e in of_type(text, "arrest") if e.status == "at_risk"]


def test_a_condition_restates_the_risk_already_told() -> None:
    text = (
        "Eight young North Koreans were detained in Laos last month and sent back to China on Monday. "
        "They now face the danger of being deported back to North Korea, activists said.\n\n"
        "If they are sent back to North Korea, the defectors can face long prison terms."
    )
    looming = [e for e in of_type(text, "repatriation") if e.status == "at_risk"]
    assert len(looming) == 1


def test_a_removal_that_appears_to_have_happened_is_suspected() -> None:
    text = "The vice-minister appears to have been removed from his post, officials said."
    assert [e.status for e in of_type(text, "punishment")] == ["suspected"]


def test_a_flight_most_likely_made_is_suspected() -> None:
    # ("fled" here is tagged as a participle, with a subject and no auxiliary)
    text = "Neighbours say the couple most likely fled in the hope of reaching the embassy in Bangkok."
    assert [e.status for e in of_type(text, "escape")] == ["suspected"]


def test_a_crossing_told_in_the_past_perfect_before_the_arrest_occurred() -> None:
    text = (
        "Mongolian guards picked up two women who had walked across the frontier from "
        "China's Inner Mongolia region into Dornod Province, an official said."
    )
    assert [e.status for e in of_type(text, "escape")] == ["occurred"]


def test_each_restates_the_people_of_the_fine() -> None:
    text = (
        "Thai police arrested six North Koreans on Wednesday, and a court fined them for illegal entry "
        "the next day. Each was fined 4,000 baht and will be held at the immigration centre in Bangkok "
        "until their transfer."
    )
    assert len(of_type(text, "punishment")) == 1
    assert [e.status for e in of_type(text, "arrest")] == ["occurred"]


def test_custody_now_is_how_the_arrest_goes_on() -> None:
    text = (
        "Officers detained two women at a flat on Tuesday. Later that night officers took away three more. "
        "The five are being held at a detention centre in Yanji, a pastor said."
    )
    assert len(of_type(text, "arrest")) == 1


def test_the_same_noun_names_the_same_people(monkeypatch: pytest.MonkeyPatch) -> None:
    """The later phrase's count may be misread (its members listed in an apposition): the noun
    it repeats still names the same people."""
    from dataclasses import replace

    from tessera.events import extract, joining

    def miscounted(found: list) -> list:
        for item in found:
            if item.event.type == "escape" and item.anaphoric and item.event.victims is not None:
                item.event.victims = replace(item.event.victims, count_min=4, count_max=4)
                item.entity = 99
        return joining.join_mentions(found)

    monkeypatch.setattr(extract, "join_mentions", miscounted)
    text = (
        "A family of five who fled Hoeryong County in North Hamgyong Province in spring was caught by "
        "Chinese police in Tumen in late June. The family, a woman in her 40s, her two grown daughters "
        "and two grandchildren, had crossed the river in May."
    )
    assert len(of_type(text, "escape")) == 1


def test_a_noun_of_a_conjunct_does_not_name_the_same_people() -> None:
    text = (
        "Twelve defectors and three of their Chinese helpers were arrested in Dandong on 4 May. "
        "One of the helpers who were arrested is a pastor."
    )
    assert len(of_type(text, "arrest")) == 2


def test_a_plural_verb_after_a_singular_relative_clause_goes_with_the_main_clause() -> None:
    text = (
        "Police in Omsk have detained a Korean man who fled a building site in the region last year "
        "and are preparing to hand him to his country's consulate, a lawyer said."
    )
    assert [e.status for e in of_type(text, "repatriation")] == ["at_risk"]


def test_two_sendings_to_one_country_are_compared_by_its_own_name() -> None:
    # the parser may hang "activists in Laos" on the destination; the place is still North Korea
    text = (
        "The nine face the danger of being deported back to North Korea, human rights activists "
        "based in Laos said. If they are sent back to North Korea, they can face prison."
    )
    assert len([e for e in of_type(text, "repatriation") if e.status == "at_risk"]) == 1


def test_a_gap_in_a_phrase_skips_an_apposition() -> None:
    text = (
        "Seven of the nine were handed to the North in early June. "
        "The whereabouts of the remaining two, a woman and her young son, could not be confirmed."
    )
    gone = of_type(text, "disappearance")
    assert len(gone) == 1 and gone[0].victims is not None and gone[0].victims.count_min == 2


def test_people_handed_to_south_korea_are_not_sent_back() -> None:
    assert not of_type(
        "The two women will be handed over to the South Korean embassy after a routine check.", "repatriation"
    )
    assert of_type("The nine were sent back to North Korea, not to South Korea.", "repatriation")


@pytest.mark.parametrize(
    "text",
    [
        "The five now face forcible return to North Korea, where those who tried to reach South Korea are jailed.",
        "A logger seized by agents in Khabarovsk last month has been flown back to Pyongyang, a Seoul-based group said.",
        "The clerk was detained by embassy guards on 3 March and sent back to Pyongyang, South Korea's spy agency said.",
    ],
)
def test_the_south_named_after_the_place_is_no_safe_goal(text: str) -> None:
    """Only the place the preposition names decides a safe goal: a clause about it or the words
    after its comma may name the South without being where people were sent."""
    assert of_type(text, "repatriation")


def test_a_kind_of_act_in_the_background_does_not_retype_a_killing() -> None:
    text = (
        "About 30 prisoners were killed when a shaft flooded at a coal mine inside a prison camp in May, a "
        "source said. The prisoners had been forced to work long shifts. Former prisoners have described "
        "beatings and executions inside the camp."
    )
    kinds = [e.type for e in events_of(text) if e.victims is not None and e.victims.count_min == 30]
    assert kinds == ["violence"]


def test_people_named_by_an_irregular_plural_are_more_than_the_one() -> None:
    text = (
        "The guard hit me with a stick whenever I spoke. After a month I was sent to a labour camp in "
        "Kilju. I saw men die there from hunger and cold."
    )
    assert len(of_type(text, "violence")) == 2


def test_someone_the_narrator_saw_is_not_the_narrator() -> None:
    text = (
        "When my answers did not please them, they kicked me. A man in the next cell passed out after a "
        "beating and was carried away; I never saw him again."
    )
    assert len(of_type(text, "violence")) == 2


def test_a_report_may_retell_its_lead_with_an_indefinite_phrase() -> None:
    text = (
        "A family of three was caught trying to cross the river last month. "
        "In mid-April, a 50-year-old man, his wife and their daughter tried to cross the Tumen River near Musan."
    )
    assert len(of_type(text, "escape")) == 1


def test_the_people_of_a_risk_are_the_subject_that_faces_it() -> None:
    text = "Police detained three women in Hanoi. The women face a grave risk of being handed to China, the group said."
    sent = of_type(text, "repatriation")
    assert [e.status for e in sent] == ["at_risk"]
    assert sent[0].victims is not None and sent[0].victims.count_min == 3


def test_face_taken_for_a_noun_still_says_the_act_looms() -> None:
    text = "Police detained nine defectors in Kunming on Friday. The nine face deportation to the North, activists said."
    assert [e.status for e in of_type(text, "repatriation")] == ["at_risk"]


def test_travel_permits_no_longer_issued_restrict_movement() -> None:
    text = "Provincial authorities have stopped issuing travel permits to residents of the border towns since March."
    assert of_type(text, "movement_restriction")
    assert not of_type(
        "The office refused to issue a building permit for the new shop.", "movement_restriction"
    )


def test_what_looms_for_people_named_by_what_the_report_told() -> None:
    text = (
        "Chinese guards handed the nine to North Korean officials in early June. "
        "Those returned will be interrogated by the security ministry, the director said."
    )
    assert [e.status for e in of_type(text, "interrogation")] == ["at_risk"]
    assert not of_type("Those caught are sent to labour camps.", "punishment")


def test_a_part_of_a_group_is_people() -> None:
    text = (
        "The detainees are three men and two women. Some of the detainees had arrived in China in "
        "recent weeks, while others had lived there for years."
    )
    assert of_type(text, "escape")
    assert not of_type("Some of the buses arrived in China on Monday.", "escape")


def test_others_set_against_some_of_a_group_are_the_rest_of_it() -> None:
    text = (
        "Officers began a sweep of the market district on Monday. Suspects were secretly arrested and "
        "their homes were searched. Some of the suspects managed to flee to the hills, but others were "
        "taken into custody."
    )
    assert len(of_type(text, "arrest")) == 1


def test_the_content_of_a_claim_is_suspected_when_the_parser_loses_the_clause() -> None:
    text = (
        "The ministry rejected claims by Amnesty International (AI) and several others that Beijing "
        "forcibly repatriated North Korean escapees."
    )
    assert [e.status for e in of_type(text, "repatriation")] == ["suspected"]
    assert [
        e.status
        for e in of_type("He made claims about his salary. Police said that they arrested two men.", "arrest")
    ] == ["occurred"]


def test_boarding_a_bus_when_caught_is_a_flight_tried() -> None:
    text = "Police detained 13 refugees who were trying to board a bus to Laos."
    assert [e.status for e in of_type(text, "escape")] == ["attempted"]


def test_a_fact_after_but_does_not_share_a_plan() -> None:
    text = "The group had planned to cross the river but were arrested before they could."
    assert [e.status for e in of_type(text, "arrest")] == ["occurred"]
    assert [e.status for e in of_type("They fear being caught and sent home.", "repatriation")] == ["at_risk"]


@pytest.mark.parametrize(
    "opening",
    ["In a separate case, police", "Separately, police", "In another incident, police", "Elsewhere, police"],
)
def test_a_sentence_set_apart_tells_another_event(opening: str) -> None:
    """Same kind, same count, same day: only the opening words say it is another case."""
    text = (
        "Police arrested two women at a market in Hyesan on 3 May. "
        f"{opening} arrested two men at a railway station in Musan on 3 May."
    )
    assert len(of_type(text, "arrest")) == 2


def test_without_a_word_setting_it_apart_a_retelling_stays_one_event() -> None:
    text = (
        "Police arrested two women at a market in Hyesan on 3 May. "
        "Police arrested the two women after a tip-off from a neighbour."
    )
    assert len(of_type(text, "arrest")) == 1


def test_a_crossing_months_apart_is_another_act() -> None:
    """Published in June: a crossing on a weekday and one "in January" are two acts, however alike."""
    text = (
        "A North Korean fisherman crossed the Tumen River into China on Monday, a rights group said. "
        "In January, a North Korean farmer crossed the river a few kilometres upstream."
    )
    assert len(of_type(text, "escape")) == 2


def test_a_retelling_within_a_month_stays_one_act() -> None:
    text = (
        "A North Korean fisherman crossed the Tumen River into China on Monday, a rights group said. "
        "The fisherman crossed the river near a ferry landing in early June."
    )
    assert len(of_type(text, "escape")) == 1


def test_the_same_people_taken_by_forces_of_another_country_is_a_handover() -> None:
    """Burmese police detain a group; Chinese officers later take the group away: two takings."""
    text = (
        "Burmese police detained nine North Koreans near the border town of Tachileik. "
        "Two days later Chinese officers took all nine away in a truck."
    )
    assert len(of_type(text, "arrest")) == 2


def test_a_day_before_the_reporting_verb_dates_the_act() -> None:
    """ "…on Friday morning, military officials said Saturday": the parser hangs "on Friday" on
    "said", but it dates the defection (June, as published), so a crossing "in January" told
    later is another act."""
    text = (
        "A North Korean army corporal in his 30s defected across the border in Yanggu, Gangwon "
        "Province, on Friday morning, military officials said Saturday, adding that he had left his "
        "post during a patrol. In January, a North Korean army corporal crossed the border further west."
    )
    assert len(of_type(text, "escape")) == 2


def test_people_held_in_one_country_then_taken_by_another_countrys_police() -> None:
    text = (
        "The nine North Koreans detained in Myanmar last week were deported on Friday. "
        "Chinese officers took all nine away in a truck."
    )
    assert len(of_type(text, "arrest")) == 2


def test_the_same_country_told_twice_stays_one_taking() -> None:
    text = (
        "Chinese police detained nine North Koreans in a flat in Yanji. "
        "The nine were detained in China after a neighbour called the police."
    )
    assert len(of_type(text, "arrest")) == 1


def test_custody_in_a_town_of_another_country_is_another_taking() -> None:
    """Thai police arrest six; the six are now held by police in a Chinese town (the gazetteer
    knows Kunming in China only): a later custody there is not the Thai arrest going on."""
    text = (
        "Thai police arrested six North Koreans near the Mekong River last month. "
        "A source said the six were now believed to be held by police in Kunming."
    )
    assert len(of_type(text, "arrest")) == 2


# A decision told as taken joins the report's telling of the act done; alone it is no event.
DECISION_AND_ACT = (
    "Cambodia drew protests on Friday over its decision to deport six defectors to North Korea. "
    "The six were sent back across the border on Wednesday, a monitoring group said."
)


def test_a_decision_told_as_taken_joins_the_act_done() -> None:
    sent = of_type(DECISION_AND_ACT, "repatriation")
    assert len(sent) == 1, [e.evidence for e in sent]
    cited = [s.text for s in sent[0].evidence]
    assert any("deport" in text for text in cited), cited
    assert any("sent back" in text for text in cited), cited


@pytest.mark.parametrize(
    "text",
    [
        "Cambodia drew protests on Friday over its decision to deport six defectors to North Korea.",
        # a decision still to come, next to an act done: not a telling of it
        "A decision to deport six defectors will be made next week. "
        "Two other men were sent back to North Korea in May.",
    ],
    ids=["decision alone", "decision to come"],
)
def test_a_decision_alone_or_to_come_is_no_telling(text: str) -> None:
    sent = of_type(text, "repatriation")
    assert all(not any("deport" in s.text for s in e.evidence) for e in sent), [e.evidence for e in sent]
    assert len(sent) <= 1


def test_a_decision_does_not_join_an_act_with_another_count() -> None:
    text = (
        "Cambodia drew protests over its decision to deport six defectors to North Korea. "
        "Separately, two fishermen were sent back to North Korea by sea in May."
    )
    sent = of_type(text, "repatriation")
    assert all(not any("deport" in s.text for s in e.evidence) for e in sent), [e.evidence for e in sent]


# A flight named as the offence a penalty answers is no flight the report tells.
@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Musan publicly executed a man last week for helping residents flee to China.",
        "A court in Yanji sentenced two brokers to prison for organising illegal border crossings.",
        "The new decree raises the penalties for defection.",
    ],
    ids=["executed for helping flee", "sentenced for organising crossings", "penalties for defection"],
)
def test_the_offence_a_sanction_answers_is_no_flight(text: str) -> None:
    assert not of_type(text, "escape"), [e.evidence for e in events_of(text)]


def test_a_flight_told_in_a_relative_clause_under_the_offence_stays() -> None:
    text = "Police in Tumen detained a farmer for sheltering a woman who had fled from Musan in May."
    assert of_type(text, "escape"), [e.evidence for e in events_of(text)]


# What a rule or a request obliges people to do is no act done.
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of North Koreans still work in Russia despite a resolution that required them to be sent home.",
        "Under the accord, the loggers were supposed to have been sent home last year.",
        "China's envoy advised Laos to deport the nine men.",
    ],
    ids=["required to be sent", "supposed to have been sent", "advised to deport"],
)
def test_what_a_rule_obliges_is_no_act(text: str) -> None:
    assert not of_type(text, "repatriation"), [e.evidence for e in events_of(text)]


def test_asking_to_defect_on_arrival_is_still_a_flight() -> None:
    text = "Three North Koreans arrived by boat at Sokcho on Monday and asked to defect, officials said."
    assert of_type(text, "escape")


def test_seizing_goods_is_no_arrest_but_seizing_people_is() -> None:
    """ "seizing cosmetics and clothing with Korean labels": things seized arrest no one."""
    goods = "Inspectors searched stalls at the market, seizing cosmetics and clothing with Korean labels."
    assert not of_type(goods, "arrest")
    assert of_type("Guards seized two women near the river on Monday.", "arrest")
    assert of_type("Police seized them at the station.", "arrest")


def test_neither_nor_denies_the_act_of_both() -> None:
    text = "Neither the guards nor the traders ever left the country; buyers rowed over to collect the goods."
    assert not of_type(text, "escape"), [e.evidence for e in events_of(text)]
    assert of_type("Either the guards or the traders left the country in May.", "escape")


# An appeal against an act, or an effort to stop it, says it looms for those people.
@pytest.mark.parametrize(
    "text",
    [
        "Rights groups urged Beijing not to send them back.",
        "The family asked Hanoi not to send the nine back across the border.",
        "Seoul is working through diplomatic channels to prevent the five from being deported.",
        "We urge Russia not to deport the two men.",
    ],
    ids=["urged not to", "asked not to", "prevent from being", "urge not to"],
)
def test_an_appeal_against_an_act_says_it_looms(text: str) -> None:
    sent = of_type(text, "repatriation")
    assert [e.status for e in sent] == ["at_risk"], [(e.type, e.status) for e in events_of(text)]


def test_an_appeal_for_people_in_general_is_no_event() -> None:
    text = "Activists called on Beijing not to send back North Korean defectors held in China."
    assert not of_type(text, "repatriation")
    assert not of_type("Guards did not send the nine back.", "repatriation")


@pytest.mark.parametrize(
    "text",
    [
        "Their families have been forbidden to leave the town while the inquiry continues.",
        "Since March, the loggers have not been allowed to leave the camp.",
    ],
    ids=["forbidden to leave", "not been allowed to leave"],
)
def test_people_kept_from_leaving_is_a_movement_restriction(text: str) -> None:
    assert of_type(text, "movement_restriction"), [(e.type, e.evidence) for e in events_of(text)]


# What would befall people once returned is a feared outcome; the return itself may loom when
# told in a clause of its own ("if they are sent back"), while a reduced condition ("if sent back",
# "if returned") only frames the outcome and names no event.
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The sailor told the court he feared he would be imprisoned or killed if sent back.", []),
        ("If returned to North Korea, the nine would be tortured.", []),
        (
            "Activists warned that the six could be sent back to China within days if Seoul does not act.",
            [("repatriation", "at_risk")],
        ),
        (
            "If they are sent back, the six will be jailed.",
            [("punishment", "at_risk"), ("repatriation", "at_risk")],
        ),
    ],
    ids=["would if sent back", "if returned would", "could if no return", "will if sent back"],
)
def test_outcomes_feared_after_a_return_are_no_events(text: str, kinds: list[tuple[str, str]]) -> None:
    assert sorted((e.type, e.status) for e in events_of(text)) == kinds


def test_the_group_means_the_people_told_of_not_the_sources() -> None:
    """ "…, an official and an aid worker said on Friday. The group was detained on Tuesday":
    the tellers are no antecedent of "the group"; the lead's people are."""
    text = (
        "VIENTIANE (Wire) — Police in northern Laos are holding four North Korean women and a boy "
        "who were caught near the Chinese border this week, a Lao official and an aid worker said on "
        "Friday.\n\nThe group was detained on Tuesday in Sing district, the aid worker said."
    )
    arrests = of_type(text, "arrest")
    assert len(arrests) == 1, [(e.evidence, e.victims) for e in arrests]
    assert arrests[0].victims.count_min == 5


def test_a_part_told_with_among_them_is_not_the_group() -> None:
    text = (
        "Thai police have arrested 11 North Koreans, among them four children, who crossed the "
        "Mekong River by boat, police said. The group was picked up on Wednesday in a plantation."
    )
    arrests = of_type(text, "arrest")
    assert len(arrests) == 1 and arrests[0].victims.count_min == 11, [
        (e.evidence, e.victims) for e in arrests
    ]
    (crossing,) = of_type(text, "escape")
    assert crossing.victims.count_min == 11


def test_a_vessel_crossing_tells_again_the_crossing_of_those_aboard() -> None:
    text = (
        "Three North Koreans crossed the sea border aboard a small wooden boat early Sunday, the "
        "military said.\n\nA navy patrol spotted the boat off Sokcho after it had crossed the "
        "Northern Limit Line, the military said."
    )
    escapes = of_type(text, "escape")
    assert len(escapes) == 1 and escapes[0].victims.count_min == 3, [e.evidence for e in escapes]


@pytest.mark.parametrize(
    "text",
    [
        "The three men were arrested in May, and nobody has heard from them since.",
        "Nobody has seen the family since.",
        "One morning in 1990 he went to work and never came home.",
    ],
    ids=["nobody heard from them", "nobody seen the family", "never came home"],
)
def test_people_not_heard_of_since_disappeared(text: str) -> None:
    assert of_type(text, "disappearance"), [(e.type, e.evidence) for e in events_of(text)]


def test_nobody_in_general_is_still_a_rule() -> None:
    assert events_of("Nobody is sent back alive.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("In December we were sent across the bridge to Namyang.", "repatriation"),
        ("They tied us together and drove us over the bridge to Sinuiju.", "repatriation"),
        ("Authorities in Wonsan have stepped up inspections of the city's markets.", "crackdown"),
        ("Chinese police have stepped up checks on Korean-speaking residents.", "crackdown"),
    ],
    ids=["sent across the bridge", "drove over the bridge", "stepped up inspections", "stepped up checks"],
)
def test_lexicon_kinds_from_unseen_reports(text: str, kind: str) -> None:
    assert of_type(text, kind), [(e.type, e.evidence) for e in events_of(text)]


def test_members_of_a_group_seized_are_people() -> None:
    text = "A source said the members of the group were seized on the 15th as they boarded a bus."
    assert of_type(text, "arrest"), [(e.type, e.evidence) for e in events_of(text)]


def test_a_checkpoint_where_people_were_stopped_is_a_place_not_a_measure() -> None:
    stopped = "The five were arrested at a checkpoint in Luang Namtha province on Monday."
    assert not of_type(stopped, "movement_restriction")
    assert of_type(stopped, "arrest")
    posted = "Soldiers have also been posted at the checkpoint on the road between Sinuiju and Uiju."
    assert of_type(posted, "movement_restriction")


@pytest.mark.parametrize(
    "text",
    [
        "Relevant authorities will investigate the exact route and motive of the defection, the JCS said.",
        "Authorities will question him about the circumstances of his defection.",
    ],
    ids=["route and motive of", "circumstances of"],
)
def test_what_an_inquiry_asks_about_a_flight_is_no_new_flight(text: str) -> None:
    assert not of_type(text, "escape"), [(e.type, e.status) for e in events_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Small traders who once crossed the river to sell goods in Ji'an are out of business.",
        "A smuggler was shot as he waded back across the Yalu after a trading run.",
        "The four had crossed to collect goods from Chinese partners.",
    ],
    ids=["traders who crossed", "smuggler waded back", "crossed to collect goods"],
)
def test_a_trading_trip_is_no_flight(text: str) -> None:
    assert not of_type(text, "escape"), [(e.type, e.evidence) for e in events_of(text)]


def test_a_soldier_running_across_is_still_a_flight() -> None:
    assert of_type("A soldier was shot as he ran across the border.", "escape")


def test_a_smuggler_in_hiding_is_still_on_the_run() -> None:
    assert of_type("A sixth smuggler is believed to be hiding with relatives in Linjiang.", "escape")


def test_the_people_fired_on_are_the_victims_and_a_later_hit_is_the_same_act() -> None:
    (fired,) = of_type("Soldiers opened fire on two fishermen near the sea border.", "violence")
    assert fired.victims is not None and fired.victims.count_min == 2
    text = (
        "Border guards in Manpo opened fire on a man who was wading across the Yalu. He was hit in the leg."
    )
    shootings = of_type(text, "violence")
    assert len(shootings) == 1, [e.evidence for e in shootings]


def test_summoned_for_questioning_is_one_interrogation() -> None:
    text = "In Musan, state security agents have summoned relatives of the family for questioning."
    assert len(of_type(text, "interrogation")) == 1, [(e.type, e.evidence) for e in events_of(text)]


def test_them_after_two_joined_verbs_means_the_first_verbs_object() -> None:
    text = (
        "A family of four from Hyesan defected in May. After the family disappeared, agents "
        "summoned the wife's parents and questioned them for three days."
    )
    (questioned,) = of_type(text, "interrogation")
    assert questioned.victims is not None and questioned.victims.count_min == 2
