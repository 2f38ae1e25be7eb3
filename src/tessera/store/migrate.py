"""Bring a database to the newest schema with the Alembic migrations shipped in the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from tessera.store.checks import check_revisions, check_sqlite_file
from tessera.store.engine import describe

HERE = Path(__file__).parent


def alembic_config() -> Config:
    cfg = Config(str(HERE / "alembic.ini"))
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    return cfg


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def known_revisions() -> set[str]:
    """Every schema revision this release can open (its own and all before it)."""
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect().execution_options(tessera_readonly=True) as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Migrate to head, unless already there. Safe when several processes open a new database:
    the migration runs in one write transaction, so the second waits and then finds nothing to do."""
    with engine.connect().execution_options(tessera_readonly=True) as conn:
        current = MigrationContext.configure(conn).get_current_heads()
    # A store a newer Tessera migrated: Alembic would stop with a traceback, and nothing here
    # may change it.
    check_revisions(describe(str(engine.url)), current, known_revisions())
    if current == (head_revision(),):
        return
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def check_existing(url: str) -> None:
    """Refuse, before anything writes to it, an existing SQLite file Tessera must not change."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        check_sqlite_file(Path(parsed.database), known_revisions())
