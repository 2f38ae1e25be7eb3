"""Places (actors27): a place in what an act was for ("arrested for calling brokers in China"), or
where the acting body came from ("a task force from Pyongyang"), is not where the act happened."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


@pytest.mark.parametrize(
    "text, etype, trigger",
    [
        (
            "Police in Onsong have stepped up patrols. Twelve people caught making calls to China "
            "have been detained.",
            "arrest",
            "detained",
        ),
        (
            "Police in Onsong have stepped up patrols. Eight people were arrested for calling "
            "brokers in China.",
            "arrest",
            "arrested",
        ),
        (
            "Police in Onsong have stepped up patrols. Barracks were searched for letters from "
            "relatives in China.",
            "search",
            "searched",
        ),
    ],
)
def test_the_other_end_of_an_offence_is_not_the_acts_place(text: str, etype: str, trigger: str) -> None:
    (ev,) = _place(text, _event(text, etype, trigger))
    assert ev.where is not None and ev.where.name == "Onsong County"


def test_a_stay_for_days_in_a_town_is_still_there() -> None:
    text = "Police detained three men for four days in Hyesan."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_where_an_acting_team_came_from_is_not_where_it_acted() -> None:
    text = (
        "A task force from Pyongyang has been carrying out a crackdown on smuggling in Manpo since "
        "March, traders said."
    )
    (ev,) = _place(text, _event(text, "crackdown", "crackdown"))
    assert ev.where is not None and ev.where.name == "Manpo"


def test_victims_from_a_town_were_taken_there() -> None:
    text = "Two officials from Kanggye were arrested last week."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name == "Kanggye"


def test_the_norths_state_security_acts_in_the_north_not_across_the_river() -> None:
    text = (
        "A man was publicly executed in Manpo last week for smuggling people out through Ji'an. "
        "State security officers have since questioned his neighbours."
    )
    (ev,) = _place(text, _event(text, "interrogation", "questioned"))
    assert ev.where is not None and ev.where.country == "KP"


def test_the_norths_officers_at_a_consulate_act_abroad() -> None:
    text = (
        "Two North Korean loggers vanished from a camp near Khabarovsk in May. State security "
        "officers attached to the consulate have been searching the workers' dormitories."
    )
    (ev,) = _place(text, _event(text, "search", "searching"))
    assert ev.where is not None and ev.where.country == "RU"
