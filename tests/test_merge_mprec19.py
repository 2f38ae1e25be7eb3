"""mprec19: punishments of a convicted person's household against the sentence itself, and
"reform through labour" as a prison term. Invented sentences only."""

from __future__ import annotations

from dataclasses import replace

from merge_fixtures import HOERYONG, ev
from tessera.merge import compare_events
from tessera.merge.text import act_kinds, content_tokens, names_kin_of_another
from tessera.model import Victims


def test_kin_named_by_a_possessive_are_someone_else_s() -> None:
    assert names_kin_of_another("his wife and teenage son")
    assert names_kin_of_another("Her parents")
    assert names_kin_of_another("their two daughters")
    assert not names_kin_of_another("a woman and her daughter")
    assert not names_kin_of_another("his accomplices")
    assert not names_kin_of_another("two men")


def test_reform_through_labour_is_a_prison_term() -> None:
    assert act_kinds("punishment", content_tokens("given eight years of reform through labor")) == {
        "confinement"
    }
    assert act_kinds("punishment", content_tokens("sentenced to reform through labour")) == {"confinement"}


def _punishment(eid: str, doc: str, text: str, victims: Victims, published: str):
    e = ev(
        eid,
        doc,
        text,
        "punishment",
        when=("2025-05-08", "2025-05-08"),
        published=published,
        where=HOERYONG,
        count=(victims.count_min, victims.count_max),
    )
    return replace(e, victims=victims)


def test_the_household_of_the_convicted_is_a_second_punishment() -> None:
    """ "Two men who sold the films were each given ten years in a camp" and "his wife and son are
    believed to have been sent to a prison camp": one trial, two punishments of other people,
    even with the same count and kind of act (a cost: a pair agreeing on the very day still
    merges)."""
    a = _punishment(
        "a",
        "docA",
        "two men who sold the films were each sentenced to ten years in a labour camp",
        Victims("two men", 2, 2, "residents"),
        "2025-05-12",
    )
    b = _punishment(
        "b",
        "docB",
        "his wife and son are believed to have been sent to a prison camp",
        Victims("his wife and son", 2, 2, "other"),
        "2025-05-13",
    )
    r = compare_events(a, b)
    assert r.other_people  # a cost (victims_differ), and no story bonus (cluster.py)
    assert "relatives vs the people sentenced" in r.summary()


def test_two_tellings_of_the_household_s_punishment_still_agree() -> None:
    a = _punishment(
        "a",
        "docA",
        "his wife and son were sent to a prison camp after the trial",
        Victims("his wife and son", 2, 2, "other"),
        "2025-05-12",
    )
    b = _punishment(
        "b",
        "docB",
        "the families of the convicted man were sent to a prison camp",
        Victims("the families of the convicted man", None, None, "family"),
        "2025-05-13",
    )
    assert not compare_events(a, b).other_people
