"""Events stage, third wave: more general lexicon classes (crossings of a sea or land line,
people moved across a border by others, blows, bursting into homes, handing people to their
country's officials), an attempted leg kept apart from a leg made, custody still to come for
people already arrested, and counts glossed by their sexes, taken from a larger group, or
joined by "with … others".

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def types_of(text: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.status) for e in events_of(text))


def counts_of(text: str, event_type: str) -> list[int | None]:
    return [e.victims.count_min if e.victims else None for e in events_of(text) if e.type == event_type]


def test_crossing_a_sea_limit_line_is_an_escape() -> None:
    text = "Two fishermen crossed the Northern Limit Line in a small boat on Tuesday."
    assert ("escape", "occurred") in types_of(text)


def test_crossing_a_limit_that_is_no_line_is_no_escape() -> None:
    assert types_of("Rice prices crossed the limit set by the market office in May.") == []


def test_people_moved_across_a_border_by_others_escaped() -> None:
    text = "She was trafficked across the Tumen River by a broker in 2015."
    assert ("escape", "occurred") in types_of(text)


def test_goods_moved_across_a_border_are_no_escape() -> None:
    assert "escape" not in [
        e.type for e in events_of("Smugglers ferried cigarettes across the river at night.")
    ]


def test_picking_up_a_signal_is_no_arrest() -> None:
    text = "The agents drive around with detectors and enter houses where they pick up a signal."
    assert "arrest" not in [e.type for e in events_of(text)]
    assert ("arrest", "occurred") in types_of("Police picked up two traders at the market on Monday.")


def test_whereabouts_that_could_not_be_confirmed_are_a_disappearance() -> None:
    text = "The whereabouts of the two brothers could not be confirmed."
    assert types_of(text) == [("disappearance", "occurred")]
    assert counts_of(text, "disappearance") == [2]
    assert types_of("The date of the meeting could not be confirmed.") == []


def test_agents_coming_for_people_arrest_them() -> None:
    text = "Security agents came for the couple late at night."
    assert types_of(text) == [("arrest", "occurred")]
    assert types_of("Relatives came for the wedding in May.") == []


def test_hitting_a_person_is_violence_and_hitting_a_coast_is_not() -> None:
    assert ("violence", "occurred") in types_of("The guard hit him with a rifle butt.")
    assert types_of("The typhoon hit the coast on Sunday.") == []


def test_officers_bursting_into_homes_search_them() -> None:
    assert ("search", "occurred") in types_of(
        "Police burst into three houses in the village on Friday night."
    )
    assert types_of("The children burst into tears when the train left.") == []


def test_handing_people_to_their_country_or_to_border_officials_sends_them_back() -> None:
    text = "Russian police are preparing to hand the man to his country's consulate."
    assert ("repatriation", "at_risk") in types_of(text)
    text = "Vietnamese guards handed the six migrants over to Chinese border officials on Monday."
    assert ("repatriation", "occurred") in types_of(text)
    assert types_of("The pastor handed the letter to the consulate.") == []


def test_reaching_a_town_of_a_third_country_is_the_aim_of_a_flight() -> None:
    text = "Police believe the women were trying to reach the Thai town of Mae Sot."
    assert ("escape", "attempted") in types_of(text)


def test_a_leg_made_and_a_leg_tried_are_two_escapes() -> None:
    text = (
        "The seven North Koreans slipped across the border into Laos on May 2. "
        "They were trying to make their way to Thailand."
    )
    found = types_of(text)
    assert ("escape", "occurred") in found and ("escape", "attempted") in found


def test_a_leg_made_and_its_goal_in_one_clause_are_one_escape() -> None:
    text = (
        "The four women had crossed into Laos from China with a guide and were trying to reach "
        "Thailand, an aid worker said."
    )
    assert [t for t, _ in types_of(text)].count("escape") == 1


def test_a_goal_tried_by_someone_else_stays_apart() -> None:
    text = (
        "The four women had crossed into Laos from China last week and their guide was trying to "
        "reach Thailand, an aid worker said."
    )
    assert ("escape", "occurred") in types_of(text)


def test_custody_to_come_for_people_already_arrested_is_no_further_arrest() -> None:
    text = (
        "Police arrested 12 migrants near the river on Sunday. "
        "They will be held at an immigration centre until they are deported."
    )
    assert [e.type for e in events_of(text)].count("arrest") == 1


def test_custody_to_come_for_other_people_still_looms() -> None:
    text = "Police arrested the broker on Monday. Five women who hid in his house will be held in custody."
    assert ("arrest", "at_risk") in types_of(text)


def test_a_count_glossed_by_sexes_after_a_dash_or_comma_is_the_count() -> None:
    assert counts_of("The four — three men and a woman — were executed in March.", "execution") == [4]
    assert counts_of("The five, three women and two men, were arrested near the border.", "arrest") == [5]


def test_a_relative_clause_on_the_whole_of_a_part_tells_of_the_whole() -> None:
    text = "China has sent back nine of the 12 workers whom Russia expelled in May."
    assert 12 in counts_of(text, "repatriation")


def test_others_joined_by_with_are_counted() -> None:
    assert counts_of("In May he was sent back to North Korea with 14 others.", "repatriation") == [15]
    assert counts_of("He was beaten with sticks in May.", "violence") == [1]


def test_what_happens_after_a_present_tense_event_to_whoever_is_a_rule() -> None:
    assert types_of("Relatives of defectors are often questioned after brokers are caught.") == []
    assert ("arrest", "occurred") in types_of("The nine were questioned after they were caught on Monday.")


def test_an_act_named_as_what_a_penalty_is_for_is_no_event() -> None:
    assert types_of("The new law adds heavier penalties for illegally crossing the border.") == []
    assert ("escape", "occurred") in types_of("Two soldiers crossed the border into China on Monday.")


def test_a_search_named_again_by_a_word_of_the_same_meaning_is_one_search() -> None:
    text = (
        "Police raided a flat in Dandong on Tuesday and arrested two women. "
        "About ten officers surrounded the building and searched every room."
    )
    assert [e.type for e in events_of(text)].count("search") == 1


def test_searches_of_other_places_stay_apart() -> None:
    text = "Agents raided homes in Hyesan on Monday. In Musan, police searched the market on Friday."
    assert [e.type for e in events_of(text)].count("search") == 2


def test_an_uncounted_plural_in_a_list_of_people_is_at_least_two() -> None:
    assert counts_of("Her father and sisters were arrested in Hyesan on Monday.", "arrest") == [3]


def test_a_plan_to_smuggle_goods_across_the_border_is_no_escape() -> None:
    text = "The trader had agreed to smuggle blueberries across the border with a guard."
    assert "escape" not in [e.type for e in events_of(text)]


def test_a_part_told_of_a_group_by_of_them_or_among_them_is_not_the_group() -> None:
    text = (
        "Guards detained six migrants, two of them teenagers, who had waded across the river from China. "
        "The group was caught on Sunday near the town."
    )
    assert counts_of(text, "escape") == [6]
    assert counts_of(text, "arrest") == [6]
    text = "The defectors, among them three children aged between 4 and 9, were arrested in May."
    assert 9 not in counts_of(text, "arrest")


def test_a_particle_before_a_number_does_not_make_it_more_than() -> None:
    assert counts_of("Police handed over 11 migrants to the North on Monday.", "repatriation") == [11]
    assert counts_of("Police detained over 11 migrants on Monday.", "arrest") == [12]


def test_a_journey_told_as_the_aim_of_a_flight_is_that_flight() -> None:
    text = "The two loggers most likely fled in the hope of reaching the embassy in Moscow."
    assert [e.type for e in events_of(text)].count("escape") == 1


def test_wading_back_from_abroad_is_going_home() -> None:
    text = "A trader was arrested on Monday as he waded back across the river from China."
    assert "escape" not in [e.type for e in events_of(text)]
    assert "escape" in [e.type for e in events_of("A soldier waded across the river into China on Monday.")]


def test_a_likely_past_flight_is_suspected() -> None:
    assert types_of("Colleagues say the two welders most likely fled to a third country.") == [
        ("escape", "suspected")
    ]
    assert ("repatriation", "at_risk") in types_of("The two welders will likely be sent back to the North.")
