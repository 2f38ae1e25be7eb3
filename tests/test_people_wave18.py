"""Wave 18: who events happened to (counts) and who did them (actor kinds), on invented sentences."""

from __future__ import annotations

from events_helpers import events_of


def _only(text: str, event_type: str):
    events = [e for e in events_of(text) if e.type == event_type]
    assert len(events) == 1, [(e.type, e.evidence[0].text) for e in events_of(text)]
    return events[0]


def _kinds(text: str, event_type: str) -> set[str]:
    return {a.kind for a in _only(text, event_type).perpetrators}


# --- actor kinds -----------------------------------------------------------------------------


def test_interrogators_are_state_security():
    text = "The interrogator hit me with a stick whenever I did not answer."
    assert _kinds(text, "violence") == {"state_security"}


def test_supervisors_of_workers_abroad_are_other():
    text = "Workers at the site were beaten by their supervisors after the strike."
    assert _kinds(text, "violence") == {"other"}


def test_consulate_staff_are_other():
    text = "Two welders have been summoned to the North Korean consulate for questioning."
    assert _kinds(text, "interrogation") == {"other"}


def test_national_defence_commission_is_other():
    text = "In May the National Defence Commission began inspections in Hoeryong without notice."
    assert _kinds(text, "crackdown") == {"other"}


def test_losing_party_membership_is_the_party_s_doing():
    text = "A factory manager was also stripped of his party membership for negligence."
    assert "party" in _kinds(text, "punishment")


def test_expelled_from_the_party_is_the_party_s_doing():
    text = "The plant's deputy director and two engineers were dismissed and expelled from the party."
    assert "party" in _kinds(text, "punishment")


def test_authorities_of_a_province_restricting_travel_are_local_officials():
    text = "Authorities in Kangwon Province have stopped issuing travel permits ahead of the holiday, a source said."
    assert "local_official" in _kinds(text, "movement_restriction")


# --- counts ----------------------------------------------------------------------------------


def test_counted_households_are_at_least_that_many_people():
    text = "At least six households with relatives in South Korea have been forcibly relocated from Onsong county."
    victims = _only(text, "punishment").victims
    assert victims is not None and (victims.count_min, victims.count_max) == (6, None)


def test_searched_households_are_counted():
    text = "Police searched about 30 households in the border town of Musan last week."
    victims = _only(text, "search").victims
    assert victims is not None and victims.count_min == 30


def test_homes_gone_through_are_counted():
    text = "Agents have gone through at least 25 homes in the riverside district of the city."
    victims = _only(text, "search").victims
    assert victims is not None and victims.count_min == 25


def test_counted_people_joined_by_with_share_the_act():
    text = "The girl was arrested on May 3 with two classmates."
    victims = _only(text, "arrest").victims
    assert victims is not None and victims.count_min == 3


def test_counted_things_joined_by_with_are_no_people():
    text = "A smuggler was caught with two phones and cash."
    victims = _only(text, "arrest").victims
    assert victims is not None and victims.count_min == 1


def test_together_with_on_the_verb_joins_companions():
    text = "The minister was arrested at his office in mid-June together with three deputy directors."
    victims = _only(text, "arrest").victims
    assert victims is not None and victims.count_min == 4


def test_held_in_a_detention_centre_abroad_is_that_country_s_police():
    text = "We spent about a month in a detention centre in Yanji and were then handed over at the bridge to the bowibu."
    perpetrators = _only(text, "arrest").perpetrators
    assert [(a.kind, a.country) for a in perpetrators] == [("police", "CN")]


def test_held_in_a_detention_centre_at_home_takes_no_foreign_police():
    text = "He was held for a month in a detention centre in Hyesan."
    assert not any(a.country == "CN" for a in _only(text, "arrest").perpetrators)


def test_us_glossed_by_a_counted_group_takes_its_count():
    text = "In the morning they put us in a truck, six women, and drove us over the bridge to Sinuiju."
    victims = _only(text, "repatriation").victims
    assert victims is not None and victims.count_min == 6


def test_us_alone_is_at_least_two():
    text = "They put us in a truck and drove us over the bridge to Sinuiju."
    victims = _only(text, "repatriation").victims
    assert victims is not None and (victims.count_min, victims.count_max) == (2, None)


def test_a_feared_sending_back_is_by_those_who_hold_the_people():
    text = (
        "Chinese police detained four North Korean women at a bus station in Yanji on Monday. "
        "Activists fear the women could be sent back within weeks."
    )
    perpetrators = _only(text, "repatriation").perpetrators
    assert [(a.kind, a.country) for a in perpetrators] == [("police", "CN")]


def test_a_feared_second_sending_is_not_by_those_who_held_them_first():
    text = (
        "Lao police detained eight North Koreans near the border in May. The eight were deported to "
        "China on Friday. Activists fear the eight could eventually be returned to North Korea."
    )
    feared = [e for e in events_of(text) if e.type == "repatriation" and e.status != "occurred"]
    # not the Lao police: only the police of whoever holds them then, named by no word
    assert len(feared) == 1 and all(a.country is None for a in feared[0].perpetrators)


def test_a_third_country_holding_people_does_not_send_them_to_the_north():
    text = (
        "Lao police detained eight North Koreans near the border in May. "
        "Activists fear the eight could eventually be returned to North Korea."
    )
    # (perp25: the police of the country holding them then, which no word names; not Laos's)
    assert all(a.country != "LA" for a in _only(text, "repatriation").perpetrators)
