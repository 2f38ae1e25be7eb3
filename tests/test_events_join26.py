"""Events stage (join26): one happening told twice in a report is one event.

- a questioning named only as the time of another act ("beaten during questioning") is the
  questioning the report has already told, not a second one; told alone, it stays an event;
- a sending told once to a country and once to a town of that country ("sent back to North
  Korea … handed over on the bridge to Sinuiju") is one return, not two handings.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of_type


def test_questioning_as_the_time_of_a_beating_is_the_questioning_told_before() -> None:
    text = (
        "Nine women who were sent back from China in April are being interrogated at the county "
        "security office in Musan. Several of the nine were beaten during questioning, a source said."
    )
    assert len(events_of_type(text, "interrogation")) == 1
    assert len(events_of_type(text, "violence")) == 1


def test_questioning_through_an_of_phrase_is_the_questioning_told_before() -> None:
    text = (
        "State security agents have questioned the six returnees every day since they arrived. "
        "Two of them were kicked during the first days of questioning."
    )
    assert len(events_of_type(text, "interrogation")) == 1


def test_questioning_told_only_as_the_time_of_a_beating_stays_an_event() -> None:
    text = "A farmer died in a police cell in Kanggye last month after being beaten during interrogation."
    assert len(events_of_type(text, "interrogation")) == 1
    assert len(events_of_type(text, "violence")) == 1


def test_return_to_the_country_and_to_a_town_of_it_is_one_return() -> None:
    text = (
        "Eight North Korean defectors were sent back to North Korea through Dandong late last month. "
        "The eight were handed to North Korean officials on the bridge to Sinuiju, a pastor said."
    )
    assert len(events_of_type(text, "repatriation")) == 1


def test_sendings_into_two_countries_stay_two() -> None:
    text = (
        "Eight North Korean defectors were deported from Laos to China in March. "
        "The eight were later sent back to North Korea through Dandong."
    )
    assert len(events_of_type(text, "repatriation")) == 2


def test_questioning_told_as_still_going_on_is_the_questioning_told_before() -> None:
    text = (
        "Security agents questioned twenty traders from the Sapo market last week. "
        "Eight were let go on Monday, while the others are still being investigated."
    )
    assert len(events_of_type(text, "interrogation")) == 1


def test_questioning_told_as_remaining_is_the_questioning_told_before() -> None:
    text = (
        "Police in Hyesan questioned about forty people after the fire at the depot. "
        "Most were released, but about a dozen remain under investigation."
    )
    assert len(events_of_type(text, "interrogation")) == 1


def test_custody_that_says_who_was_beaten_is_no_arrest() -> None:
    text = (
        "A North Korean man held at the border post in Hunchun was beaten by guards in May, his brother said."
    )
    assert events_of_type(text, "arrest") == []
    assert len(events_of_type(text, "violence")) == 1


def test_a_taking_that_says_who_was_beaten_is_still_an_arrest() -> None:
    text = "Three fishermen who were caught near the river on the night of April 2 were beaten by soldiers."
    assert len(events_of_type(text, "arrest")) == 1


def test_a_return_told_again_as_a_handing_over_in_a_border_town_is_one_return() -> None:
    text = (
        "China last month sent back a North Korean man who had fled a logging site, a lawmaker said. "
        "The man was handed over to North Korean border guards in Sinuiju in late March."
    )
    assert len(events_of_type(text, "repatriation")) == 1


def test_returns_by_two_countries_stay_two() -> None:
    text = (
        "Lao police deported seven North Koreans to China in May. "
        "Chinese police sent the seven back to North Korea through Dandong in June."
    )
    assert len(events_of_type(text, "repatriation")) == 2


def test_questioning_told_in_full_after_its_setting_speaks_for_the_event() -> None:
    text = (
        "Four students were caught with the films first. Two classmates were named during "
        "questioning, the source said. All six were interrogated for about a week by state security agents."
    )
    found = events_of_type(text, "interrogation")
    assert len(found) == 1
    assert found[0].victims is not None and found[0].victims.count_min == 6


def test_questioning_joined_from_its_setting_keeps_the_people_questioned() -> None:
    text = (
        "North Korean returnees are being interrogated every day at the county security office. "
        "At least two of the women were beaten badly during questioning, a source said."
    )
    found = events_of_type(text, "interrogation")
    assert len(found) == 1
    assert found[0].victims is None or found[0].victims.count_min != 2
