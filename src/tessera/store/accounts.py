"""Accounts of the review application: people with a role, their sessions and API tokens.

Passwords are kept only as argon2id hashes; session and API tokens only as SHA-256 digests (a
copy of the database hands out no live session). Roles are ordered: a reviewer may do what a
viewer may, an admin what a reviewer may.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from tessera.store.accounts_schema import ROLES, api_tokens, users, web_sessions
from tessera.store.audit import append_entry
from tessera.store.engine import StoreError

SESSION_HOURS = 12
MIN_PASSWORD = 8
NAME_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@")


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    def may(self, role: str) -> bool:
        """Whether this user's role is at least `role`."""
        return ROLES.index(self.role) >= ROLES.index(role)


@dataclass(frozen=True)
class Session:
    user: User
    csrf: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


class Accounts:
    def __init__(self, engine: Engine, hasher: Any = None) -> None:
        """`hasher`: an argon2 PasswordHasher; argon2-cffi's defaults (argon2id, RFC 9106's low
        memory profile) unless given (tests pass a cheaper one)."""
        from argon2 import PasswordHasher

        self.engine = engine
        self.hasher = hasher or PasswordHasher()
        self._dummy_hash: str | None = None

    @property
    def _dummy(self) -> str:
        # Checked when a name is unknown, so a wrong name costs the same time as a wrong password.
        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash(secrets.token_hex(16))
        return self._dummy_hash

    # --- users ------------------------------------------------------------------------------

    # Every account change writes its audit entry in its own transaction (see tessera.store.audit).

    def add_user(self, name: str, role: str, password: str, actor: str = "cli") -> User:
        """A new account; `actor` (who made it) is written to the audit log with it."""
        if role not in ROLES:
            raise StoreError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        if not name or len(name) > 80 or not set(name) <= NAME_CHARS:
            raise StoreError("a user name is 1-80 letters, digits, or . _ - @")
        if len(password) < MIN_PASSWORD:
            raise StoreError(f"a password needs at least {MIN_PASSWORD} characters")
        digest = self.hasher.hash(password)
        with self.engine.begin() as conn:
            try:
                new_id = conn.execute(
                    insert(users).returning(users.c.id),
                    {"name": name, "role": role, "password_hash": digest, "created_at": _now()},
                ).scalar_one()
            except IntegrityError:  # the transaction is rolled back as this leaves it
                raise StoreError(f"a user named {name!r} exists already") from None
            append_entry(conn, actor, "user.add", name, role=role)
        return User(new_id, name, role)

    def set_role(self, name: str, role: str, actor: str = "cli") -> None:
        if role not in ROLES:
            raise StoreError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        with self.engine.begin() as conn:
            done = conn.execute(update(users).where(users.c.name == name).values(role=role)).rowcount
            if not done:
                raise StoreError(f"no user named {name!r}")
            append_entry(conn, actor, "user.role", name, role=role)

    def list_users(self) -> list[User]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(users.c.id, users.c.name, users.c.role).order_by(users.c.name))
            return [User(r.id, r.name, r.role) for r in rows]

    def authenticate(self, name: str, password: str) -> User | None:
        from argon2.exceptions import InvalidHashError, VerificationError

        with self.engine.connect() as conn:
            row = conn.execute(select(users).where(users.c.name == name)).first()
        try:
            if row is None:
                self.hasher.verify(self._dummy, password)
                return None
            self.hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        if self.hasher.check_needs_rehash(row.password_hash):
            with self.engine.begin() as conn:
                conn.execute(
                    update(users).where(users.c.id == row.id).values(password_hash=self.hasher.hash(password))
                )
        return User(row.id, row.name, row.role)

    # --- browser sessions -------------------------------------------------------------------

    def start_session(self, user: User) -> tuple[str, str]:
        """A new session for `user`: (the cookie's token, the CSRF token)."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        now = _now()
        with self.engine.begin() as conn:
            conn.execute(delete(web_sessions).where(web_sessions.c.expires_at < now))
            conn.execute(
                insert(web_sessions),
                {
                    "token_hash": _digest(token),
                    "user_id": user.id,
                    "csrf": csrf,
                    "created_at": now,
                    "expires_at": now + timedelta(hours=SESSION_HOURS),
                },
            )
        return token, csrf

    def session(self, token: str) -> Session | None:
        q = (
            select(users.c.id, users.c.name, users.c.role, web_sessions.c.csrf, web_sessions.c.expires_at)
            .join(users, users.c.id == web_sessions.c.user_id)
            .where(web_sessions.c.token_hash == _digest(token))
        )
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
        if row is None or _aware(row.expires_at) < _now():
            return None
        return Session(User(row.id, row.name, row.role), row.csrf)

    def end_session(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(web_sessions).where(web_sessions.c.token_hash == _digest(token)))

    # --- API tokens -------------------------------------------------------------------------

    def new_token(self, name: str, label: str | None = None, actor: str = "cli") -> str:
        """A new API token for `name` (shown once; only its digest is kept)."""
        token = "tsr_" + secrets.token_urlsafe(32)
        with self.engine.begin() as conn:
            user_id = conn.scalar(select(users.c.id).where(users.c.name == name))
            if user_id is None:
                raise StoreError(f"no user named {name!r}")
            conn.execute(
                insert(api_tokens),
                {"token_hash": _digest(token), "user_id": user_id, "label": label, "created_at": _now()},
            )
            append_entry(conn, actor, "token.add", name, label=label)
        return token

    def token_user(self, token: str) -> User | None:
        q = (
            select(users.c.id, users.c.name, users.c.role)
            .join(users, users.c.id == api_tokens.c.user_id)
            .where(api_tokens.c.token_hash == _digest(token))
        )
        with self.engine.connect() as conn:
            row = conn.execute(q).first()
        return User(row.id, row.name, row.role) if row else None
