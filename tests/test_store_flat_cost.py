"""A join touches what the new report adds; history keeps what changed; near copies are one report.

On SQLite and PostgreSQL (the db_url fixture). Every text here is invented for these tests.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import func, select

import store_helpers
from store_helpers import HYESAN, MUSAN, make_doc, make_event, same_day_merge
from tessera.merge import candidates_key, combine
from tessera.model import Actor, Document, Event, Place, event_to_dict
from tessera.pipeline import copy_line
from tessera.store import EventQuery, Store
from tessera.store.history import diff, is_added
from tessera.store.near_copies import THRESHOLD, jaccard, shingles
from tessera.store.schema import document_bands, mentions

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url

WIRE = (
    "SEOUL, March 4 - North Korean state security officers detained a group of eleven women who had "
    "returned from China to the border town of Hyesan last week, two sources inside the country said "
    "on Monday. The women were taken to a holding centre run by the provincial security bureau, where "
    "they were questioned about their contacts in China and about money sent by relatives who had "
    "settled in the South. One of the sources said that families were told to bring food and blankets "
    "to the centre because the women would be held for at least a month. The arrests follow an order "
    "from Pyongyang to tighten control of the border after the reopening of trade with China, the "
    "sources said. Residents have been warned that anyone caught helping people cross the river will "
    "be sent to a labour camp."
)
# The same wire story as another outlet ran it: a dateline dropped, a word or two changed, a credit
# line added at the end.
EDITED = (
    WIRE.replace("SEOUL, March 4 - ", "")
    .replace("on Monday", "this week")
    .replace("a labour camp", "a labor camp")
    + " Reporting by the wire service's Seoul bureau."
)
# Another outlet's own report of the same event: the same facts, its own words.
OWN_WORDS = (
    "Eleven women who came back from China were arrested in Hyesan last week by the security "
    "services, according to people in Ryanggang province contacted by this newspaper. They are "
    "being interrogated at a provincial detention facility over their links with relatives in South "
    "Korea and the remittances they received. Relatives were asked to deliver food and bedding, and "
    "were told the detention could last a month or more. Our sources link the arrests to new orders "
    "from the capital to seal the frontier now that cross-border trade has resumed, and say that "
    "helping anyone across the river is now punished with forced labour."
)


def _doc(n: int, text: str, outlet: str) -> Document:
    return Document(id=f"wire{n}", text=text, title=None, published="2024-03-04", outlet=outlet)


def test_the_chosen_pairs_are_as_alike_as_the_threshold_says() -> None:
    assert jaccard(shingles(WIRE), shingles(EDITED)) >= THRESHOLD
    assert jaccard(shingles(WIRE), shingles(OWN_WORDS)) < 0.1


def test_a_lightly_edited_copy_is_a_copy_of_the_stored_report_with_every_outlet_kept(db_url: str) -> None:
    first, edited = _doc(1, WIRE, "Wire One"), _doc(2, EDITED, "Paper Two")
    with Store.open(db_url) as store:
        stored = store.add_document(first, [make_event(first, place=HYESAN)])
        assert stored.added
        result = store.record_copy(edited)
        assert result is not None and not result.added and result.copy_recorded
        assert result.duplicate_of == "wire1"
        assert result.similarity is not None and THRESHOLD <= result.similarity < 1
        line = copy_line(edited, result)
        assert "nearly the same text" in line and "'wire1'" in line and "Paper Two" in line
        event = store.get_event(stored.created[0])
        assert event is not None
        assert {s["outlet"] for s in event.record["sources"]} == {"Wire One", "Paper Two"}
        assert store.counts()["documents"] == 1


def test_the_near_copy_index_survives_a_reopening_and_a_rerun_writes_nothing(db_url: str) -> None:
    first, edited = _doc(1, WIRE, "Wire One"), _doc(2, EDITED, "Paper Two")
    with Store.open(db_url) as store:
        store.add_document(first, [make_event(first, place=HYESAN)])
        with store.engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(document_bands)) > 0
    with Store.open(db_url) as store:  # a later run: the LSH bands are read from the database
        added = store.add_document(edited, [make_event(edited, place=HYESAN)])
        assert not added.added and added.copy_recorded and added.duplicate_of == "wire1"
        assert store.known_hashes([edited.content_hash]) == {edited.content_hash}
        again = store.record_copy(edited)
        assert again is not None and not again.copy_recorded  # kept once
        assert store.counts()["documents"] == 1


def test_another_outlets_own_report_of_the_event_is_a_document_of_its_own(db_url: str) -> None:
    first, own = _doc(1, WIRE, "Wire One"), _doc(3, OWN_WORDS, "Paper Three")
    with Store.open(db_url) as store:
        store.add_document(first, [make_event(first, place=HYESAN)])
        assert store.record_copy(own) is None
        assert store.add_document(own, [make_event(own, place=HYESAN)]).added
        assert store.counts()["documents"] == 2


def test_a_short_report_is_never_taken_for_a_near_copy(db_url: str) -> None:
    a = make_doc(1, "Police detained three traders at the Hyesan market on Monday, a source said.")
    b = make_doc(2, "Police detained four traders at the Hyesan market on Monday, a source said.")
    with Store.open(db_url) as store:
        store.add_document(a, [])
        assert store.record_copy(b) is None


def _open(url: str) -> Store:
    store = Store.open(url, use_merge=False)
    store.merge_fn = same_day_merge
    return store


def _varied_reports(n: int) -> list[tuple[Document, Event]]:
    """Reports of one event that tell it in a few ways: most alike, some vaguer or with more."""
    out = []
    for i in range(n):
        doc = make_doc(i + 1)
        event = make_event(
            doc,
            place=MUSAN if i % 4 == 3 else HYESAN,
            count=5 if i % 3 == 2 else 3,
            confidence=0.5 + (i % 5) / 10,
        )
        if i % 6 == 5:
            event.perpetrators.append(Actor("border guards", "KP", "border_guard"))
        out.append((doc, event))
    return out


def test_a_join_gives_the_record_combining_every_report_would(db_url: str) -> None:
    reports = _varied_reports(14)
    with _open(db_url) as store:
        for doc, event in reports:
            store.add_document(doc, [event])
        events = store.query(EventQuery())
        assert len(events) == 1
        got = events[0].record
    want = event_to_dict(combine([e for _, e in reports]))
    for field in (
        "status",
        "when",
        "where",
        "origin",
        "destination",
        "victims",
        "perpetrators",
        "confidence",
    ):
        assert got[field] == want[field], field
    assert sorted(s["doc"] for s in got["sources"]) == sorted(s["doc"] for s in want["sources"])
    assert len(got["evidence"]) == len(want["evidence"])


def test_history_keeps_what_a_join_changed_not_the_records(db_url: str) -> None:
    with _open(db_url) as store:
        for doc, event in _varied_reports(12):
            store.add_document(doc, [event])
        (event,) = store.query(EventQuery())
        rows = store.history(event.id)
    assert [r["action"] for r in rows] == ["created"] + ["merged"] * 11
    sizes = []
    for row in rows[1:]:
        assert is_added(row["after"]["sources"]) and len(row["after"]["sources"]["added"]) == 1
        assert "sources" not in row["before"]
        sizes.append(len(json.dumps(row["before"])) + len(json.dumps(row["after"])))
    # The eleventh join writes no more than the first: history does not grow with the event.
    assert sizes[-1] <= sizes[0] * 1.5


def test_a_history_diff_keeps_changed_fields_and_the_new_items_of_grown_lists() -> None:
    before = {"id": "e", "type": "arrest", "sources": [{"doc": "a"}], "victims": {"count_min": 3}}
    after = {
        "id": "e",
        "type": "arrest",
        "sources": [{"doc": "a"}, {"doc": "b"}],
        "victims": {"count_min": 5},
    }
    old, new = diff(before, after)
    assert old == {"victims": {"count_min": 3}}
    assert new == {"sources": {"added": [{"doc": "b"}]}, "victims": {"count_min": 5}}
    assert diff(None, after) == (None, after)
    # A person's edit of a list is kept whole on both sides.
    edited = {**before, "perpetrators": [{"name": "police"}]}
    assert diff({**before, "perpetrators": []}, edited) == (
        {"perpetrators": []},
        {"perpetrators": [{"name": "police"}]},
    )


def test_a_stored_event_meets_a_new_report_through_one_report_per_telling(db_url: str) -> None:
    seen: list[int] = []

    def merge(events, documents=None, cannot_link=(), joined=(), touching=()):  # noqa: ANN001, ANN202
        seen.append(sum(len(g) for g in joined))
        return same_day_merge(events, documents, cannot_link)

    with Store.open(db_url, use_merge=False) as store:
        store.merge_fn = merge
        store.keys_fn = candidates_key
        for i in range(10):  # ten reports that told the event alike
            doc = make_doc(i + 1)
            store.add_document(doc, [make_event(doc, place=HYESAN)])
        doc = make_doc(20)
        store.add_document(doc, [make_event(doc, place=HYESAN, count=4)])
        doc = make_doc(21)
        store.add_document(doc, [make_event(doc, place=HYESAN)])
    assert seen[-1] == 2  # two tellings: ten reports of three victims, one of four
    assert max(seen) == 2


def test_a_reviewed_event_keeps_its_fields_and_gains_the_new_sources(db_url: str) -> None:
    with _open(db_url) as store:
        a, b = make_doc(1), make_doc(2)
        created = store.add_document(a, [make_event(a, place=HYESAN)]).created[0]
        store.edit_event(created, {"summary": "checked by a person"}, actor="ri")
        store.add_document(b, [make_event(b, place=MUSAN, day=date(2023, 4, 3))])
        event = store.get_event(created)
        assert event is not None
        assert event.record["summary"] == "checked by a person"
        assert event.record["where"]["name"] == "Hyesan"
        assert [s["doc"] for s in event.record["sources"]] == ["doc1", "doc2"]


def test_the_upgrade_fills_in_the_tellings_of_stored_mentions(db_url: str) -> None:
    with _open(db_url) as store:
        doc = make_doc(1, WIRE)
        store.add_document(doc, [make_event(doc, place=Place("Hyesan", "KP", precision="city"))])
        with store.engine.connect() as conn:
            assert conn.scalar(select(func.count()).where(mentions.c.telling.is_(None))) == 0
