"""Where the store lives and how to connect to it safely.

SQLite is the embedded default: WAL mode so readers never block the writer, a busy timeout,
and every write transaction opened with BEGIN IMMEDIATE so two writers queue for the lock
instead of deadlocking on a read-to-write upgrade. PostgreSQL is reached by URL (psycopg 3).
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from tessera.store.errors import StoreError  # (defined apart: see errors.py)

T = TypeVar("T")

DB_ENV = "TESSERA_DB"
SQLITE_BUSY_MS = 30_000


def default_db_path() -> Path:
    # Imported here: platformdirs is only needed when no database was named.
    from platformdirs import user_data_dir

    return Path(user_data_dir("tessera")) / "tessera.db"


def resolve_url(db: str | None) -> str:
    """The SQLAlchemy URL for --db (or TESSERA_DB, or the default file); plain paths mean SQLite."""
    raw = db or os.environ.get(DB_ENV) or str(default_db_path())
    if "://" not in raw:
        return "sqlite:///" + str(Path(raw).expanduser().resolve())
    scheme, rest = raw.split("://", 1)
    # psycopg 3 is the driver we ship; accept the plain spellings people paste.
    if scheme in ("postgres", "postgresql"):
        return "postgresql+psycopg://" + rest
    return raw


def describe(url: str) -> str:
    """The URL as safe to print: without a password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001 - DB-API objects are untyped
    # Autocommit at the driver level, so our "begin" listener decides how transactions start.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")  # durable at every WAL checkpoint; safe against SIGKILL
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _sqlite_begin(conn) -> None:  # noqa: ANN001
    # Readers take no lock (WAL lets them run beside a writer); writers queue up front.
    readonly = conn.get_execution_options().get("tessera_readonly", False)
    conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for `url`, configured for safe concurrent writes; StoreError if the URL is bad."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}") from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {describe(url)!r}: use a SQLite path or a postgresql:// URL")
    if backend == "sqlite":
        database = parsed.database
        if not database or database == ":memory:":
            raise StoreError(f"SQLite needs a file, not {describe(url)!r}")
        folder = Path(database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the database folder {folder}: {exc.strerror}") from exc
    try:
        if backend == "sqlite":
            engine = create_engine(
                parsed, connect_args={"timeout": SQLITE_BUSY_MS / 1000}, hide_parameters=True
            )
            event.listen(engine, "connect", _sqlite_pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(parsed, pool_pre_ping=True, hide_parameters=True)
    except (NoSuchModuleError, ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database {describe(url)!r}: {exc}") from exc
    return engine


# What PostgreSQL (or the network to it) says while a server restarts: the work is retried
# until it is back, within with_retries' patience.
_RESTARTING = (
    "connection refused",
    "the database system is starting up",
    "the database system is shutting down",
    "terminating connection due to administrator command",
    "server closed the connection unexpectedly",
    "connection is closed",
    "consuming input failed",
)
# Conditions the user must fix, each said in one line (SQLite's and PostgreSQL's wording).
_USER_FIXABLE = (
    (("database or disk is full", "no space left on device", "could not extend file"), "the disk is full"),
    (("attempt to write a readonly database", "read-only file system"), "the database cannot be written"),
    (("database disk image is malformed", "file is not a database"), "the database is damaged"),
)


def _message(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).lower()


def is_transient(exc: BaseException) -> bool:
    """Lock contention, dropped connections, a restarting server: worth another try."""
    if isinstance(exc, OperationalError):
        text = _message(exc)
        if any(w in text for w in ("locked", "busy", "deadlock", "could not serialize", *_RESTARTING)):
            return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


def user_fixable(exc: BaseException) -> str | None:
    """What the user must fix, in a few words, when `exc` is such a condition; else None."""
    text = _message(exc)
    for words, said in _USER_FIXABLE:
        if any(w in text for w in words):
            return said
    return None


def with_retries(work: Callable[[], T], attempts: int = 10) -> T:
    """Run `work` (one whole transaction) again after transient failures, with jittered backoff
    (about 15 s in all: a PostgreSQL restart fits). A condition the user must fix (a full disk)
    becomes a one-line StoreError; the transaction was rolled back, what was committed stays."""
    delay = 0.05
    for attempt in range(attempts):
        try:
            return work()
        except DBAPIError as exc:
            said = user_fixable(exc)
            if said:
                raise StoreError(f"{said} ({_message(exc).splitlines()[0][:120]})") from exc
            if attempt == attempts - 1 or not is_transient(exc):
                raise
            # Jitter spreads retrying writers apart; nothing secret depends on it (bandit B311).
            time.sleep(delay * (1 + random.random()))  # nosec B311
            delay = min(delay * 2, 2.0)
    raise AssertionError("unreachable")
