"""Merge rules from the missed pairs of the development half (issue 13, session 39): one person
told as one of a larger group against the group's count, and compatible counts of a group of
twenty or more. Invented text."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import compare_events
from tessera.merge.text import names_one_of_group
from tessera.merge.weights import trying
from tessera.model import Actor, Place, Victims

DANDONG = Place("Dandong", "CN", "Liaoning", None, 40.12, 124.38, "city")
SINUIJU = Place("Sinuiju", "KP", "North Pyongan", None, 40.10, 124.40, "city")
CHONGJIN = Place("Chongjin", "KP", "North Hamgyong", None, 41.79, 129.78, "city")
POLICE_CN = [Actor("police", "CN", "police")]


def test_one_of_a_group_is_read_from_among_and_together_with_others() -> None:
    assert names_one_of_group(["a man in his 40s who was among about 70 North Koreans sent back"])
    assert names_one_of_group(["he was handed over together with some 30 other detainees"])
    assert names_one_of_group(["she and several others were put on a bus to the border"])
    assert names_one_of_group(["among those returned was a former teacher"])
    # "Among" before a place or a kind, and companions of no count, are no group.
    assert not names_one_of_group(["there is fear among residents of the border towns"])
    assert not names_one_of_group(["she was sent back with her son"])
    assert not names_one_of_group(["among them two guides"])
    assert not names_one_of_group(["the arrest was among the 2024 cases"])


def _return(
    eid: str, doc: str, text: str, who: str, lo: int, hi: int | None, when: tuple[str, str]
) -> object:
    e = ev(
        eid,
        doc,
        text,
        when=when,
        precision="month" if when[0] != when[1] else "day",
        published="2027-08-20",
        perps=POLICE_CN,
        where=DANDONG,
        origin=DANDONG,
        destination=SINUIJU,
    )
    e.victims = Victims(who, lo, hi, "other")
    return e


def test_one_person_among_a_group_is_no_count_conflict() -> None:
    # One report follows a man returned with a group; another counts the group.
    one = _return(
        "a",
        "docA",
        "a man in his 40s who was among about 70 North Koreans sent back through Dandong in July",
        "a man in his 40s",
        1,
        1,
        ("2027-07-01", "2027-07-31"),
    )
    group = _return(
        "b",
        "docB",
        "More than 60 North Koreans were forcibly returned through Dandong on July 12",
        "More than 60 North Koreans",
        61,
        None,
        ("2027-07-12", "2027-07-12"),
    )
    told = compare_events(one, group)
    assert told.conflict is None
    assert "one of a larger group" in told.summary()
    # Without the group's words, one man against sixty is two events.
    alone = one.with_(id="c")
    alone.evidence = [alone.evidence[0].__class__("docA", 0, 40, "a man in his 40s was sent back in July")]
    assert compare_events(alone, group).conflict is not None


def _arrests(eid: str, doc: str, text: str, lo: int, hi: int | None, published: str) -> object:
    e = ev(
        eid,
        doc,
        text,
        etype="arrest",
        when=("2027-03-01", "2027-03-31"),
        precision="month",
        published=published,
        where=CHONGJIN,
    )
    e.victims = Victims(text.split(" were ")[0], lo, hi, "other")
    return e


def test_compatible_counts_of_a_large_group_are_a_detail() -> None:
    # "More than 20" and "about 30" arrested in one city in one month: a group that size is
    # rarely taken at once, so the two counts agree as a place does.
    more_than = _arrests(
        "a", "docA", "More than 20 people were detained in Chongjin in March", 21, None, "2027-04-02"
    )
    about = _arrests("b", "docB", "about 30 people were detained in the city in March", 22, 38, "2027-04-25")
    told = compare_events(more_than, about)
    assert "victims 21+ vs 22-38 (compatible)" in told.summary()
    with trying(count_group=1.0):
        lower = compare_events(more_than, about).score
    assert told.score == lower + 1.0
    # Twelve and "more than ten" are a group too small for it.
    twelve = _arrests("c", "docC", "12 people were detained in Chongjin in March", 12, 12, "2027-04-25")
    ten = _arrests(
        "d", "docD", "More than ten people were detained in Chongjin in March", 11, None, "2027-04-02"
    )
    with trying(count_group=5.0):
        high = compare_events(twelve, ten).score
    with trying(count_group=1.0):
        low = compare_events(twelve, ten).score
    assert high == low


def test_a_fear_for_a_large_group_takes_no_count_detail() -> None:
    # Those feared for are whoever is held at the time, often another batch than the one returned.
    done = _arrests(
        "a", "docA", "More than 20 people were detained in Chongjin in March", 21, None, "2027-04-02"
    )
    feared = _arrests("b", "docB", "about 30 people were detained in the city in March", 22, 38, "2027-04-25")
    feared.status = "at_risk"
    with trying(count_group=5.0):
        high = compare_events(done, feared).score
    with trying(count_group=1.0):
        low = compare_events(done, feared).score
    assert high == low
