"""Events stage (restr59): restrictions on movement told without the words the lexicon knew: a
ban told by a modal ("may not leave") or by a subject that is no one ("no worker may leave", "no
one is allowed in or out"), a place closed off or sealed, leave cancelled, a checkpoint at work
on everyone who passes, and the papers of travellers checked at a station.

Their look-alikes stay silent or keep their own type: a standing law explained ("Under the law,
citizens may not leave"), someone who could not leave for a storm, a box sealed, leave asked
for, one woman's papers checked, one man arrested at a checkpoint.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, types_of

RESTRICTIONS = [
    # a ban told by a modal, or denied to no one
    "Since the outbreak, soldiers of the Hamhung garrison may not leave their barracks except on duty.",
    "Since the fire, no worker may leave the mine compound except in escorted groups, the source said.",
    "The farm has been sealed, and no one is allowed in or out without a pass from the police.",
    # a place closed off or sealed
    "The entire district around the factory has been closed off since last week, residents said.",
    "The county's border with China was sealed in the same week.",
    # a checkpoint at work, travellers' papers checked
    "Security has been tightened at checkpoints on the roads into Hamhung, a source said.",
    "Police have been checking the identity papers of passengers at the Yanji bus station since May.",
]


@pytest.mark.parametrize("text", RESTRICTIONS)
def test_a_restriction_without_the_known_words_is_found(text: str) -> None:
    assert "movement_restriction" in types_of(text)


def test_a_ban_denied_to_no_one_is_in_force() -> None:
    found = events_of_type(
        "Since the landslide, no villager may leave the valley without a pass from the county.",
        "movement_restriction",
    )
    assert len(found) == 1
    assert found[0].status == "occurred"


def test_leave_cancelled_is_a_restriction() -> None:
    assert "movement_restriction" in types_of(
        "The corps command has cancelled all leave until further notice."
    )


LOOK_ALIKES = [
    "Under North Korean law, citizens may not leave the country without state permission.",
    "A reporter said the tired team could not leave before dawn because of the storm.",
    "The lid of the box was sealed before the goods were shipped.",
    "He asked for leave but the manager refused.",
    "Her bag was checked at a checkpoint near the bridge and officers found a phone.",
    "Overnight, agents checked the identity papers of every tenant in the apartment block.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_is_no_restriction(text: str) -> None:
    assert "movement_restriction" not in types_of(text)


def test_one_womans_papers_checked_stay_a_search() -> None:
    assert types_of("Police checked her papers at the station and let her go.") == {"search"}


def test_an_arrest_at_a_checkpoint_is_where_not_a_measure() -> None:
    assert types_of("She was arrested at a checkpoint outside Hyesan on Monday.") == {"arrest"}


def test_a_border_sealed_in_a_before_clause_dated_by_a_year_is_a_time_frame() -> None:
    text = "She crossed twice before the border was sealed in early 2020, her brother said."
    assert "movement_restriction" not in types_of(text)


def test_who_may_pass_a_seal_is_the_seal_told_again() -> None:
    text = (
        "Police searched every house in the district last week and sealed off the neighbourhood "
        "while they did so, residents said. Nobody was allowed in or out of the district from "
        "Monday to Wednesday except people with passes."
    )
    assert len(events_of_type(text, "movement_restriction")) == 1
