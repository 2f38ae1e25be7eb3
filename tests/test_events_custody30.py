"""Events stage (mergeprec30): custody in North Korea after a return is an arrest of its own.

"Three men who were caught by Chinese police in Yanji were sent back last week and are now being
held by the county state security department": the receiving side's custody, told as a state in a
clause joined to the return, is not the taking in China going on. It is its own arrest, placed
where its own clause says (not at the bridge of the return or the town of the taking) and done
by the receiving side's forces (not by the police who caught them abroad).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import tessera


def arrests_of(text: str) -> list:
    return [e for e in tessera.extract(text, published="2027-06-20", outlet="Test") if e.type == "arrest"]


def test_custody_joined_to_a_return_is_an_arrest_of_its_own() -> None:
    text = (
        "Three young women from Musan who were caught by Chinese police in Helong in April were "
        "sent back to North Korea on June 2 and are now being held at the Musan County state "
        "security department, a source said."
    )
    arrests = arrests_of(text)
    assert len(arrests) == 2
    custody = next(e for e in arrests if any("held" in s.text for s in e.evidence))
    assert custody.where is not None and custody.where.country == "KP"


def test_custody_after_a_return_is_held_where_its_own_clause_says() -> None:
    text = (
        "A family of five from Hoeryong who were caught by Chinese police in Yanji in March was "
        "handed over to North Korea, a source said. They were sent back across the bridge at "
        "Tumen earlier this month and are now being held at the detention centre of the Hoeryong "
        "city state security department, the source said."
    )
    custody = next(e for e in arrests_of(text) if any("held" in s.text for s in e.evidence))
    assert custody.where is not None and custody.where.name.startswith("Hoeryong")


def test_custody_after_a_return_is_not_done_by_the_police_who_caught_them_abroad() -> None:
    text = (
        "Two men from Manpo who were caught by Chinese police in Ji'an last month were handed "
        "over to North Korea on June 4 and are now being held by the Chagang provincial state "
        "security department, a source said."
    )
    custody = next(e for e in arrests_of(text) if any("held" in s.text for s in e.evidence))
    assert {a.country for a in custody.perpetrators} == {"KP"}


def test_custody_told_without_a_return_goes_on_the_arrest() -> None:
    text = (
        "Four North Korean women who were caught by Chinese police near the border in May are "
        "still being held in Dandong, a source said."
    )
    assert len(arrests_of(text)) == 1
