"""Events stage, issue 12: kinds of acts the lexicon missed, status rules, and restatements.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def types_of(text: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.status) for e in events_of(text))


FOUND = [
    # crossing a border line by any way of going, or making one's way into the South
    ("A North Korean private walked over to the South across the demarcation line on Sunday.", "escape"),
    ("Three fishermen sailed across the Northern Limit Line in heavy fog last week.", "escape"),
    ("A young soldier made his way through the minefields of the buffer strip into South Korea.", "escape"),
    # workers sent abroad who run from their work site
    ("Twelve runaways from a shipyard in Nakhodka are still at large, the consulate said.", "escape"),
    ("Eight loggers ran away from a timber site near Tynda in March.", "escape"),
    ("Police detained a worker who had fled a logging camp in the Amur region in 2023.", "escape"),
    ("Two loggers fled a forestry camp near Chegdomyn in the spring.", "escape"),
    # the family told nothing: an enforced disappearance
    (
        "A trade official was seized in May, and his family has not been told where he is being held.",
        "disappearance",
    ),
    ("Her brother was taken in June and none of the family has been seen since.", "disappearance"),
    ("A young mechanic left for work on 3 May and has not returned.", "disappearance"),
    # arrests told by where people were taken, or by being picked up
    ("Two vendors who argued with the inspectors were taken to the district police station.", "arrest"),
    ("Chinese police picked the three women up at a hotel in Yanji on Tuesday.", "arrest"),
    # handing people to the North
    (
        "Guards in Tumen handed the nine detainees, among them a baby, over to the North on Monday.",
        "repatriation",
    ),
    # measures that keep people in or out
    ("Officials in Manpo began blocking access to the river bank in early May.", "movement_restriction"),
    ("Managers locked the remaining laborers in their dormitory after the escape.", "movement_restriction"),
    ("New concrete barriers have gone up along the river road near Hyesan.", "movement_restriction"),
    (
        "Troops were ordered to open fire without warning on anyone who nears the fence.",
        "movement_restriction",
    ),
    # searches
    ("Youth league patrols stopped students on the street and went through their phones.", "search"),
    ("At the holding centre guards made the women undress and squat.", "search"),
    # a campaign against a practice, even with its author between
    ("The arrests came during a campaign by the city police against private trading.", "crackdown"),
    # punishments named by where people are sent
    ("The traders were sent to labour training units for three months.", "punishment"),
    ("The families of the two defectors were moved out of Pyongyang in April.", "punishment"),
]


@pytest.mark.parametrize(("text", "event_type"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_kind_of_act_is_found(text: str, event_type: str) -> None:
    assert event_type in {e.type for e in events_of(text)}


NOT_FOUND = [
    ("He came across an old photograph of his mother in the drawer.", "escape"),
    ("The delegation has not returned to the negotiating table.", "disappearance"),
    ("Their boat drifted across the sea border after the engine failed.", "escape"),
    ("The number of refugees coming into South Korea has fallen every year since 2019.", "escape"),
    ("Activists urged Laos to let the six travel on to a third country.", "escape"),
    ("Soldiers escorted the defector to a guard post near the fence.", "arrest"),
    ("The family planned to defect in the spring.", "escape"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_FOUND, ids=[t[:40] for t, _ in NOT_FOUND])
def test_no_event_of_the_kind(text: str, event_type: str) -> None:
    assert event_type not in {e.type for e in events_of(text)}


def test_people_of_a_disappearance_are_those_asked_about() -> None:
    (event,) = [
        e
        for e in events_of(
            "A clerk was seized in May, and his family has not been told where he is being held."
        )
        if e.type == "disappearance"
    ]
    assert event.victims is not None and event.victims.count_min == 1
    assert event.victims.group != "family"


def test_a_family_told_nothing_restates_the_disappearance_in_its_sentence() -> None:
    text = (
        "A county official has not been seen since agents took him away in early May, "
        "and his wife has been told nothing of his whereabouts."
    )
    assert [e.type for e in events_of(text)].count("disappearance") == 1


def test_what_an_authority_plans_for_people_is_at_risk() -> None:
    assert ("interrogation", "at_risk") in types_of("Police plan to question the two brothers next week.")
    assert ("repatriation", "at_risk") in types_of("China plans to repatriate the nine defectors soon.")
    text = "The county security office plans to send 150 young people to labour training units."
    assert ("punishment", "at_risk") in types_of(text)


def test_a_part_of_named_people_is_no_general_statement() -> None:
    text = "Forty women were sent back last week. Some of them are likely to be sent to prison camps."
    assert ("punishment", "at_risk") in types_of(text)


def test_an_act_beside_a_charge_is_not_its_content() -> None:
    text = "Lawyers expect the pair to be charged with treason and executed."
    assert ("execution", "at_risk") in types_of(text)


def test_feared_outcomes_stay_apart() -> None:
    text = "The court will punish them severely. They may be executed or sent to a prison camp."
    found = types_of(text)
    assert ("execution", "at_risk") in found and ("punishment", "at_risk") in found


def test_an_attempt_one_is_suspected_of_is_suspected() -> None:
    text = "Prosecutors say the three teachers were suspected of attempting to flee to China."
    assert ("escape", "suspected") in types_of(text)


def test_a_crossing_finished_before_the_arrest_occurred() -> None:
    text = "Mongolian troops detained three North Koreans who crossed into Dornod province last week."
    assert ("escape", "occurred") in types_of(text)
    text = "Guards caught two boys who were crossing the river at night."
    assert ("escape", "attempted") in types_of(text)


def test_they_restates_a_counted_group() -> None:
    text = (
        "Lao police arrested nine North Koreans who slipped across the Mekong on Friday. "
        "They had travelled for a month through China with a broker."
    )
    assert [e.type for e in events_of(text)].count("escape") == 1


def test_a_second_verb_shares_the_voice_of_the_first() -> None:
    text = "His brother was detained for a day and questioned about the money."
    assert {"arrest", "interrogation"} <= {e.type for e in events_of(text)}


def test_a_meeting_held_is_no_arrest() -> None:
    text = "Three cadres were expelled from the conference held last month for rudeness."
    assert "arrest" not in {e.type for e in events_of(text)}


def test_an_act_told_again_is_another_event() -> None:
    text = (
        "She crossed the Tumen in 1998 and was sent back in 2001. "
        "She spent a year in a labour camp before escaping again in 2006, this time reaching Seoul."
    )
    assert [e.type for e in events_of(text)].count("escape") == 2


def test_the_rest_of_a_counted_group_is_part_of_its_event() -> None:
    text = (
        "Six managers of the mine were sentenced at a public trial on May 2. "
        "Four received ten years each, and the remaining two were sentenced to five years."
    )
    assert [e.type for e in events_of(text)].count("punishment") <= 2


def test_what_a_prison_holds_is_no_arrest() -> None:
    assert "arrest" not in {
        e.type for e in events_of("The camp is thought to hold several thousand inmates.")
    }


def test_custody_that_says_who_was_sent_back_is_no_arrest_of_its_own() -> None:
    text = "Dozens of defectors detained in China were handed over to the North in mid-April."
    assert [e.type for e in events_of(text)] == ["repatriation"]
    text = "His sister, who was caught with him in Yanji, has not been heard from since."
    assert [e.type for e in events_of(text)] == ["disappearance"]


def test_things_taken_away_are_no_arrest() -> None:
    text = "Agents searched the house and took away the copied pages and a radio."
    assert "arrest" not in {e.type for e in events_of(text)}


def test_standing_is_violence_only_when_forced_for_a_time() -> None:
    assert "violence" in {e.type for e in events_of("Guards made the prisoners stand for hours in the snow.")}
    text = "Pupils from the local school were made to stand in the front row."
    assert "violence" not in {e.type for e in events_of(text)}


def test_a_quarantine_system_is_no_restriction() -> None:
    text = "The state raised its quarantine system to the highest level in July."
    assert "movement_restriction" not in {e.type for e in events_of(text)}


def test_a_rule_announced_before_is_in_force() -> None:
    text = (
        "Border troops fired on a boat near Sinuiju in May, weeks after an order that fishermen found "
        "near the bank would be shot on sight."
    )
    assert ("movement_restriction", "occurred") in types_of(text)


def test_a_journey_stopped_by_an_arrest_in_its_clause_was_attempted() -> None:
    text = "When they were arrested, the family had been en route to Thailand through Laos."
    assert ("escape", "attempted") in types_of(text)
    text = "They were heading for Laos when Chinese police stopped their car."
    assert ("escape", "attempted") in types_of(text)


def test_a_crossing_the_arrest_came_after_occurred() -> None:
    text = "Lao police detained eleven North Koreans after they crossed the Mekong on Sunday."
    assert ("escape", "occurred") in types_of(text)


def test_people_whose_identity_is_claimed_are_suspected_to_have_fled() -> None:
    text = "Four men claiming to be soldiers from the North arrived in Japan on a raft."
    assert ("escape", "suspected") in types_of(text)
    text = "Four suspected North Korean defectors were found on a fishing boat near Sado island."
    assert ("escape", "suspected") in types_of(text)


def test_a_guess_about_who_someone_was_makes_the_flight_suspected() -> None:
    text = "Police said the stowaway may have been a deserter hoping to reach Seoul."
    assert ("escape", "suspected") in types_of(text)


def test_the_content_of_a_claim_is_suspected() -> None:
    text = "Beijing dismissed claims from activists that its police had forcibly repatriated sixty women."
    assert ("repatriation", "suspected") in types_of(text)


def test_a_measure_that_only_dates_another_event_is_background() -> None:
    text = "Trade resumed in May for the first time since the two governments closed the border."
    assert "movement_restriction" not in {e.type for e in events_of(text)}


def test_a_measure_going_on_is_no_habit() -> None:
    text = "Three soldiers deserted on Monday, with every road out of the county being placed under tight control."
    assert "movement_restriction" in {e.type for e in events_of(text)}


def test_a_measure_named_again_by_its_words_is_one_measure() -> None:
    text = "Police raided a flat in Kilju at dawn on June 2. Neighbours said the raid lasted three hours."
    assert [e.type for e in events_of(text)].count("search") == 1


def test_facing_deportation_looms_however_parsed() -> None:
    text = "They are now believed to be held at a jail in Kunming and face being deported back to the North."
    assert ("repatriation", "at_risk") in types_of(text)


def test_an_attempt_stopped_by_an_arrest_was_attempted() -> None:
    text = "Two pastors were also held; they had been guiding the women in an attempt to reach South Korea."
    assert ("escape", "attempted") in types_of(text)


def test_what_is_feared_to_be_going_on_is_suspected() -> None:
    text = "Guards have begun moving detainees at night, raising fears that a new wave of forced returns is under way."
    assert ("repatriation", "suspected") in types_of(text)


def test_more_kinds_of_words_for_flight_and_custody() -> None:
    assert ("escape", "suspected") in types_of("The missing pair are being treated as possible defectors.")
    assert ("escape", "suspected") in types_of(
        "A sixth smuggler is believed to be hiding with relatives in Linjiang."
    )
    assert "arrest" in {
        e.type for e in events_of("On arrival the men were taken over by state security agents.")
    }
    text = "Two painters left their construction site in Kazan last month and sought help from a church."
    assert "escape" in {e.type for e in events_of(text)}
    assert "escape" not in {e.type for e in events_of("The family was hiding in the cellar during the raid.")}


def test_two_verbs_under_one_whether_are_no_events() -> None:
    text = "Nobody knows whether the two made it across or were caught at the river, a source said."
    assert "arrest" not in {e.type for e in events_of(text)}


SAFE = [
    ("The envoy handed a letter to the North Korean ambassador on Monday.", "repatriation"),
    ("The delegation came over to Seoul across the border at Panmunjom for the talks.", "escape"),
    ("Students were sent to rural farms in May to help with rice planting.", "punishment"),
    ("Officials did not tell reporters where the meeting would be held.", "disappearance"),
    ("The team made its way to the final after beating Japan.", "violence"),
    ("The new law restricts access to foreign websites and films.", "movement_restriction"),
    ("The singer moved from Pyongyang to Wonsan in 2015 to teach.", "punishment"),
]


@pytest.mark.parametrize(("text", "event_type"), SAFE, ids=[t[:40] for t, _ in SAFE])
def test_like_words_about_no_people_or_place_name_no_event(text: str, event_type: str) -> None:
    assert event_type not in {e.type for e in events_of(text)}


def test_a_flight_told_in_a_clause_under_another_verb_is_read_there() -> None:
    text = (
        "Police detained her in June, a week after it emerged that her uncle had fled to South Korea in 2009."
    )
    assert types_of(text) == [("arrest", "occurred"), ("escape", "occurred")]


def test_a_rule_stated_for_a_series_of_verbs_covers_them_all() -> None:
    text = (
        "Migrants caught entering illegally are usually charged, fined and held at a centre in the capital."
    )
    assert "arrest" not in {e.type for e in events_of(text)}


def test_whereabouts_unknown_of_people_is_a_disappearance() -> None:
    found = events_of("The whereabouts of the five fishermen remain unknown.")
    assert [e.type for e in found] == ["disappearance"] and found[0].victims.count_min == 5
    assert "disappearance" in {e.type for e in events_of("His whereabouts are still not known.")}


def test_a_fate_unknown_is_what_will_become_of_people_not_a_disappearance() -> None:
    """ "They are held at a detention centre, and their fate is unclear": a fate not yet known
    says what may still happen to people (often held where the report says), not that they
    vanished; none of the annotated sets counts one as a disappearance."""
    for text in (
        "The fate of the five fishermen remains unknown.",
        "The four are held at a detention centre in Yanji, and their fate is unclear.",
        "The fate of the talks is unclear.",
    ):
        assert "disappearance" not in {e.type for e in events_of(text)}, text


def test_a_planned_measure_is_no_plan_for_people() -> None:
    assert events_of("Authorities plan to tighten inspections of phones next month.") == []


def test_a_measure_named_again_in_another_place_is_another_measure() -> None:
    text = "Agents searched homes in Hyesan on Monday. In Musan, police searched the market stalls."
    assert [e.type for e in events_of(text)].count("search") == 2


def test_acts_in_places_of_a_kind_are_no_event() -> None:
    text = "Former inmates of other prisons have described forced labour and frequent beatings in such camps."
    assert events_of(text) == []


def test_a_crossing_someone_is_let_make_is_no_flight_told() -> None:
    text = "The officer took money to let three women cross the river into China."
    assert "escape" not in {e.type for e in events_of(text)}


def test_sendings_to_two_countries_are_two_events() -> None:
    text = "Rights groups fear the six will be deported to China, where they would then be handed back to North Korea."
    assert [e.type for e in events_of(text)].count("repatriation") == 2
    text = "China repatriated the nine to North Korea on May 3. They were sent back through Dandong."
    assert [e.type for e in events_of(text)].count("repatriation") == 1


def test_a_search_the_lead_sums_up_and_the_body_details_is_one_search() -> None:
    text = (
        "Police in North Hamgyong Province have begun house-to-house checks for unregistered phones, "
        "residents said. In Hoeryong, officers accompanied by neighbourhood unit heads have been "
        "visiting homes every evening."
    )
    assert [e.type for e in events_of(text)].count("search") == 1
    # a body that names a place outside the lead's is another search
    apart = text.replace("In Hoeryong", "In Sinuiju").replace("North Hamgyong", "South Hwanghae")
    assert [e.type for e in events_of(apart)].count("search") == 2


def test_similar_searches_after_the_lead_are_more_searches() -> None:
    text = (
        "Police searched the dormitories of a textile mill in Hamhung on Tuesday, workers said. "
        "Similar searches were carried out at a shoe factory in the city the next week."
    )
    assert [e.type for e in events_of(text)].count("search") == 2
