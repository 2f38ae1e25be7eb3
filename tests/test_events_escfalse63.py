"""Events stage (esc63): words of flight that tell no one leaving the country: a crossing or an
arrival into a town of the North ("crossed into Sinuiju"), an arrest or a trial evaded
("escaped arrest"), people led across a border by the police, and flights named in the plural
as a trend or a cause ("after a string of defections"); and their look-alikes, which stay
escapes (a crossing into China, an escape from the North, people led across by a broker,
defections owned by particular people). Every sentence here is invented for these tests."""

from __future__ import annotations

from events_helpers import events_of_type


def test_crossing_into_a_northern_town_is_no_escape() -> None:
    text = "Some 300 citizens stuck in China were allowed to cross from Dandong into Sinuiju on Wednesday."
    assert events_of_type(text, "escape") == []


def test_a_group_crossing_into_a_northern_town_is_no_escape() -> None:
    text = "The students were put on a bus to Dandong on Monday and crossed into Sinuiju that evening."
    assert events_of_type(text, "escape") == []


def test_crossing_into_a_chinese_town_stays_an_escape() -> None:
    text = "Two young soldiers crossed the frozen Tumen into Tumen city on Thursday night."
    escapes = events_of_type(text, "escape")
    assert len(escapes) == 1
    assert escapes[0].status == "occurred"


def test_escaping_arrest_is_no_escape() -> None:
    text = "A wholesaler in Sunchon escaped arrest last week by jumping over the wall of her yard."
    assert events_of_type(text, "escape") == []


def test_escaping_trial_is_no_escape() -> None:
    text = "The two drivers escaped trial but lost their jobs at the depot."
    assert events_of_type(text, "escape") == []


def test_escaping_from_the_north_stays_an_escape() -> None:
    text = "A miner from Musan escaped to China across the Tumen in early May."
    assert len(events_of_type(text, "escape")) == 1


def test_led_across_the_border_by_police_is_no_escape() -> None:
    text = "The four fishermen were led across the demarcation line by soldiers on Tuesday."
    assert events_of_type(text, "escape") == []


def test_led_across_the_river_by_a_broker_stays_an_escape() -> None:
    text = "The three sisters were led across the Yalu River by a broker in late April."
    assert len(events_of_type(text, "escape")) == 1


def test_defections_in_the_plural_as_a_cause_are_no_escape() -> None:
    text = "Pyongyang has tightened its watch on its loggers in Siberia after a series of defections."
    assert events_of_type(text, "escape") == []


def test_escapes_in_the_plural_as_a_trend_are_no_escape() -> None:
    text = "The new fence followed several escapes by boat this spring."
    assert events_of_type(text, "escape") == []


def test_defections_of_particular_people_stay_an_escape() -> None:
    text = "The defections of the two trade officials in Dalian last month alarmed Pyongyang."
    assert len(events_of_type(text, "escape")) == 1


def test_fleeing_into_the_hills_at_home_is_no_escape() -> None:
    text = "A market seller in Kilju fled into the woods with her son before the inspectors came."
    assert events_of_type(text, "escape") == []


def test_fleeing_into_the_hills_after_a_crossing_stays_an_escape() -> None:
    text = "The couple fled into the mountains of Jilin after wading across the Tumen in May."
    assert len(events_of_type(text, "escape")) == 1


def test_a_case_reaching_the_guards_is_no_escape() -> None:
    text = "The smuggling case has now reached the border guard command in Hyesan."
    assert events_of_type(text, "escape") == []


def test_a_family_reaching_seoul_stays_an_escape() -> None:
    text = "A family of four from Onsong reached Seoul in March after two years in China."
    assert len(events_of_type(text, "escape")) == 1


def test_leaving_on_a_flight_to_pyongyang_is_no_escape() -> None:
    text = "Two cooks from a North Korean restaurant in Ulaanbaatar left the country on a flight to Pyongyang on 3 May."
    assert events_of_type(text, "escape") == []


def test_leaving_the_country_by_boat_stays_an_escape() -> None:
    text = "Two cooks from Sinpo left the country by boat on 3 May and were picked up near Ulleungdo."
    assert len(events_of_type(text, "escape")) == 1


def test_runaways_in_the_plural_stay_an_escape() -> None:
    text = "Russian police detained 12 runaways from a logging camp near Tynda last week."
    assert len(events_of_type(text, "escape")) == 1


def test_heading_for_the_border_rather_than_risk_arrest_stays_an_escape() -> None:
    text = "Neighbours think the cook headed for the Chinese border rather than risk arrest for theft."
    assert len(events_of_type(text, "escape")) == 1
