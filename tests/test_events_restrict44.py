"""Restrictions, searches and campaigns told in ways the extractor once missed (invented
sentences): travel certificates
stopped or not issued, permissions withdrawn or narrowed, fences put up; the practice
of a measure told in the simple present after the measure; inspection teams arriving or at work;
checks of flats, households and bags."""

from __future__ import annotations

import pytest

from events_helpers import events_of, type_list_of, types_of


def restrictions(text: str) -> list[tuple[str, list[str]]]:
    return [
        (e.status, [s.text for s in e.evidence]) for e in events_of(text) if e.type == "movement_restriction"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The county was sealed off last week and police set up checkpoints on every road out of the town.",
        "Police have barred residents from the riverbank and set up two new checkpoints on the road to Musan.",
    ],
)
def test_checkpoints_that_enforce_a_restriction_in_one_sentence_stay_one_restriction(text: str) -> None:
    """Checkpoints beside a seal or a ban, new or unmarked, are how it is kept: one measure."""
    assert type_list_of(text).count("movement_restriction") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police have stopped issuing travel certificates for trips to the border counties, a source said.",
        "Travel certificates for the border counties have not been issued since early May, a source said.",
    ],
)
def test_travel_certificates_stopped_or_not_issued_are_a_restriction(text: str) -> None:
    assert [status for status, _ in restrictions(text)] == ["occurred"]


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen in Sinpo may no longer walk along the shore after dark, a source said.",
        "Workers at the company's sites in Russia may now leave their dormitories only in groups of three.",
        "Boats from the cooperative may not go more than 5 km offshore without a guard, the source said.",
    ],
)
def test_a_permission_withdrawn_or_narrowed_is_the_restriction_in_force(text: str) -> None:
    """ "may no longer", "may leave only in pairs": the rule now in force, not a possibility."""
    assert [status for status, _ in restrictions(text)] == ["occurred"]


def test_a_permission_that_may_come_is_no_restriction() -> None:
    text = "Traders may travel to Pyongyang again next month if the outbreak ends, officials said."
    assert "movement_restriction" not in types_of(text)


def test_a_beaten_man_who_can_no_longer_walk_is_no_restriction() -> None:
    text = "After the beating in custody he can no longer walk to the market."
    assert "movement_restriction" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rafts along the riverbank have been burned and new fences put up, a source said.",
    ],
)
def test_fences_put_up_are_a_restriction(text: str) -> None:
    assert "movement_restriction" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        'Police set up checkpoints on every road into Kanggye on Monday. "They open every bag and sack," '
        "a resident said.",
        "Police set up checkpoints on every road into Kanggye on Monday. Bags and phones are searched at "
        "every post, a resident said.",
    ],
)
def test_the_practice_of_a_measure_told_after_it_is_a_search(text: str) -> None:
    """A search told in the simple present after checkpoints set up: how they work now."""
    assert "search" in types_of(text)


def test_a_practice_after_a_measure_to_come_stays_a_habit() -> None:
    """After checkpoints that will be set up, the present tells no search done."""
    text = "Police will set up checkpoints on every road next week. They open every bag, a resident said."
    assert "search" not in types_of(text)


def test_a_search_told_alone_in_the_present_stays_a_habit() -> None:
    text = "Border guards search bags at the crossing, the report said."
    assert "search" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A central inspection team from the prosecutors' office arrived in Hyesan last week, a source said.",
        "A joint inspection team has been operating in the province since January, a source said.",
    ],
)
def test_an_inspection_team_arriving_or_at_work_is_a_crackdown(text: str) -> None:
    assert "crackdown" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police officers went from apartment to apartment in Hamhung on two nights last week, a source said.",
        "Officials have begun checking all households for unregistered visitors, a source said.",
        "Inspection teams have been inspecting every bag brought into the market, a source said.",
    ],
)
def test_checks_of_homes_households_and_bags_are_searches(text: str) -> None:
    assert "search" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Three days later police knocked on the door of the flat, and the couple was taken away.",
        "She moved from flat to flat in Yanji for two years, a relative said.",
    ],
)
def test_going_from_door_to_door_with_no_authority_is_no_search(text: str) -> None:
    assert "search" not in types_of(text)
