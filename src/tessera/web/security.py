"""Who may do what: sessions from cookies, API tokens, roles per route, CSRF, login rate limit.

Every route declares the least role it needs with `require(ROLE)` (or is listed in PUBLIC):
`check_routes` refuses to build an app with a route that does neither, so nothing is open by
default. A change (any method but GET/HEAD) made with a session cookie must carry the session's
CSRF token, in the X-CSRF-Token header or a csrf_token form field; API calls with a bearer token
carry no cookie and need none.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import HTTPException, Request
from fastapi.routing import APIRoute

from tessera.store.accounts import Accounts, User

SESSION_COOKIE = "tessera_session"
LOGIN_COOKIE = "tessera_login"  # the login form's own CSRF token (double submit)
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# Paths anyone may reach: the login form, the assets, and the API's description.
PUBLIC = {"/login", "/static", "/openapi.json", "/healthz"}

ROLE_ATTR = "tessera_role"
MAX_TRACKED = 10_000


class LoginLimiter:
    """At most `attempts` failed logins per `window` seconds from one address, or for one name."""

    def __init__(self, attempts: int = 5, window: float = 300.0) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def retry_after(self, *keys: str) -> int:
        """Seconds to wait before another try is allowed (0: allowed now)."""
        now = time.monotonic()
        with self._lock:
            waits = [
                int(self.window - (now - q[0])) + 1
                for q in (self._recent(k, now) for k in keys)
                if len(q) >= self.attempts
            ]
        return max(waits, default=0)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) > MAX_TRACKED:
                # Forget names and addresses whose failures are all out of the window, so a flood
                # of made-up names cannot grow the table without end.
                for k in [k for k, q in self._failures.items() if not q or now - q[-1] > self.window]:
                    del self._failures[k]
            for k in keys:
                self._recent(k, now).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._failures.pop(k, None)


def client_key(request: Request) -> str:
    return "ip:" + (request.client.host if request.client else "?")


def identify(request: Request, accounts: Accounts) -> tuple[User | None, str | None]:
    """The user behind a request and, for a cookie session, its CSRF token."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return accounts.token_user(auth[7:].strip()), None
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        session = accounts.session(token)
        if session is not None:
            return session.user, session.csrf
    return None, None


async def check_csrf(request: Request, expected: str) -> None:
    sent = request.headers.get("x-csrf-token")
    if not sent and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = (await request.form()).get("csrf_token")  # starlette keeps the parsed form
    if not isinstance(sent, str) or not secrets.compare_digest(sent, expected):
        raise HTTPException(403, "missing or wrong CSRF token")


def require(role: str) -> Callable[[Request], Awaitable[User]]:
    """A dependency: the request's user, who must hold at least `role` (401 if nobody, 403 if
    not enough, 403 for a change without the session's CSRF token)."""

    async def dependency(request: Request) -> User:
        accounts: Accounts = request.app.state.accounts
        user, csrf = identify(request, accounts)
        if user is None:
            raise HTTPException(401, "log in first")
        if not user.may(role):
            raise HTTPException(403, f"needs the {role} role")
        if request.method not in SAFE_METHODS and csrf is not None:
            await check_csrf(request, csrf)
        request.state.user = user
        request.state.csrf = csrf
        return user

    setattr(dependency, ROLE_ATTR, role)
    return dependency


def route_role(route: APIRoute) -> str | None:
    for dep in route.dependant.dependencies:
        role = getattr(dep.call, ROLE_ATTR, None)
        if role is not None:
            return role
    return None


def is_public(path: str) -> bool:
    return any(path == p or path.startswith(p + "/") for p in PUBLIC)


def _flatten(routes: list[Any], prefix: str = "") -> list[tuple[str, Any]]:
    """(full path, route) of every route, looking inside included routers (FastAPI may keep an
    included router whole rather than copying its routes into the app)."""
    out: list[tuple[str, Any]] = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            context = getattr(route, "include_context", None)
            out += _flatten(inner.routes, prefix + (getattr(context, "prefix", "") or ""))
        elif hasattr(route, "path"):
            out.append((prefix + route.path, route))
        else:
            raise RuntimeError(f"cannot tell the path of route {route!r}")
    return out


def check_routes(routes: list[Any]) -> dict[tuple[str, str], str]:
    """Every route's least role, by (method, path); a route with none that is not public is an
    error at start-up (deny by default)."""
    table: dict[tuple[str, str], str] = {}
    for path, route in _flatten(routes):
        role = route_role(route) if isinstance(route, APIRoute) else None
        if role is None:
            if is_public(path):
                role = "public"
            else:
                raise RuntimeError(f"route {path} declares no role: every route must")
        for method in getattr(route, "methods", None) or {"GET"}:
            table[(method, path)] = role
    if not table:
        raise RuntimeError("no routes found to check")
    return table


def security_headers(response: Any, request: Request) -> None:
    h = response.headers
    h.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
        "form-action 'self'; frame-ancestors 'none'",
    )
    h.setdefault("X-Content-Type-Options", "nosniff")
    h.setdefault("X-Frame-Options", "DENY")
    h.setdefault("Referrer-Policy", "same-origin")
    if not request.url.path.startswith("/static/"):
        h.setdefault("Cache-Control", "no-store")
