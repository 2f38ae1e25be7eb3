"""Merge recall from the missed pairs of the development half (session 53): an open bound on some
of a group ("at least eight of the women") against another report's bound on the whole group.
Invented text."""

from __future__ import annotations

from merge_fixtures import NAMYANG, NK, TUMEN, ev
from tessera.merge import compare_events
from tessera.model import Event, Victims


def _returns(part: Victims) -> tuple[Event, Event]:
    whole = ev(
        "a",
        "docA",
        "China sent more than 40 North Koreans back through the Tumen crossing on 3 June",
        when=("2027-06-03", "2027-06-03"),
        published="2027-06-06",
        where=TUMEN,
        origin=TUMEN,
        destination=NAMYANG,
    )
    some = ev(
        "b",
        "docB",
        "who were returned from China through Namyang in early June",
        when=("2027-06-01", "2027-06-10"),
        precision="month_part",
        published="2027-06-15",
        where=NAMYANG,
        origin=TUMEN,
        destination=NK,
    )
    return whole.with_(victims=Victims("more than 40 North Koreans", 41, None, "defectors")), some.with_(
        victims=part
    )


def test_an_open_bound_on_some_of_a_group_is_no_bound_on_the_group() -> None:
    r = compare_events(*_returns(Victims("at least six of the women", 6, None, "defectors")))
    assert not r.conflict, r.summary()
    assert any("told as some of a group" in x for x in r.reasons), r.summary()


def test_an_open_bound_not_told_as_part_still_tells_another_group() -> None:
    r = compare_events(*_returns(Victims("at least six women", 6, None, "defectors")))
    assert r.conflict and r.conflict.startswith("victims"), r.summary()
