"""Events told in passing and people told by other words, so that another report's telling has
something to merge with: a campaign whose "against" phrase the parser hangs on the verb after a
time phrase; and, in the merge, an ordinal joined by a hyphen ("a third-year student") tells no other person,
nor do border guards told by another report as soldiers.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of
from merge_fixtures import HYESAN, ev
from tessera.merge import compare_events
from tessera.merge.text import names_another
from tessera.model import Event, Victims

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


def test_an_ordinal_joined_by_a_hyphen_tells_no_other_person() -> None:
    assert not names_another("A third-year student at the university")
    assert not names_another("a second-generation defector")
    assert names_another("a third man who helped them")
    assert names_another("a second soldier")


def _held(eid: str, doc: str, text: str, who: str, group: str) -> Event:
    return ev(
        eid,
        doc,
        text,
        "arrest",
        when=("2025-03-01", "2025-03-31"),
        precision="month",
        published="2025-04-02",
        where=HYESAN,
    ).with_(victims=Victims(who, 3, 3, group))


def test_border_guards_and_soldiers_are_not_other_people() -> None:
    guards = _held(
        "g1",
        "d1",
        "Three border guards were detained in Hyesan in March.",
        "Three border guards",
        "officials",
    )
    soldiers = _held(
        "s1",
        "d2",
        "Three soldiers of the unit were arrested in Hyesan last month.",
        "Three soldiers",
        "soldiers",
    )
    students = _held(
        "p1", "d3", "Three students were arrested in Hyesan last month.", "Three students", "students"
    )
    assert "victims described differently" not in compare_events(guards, soldiers).summary()
    assert "victims described differently" in compare_events(guards, students).summary()
