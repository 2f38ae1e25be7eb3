"""Merge precision of issue 13 (merge49p): a beating told on its own, in words that name no death,
is not the death in custody another report tells ("she was kicked and forced to kneel for hours"
against "a woman died in the custody of the security department"). A beating told as what befell
someone or as the cause of something else ("a vendor who was beaten ... has died", "died after
his commander beat him") may still be that death. Every report here is invented."""

from __future__ import annotations

from merge_fixtures import HYESAN, ev, two_reports
from tessera.merge import compare_events, merge_events
from tessera.merge.text import told_as_cause


def _violence(text_a: str, text_b: str):  # type: ignore[no-untyped-def]
    a, b = two_reports("violence", text_a, text_b)
    a.where = b.where = HYESAN
    return a, b


def test_a_beating_told_alone_is_not_a_death() -> None:
    """A witness's own beating during questioning and a woman's death in custody, one town and
    month: the beating names no death, so it is one someone lived through."""
    a, b = _violence(
        "During the questioning she was kicked and made to stand for hours at a time.",
        "A woman died in the custody of the county security department in March.",
    )
    r = compare_events(a, b)
    assert r.conflict and "death" in r.conflict, r.summary()
    c, d = _violence(
        "He also described being beaten so badly that he could not walk for a month.",
        "His cellmate died in March after guards beat him.",
    )
    assert compare_events(c, d).conflict, compare_events(c, d).summary()


def test_a_beating_told_as_a_cause_or_of_someone_may_be_the_death() -> None:
    """ "Who was beaten by a market official" and "after his brigade commander beat him": the
    sentence's death lies outside the span, so neither contradicts a death."""
    a, b = _violence(
        "who was beaten by a market official in March",
        "A vendor died in March after being assaulted by a market official.",
    )
    assert not compare_events(a, b).conflict, compare_events(a, b).summary()
    c, d = _violence(
        "after his brigade commander beat him with a pipe in March",
        "A young brigade member died in March after a beating.",
    )
    assert not compare_events(c, d).conflict, compare_events(c, d).summary()
    assert told_as_cause(["after his brigade commander beat him"])
    assert not told_as_cause(["guards beat him after he fell asleep"])


def test_a_shooting_without_a_death_may_still_be_the_killing() -> None:
    """ "Troops shot a man swimming the river" is told before anyone knows whether he lived: a
    later "shot dead" may be the same shooting."""
    a, b = _violence(
        "Border troops shot a man who was swimming across the river in March.",
        "In March border guards shot dead a man in the river.",
    )
    assert not compare_events(a, b).conflict, compare_events(a, b).summary()


def test_a_witness_beating_stays_out_of_a_death_told_by_two_reports() -> None:
    """Two reports of one death in custody merge; a third report's beating told on its own, with
    the same town and month, is left out of the group instead of being carried in by either."""
    death_a, death_b = _violence(
        "A woman died in the custody of the county security department in March.",
        "The report documents the death of a woman held by state security in March.",
    )
    beating = ev(
        "c",
        "docC",
        "During the questioning she was kicked and made to stand for hours at a time.",
        "violence",
        when=("2025-03-01", "2025-03-31"),
        precision="month",
        published="2025-04-10",
        outlet="Another Wire",
        where=HYESAN,
    )
    groups = [sorted(m.member_ids) for m in merge_events([death_a, death_b, beating])]
    assert ["a", "b"] in groups and ["c"] in groups, groups
