"""Merge rules from the missed pairs of the development half (issue 13, session 31), by kind of
miss across writers. Invented text."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge.compare import compare
from tessera.merge.profile import profile
from tessera.model import Place, Victims

TUMEN = Place("Tumen", "CN", "Jilin", None, 42.97, 129.84, "city")
NAMYANG = Place("Namyang", "KP", "North Hamgyong", None, 42.95, 129.86, "city")
CHONGJIN = Place("Chongjin", "KP", "North Hamgyong", None, 41.80, 129.78, "city")


def _returned(eid: str, doc: str, text: str, to: Place, when: tuple[str, str], published: str) -> object:
    e = ev(
        eid,
        doc,
        text,
        when=when,
        precision="month",
        published=published,
        where=TUMEN,
        origin=TUMEN,
        destination=to,
    )
    e.victims = Victims("about 60 North Koreans", 45, 75, "defectors")
    return e


def test_a_destination_read_from_another_clause_says_only_its_country() -> None:
    # The second report names the crossing, not Chongjin: the town is where a later sentence
    # says the returnees were held, a later stage of one return through Tumen to Namyang.
    crossing = _returned(
        "a",
        "docA",
        "Chinese border police escorted about 60 North Koreans across the Tumen bridge to Namyang in July",
        NAMYANG,
        ("2026-07-01", "2026-07-31"),
        "2026-07-30",
    )
    held_later = _returned(
        "b",
        "docB",
        "about 60 North Koreans were sent back from China through Tumen in July",
        CHONGJIN,
        ("2026-07-01", "2026-07-31"),
        "2026-08-25",
    )
    assert profile(held_later).stand_ins["destination"].country == "KP"
    assert "destination" not in profile(crossing).stand_ins
    result = compare(profile(crossing), profile(held_later))
    assert not any(reason.startswith("destination: different places") for reason in result.reasons)
    assert result.eligible, result.summary()


def test_a_destination_the_evidence_names_still_tells_two_returns_apart() -> None:
    to_namyang = _returned(
        "a",
        "docA",
        "Chinese border police escorted about 60 North Koreans across the Tumen bridge to Namyang in July",
        NAMYANG,
        ("2026-07-01", "2026-07-31"),
        "2026-07-30",
    )
    to_chongjin = _returned(
        "b",
        "docB",
        "about 60 North Koreans were driven from Tumen to Chongjin in July",
        CHONGJIN,
        ("2026-07-01", "2026-07-31"),
        "2026-08-25",
    )
    assert profile(to_chongjin).stand_ins == {}
    result = compare(profile(to_namyang), profile(to_chongjin))
    assert any(reason.startswith("destination: different places") for reason in result.reasons)
