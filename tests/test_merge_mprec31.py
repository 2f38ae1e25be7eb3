"""Merge precision on unseen coverage (issue 13, mergeprec31): look-alikes that a report's own
words tell apart (another month named, a group of women against a group of men, people told as
"another" family). Every report here is invented."""

from __future__ import annotations

from merge_fixtures import HYESAN, ev, two_reports
from tessera.merge import compare_events
from tessera.model import Event, TimeSpan, Victims

TEXT = "Police detained North Koreans in Hyesan."


def _arrest(eid: str, doc: str, when: tuple[str, str], precision: str, **kw) -> Event:
    return ev(eid, doc, TEXT, "arrest", when=when, precision=precision, where=HYESAN, **kw)


def _told(eid: str, doc: str, text: str, when: tuple[str, str], precision: str, phrase: str) -> Event:
    """An arrest of two in Hyesan whose date phrase is in its own evidence (or not)."""
    base = ev(eid, doc, text, "arrest", when=when, precision=precision, where=HYESAN, count=(2, 2))
    return base.with_(when=TimeSpan(base.when.start, base.when.end, precision, phrase))


def test_two_named_months_are_two_arrests() -> None:
    """ "Two women were detained in Hyesan in February" and "two women were detained in Hyesan in
    March": each report names its month; the same act in the same town a month later is another."""
    february = _told(
        "a",
        "docA",
        "Two women were detained in Hyesan in February.",
        ("2025-02-01", "2025-02-28"),
        "month",
        "in February",
    )
    march = _told(
        "b",
        "docB",
        "Two women were detained in Hyesan in March.",
        ("2025-03-01", "2025-03-31"),
        "month",
        "in March",
    )
    r = compare_events(february, march)
    assert r.conflict and "different months named" in r.conflict, r.summary()


def test_a_named_day_of_another_month_is_another_arrest() -> None:
    """ "Detained on 3 March" (the calendar named) against "detained in February"."""
    february = _told(
        "a",
        "docA",
        "Two women were detained in Hyesan in February.",
        ("2025-02-01", "2025-02-28"),
        "month",
        "in February",
    )
    third = _told(
        "b",
        "docB",
        "Two women were detained in Hyesan on 3 March.",
        ("2025-03-03", "2025-03-03"),
        "day",
        "on 3 March",
    )
    assert "different months named" in (compare_events(february, third).conflict or "")


def test_a_month_read_from_another_clause_is_not_refused() -> None:
    """ "Two women were detained in Hyesan" dated by "in March", a phrase of another clause (the
    month their trial began): a month the event's own words do not name may be the story's."""
    february = _told(
        "a",
        "docA",
        "Two women were detained in Hyesan in February.",
        ("2025-02-01", "2025-02-28"),
        "month",
        "in February",
    )
    borrowed = _told(
        "b", "docB", "Two women were detained in Hyesan.", ("2025-03-01", "2025-03-31"), "month", "in March"
    )
    assert not compare_events(february, borrowed).conflict


def test_a_relative_day_just_past_a_month_is_not_refused() -> None:
    """ "On Monday" read from a report's date may fall a few days into the next month: told
    relative to the report, it is no month named, and costs as before."""
    february = _arrest("a", "docA", ("2025-02-01", "2025-02-28"), "month", count=(2, 2))
    monday = _arrest("b", "docB", ("2025-03-03", "2025-03-03"), "day", count=(2, 2))
    r = compare_events(february, monday)
    assert not r.conflict and "days apart" in r.summary()


def _group(eid: str, doc: str, text: str, count: tuple[int, int | None]) -> Event:
    base = _arrest(eid, doc, ("2025-03-10", "2025-03-16"), "week", published="2025-03-20")
    return base.with_(victims=Victims(text, *count))


def test_a_group_of_women_and_a_group_of_men_are_other_people() -> None:
    """ "Three Korean-Chinese men were detained in Hyesan last week" and "police detained several
    North Korean women in Hyesan last week": as many people, told as all men and all women."""
    men = _group("a", "docA", "three Korean-Chinese men", (3, 3))
    women = _group("b", "docB", "several North Korean women", (3, None))
    r = compare_events(men, women)
    assert r.conflict and "women and men" in r.conflict, r.summary()


def test_groups_of_two_sexes_and_other_sizes_may_be_parts_of_one() -> None:
    """ "Two men" and "three women" may be parts of the five who fled together: counts apart
    decide, not the sexes."""
    men = _group("a", "docA", "two men", (2, 2))
    women = _group("b", "docB", "three women", (3, 3))
    assert "women and men" not in (compare_events(men, women).conflict or "")


def test_another_family_is_other_people_than_a_family() -> None:
    """ "Another family was detained in Hyesan last week" against "a family of four was detained
    in Hyesan last week": the first report knows of an earlier family, other people than its own."""
    other = _group("a", "docA", "another family", (4, 4))
    first = _group("b", "docB", "a family of four", (4, 4))
    r = compare_events(other, first)
    assert r.other_people and "told as another" in r.summary(), r.summary()
    plain = _group("c", "docC", "a family of four", (4, 4))
    assert not compare_events(plain, first).other_people


def test_a_pronoun_describes_no_other_people() -> None:
    """ "A third worker was caught within days" and, in a report that follows him, "he was
    detained by the police": a pronoun names no one the "third" could be told apart from."""
    third = _group("a", "docA", "a third worker", (1, 1))
    him = _group("b", "docB", "he", (1, 1))
    assert not compare_events(third, him).other_people


def test_more_guard_posts_and_an_order_to_stay_put_are_two_measures() -> None:
    """ "Border guards have doubled the posts along the riverbank" and "relatives of the family
    were told not to leave the city", in one town and week: two measures, not one told twice."""
    from tessera.merge.text import act_kinds, content_tokens

    def kinds(text: str) -> frozenset[str]:
        return act_kinds("movement_restriction", content_tokens(text))

    assert kinds("guards have doubled the posts and patrols along the riverbank") == {"patrols"}
    assert kinds("the workers have been confined to their dormitory") == {"staying"}
    a, b = two_reports(
        "movement_restriction",
        "Border guards have doubled the posts along the riverbank near the city.",
        "Relatives of the family have been told not to leave the city.",
        where=HYESAN,
    )
    r = compare_events(a, b)
    assert r.other_act and "patrols vs staying" in r.summary(), r.summary()
