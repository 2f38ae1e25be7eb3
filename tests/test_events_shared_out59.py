"""A punished group's terms told member by member in the sentences after it are that group's
punishment told in detail (helper session dup59; invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of_type


@pytest.mark.parametrize(
    "text",
    [
        (
            "Four officials of a fishery in Sinpo were sentenced last week for selling the catch in "
            "China, a source said. The director received twelve years and the three clerks eight years each."
        ),
        (
            "Three drivers from a transport unit in Kanggye were jailed for carrying smuggled goods, "
            "a source said. The senior driver was sentenced to ten years, and the other two were "
            "given six years each."
        ),
    ],
)
def test_terms_shared_out_among_a_punished_group_are_its_punishment(text: str) -> None:
    punishments = events_of_type(text, "punishment")
    assert len(punishments) == 1
    assert punishments[0].victims is not None and punishments[0].victims.count_min in {3, 4}


def test_parts_that_outnumber_the_group_are_other_punishments() -> None:
    # the five traders are not among the two officials: a second group, a second punishment
    text = (
        "Two customs officials in Sinuiju were sentenced last week for taking bribes, a source said. "
        "The chief received ten years, and five traders who paid them were given three years each."
    )
    assert len(events_of_type(text, "punishment")) >= 2


def test_a_part_marked_as_one_more_is_another_punishment() -> None:
    text = (
        "Three students in Hyesan were sent to a labour camp for watching foreign films, a source "
        "said. Two more students were also sentenced to five years in the same case."
    )
    assert len(events_of_type(text, "punishment")) == 2
