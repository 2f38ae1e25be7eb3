"""Events stage and merge, issue 13 (mergeb19): one report's telling of a second act folded into
the first, which then joined another report's first act carrying the second act's words (wrong
merge pairs): an act told as reaching a further place, a broker's arrest after the runaway's,
and "a similar campaign" told beside the first.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from merge_fixtures import ev
from tessera.events import find_events
from tessera.language import analyse
from tessera.merge import merge_events
from tessera.merge.text import names_others
from tessera.model import Document, Place, Victims
from tessera.pipeline import extract_analysis

HOERYONG = Place("Hoeryong", "KP", "North Hamgyong", None, 42.44, 129.75, "city", text="Hoeryong")
MUSAN = Place("Musan County", "KP", "North Hamgyong", None, 42.23, 129.21, "county", text="Musan")


def events_of(text: str, kind: str) -> list:
    found = find_events(analyse(Document(id="t", text=text, published="2027-06-01")))
    return [e for e in found if e.type == kind]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Security agents have arrested at least five people in the border city of Musan in a hunt "
            "for smuggled phones, a resident said. A trader in the province said the arrests had "
            "since spread to neighbouring Yonsa county.",
            "arrest",
        ),
        (
            "The authorities have extended their crackdown on private rice trading from Kilju to the "
            "nearby city of Tanchon, an outlet said. The crackdown began in Kilju in early March.",
            "crackdown",
        ),
    ],
)
def test_an_act_spread_to_another_place_is_another_event(text: str, kind: str) -> None:
    assert len(events_of(text, kind)) == 2


def test_a_term_extended_names_no_place() -> None:
    text = (
        "A court in Hamhung sentenced a teacher to five years in a labour camp in May. "
        "In July the court extended his term to eight years."
    )
    assert len(events_of(text, "punishment")) <= 1 or all(
        "extended" not in " ".join(s.text for s in e.evidence) for e in events_of(text, "punishment")
    )


def test_the_helpers_arrest_is_not_the_runaways() -> None:
    text = (
        "Soldiers opened fire on a woman crossing the river near Hoeryong on Friday night. "
        "The woman, a trader in her 40s, was seized by the border unit, a source said. "
        "A broker who had guided her was arrested at his home on Saturday."
    )
    arrests = events_of(text, "arrest")
    assert len(arrests) == 2


def test_the_runaway_told_again_is_one_arrest() -> None:
    text = (
        "Guards caught a young woman as she tried to cross the river near Hoeryong on Friday. "
        "The woman was taken to the county security department, a source said."
    )
    assert len(events_of(text, "arrest")) == 1


def test_a_similar_measure_adds_another() -> None:
    assert names_others(["similar searches for phones began in the county in May"])
    assert not names_others(["agents launched a campaign against foreign films"])


def test_an_act_spread_to_a_county_is_placed_there() -> None:
    text = (
        "Security agents have arrested at least five people in the border city of Musan in a hunt "
        "for smuggled phones, a resident said. A trader in the province said the arrests had "
        "since spread to neighbouring Yonsa county."
    )
    analysis = analyse(Document(id="t", text=text, published="2027-06-01"))
    found = [e for e in extract_analysis(analysis) if e.type == "arrest"]
    spread = [e for e in found if "spread" in " ".join(s.text for s in e.evidence)]
    assert spread and spread[0].where is not None and spread[0].where.name == "Yonsa County"


def _told(eid: str, doc: str, text: str, people: str | None = None, **kw):  # type: ignore[no-untyped-def]
    e = ev(eid, doc, text, **kw)
    if people is not None:
        e.victims = Victims(people, 1, 1, "individual")
    return e


def test_a_similar_campaign_of_one_report_does_not_join_through_another_report() -> None:
    """docB tells the crackdown in Hoeryong and "a similar campaign" in a nearby county; docA's
    Hoeryong crackdown joins docB's first telling, and the similar one stays apart."""
    common = dict(
        etype="crackdown", when=("2027-05-01", "2027-05-31"), precision="month", published="2027-06-02"
    )
    a = _told(
        "a", "docA", "agents launched a campaign against Chinese phones in Hoeryong", where=HOERYONG, **common
    )
    b1 = _told("b1", "docB", "a campaign against smuggled phones in Hoeryong", where=HOERYONG, **common)
    b2 = _told("b2", "docB", "similar searches for phones began in the county in May", where=MUSAN, **common)
    groups = sorted(sorted(m.member_ids) for m in merge_events([a, b1, b2]))
    assert ["b2"] in groups


def test_a_brokers_arrest_is_not_the_runaways_told_again() -> None:
    """One report tells the runaway caught and a broker arrested the next morning (the two events
    given one day); the other report's arrest of the woman joins hers, not the broker's too."""
    common = dict(etype="arrest", when=("2027-01-25", "2027-01-25"), published="2027-01-27")
    a1 = _told(
        "a1",
        "docA",
        "guards caught a young woman at the river",
        people="a young woman",
        where=MUSAN,
        **common,
    )
    a2 = _told(
        "a2",
        "docA",
        "a smuggler who had guided her was seized at home",
        people="a smuggler",
        where=MUSAN,
        **common,
    )
    b = _told(
        "b",
        "docB",
        "a young woman was stopped at the river by guards",
        people="a young woman",
        where=MUSAN,
        etype="arrest",
        when=("2027-01-24", "2027-01-25"),
        precision="range",
        published="2027-01-29",
    )
    groups = sorted(sorted(m.member_ids) for m in merge_events([a1, a2, b]))
    assert ["a2"] in groups
