"""Shared by the review-app tests: a store with invented events and an account of each role,
the app over it, and clients that log in as a browser does or call the API with a token."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from store_helpers import HYESAN, MUSAN, SHENYANG, make_doc, make_event
from tessera.model import Place
from tessera.store import Store
from tessera.store.accounts import Accounts
from tessera.web.app import create_app

PASSWORD = "correct horse battery"
ROLES = ("viewer", "reviewer", "admin")
# A place known only to its province: drawn as an area, never as a pin.
RYANGGANG = Place("Ryanggang Province", "KP", "Ryanggang", None, 41.3, 128.0, "province", "Ryanggang")


@dataclass
class Seeded:
    store: Store
    app: object
    tokens: dict[str, str]
    event_ids: list[str]
    report_shas: list[str]


def seed_store(url: str, extra_docs: list = ()) -> Store:
    """Invented reports, one event each (no merging, so every test knows its events)."""
    store = Store.open(url, use_merge=False)
    plan = [
        (make_doc(1), "arrest", date(2023, 4, 3), HYESAN, 0.9),
        (make_doc(2), "execution", date(2023, 5, 20), MUSAN, 0.6),
        (make_doc(3), "repatriation", date(2022, 11, 2), SHENYANG, 0.8),
        (make_doc(4), "disappearance", None, RYANGGANG, 0.4),
        (make_doc(5), "escape", date(2021, 7, 9), None, 0.75),
    ]
    for doc, type_, day, place, conf in plan:
        store.add_document(doc, [make_event(doc, type_=type_, day=day, place=place, confidence=conf)])
    for doc, event in extra_docs:
        store.add_document(doc, [event])
    return store


def cheap_hasher():  # noqa: ANN201
    """argon2id with small costs: the tests check the logic, not the hash's strength."""
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


def seeded_app(url: str, extra_docs: list = (), **app_options: object) -> Seeded:
    store = seed_store(url, extra_docs)
    hasher = cheap_hasher()
    app_options.setdefault("password_hasher", hasher)
    accounts = Accounts(store.engine, hasher)
    tokens = {}
    for role in ROLES:
        accounts.add_user(role, role, PASSWORD)
        tokens[role] = accounts.new_token(role, "tests")
    app = create_app(store, **app_options)
    from tessera.store import EventQuery

    ids = [e.id for e in store.query(EventQuery())]
    from tessera.store.reports import list_reports

    shas = [r.sha256 for r in list_reports(store.engine)]
    return Seeded(store, app, tokens, ids, shas)


def login(client, name: str, password: str = PASSWORD):  # noqa: ANN001, ANN201 - a TestClient
    """Log in through the form, as a browser does; returns the session's CSRF token."""
    page = client.get("/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    r = client.post("/login", data={"name": name, "password": password, "csrf_token": token})
    assert r.status_code == 200, r.text
    queue = client.get("/queue")
    return re.search(r'data-csrf="([^"]+)"', queue.text).group(1)
