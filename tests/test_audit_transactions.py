"""The audit log and the changes it records, on SQLite and PostgreSQL.

- Each review and account change, and each report a reviewer uploads (stored, or kept as a copy),
  writes its audit entry in the change's own transaction: when the
  entry cannot be written (a trigger makes the insert fail, as a full disk or a lost connection
  would at that moment), the change is rolled back too, and the store is as it was.
- The chain's head, kept apart from the log, shows the newest entries deleted (a shorter chain
  that still holds), `tessera audit head` prints it and `tessera audit verify --expect` checks the
  log against a head recorded outside the database.
- A store kept from before the head (revision 0007, with entries) gets its head on upgrade.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("argon2")

import store_helpers  # noqa: E402
from conftest import run_cli  # noqa: E402
from store_helpers import HYESAN, make_doc, make_event, snapshot  # noqa: E402
from tessera.store import EventQuery, Store  # noqa: E402
from tessera.store.accounts import Accounts  # noqa: E402
from tessera.store.audit import GENESIS, AuditLog, Head, IngestNote  # noqa: E402
from web_helpers import cheap_hasher  # noqa: E402

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url
KEPT_0007 = Path(__file__).resolve().parent / "fixtures" / "stores" / "0007_with_audit.sqlite"


def _make_audit_inserts_fail(conn, dialect: str) -> None:  # noqa: ANN001
    """A real failure at the audit insert: the database refuses the row."""
    if dialect == "postgresql":
        conn.exec_driver_sql(
            "CREATE FUNCTION audit_insert_fails() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN RAISE EXCEPTION 'injected audit failure'; END $$"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER audit_insert_fails BEFORE INSERT ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_insert_fails()"
        )
    else:
        conn.exec_driver_sql(
            "CREATE TRIGGER audit_insert_fails BEFORE INSERT ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'injected audit failure'); END"
        )


def _drop_append_only_guard(conn, dialect: str) -> None:  # noqa: ANN001
    """What someone with the database owner's rights could do before cutting the log."""
    if dialect == "postgresql":
        conn.exec_driver_sql("DROP TRIGGER audit_log_append_only ON audit_log")
    else:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")


