"""The store on SQLite and PostgreSQL: schema, idempotent writes, merging, splitting, review, queries."""

from __future__ import annotations

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import store_helpers
from store_helpers import HYESAN, MUSAN, SHENYANG, make_doc, make_event, same_day_merge
from tessera.merge import combine
from tessera.store import EventQuery, Store, StoreError, parse_near
from tessera.store.engine import make_engine, resolve_url
from tessera.store.schema import include_object, metadata

# The backend fixtures: every test taking db_url runs on SQLite and on PostgreSQL.
db_url = store_helpers.db_url
pg_url = store_helpers.pg_url


def open_store(url: str, merge: bool = True) -> Store:
    store = Store.open(url, use_merge=False)
    if merge:
        store.merge_fn = same_day_merge
    return store


def test_migrations_build_exactly_the_declared_schema(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store, store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        diffs = compare_metadata(context, metadata)
    assert diffs == []


def test_opening_twice_migrates_once(db_url: str) -> None:
    Store.open(db_url).close()
    with Store.open(db_url) as store:
        assert store.counts()["documents"] == 0


def test_document_and_events_are_kept_and_same_content_adds_nothing(db_url: str) -> None:
    doc = make_doc(1)
    with open_store(db_url) as store:
        first = store.add_document(doc, [make_event(doc, place=HYESAN)])
        again = store.add_document(doc, [make_event(doc, place=HYESAN)])
        # Same bytes under another name is the same content.
        renamed = store.add_document(make_doc(99, text=doc.text), [])
        counts = store.counts()
        found = store.query(EventQuery())
    assert first.added and first.mentions == 1 and len(first.created) == 1
    assert not again.added and not renamed.added
    assert counts["documents"] == 1 and counts["mentions"] == 1 and counts["events"] == 1
    assert found[0].record["where"]["name"] == "Hyesan"
    assert found[0].review_state == "unreviewed"


def test_reports_of_the_same_event_merge_and_explain_says_why(db_url: str) -> None:
    a, b, c = make_doc(1), make_doc(2), make_doc(3)
    with open_store(db_url) as store:
        ra = store.add_document(a, [make_event(a, place=HYESAN, confidence=0.6)])
        rb = store.add_document(b, [make_event(b, place=HYESAN, confidence=0.9)])
        store.add_document(c, [make_event(c, day=date(2023, 6, 1), place=MUSAN)])
        assert rb.joined == ra.created
        merged = store.get_event(ra.created[0])
        ex = store.explain(ra.created[0])
        assert store.counts()["events"] == 2
    assert merged is not None and merged.mentions == 2
    assert {s["doc"] for s in merged.record["sources"]} == {"doc1", "doc2"}
    assert [m.doc_key for m in ex.mentions] == ["doc1", "doc2"]
    assert "same type and day 2023-04-03" in ex.explanation
    assert [h["action"] for h in ex.history] == ["created", "merged"]


def test_split_undoes_a_merge_and_the_parts_stay_apart(db_url: str) -> None:
    a, b, c = make_doc(1), make_doc(2), make_doc(3)
    with open_store(db_url) as store:
        event_id = store.add_document(a, [make_event(a)]).created[0]
        store.add_document(b, [make_event(b)])
        ids = store.split(event_id)
        assert ids[0] == event_id and len(ids) == 2
        assert [m.doc_key for m in store.explain(ids[0]).mentions] == ["doc1"]
        assert [m.doc_key for m in store.explain(ids[1]).mentions] == ["doc2"]
        # A third report of that day joins one part, but never glues the two back together.
        store.add_document(c, [make_event(c)])
        assert store.counts()["events"] == 2
        assert sum(store.get_event(i).mentions for i in ids) == 3
        assert store.history(ids[1])[0]["action"] == "split"
        with pytest.raises(StoreError, match="nothing to split"):
            store.split(ids[1] if store.get_event(ids[1]).mentions == 1 else ids[0])


def test_split_by_selector_moves_only_the_named_report(db_url: str) -> None:
    docs = [make_doc(i) for i in range(3)]
    with open_store(db_url) as store:
        event_id = store.add_document(docs[0], [make_event(docs[0])]).created[0]
        for d in docs[1:]:
            store.add_document(d, [make_event(d)])
        ids = store.split(event_id, ["doc2"])
        assert store.get_event(ids[0]).mentions == 2 and store.get_event(ids[1]).mentions == 1
        with pytest.raises(StoreError, match="no report or mention"):
            store.split(ids[0], ["doc9"])


def test_review_and_edit_are_kept_in_history_and_survive_new_reports(db_url: str) -> None:
    a, b = make_doc(1), make_doc(2)
    with open_store(db_url) as store:
        event_id = store.add_document(a, [make_event(a, count=3)]).created[0]
        store.set_review_state(event_id, "confirmed", actor="reviewer1", note="two sources agree")
        store.edit_event(
            event_id,
            {"victims": {"text": "five traders", "count_min": 5, "count_max": 5, "group": "traders"}},
            actor="reviewer1",
        )
        store.add_document(b, [make_event(b, count=2)])
        event = store.get_event(event_id)
        actions = [h["action"] for h in store.history(event_id)]
        with pytest.raises(StoreError, match="review state"):
            store.set_review_state(event_id, "maybe", actor="x")
        with pytest.raises(StoreError, match="no event"):
            store.set_review_state("ev_missing", "confirmed", actor="x")
    assert event.review_state == "edited"
    assert event.record["victims"]["count_min"] == 5  # the person's value, not the new report's
    assert {s["doc"] for s in event.record["sources"]} == {"doc1", "doc2"}
    assert actions == ["created", "review:confirmed", "edited", "merged"]


def test_queries_filter_by_every_field(db_url: str) -> None:
    d = [make_doc(i) for i in range(4)]
    with open_store(db_url, merge=False) as store:
        store.add_document(
            d[0], [make_event(d[0], place=HYESAN, day=date(2023, 1, 5), summary="Traders held")]
        )
        store.add_document(
            d[1],
            [make_event(d[1], "escape", day=date(2023, 2, 1), origin=MUSAN, place=None, status="attempted")],
        )
        store.add_document(d[2], [make_event(d[2], "repatriation", day=date(2023, 3, 9), place=SHENYANG)])
        store.add_document(d[3], [make_event(d[3], "search", day=None, place=None)])

        def types(**kw: object) -> list[str]:
            return [e.record["type"] for e in store.query(EventQuery(**kw))]

        assert types() == ["arrest", "escape", "repatriation", "search"]  # dated first, undated last
        assert types(type="escape") == ["escape"]
        assert types(status="attempted") == ["escape"]
        assert types(country="kp") == ["arrest", "escape"]  # origin counts
        assert types(admin1="north hamgyong") == ["escape"]
        assert types(since=date(2023, 2, 1)) == ["escape", "repatriation"]
        assert types(until=date(2023, 1, 31)) == ["arrest"]
        assert types(near=parse_near("41.8,123.4,20")) == ["repatriation"]
        assert types(near=parse_near("41.4,128.2,200")) == ["arrest", "escape"]
        assert types(text="TRADERS held") == ["arrest"]
        assert types(text="100%_") == []
        assert types(review_state="confirmed") == []
        assert types(limit=2) == ["arrest", "escape"]


def test_parse_near_refuses_nonsense() -> None:
    assert parse_near("41.8, 123.4, 20") == (41.8, 123.4, 20.0)
    for bad in ("41,123", "a,b,c", "95,0,1", "0,0,-1"):
        with pytest.raises(ValueError, match="--near"):
            parse_near(bad)


def test_bad_database_names_give_one_clear_error(tmp_path) -> None:  # noqa: ANN001
    for url, words in [
        ("mysql://x/y", "unsupported database"),
        ("postgresql://nobody@127.0.0.1:1/none", "cannot open database"),
        ("sqlite://", "needs a file"),
        (str(tmp_path / "f.txt" / "x.db"), "cannot create the database folder"),
    ]:
        if "f.txt" in url:
            (tmp_path / "f.txt").write_text("a file, not a folder")
        with pytest.raises(StoreError, match=words):
            Store.open(url)


def test_default_location_and_environment(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.delenv("TESSERA_DB", raising=False)
    assert resolve_url(None).endswith("/tessera/tessera.db")
    monkeypatch.setenv("TESSERA_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == "sqlite:///" + str(tmp_path / "env.db")
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url(str(tmp_path / "x.db")) != resolve_url(None)


def test_sqlite_runs_in_wal_mode(tmp_path) -> None:  # noqa: ANN001
    with Store.open(str(tmp_path / "w.db")) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000
    assert make_engine(resolve_url(str(tmp_path / "w.db"))).dialect.name == "sqlite"


def test_combine_keeps_every_source_once() -> None:
    a, b = make_doc(1), make_doc(2)
    ea, eb = make_event(a, confidence=0.4), make_event(b, confidence=0.8)
    merged = combine([ea, eb, ea])
    assert sorted(s.doc for s in merged.sources) == ["doc1", "doc2"]
    assert merged.confidence == 0.8


def test_with_the_merge_stage_two_reports_of_one_arrest_become_one_event(db_url: str) -> None:
    a = make_doc(1, "Border guards arrested three traders in Hyesan on 3 April, a source said.")
    b = make_doc(2, "Three traders were arrested in Hyesan on 3 April by border guards, sources say.")
    c = make_doc(3, "Police arrested two students in Shenyang on 20 June.")
    with Store.open(db_url) as store:
        assert store.keys_fn is not None  # the merge stage's lookup keys are used for blocking
        first = store.add_document(a, [make_event(a, place=HYESAN)]).created[0]
        joined = store.add_document(b, [make_event(b, place=HYESAN)])
        other = store.add_document(c, [make_event(c, day=date(2023, 6, 20), place=SHENYANG, count=2)])
        ex = store.explain(first)
        assert joined.joined == [first] and other.created and other.created[0] != first
        assert [m.doc_key for m in ex.mentions] == ["doc1", "doc2"]
        assert any("merged" in str(x) for x in ex.explanation)
        # Split them; a third copy of the report then joins one side, never both.
        ids = store.split(first)
        d = make_doc(4, "On 3 April border guards in Hyesan arrested three traders.")
        store.add_document(d, [make_event(d, place=HYESAN)])
        assert store.counts()["events"] == 3
        assert sorted(store.get_event(i).mentions for i in ids) == [1, 2]


def test_a_pair_not_sure_enough_is_kept_for_review_then_accepted_or_dismissed(db_url: str) -> None:
    from tessera.merge.weights import trying

    docs = [
        make_doc(1, "Border guards arrested three traders in Hyesan on 3 April, a source said."),
        make_doc(2, "Three traders were arrested in Hyesan on 3 April by border guards, sources say."),
        make_doc(3, "Police arrested two students in Shenyang on 20 June."),
        make_doc(4, "Two students were detained by police in Shenyang on 20 June."),
    ]
    # A threshold nothing reaches, with a margin that keeps every compatible pair for review.
    with trying(threshold=50.0, review_margin=49.0), Store.open(db_url) as store:
        first = store.add_document(docs[0], [make_event(docs[0], place=HYESAN)]).created[0]
        second = store.add_document(docs[1], [make_event(docs[1], place=HYESAN)]).created[0]
        june = date(2023, 6, 20)
        third = store.add_document(docs[2], [make_event(docs[2], day=june, place=SHENYANG, count=2)]).created[
            0
        ]
        fourth = store.add_document(
            docs[3], [make_event(docs[3], day=june, place=SHENYANG, count=2)]
        ).created[0]
        assert store.counts()["events"] == 4
        offered = store.explain(first).candidates
        assert [c.other for c in offered] == [second] and offered[0].state == "open"
        assert any("same place" in r for r in offered[0].reasons)
        assert [c.other for c in store.explain(third).candidates] == [fourth]

        assert store.merge_pair(first, second, actor="tester") == first
        assert store.get_event(second) is None and store.get_event(first).mentions == 2
        ex = store.explain(first)
        assert any("by tester (review)" in str(x) for x in ex.explanation)
        assert sorted(s["doc"] for s in ex.event.record["sources"]) == ["doc1", "doc2"]
        assert any(h["action"] == "merged:review" for h in ex.history)

        store.dismiss_pair(third, fourth, actor="tester")
        assert [c.state for c in store.explain(third).candidates] == ["dismissed"]
        with store.engine.connect() as conn:
            assert store._kept_apart(conn, third) == {fourth}  # noqa: SLF001
        with pytest.raises(StoreError):
            store.merge_pair(first, first)
        # A merge a person accepted can still be undone.
        assert len(store.split(first)) == 2
