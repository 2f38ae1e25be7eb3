"""Alembic environment: migrate the connection the store hands over, or the -x db=URL given."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from tessera.store.engine import make_engine, resolve_url
from tessera.store.schema import metadata

config = context.config
# Any constant: PostgreSQL writers of the same database wait for each other here.
PG_MIGRATION_LOCK = 7_360_221


def _run(connection) -> None:  # noqa: ANN001
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_MIGRATION_LOCK})
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(resolve_url(context.get_x_argument(as_dictionary=True).get("db")))
    with engine.connect() as conn:
        _run(conn)
        conn.commit()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; give -x db=URL")
run_migrations_online()
