"""Accounts and the audit log on SQLite and PostgreSQL, through the store and the command line:
argon2 hashes, `tessera user add` reading the password from standard input, the hash chain and
`tessera audit verify` naming the first altered entry."""

from __future__ import annotations

import pytest

pytest.importorskip("argon2")

import store_helpers  # noqa: E402
from conftest import run_cli  # noqa: E402
from tessera.store import Store, StoreError  # noqa: E402
from tessera.store.accounts import Accounts  # noqa: E402
from tessera.store.audit import AuditLog  # noqa: E402
from web_helpers import cheap_hasher  # noqa: E402

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url


def _drop_append_only_guard(conn, dialect: str) -> None:  # noqa: ANN001
    """What someone with the database owner's rights could do before editing the log."""
    if dialect == "postgresql":
        conn.exec_driver_sql("DROP TRIGGER audit_log_append_only ON audit_log")
    else:
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete")


def test_audit_chain_holds_and_names_the_first_edited_entry(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store:
        log = AuditLog(store.engine)
        for i in range(5):
            log.append("reviewer", "event.review", f"ev_{i}", state="confirmed")
        assert log.verify().ok and log.verify().entries == 5
        with store.engine.begin() as conn:
            _drop_append_only_guard(conn, store.engine.dialect.name)
            conn.exec_driver_sql('UPDATE audit_log SET detail = \'{"state": "rejected"}\' WHERE id = 3')
        verdict = log.verify()
        assert not verdict.ok and verdict.first_bad == 3 and "content" in verdict.reason


def test_a_deleted_entry_breaks_the_link_of_the_next(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store:
        log = AuditLog(store.engine)
        for i in range(4):
            log.append("admin", "export", "jsonl", count=i)
        with store.engine.begin() as conn:
            _drop_append_only_guard(conn, store.engine.dialect.name)
            conn.exec_driver_sql("DELETE FROM audit_log WHERE id = 2")
        verdict = log.verify()
        assert verdict.first_bad == 3 and "link" in verdict.reason


def test_the_database_refuses_to_change_or_delete_audit_entries(db_url: str) -> None:
    from sqlalchemy.exc import DBAPIError

    with Store.open(db_url, use_merge=False) as store:
        AuditLog(store.engine).append("admin", "login")
        for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
            with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as conn:
                conn.exec_driver_sql(statement)
        assert AuditLog(store.engine).verify().ok


def test_passwords_are_argon2_hashes_and_sessions_are_stored_as_digests(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store:
        accounts = Accounts(store.engine, cheap_hasher())
        user = accounts.add_user("ri.reviewer", "reviewer", "a long passphrase")
        with pytest.raises(StoreError, match="exists already"):
            accounts.add_user("ri.reviewer", "viewer", "another passphrase")
        with pytest.raises(StoreError, match="role must be one of"):
            accounts.add_user("someone", "owner", "a long passphrase")
        assert accounts.authenticate("ri.reviewer", "a long passphrase") == user
        assert accounts.authenticate("ri.reviewer", "wrong passphrase") is None
        assert accounts.authenticate("nobody", "a long passphrase") is None
        token, csrf = accounts.start_session(user)
        assert accounts.session(token).user == user and accounts.session(token).csrf == csrf
        with store.engine.connect() as conn:
            stored_hash = conn.exec_driver_sql("SELECT password_hash FROM users").scalar_one()
            session_keys = [r[0] for r in conn.exec_driver_sql("SELECT token_hash FROM web_sessions")]
        assert stored_hash.startswith("$argon2id$") and "a long passphrase" not in stored_hash
        assert token not in session_keys and len(session_keys[0]) == 64
        accounts.end_session(token)
        assert accounts.session(token) is None


def test_user_add_reads_the_password_from_stdin_and_audit_verify_reports(tmp_path) -> None:  # noqa: ANN001
    db = str(tmp_path / "app.db")
    made = run_cli("user", "add", "kim.admin", "--role", "admin", "--db", db, stdin=b"a long passphrase\n")
    assert made.returncode == 0, made.stderr
    assert b"kim.admin (admin) created" in made.stdout
    short = run_cli("user", "add", "short.one", "--db", db, stdin=b"short\n")
    assert short.returncode == 2 and b"at least 8 characters" in short.stderr
    bad_role = run_cli("user", "add", "x.y", "--role", "owner", "--db", db, stdin=b"a long passphrase\n")
    assert bad_role.returncode == 2 and b"role must be one of" in bad_role.stderr
    token = run_cli("user", "token", "kim.admin", "--db", db)
    assert token.returncode == 0 and token.stdout.startswith(b"tsr_")
    ok = run_cli("audit", "verify", "--db", db)
    assert ok.returncode == 0 and b"intact: 2 entries" in ok.stdout
    with Store.open(db, use_merge=False) as store:
        assert Accounts(store.engine).authenticate("kim.admin", "a long passphrase") is not None
        with store.engine.begin() as conn:
            _drop_append_only_guard(conn, "sqlite")
            conn.exec_driver_sql("UPDATE audit_log SET actor = 'someone else' WHERE id = 1")
    broken = run_cli("audit", "verify", "--db", db)
    assert broken.returncode == 1 and b"altered at entry 1" in broken.stderr
