"""Events told in passing and people told by other words, so that another report's telling has
something to merge with: a campaign whose "against" phrase the parser hangs on the verb after a
time phrase, a soldier named by rank ("a young army sergeant"), people who reached Japan by boat;
and, in the merge, an ordinal joined by a hyphen ("a third-year student") tells no other person.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of
from tessera.merge.text import names_another

CAMPAIGNS = [
    "Police in Hoeryong launched a 100-day campaign last month against mobile phones.",
    "The provincial police opened a campaign in March against what they call superstition.",
    "A campaign was launched this spring against South Korean dramas in Hyesan.",
]


@pytest.mark.parametrize("text", CAMPAIGNS, ids=[t[:40] for t in CAMPAIGNS])
def test_a_campaign_against_told_after_a_time_phrase_is_a_crackdown(text: str) -> None:
    assert "crackdown" in types_of(text)


def test_a_campaign_with_no_against_phrase_is_no_crackdown() -> None:
    assert "crackdown" not in types_of("The farm launched a planting campaign last month in the valley.")


def test_a_soldier_named_by_rank_is_of_the_soldiers() -> None:
    # "young" alone would make him one of the students
    (event,) = [e for e in events_of("A young army sergeant walked across the demarcation line on Tuesday.")]
    assert event.type == "escape"
    assert event.victims is not None and event.victims.group == "soldiers"


def test_people_who_reached_japan_by_boat_escaped() -> None:
    assert "escape" in types_of(
        "Four men from the north-east reached northern Japan in a wooden boat last week."
    )


def test_an_ordinal_joined_by_a_hyphen_tells_no_other_person() -> None:
    assert not names_another("A third-year student at the university")
    assert not names_another("a second-generation defector")
    assert names_another("a third man who helped them")
    assert names_another("a second soldier")
