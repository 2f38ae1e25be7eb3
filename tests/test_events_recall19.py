"""Events stage: missed events by kind (recall, 2026-12-03): the narrator's own act in testimony
is not a restatement of an act told of a third person ("he", "my aunt"); authority words with no
force named ("agents", "inspectors") are actors; "more than" before an amount is no comparison of
acts; going through rooms and hotels is a search; asking someone whether is questioning when an
authority asks. Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

import tessera
from events_helpers import type_list_of


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        (
            "My uncle was taken away in 1997. Later, neighbours said he had been sent to a camp in "
            "the north. I was arrested in Yanji in 2001. I was sent to a labour camp for two years.",
            "punishment",
            2,
        ),
        (
            "In 2020 I often phoned my cousin, who had left for the South years before. Agents came "
            "to our house in March. In June I crossed the Tumen with a guide.",
            "escape",
            2,
        ),
    ],
)
def test_narrators_act_is_not_a_third_persons_told_again(text: str, kind: str, count: int) -> None:
    assert type_list_of(text).count(kind) == count


def test_narrators_act_in_a_quotation_may_be_the_persons_told_before() -> None:
    text = (
        'Lee was sent to a labour camp in 2015, where he spent two years. "I was sent to the camp '
        'without any trial," he said.'
    )
    assert type_list_of(text).count("punishment") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Agents have been walking into homes in the border district without warning.",
        "In Hyesan, the inspectors have been visiting households alongside neighbourhood heads.",
    ],
)
def test_agents_and_inspectors_are_actors_of_a_search(text: str) -> None:
    assert "search" in type_list_of(text)


def test_an_amount_compared_does_not_make_a_penalty_a_comparison() -> None:
    text = (
        "Police searched the village for hidden grain. Families found with more than their ration were fined."
    )
    assert "punishment" in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "She said she would rather die than be sent back.",
        "Officials may find bribes more attractive than sending offenders to prison.",
    ],
)
def test_acts_compared_stay_no_event(text: str) -> None:
    types = type_list_of(text)
    assert "repatriation" not in types
    assert "punishment" not in types


def test_going_through_hotels_is_a_search() -> None:
    text = "Security officials from the consulate have been going through hotels and guesthouses in the city."
    assert "search" in type_list_of(text)


def test_authorities_asking_someone_whether_is_questioning() -> None:
    text = "Interrogators at the centre asked them again and again whether they had met missionaries."
    assert "interrogation" in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reporters asked him whether the talks would resume.",
        "Her mother asked me whether I had eaten.",
    ],
)
def test_asking_whether_by_no_authority_is_no_questioning(text: str) -> None:
    assert "interrogation" not in type_list_of(text)


def test_people_returned_told_as_a_reduced_relative_were_sent_back() -> None:
    text = "Officials are questioning the dozens of North Koreans returned from China last month."
    assert "repatriation" in type_list_of(text)


def test_people_who_returned_of_their_own_accord_were_not_sent_back() -> None:
    text = "The defectors who returned to the North last year appeared on state television."
    assert "repatriation" not in type_list_of(text)


def test_shooting_promised_to_whoever_is_near_a_place_is_a_restriction() -> None:
    text = (
        "Notices posted in the villages said that anyone found within a kilometre of the fence "
        "after dark would be shot."
    )
    types = type_list_of(text)
    assert "movement_restriction" in types
    assert "violence" not in types


def test_shooting_promised_for_a_deed_is_no_restriction() -> None:
    assert "movement_restriction" not in type_list_of("Anyone who resists will be shot, the officer shouted.")


def test_they_who_ask_questions_after_a_force_told_is_that_force() -> None:
    text = "From the border the security agents took us to the county jail. They asked the same questions for a week."
    assert "interrogation" in type_list_of(text)


def test_they_who_visit_a_house_after_kin_told_is_no_search() -> None:
    text = "My cousins came to the city for the holiday. They visited their grandmother's house every day."
    assert "search" not in type_list_of(text)


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        (
            "Three defectors were arrested in Yanji on Monday by agents with China's Ministry of "
            "State Security.",
            "state_security",
            "CN",
        ),
        # (border police are a border force and the police at once: one body, both kinds, and
        # no second "officers" actor beside it; actors43)
        ("Officers of the Chinese border police detained two women near Tumen.", "border_guard+police", "CN"),
    ],
)
def test_members_of_a_named_force_are_that_force_not_a_second_actor(
    text: str, kind: str, country: str
) -> None:
    arrest = next(e for e in tessera.extract(text, published="2024-05-09") if e.type == "arrest")
    assert [(a.kind, a.country) for a in arrest.perpetrators] == [(k, country) for k in kind.split("+")]
