"""Events stage, wave 18 (recall): events told in shapes no trigger caught before. Workers abroad
leaving their workplace, crackdowns told as an activity or as the campaign that began, a return
named by a noun under a stance taken now or a call to halt it, penalties in unusual wording
(relieved of a post, told to pay a fine, ordered to do labour training, sent off to a mountain
village), people dragged back from the river, taken from their home, sent across a bridge, and
restrictions told as a closure, a curfew, an electrified fence or confinement to quarters.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def pairs_of(text: str) -> set[tuple[str, str]]:
    """The (type, status) of each event found in the text."""
    return {(e.type, e.status) for e in events_of(text)}


# Workers abroad leaving their posts


def test_slipping_out_of_a_dormitory_abroad_is_an_escape() -> None:
    text = "Three waiters from a North Korean restaurant in Shenyang slipped out of their dormitory on Sunday night."
    assert ("escape", "occurred") in pairs_of(text)


def test_walking_away_from_a_restaurant_is_an_escape() -> None:
    text = "Two cooks walked away from the restaurant in Vladivostok last month."
    assert ("escape", "occurred") in pairs_of(text)


def test_leaving_their_posts_is_an_escape() -> None:
    text = "The two seamstresses, who had worked at a garment factory in Dandong, left their posts in March."
    assert ("escape", "occurred") in pairs_of(text)


def test_walking_away_from_a_kitchen_names_no_work_site() -> None:
    assert "escape" not in {
        t for t, _ in pairs_of("Two cooks walked away from the stove to answer the phone.")
    }


# Crackdowns told as an activity or a campaign


def test_sweeping_a_county_for_phones_is_a_crackdown() -> None:
    assert ("crackdown", "occurred") in pairs_of(
        "Police have been sweeping Hoeryong for smuggled phones since May."
    )


def test_a_campaign_that_began_after_a_crackdown_is_told_is_a_crackdown() -> None:
    text = "Police are sweeping Hoeryong for smuggled phones. A similar campaign started in Musan in June."
    assert [e.type for e in events_of(text)].count("crackdown") == 2


def test_a_campaign_that_began_with_no_crackdown_told_is_no_event() -> None:
    assert "crackdown" not in {t for t, _ in pairs_of("The tree-planting campaign began in March.")}


def test_an_anti_smuggling_campaign_is_a_crackdown() -> None:
    text = (
        "The trial was part of an anti-smuggling campaign that the county party committee launched in March."
    )
    assert ("crackdown", "occurred") in pairs_of(text)


def test_tracing_calls_abroad_is_a_crackdown() -> None:
    text = "The security ministry has been tracing calls to China since March to find brokers."
    assert ("crackdown", "occurred") in pairs_of(text)


# A return named by a noun: a stance taken now, a call to halt it


def test_condemning_the_forced_return_of_counted_people_tells_the_return() -> None:
    text = "The Seoul-based group condemns the forced return of about forty North Koreans by China on Friday."
    assert ("repatriation", "occurred") in pairs_of(text)


def test_condemning_forced_returns_in_general_is_no_event() -> None:
    assert "repatriation" not in {t for t, _ in pairs_of("We condemn the forced return of North Koreans.")}


def test_a_call_to_halt_the_return_of_the_five_puts_them_at_risk() -> None:
    text = "The group urged China to halt the imminent forced return of the five."
    assert ("repatriation", "at_risk") in pairs_of(text)


def test_a_call_to_stop_returns_in_general_is_no_event() -> None:
    assert "repatriation" not in {t for t, _ in pairs_of("The group urged China to stop repatriations.")}


# Penalties in unusual wording


def test_relieved_of_his_post_is_a_punishment() -> None:
    assert ("punishment", "occurred") in pairs_of("The factory director was relieved of his post last week.")


def test_told_to_pay_a_fine_is_a_punishment() -> None:
    assert ("punishment", "occurred") in pairs_of("I was told to pay a fine of 30,000 won.")


def test_would_pay_a_fine_as_a_habit_is_no_event() -> None:
    assert "punishment" not in {t for t, _ in pairs_of("Before the war, people would pay a fine.")}


def test_ordered_to_do_labour_training_is_a_punishment() -> None:
    text = "The traders were ordered to do labour training for two months."
    assert ("punishment", "occurred") in pairs_of(text)


def test_police_ordered_to_fine_traders_is_only_an_order() -> None:
    assert "punishment" not in {t for t, _ in pairs_of("Police were ordered to fine the traders.")}


def test_sent_off_to_a_mountain_village_is_a_punishment() -> None:
    text = "Police said the three families will be sent off to a mountain village."
    assert ("punishment", "at_risk") in pairs_of(text)


# People taken and returned


def test_dragged_back_to_the_bank_is_an_arrest() -> None:
    assert ("arrest", "occurred") in pairs_of("The guards dragged the two men back to the riverbank.")


def test_taken_by_agents_from_their_home_is_an_arrest() -> None:
    text = "The three were taken by state security agents from their home in Hyesan in May."
    assert ("arrest", "occurred") in pairs_of(text)


def test_sent_across_the_river_bridge_is_a_return() -> None:
    text = "Chinese police said the four would be sent across the Tumen bridge to Namyang within days."
    assert ("repatriation", "at_risk") in pairs_of(text)


def test_transferred_to_the_north_korean_border_is_a_return() -> None:
    assert ("repatriation", "at_risk") in pairs_of(
        "The women will soon be transferred to the North Korean border."
    )


def test_officers_walking_into_homes_is_a_search() -> None:
    text = "Police officers have been walking into homes without warning since May."
    assert ("search", "occurred") in pairs_of(text)


# Restrictions


def test_a_road_closed_to_civilian_traffic_is_a_restriction() -> None:
    text = "The coastal road near Sinpo has been closed to civilian traffic since May."
    assert ("movement_restriction", "occurred") in pairs_of(text)


def test_ordered_to_stay_indoors_is_a_restriction() -> None:
    text = "Residents of border villages were ordered to stay indoors after dark."
    assert ("movement_restriction", "occurred") in pairs_of(text)


def test_an_electrified_fence_is_a_restriction() -> None:
    assert ("movement_restriction", "occurred") in pairs_of("The fence near Musan was electrified last year.")


def test_confined_to_the_dormitory_is_a_restriction() -> None:
    text = "The managers confined the workers to the dormitory after work."
    assert ("movement_restriction", "occurred") in pairs_of(text)