def _accounts_rows(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        users = sorted(tuple(r) for r in conn.exec_driver_sql("SELECT name, role FROM users"))
        tokens = conn.exec_driver_sql("SELECT COUNT(*) FROM api_tokens").scalar_one()
    return [*users, ("tokens", tokens)]


def _seed(url: str) -> tuple[Store, list[str]]:
    store = Store.open(url, use_merge=False)
    for n in range(1, 5):
        d = make_doc(n)
        store.add_document(d, [make_event(d, day=date(2023, 4, n), place=HYESAN)])
    ids = sorted(e.id for e in store.query(EventQuery()))
    # One event made of two reports, for the split.
    store.merge_pair(ids[2], ids[3], actor="setup")
    return store, ids


def test_a_change_whose_audit_entry_fails_is_rolled_back(db_url: str) -> None:
    from sqlalchemy.exc import DBAPIError

    store, ids = _seed(db_url)
    try:
        accounts = Accounts(store.engine, cheap_hasher())
        accounts.add_user("kim.admin", "admin", "a long passphrase", actor="setup")
        log = AuditLog(store.engine)
        entries_before, head_before = log.count(), log.head()
        with store.engine.begin() as conn:
            _make_audit_inserts_fail(conn, store.engine.dialect.name)
        before, accounts_before = snapshot(db_url), _accounts_rows(store)
        changes = {
            "confirm": lambda: store.set_review_state(ids[0], "confirmed", actor="kim.admin"),
            "reject": lambda: store.set_review_state(ids[0], "rejected", actor="kim.admin"),
            "edit": lambda: store.edit_event(ids[0], {"status": "alleged"}, actor="kim.admin"),
            "merge": lambda: store.merge_pair(ids[0], ids[1], actor="kim.admin"),
            "keep apart": lambda: store.dismiss_pair(ids[0], ids[1], actor="kim.admin"),
            "split": lambda: store.split(ids[2], actor="kim.admin"),
            "user": lambda: accounts.add_user("lee.viewer", "viewer", "a long passphrase", actor="kim.admin"),
            "role": lambda: accounts.set_role("kim.admin", "viewer", actor="kim.admin"),
            "token": lambda: accounts.new_token("kim.admin", "scripts", actor="kim.admin"),
            "upload": lambda: store.add_document(
                make_doc(9), [make_event(make_doc(9), place=HYESAN)], note=IngestNote("kim.admin", "new.txt")
            ),
            "upload of a copy": lambda: store.record_copy(
                replace(make_doc(1), id="again1", outlet="Other Wire"), IngestNote("kim.admin", "again.txt")
            ),
        }
        for name, change in changes.items():
            with pytest.raises(DBAPIError, match="injected audit failure"):
                change()
            assert snapshot(db_url) == before, f"{name}: the store changed without its audit entry"
            assert _accounts_rows(store) == accounts_before, f"{name}: the accounts changed"
        assert log.count() == entries_before and log.head() == head_before and log.verify().ok
    finally:
        store.close()


def test_an_export_whose_audit_entry_fails_hands_nothing_out(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from web_helpers import seeded_app

    seeded = seeded_app(str(tmp_path / "app.db"))
    try:
        admin = {"Authorization": f"Bearer {seeded.tokens['admin']}"}
        client = TestClient(seeded.app, raise_server_exceptions=False)
        assert client.get("/api/export?format=jsonl&all=1", headers=admin).status_code == 200
        with seeded.store.engine.begin() as conn:
            _make_audit_inserts_fail(conn, "sqlite")
        refused = client.get("/api/export?format=jsonl&all=1", headers=admin)
        assert refused.status_code == 500 and b'"id"' not in refused.content
    finally:
        seeded.store.close()


def test_each_uploaded_report_is_audited_in_its_own_transaction(db_url: str) -> None:
    """A stored report and a copy each write one entry naming the reviewer and the file; a report
    already stored writes none (nothing changed); the events' history names the reviewer."""
    store, _ids = _seed(db_url)
    try:
        log = AuditLog(store.engine)
        note = IngestNote("kim.admin", "reports.jsonl")
        doc = make_doc(7)
        assert store.add_document(doc, [make_event(doc, place=HYESAN)], note=note).added
        assert store.record_copy(replace(doc, id="copy7", outlet="Other Wire"), note) is not None
        assert store.add_document(doc, [make_event(doc, place=HYESAN)], note=note).added is False
        mine = list(reversed(log.entries(actor="kim.admin")))
        assert [(e.action, e.target) for e in mine] == [("report.upload", "doc7"), ("report.upload", "copy7")]
        assert mine[0].detail == {"file": "reports.jsonl", "sha256": doc.content_hash, "events": 1}
        assert mine[1].detail == {"file": "reports.jsonl", "copy_of": "doc7"}
        assert log.verify().ok
    finally:
        store.close()


def test_every_review_change_through_the_store_is_audited_once(db_url: str) -> None:
    store, ids = _seed(db_url)
    try:
        log = AuditLog(store.engine)
        store.set_review_state(ids[0], "confirmed", actor="ri", note="two sources")
        store.edit_event(ids[0], {"status": "alleged"}, actor="ri")
        store.dismiss_pair(ids[0], ids[1], actor="ri")
        parts = store.split(ids[2], actor="ri")
        mine = [(e.action, e.target) for e in reversed(log.entries(actor="ri"))]
        assert mine == [
            ("event.review", ids[0]),
            ("event.edit", ids[0]),
            ("event.keep_apart", ids[0]),
            ("event.split", ids[2]),
        ]
        edit = next(e for e in log.entries(actor="ri") if e.action == "event.edit")
        assert edit.detail["before"] == {"status": "occurred"} and edit.detail["after"] == {
            "status": "alleged"
        }
        assert next(e for e in log.entries(actor="ri") if e.action == "event.split").detail["into"] == parts
        assert log.head() == Head(log.count(), log.entries(limit=1)[0].hash) and log.verify().ok
    finally:
        store.close()


def test_deleting_the_newest_entries_is_caught_by_the_head(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store:
        log = AuditLog(store.engine)
        for i in range(5):
            log.append("admin", "export", "jsonl", count=i)
        recorded = log.head()
        assert recorded.seq == 5 and log.verify(expect=recorded.hash).ok
        with store.engine.begin() as conn:
            _drop_append_only_guard(conn, store.engine.dialect.name)
            conn.exec_driver_sql("DELETE FROM audit_log WHERE id > 3")
        verdict = log.verify()
        assert not verdict.ok and verdict.first_bad == 4
        assert verdict.reason == "the log ends at entry 3 but the head records entry 5"
        # Rewriting the head to match the cut log fools the database's own check, not a head kept
        # outside it.
        with store.engine.begin() as conn:
            last = conn.exec_driver_sql("SELECT hash FROM audit_log WHERE id = 3").scalar_one()
            conn.exec_driver_sql(f"UPDATE audit_head SET seq = 3, hash = '{last}'")
        assert log.verify().ok
        verdict = log.verify(expect=recorded.hash)
        assert not verdict.ok and recorded.hash in verdict.reason and "cut or rewritten" in verdict.reason


def test_an_edited_head_is_named(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store:
        log = AuditLog(store.engine)
        for i in range(3):
            log.append("admin", "login", None, n=i)
        with store.engine.begin() as conn:
            conn.exec_driver_sql(f"UPDATE audit_head SET hash = '{GENESIS}'")
        verdict = log.verify()
        assert (
            not verdict.ok and verdict.first_bad == 3 and "not the entry the head records" in verdict.reason
        )


def test_audit_head_and_verify_expect_on_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "app.db")
    empty = run_cli("audit", "head", "--db", db)
    assert empty.returncode == 0 and empty.stdout.decode().split() == ["0", GENESIS]
    made = run_cli("user", "add", "kim.admin", "--role", "admin", "--db", db, stdin=b"a long passphrase\n")
    assert made.returncode == 0, made.stderr
    assert run_cli("user", "token", "kim.admin", "--db", db).returncode == 0
    head = run_cli("audit", "head", "--db", db).stdout.decode().strip()
    seq, digest = head.split()
    assert seq == "2" and len(digest) == 64
    assert run_cli("audit", "verify", "--expect", digest, "--db", db).returncode == 0
    assert run_cli("audit", "verify", "--expect", head, "--db", db).returncode == 0  # as printed
    with Store.open(db, use_merge=False) as store, store.engine.begin() as conn:
        _drop_append_only_guard(conn, "sqlite")
        conn.exec_driver_sql("DELETE FROM audit_log WHERE id = 2")
    cut = run_cli("audit", "verify", "--db", db)
    assert cut.returncode == 1
    assert b"the log ends at entry 1 but the head records entry 2" in cut.stderr
    wrong = run_cli("audit", "verify", "--expect", "f" * 64, "--db", db)
    assert wrong.returncode == 1


def test_a_kept_store_from_before_the_head_gets_its_head_on_upgrade(tmp_path: Path) -> None:
    """Revision 0007's store (made by that day's code, with three audit entries and no head)."""
    import sqlite3

    copy = tmp_path / "kept.sqlite"
    shutil.copyfile(KEPT_0007, copy)
    with sqlite3.connect(copy) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0007",)
        newest = raw.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    with Store.open(str(copy), use_merge=False) as store:
        log = AuditLog(store.engine)
        assert log.head() == Head(*newest) and newest[0] == 3
        assert log.verify(expect=newest[1]).ok
        ids = sorted(e.id for e in store.query(EventQuery()))
        store.set_review_state(ids[1], "rejected", actor="alice")
        assert log.head().seq == 4 and log.verify(expect=newest[1]).ok
