"""Events stage: an inspection of officials' conduct, or one told as spreading to further places,
is a campaign (a crackdown), not the search of one home or one person's things.

An inspection named by the bodies that check on officials (a central or an anti-corruption
inspection, one carried out by the prosecutors or the party's central organs), or one that widens
or spreads to more towns, goes through offices and towns; "the inspection" told after it is the
same campaign. An inspection of a dormitory or of phones by the police or the youth league stays
a search.

Every sentence here is written for these tests; each rule has a positive and a negative.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Four managers at the Kimchaek steel works were dismissed last month. The inspection, "
        "carried out by a team of the Central Prosecutors Office, began in early May.",
        "Twenty cadres in Ryanggang Province were detained in April during an anti-corruption "
        "inspection by a team sent from Pyongyang.",
        "The deputy head of the county food office was dismissed during a central inspection last month.",
    ],
)
def test_audit_of_officials_is_a_crackdown(text: str) -> None:
    found = types_of(text)
    assert "crackdown" in found and "search" not in found


@pytest.mark.parametrize(
    "text",
    [
        "A student was arrested after a USB stick was found during a police inspection of the "
        "school dormitory on Monday.",
        "Officers found a Chinese phone in her bag during an inspection of the train on Tuesday.",
    ],
)
def test_inspection_of_belongings_stays_a_search(text: str) -> None:
    found = types_of(text)
    assert "search" in found and "crackdown" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The inspection of fishing ports that began in Chongjin in March has now spread to "
        "Kimchaek and Tanchon, a source said.",
        "Sources said the inspections widened from Hyesan to two more counties in June.",
    ],
)
def test_inspection_spreading_to_further_places_is_a_crackdown(text: str) -> None:
    found = types_of(text)
    assert "crackdown" in found and "search" not in found


def test_the_inspection_told_after_an_audit_is_that_campaign() -> None:
    text = (
        "Six officials of the city housing office were dismissed after a provincial prosecutors' "
        "inspection found they had taken bribes. The inspection, which began in February, also "
        "reached the construction bureau."
    )
    found = types_of(text)
    assert "crackdown" in found and "search" not in found


def test_the_inspection_with_no_audit_told_before_stays_a_search() -> None:
    text = (
        "Police searched the house of a trader in Hoeryong on Monday night. The inspection lasted "
        "three hours and turned up two Chinese phones."
    )
    assert "crackdown" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A former inmate of a political prison camp told the court on Monday that she had been "
        "held at the camp for six years for calling her brother in Seoul.",
        "The first witness spent four years at Camp 16 in Hwasong. His sister was held at the same "
        "camp from 2011 to 2015.",
    ],
)
def test_held_at_the_camp_named_before_is_a_punishment(text: str) -> None:
    found = types_of(text)
    assert "punishment" in found and "arrest" not in found


def test_held_at_a_camp_of_no_confinement_stays_an_arrest() -> None:
    text = (
        "Police raided a refugee camp near the border on Monday. Two North Korean women were held "
        "at the camp's police post for a night."
    )
    assert "punishment" not in types_of(text)
