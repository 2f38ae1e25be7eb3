"""One person's shooting said, feared or expected to come is an awaited execution; a shooting
promised to whoever, or on a condition, is not (helper session dup59; invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, types_of


@pytest.mark.parametrize(
    "text",
    [
        (
            "The county party secretary was detained on Monday over the collapse of a sea wall, "
            "and some expect him to be shot."
        ),
        "Relatives of the detained captain fear the captain could be shot.",
    ],
)
def test_one_persons_foretold_shooting_is_an_awaited_execution(text: str) -> None:
    executions = events_of_type(text, "execution")
    assert [e.status for e in executions] == ["at_risk"]
    assert "violence" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The smuggler was arrested on Monday. If he tries to run, he will be shot, guards said.",
        "Guards at the post said the deserter could be shot by the border patrol.",
    ],
)
def test_a_shooting_on_a_condition_or_by_a_named_shooter_stays_no_execution(text: str) -> None:
    assert "execution" not in types_of(text)
