"""Events stage (recall54): farm exile told by "farming village", and a punishment dated by an
act "within days of" it.

"The widow was relocated by order to a farming village in Kangwon": a family moved to a farming
village is banished, as one sent to a farm (triggers.json, punishment).

"His relatives were sent to a remote farm within days of the execution": the execution only dates the
exile; it does not make the clause an execution (clauses.py, `dates_another_act`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import types_of


def test_relocation_to_a_farming_village_is_a_punishment() -> None:
    text = "In June the widow was relocated by order to a farming village in Kangwon Province, a source said."
    assert "punishment" in types_of(text)


def test_a_farming_village_as_a_place_is_no_punishment() -> None:
    assert "punishment" not in types_of(
        "The two women lived quietly in a farming village near Yanji for a decade."
    )


def test_an_act_dating_the_exile_within_days_leaves_the_punishment() -> None:
    text = (
        "The smuggler's wife and sons were banished to a remote mountain farm within days of the execution."
    )
    assert "punishment" in types_of(text)
