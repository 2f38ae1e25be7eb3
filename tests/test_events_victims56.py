"""Whom it happened to (helper vic56): a noun that names people by the return they underwent
("the returnees", "each deportee") means the people counted as whom the latest return befell;
a noun act in a "where" clause on the place people were taken to befalls those people
(invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import victim_counts


@pytest.mark.parametrize(
    "text, count",
    [
        (
            "China sent about 40 North Koreans back across the border last week, a rights group said. "
            "A source said security officers were questioning each returnee about his contacts.",
            40,
        ),
        (
            "About twenty students protested outside the embassy against the forced repatriation of "
            "about 12 North Koreans. Activists said the returnees were being questioned by state "
            "security in Hyesan.",
            12,
        ),
    ],
)
def test_returnees_are_the_people_of_the_latest_return(text: str, count: int) -> None:
    assert victim_counts(text, "interrogation")[:1] == [count]


@pytest.mark.parametrize(
    "text",
    [
        "China returned 35 North Koreans on Monday. They were taken to the holding centre in Onsong, "
        "where interrogations began the same night.",
        "China returned 35 North Koreans on Monday, a source said. The source said they were taken "
        "straight to the holding centre of the county security department, where interrogations "
        "began that afternoon.",
    ],
)
def test_a_noun_act_where_people_were_taken_befalls_them(text: str) -> None:
    assert victim_counts(text, "interrogation")[:1] == [35]


def test_a_restriction_on_people_named_again_takes_their_count() -> None:
    text = (
        "A soldier crossed the river in May. Since he left, agents have questioned his parents and "
        "younger sister four times. The family has also been forbidden from leaving their village."
    )
    assert victim_counts(text, "movement_restriction") == [3]


def test_heads_of_a_named_body_are_people() -> None:
    assert victim_counts("Three neighbourhood unit heads were dismissed last week.", "punishment") == [3]


def test_a_by_phrase_tells_a_reduced_passive() -> None:
    text = "The two trade officials handed back by China in May were questioned for three weeks."
    assert victim_counts(text, "repatriation") == [2]


def test_an_act_told_of_the_group_others_are_named_among() -> None:
    text = "Women among the roughly forty North Koreans handed back by China in March have begun receiving sentences."
    assert victim_counts(text, "repatriation") == [40]


def test_the_rest_of_a_group_is_not_the_group_told() -> None:
    text = (
        "Eight workers slipped out of their dormitory on Sunday. Since then the remaining workers "
        "have been forbidden to leave the compound."
    )
    assert victim_counts(text, "movement_restriction") == [None]
