"""The review application's permissions and defences, on SQLite and PostgreSQL: every route under
every role, CSRF, login limits, cookies, XSS payloads, SQL-shaped filters, reviewed-only exports."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
from fastapi import Depends  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

import store_helpers  # noqa: E402
from store_helpers import HYESAN, make_event  # noqa: E402
from web_helpers import PASSWORD, ROLES, Seeded, login, seeded_app  # noqa: E402

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url

# The least role of every route, written out here (not read from the app): a new route fails the
# first test until it is added, and a route whose role drifts fails the matrix.
EXPECTED = {
    ("GET", "/"): "viewer",
    ("GET", "/login"): "public",
    ("POST", "/login"): "public",
    ("POST", "/logout"): "viewer",
    ("GET", "/healthz"): "public",
    ("GET", "/queue"): "viewer",
    ("GET", "/events/{event_id}"): "viewer",
    ("POST", "/events/{event_id}/review"): "reviewer",
    ("POST", "/events/{event_id}/edit"): "reviewer",
    ("POST", "/events/{event_id}/split"): "admin",
    ("GET", "/map"): "viewer",
    ("GET", "/duplicates"): "viewer",
    ("POST", "/duplicates/merge"): "admin",
    ("POST", "/duplicates/apart"): "admin",
    ("GET", "/reports"): "viewer",
    ("POST", "/reports"): "reviewer",
    ("GET", "/reports/{key}"): "viewer",
    ("GET", "/export"): "admin",
    ("GET", "/admin/users"): "admin",
    ("POST", "/admin/users"): "admin",
    ("GET", "/audit"): "admin",
    ("GET", "/api/me"): "viewer",
    ("GET", "/api/events"): "viewer",
    ("GET", "/api/queue"): "viewer",
    ("GET", "/api/map"): "viewer",
    ("GET", "/api/duplicates"): "viewer",
    ("POST", "/api/duplicates/merge"): "admin",
    ("POST", "/api/duplicates/apart"): "admin",
    ("GET", "/api/places"): "viewer",
    ("GET", "/api/events/{event_id}"): "viewer",
    ("GET", "/api/events/{event_id}/history"): "viewer",
    ("POST", "/api/events/{event_id}/review"): "reviewer",
    ("PATCH", "/api/events/{event_id}"): "reviewer",
    ("POST", "/api/events/{event_id}/split"): "admin",
    ("GET", "/api/reports"): "viewer",
    ("GET", "/api/reports/{key}"): "viewer",
    ("POST", "/api/reports"): "reviewer",
    ("GET", "/api/export"): "admin",
    ("GET", "/api/audit"): "admin",
    ("GET", "/api/audit/verify"): "admin",
    ("GET", "/api/users"): "admin",
    ("POST", "/api/users"): "admin",
    ("GET", "/openapi.json"): "public",
    ("GET", "/static"): "public",
    ("GET", "/static/divisions"): "public",
}
RANK = {"public": -1, "viewer": 0, "reviewer": 1, "admin": 2}
# A body no allowed call can act on (a bad state, an unknown field, a report that is not there),
# so the matrix checks who gets in without changing the store.
HARMLESS = {"state": "maybe", "changes": {"no_such_field": 1}, "reports": ["no-such-report"], "name": ""}


@pytest.fixture
def seeded(db_url: str) -> Iterator[Seeded]:
    s = seeded_app(db_url)
    yield s
    s.store.close()


def _call(client: TestClient, method: str, path: str, seeded: Seeded, headers: dict[str, str]):  # noqa: ANN202
    if path == "/static":
        path = "/static/app.css"
    if path == "/static/divisions":
        path = "/static/divisions/provinces.geojson"
    url = path.replace("{event_id}", seeded.event_ids[0]).replace("{key}", seeded.report_shas[0])
    if method == "GET":
        return client.get(url, headers=headers, follow_redirects=False)
    if url.startswith("/api/"):
        return client.request(method, url, headers=headers, json=HARMLESS, follow_redirects=False)
    return client.request(method, url, headers=headers, data={}, follow_redirects=False)


def test_every_route_is_in_the_expected_table(seeded: Seeded) -> None:
    routes = {k: v for k, v in seeded.app.state.route_roles.items() if k[0] != "HEAD"}
    assert routes == EXPECTED


def test_a_route_without_a_role_stops_the_app_from_starting() -> None:
    from fastapi import APIRouter

    from tessera.web.security import check_routes, require

    router = APIRouter()

    @router.get("/guarded")
    def guarded(user=Depends(require("viewer"))) -> None:  # noqa: ANN001, B008
        return None

    assert check_routes(router.routes) == {("GET", "/guarded"): "viewer"}

    @router.get("/forgotten")
    def forgotten() -> None:
        return None

    with pytest.raises(RuntimeError, match="/forgotten declares no role"):
        check_routes(router.routes)


def test_route_role_matrix(seeded: Seeded) -> None:
    """Each route under no account and under each role: 401 (or the login page) below viewer,
    403 below the route's role, anything but 401/403 at or above it."""
    client = TestClient(seeded.app)
    failures = []
    for (method, path), least in EXPECTED.items():
        if path == "/login" and method == "POST":
            continue  # public, and tested with its own CSRF below
        for who in ("anonymous", *ROLES):
            headers = {} if who == "anonymous" else {"Authorization": f"Bearer {seeded.tokens[who]}"}
            r = _call(client, method, path, seeded, headers)
            rank = -1 if who == "anonymous" else RANK[who]
            if least == "public" or rank >= RANK[least]:
                ok = r.status_code not in (401, 403) and not (
                    r.status_code == 303 and r.headers["location"].startswith("/login?")
                )
            elif who == "anonymous":
                ok = r.status_code == 401 or (
                    method == "GET" and r.status_code == 303 and r.headers["location"].startswith("/login?")
                )
            else:
                ok = r.status_code == 403
            if not ok:
                failures.append(f"{who} {method} {path}: {r.status_code}")
    assert failures == []
    # Nothing the matrix sent changed an event.
    assert all(e.review_state == "unreviewed" for e in seeded.store.query(store_helpers_query()))


def store_helpers_query():  # noqa: ANN201
    from tessera.store import EventQuery

    return EventQuery()


def test_changes_with_a_session_need_its_csrf_token(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    csrf = login(client, "reviewer")
    event = seeded.event_ids[0]
    no_token = client.post(f"/events/{event}/review", data={"state": "confirmed"})
    wrong = client.post(f"/events/{event}/review", data={"state": "confirmed", "csrf_token": "x" * 43})
    api_no_header = client.post(f"/api/events/{event}/review", json={"state": "confirmed"})
    assert (no_token.status_code, wrong.status_code, api_no_header.status_code) == (403, 403, 403)
    assert seeded.store.get_event(event).review_state == "unreviewed"
    ok = client.post(
        f"/api/events/{event}/review", json={"state": "confirmed"}, headers={"X-CSRF-Token": csrf}
    )
    assert ok.status_code == 200 and ok.json()["review_state"] == "confirmed"
    # Logging out is a change too.
    assert client.post("/logout").status_code == 403


def test_login_form_refuses_a_post_without_its_own_token(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    r = client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": "forged"})
    assert r.status_code == 403
    assert "tessera_session" not in client.cookies


def test_login_is_rate_limited_and_audited(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    for _ in range(5):
        page = client.get("/login")
        token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
        bad = client.post("/login", data={"name": "admin", "password": "wrong guess!", "csrf_token": token})
        assert bad.status_code == 401
    page = client.get("/login")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    # Even the right password waits now.
    r = client.post("/login", data={"name": "admin", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    actions = [e.action for e in seeded.app.state.audit.entries()]
    assert actions.count("login.failed") == 5 and "login.limited" in actions


def test_session_cookie_is_httponly_samesite_and_secure_over_https(db_url: str) -> None:
    s = seeded_app(db_url)
    try:
        for base, secure in (("http://testserver", False), ("https://testserver", True)):
            client = TestClient(s.app, base_url=base)
            page = client.get("/login")
            token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
            r = client.post(
                "/login",
                data={"name": "viewer", "password": PASSWORD, "csrf_token": token},
                follow_redirects=False,
            )
            cookie = next(
                v for k, v in r.headers.multi_items() if k == "set-cookie" and "tessera_session" in v
            )
            assert "HttpOnly" in cookie and "SameSite=strict" in cookie
            assert ("Secure" in cookie) is secure
    finally:
        s.store.close()


def test_login_never_redirects_off_site(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    page = client.get("/login?next=//evil.example/x")
    assert 'value="/queue"' in page.text and "evil.example" not in page.text


XSS = '<script>alert("x")</script><img src=x onerror="alert(1)">'


def test_script_in_reports_titles_outlets_and_summaries_is_shown_as_text(db_url: str) -> None:
    from tessera.model import Document

    doc = Document(
        id="hostile",
        text=f"Police detained four traders {XSS} at a market in Hyesan last week.",
        title=f"Title {XSS}",
        published="2023-03-01",
        outlet=f"Outlet {XSS}",
    )
    event = make_event(doc, place=HYESAN, summary=f"Summary {XSS}")
    s = seeded_app(db_url, extra_docs=[(doc, event)])
    try:
        client = TestClient(s.app)
        login(client, "admin")
        hostile = next(e for e in s.store.query(store_helpers_query()) if "Summary" in e.record["summary"])
        sha = doc.content_hash
        for path in ("/queue", f"/events/{hostile.id}", "/reports", f"/reports/{sha}", "/audit"):
            body = client.get(path).text
            assert "<script>alert" not in body and "<img src=x" not in body, path
        page = client.get(f"/events/{hostile.id}").text
        assert "&lt;script&gt;alert(" in page  # shown, as text
        assert client.get("/queue").headers["content-security-policy"].startswith("default-src 'self'")
    finally:
        s.store.close()


SQL_WORDS = ["' OR 1=1 --", '"; DROP TABLE events; --', "%", "_"]
SQL_VALUES = [
    {"type": "arrest' OR '1'='1"},
    {"status": "occurred; DELETE FROM events"},
    {"review": "unreviewed' --"},
    {"country": "KP' OR 'a'='a"},
    {"since": "2020-01-01' OR 1=1"},
]


def test_sql_shaped_filters_match_nothing_or_are_refused_and_harm_nothing(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    h = {"Authorization": f"Bearer {seeded.tokens['viewer']}"}
    for words in SQL_WORDS:
        r = client.get("/api/events", params={"text": words}, headers=h)
        assert r.status_code == 200 and r.json()["count"] == 0, words
        assert client.get("/api/map", params={"text": words}, headers=h).json()["count"] == 0
    for params in SQL_VALUES:
        assert client.get("/api/events", params=params, headers=h).status_code == 422, params
        page = client.get("/map", params=params, headers=h)
        assert page.status_code == 200 and 'class="error"' in page.text  # the page says what is wrong
    assert client.get("/api/events/x' OR '1'='1", headers=h).status_code == 404
    assert client.get("/reports/' OR 1=1 --", headers=h).status_code == 404
    assert len(client.get("/api/events", headers=h).json()["events"]) == len(seeded.event_ids)


def test_export_is_reviewed_only_unless_asked(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    h = {"Authorization": f"Bearer {seeded.tokens['admin']}"}
    client.post(f"/api/events/{seeded.event_ids[0]}/review", json={"state": "confirmed"}, headers=h)
    client.post(f"/api/events/{seeded.event_ids[1]}/review", json={"state": "rejected"}, headers=h)
    reviewed = client.get("/api/export", params={"format": "jsonl"}, headers=h)
    everything = client.get("/api/export", params={"format": "jsonl", "reviewed_only": "false"}, headers=h)
    ids = [json.loads(line)["id"] for line in reviewed.text.splitlines()]
    assert ids == [seeded.event_ids[0]]
    assert len(everything.text.splitlines()) == len(seeded.event_ids)
    page = client.get("/export", params={"format": "geojson", "type": "arrest"}, headers=h)
    assert page.status_code == 200 and "attachment" in page.headers["content-disposition"]
    assert json.loads(page.text)["type"] == "FeatureCollection"
    csv = client.get("/api/export", params={"format": "acled-csv"}, headers=h)
    assert csv.headers["content-type"].startswith("text/csv")
    # reviewed only; an event the ACLED-style file cannot place (no place at all) is left out
    acled_ids = [line.split(",")[-6].strip('"') for line in csv.text.strip().splitlines()[1:]]
    assert set(acled_ids) <= {seeded.event_ids[0]}
    parquet = client.get("/api/export", params={"format": "parquet"}, headers=h)
    assert parquet.content[:4] == b"PAR1"
    exports = [e for e in seeded.app.state.audit.entries() if e.action == "export"]
    assert len(exports) == 5 and exports[-1].detail["count"] == 1


def test_an_edit_keeps_the_machine_value_in_history_and_the_audit_log(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    csrf = login(client, "reviewer")
    event = next(e for e in seeded.store.query(store_helpers_query()) if e.record["type"] == "arrest")
    machine_place = event.record["where"]
    assert machine_place["name"] == "Hyesan"
    form = {
        "csrf_token": csrf,
        "where_name": "Chongjin",
        "where_country": "KP",
        "where_admin1": "North Hamgyong",
        "where_lat": "41.79",
        "where_lon": "129.78",
        "where_precision": "city",
        "perpetrators": "State security agents | state_security | KP",
        "note": "the report names Chongjin",
    }
    r = client.post(f"/events/{event.id}/edit", data=form)
    assert r.status_code == 200
    after = seeded.store.get_event(event.id)
    assert after.review_state == "edited" and after.record["where"]["name"] == "Chongjin"
    assert after.record["perpetrators"] == [
        {"name": "State security agents", "country": "KP", "kind": "state_security"}
    ]
    edits = [h for h in seeded.store.history(event.id) if h["action"] == "edited"]
    assert edits[-1]["before"]["where"] == machine_place and edits[-1]["actor"] == "reviewer"
    audit = seeded.app.state.audit.entries(target=event.id)
    assert (
        audit[0].action == "event.edit"
        and audit[0].detail["before"]["where"]["name"] == machine_place["name"]
    )
    page = client.get(f"/events/{event.id}").text
    assert "Chongjin" in page and machine_place["name"] in page  # the machine's value is shown in history


def test_an_edit_with_a_bad_value_changes_nothing(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    csrf = login(client, "reviewer")
    event = seeded.event_ids[0]
    r = client.post(
        f"/events/{event}/edit", data={"csrf_token": csrf, "victims_min": "5", "victims_max": "2"}
    )
    assert r.status_code == 200 and "victims: at most is below at least" in r.text
    assert seeded.store.get_event(event).review_state == "unreviewed"


def test_api_token_and_user_management(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    admin = {"Authorization": f"Bearer {seeded.tokens['admin']}"}
    assert client.get("/api/me", headers=admin).json() == {"name": "admin", "role": "admin"}
    made = client.post(
        "/api/users", json={"name": "new.reader", "role": "viewer", "password": "long enough"}, headers=admin
    )
    assert made.status_code == 201
    weak = client.post(
        "/api/users", json={"name": "weak", "role": "viewer", "password": "short"}, headers=admin
    )
    assert weak.status_code == 422
    assert client.get("/api/me", headers={"Authorization": "Bearer tsr_not-a-token"}).status_code == 401
    fresh = TestClient(seeded.app)
    login(fresh, "new.reader", "long enough")
    assert fresh.get("/api/me").json()["role"] == "viewer"


def test_queue_orders_by_need_and_counts_what_is_left(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    h = {"Authorization": f"Bearer {seeded.tokens['viewer']}"}
    q = client.get("/api/queue", headers=h).json()
    types = [e["record"]["type"] for e in q["events"]]
    # The execution and the low-confidence disappearance come before the confident arrest.
    assert types.index("execution") < types.index("arrest")
    assert types.index("disappearance") < types.index("escape")
    assert q["left"] == len(seeded.event_ids)
    page = client.get("/queue", headers=h).text
    assert f'data-left="{len(seeded.event_ids)}"' in page
    assert "Confirm</button>" not in page  # a viewer is shown no decision buttons


def test_viewer_pages_show_no_edit_controls(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    login(client, "viewer")
    page = client.get(f"/events/{seeded.event_ids[0]}").text
    assert 'id="review-form"' not in page and 'id="edit-form"' not in page
    reviewer = TestClient(seeded.app)
    login(reviewer, "reviewer")
    page = reviewer.get(f"/events/{seeded.event_ids[0]}").text
    assert 'id="review-form"' in page and 'id="edit-form"' in page


def test_province_filter_takes_any_spelling_and_places_come_from_the_gazetteer(seeded: Seeded) -> None:
    client = TestClient(seeded.app)
    h = {"Authorization": f"Bearer {seeded.tokens['viewer']}"}
    # Hyesan's arrest and the province-only disappearance lie in Ryanggang, spelled Yanggang here.
    found = client.get("/api/events", params={"province": "Yanggang"}, headers=h).json()["events"]
    assert sorted(e["record"]["type"] for e in found) == ["arrest", "disappearance"]
    assert client.get("/api/events", params={"province": "Atlantis"}, headers=h).json()["count"] == 0
    picked = client.get("/api/places", params={"q": "hyes"}, headers=h).json()
    assert picked[0]["name"] == "Hyesan" and picked[0]["admin1"] == "Ryanggang" and picked[0]["lat"]


def test_openapi_describes_the_api(seeded: Seeded) -> None:
    spec = TestClient(seeded.app).get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/events/{event_id}/review" in spec["paths"]
    assert not any(p.startswith("/events") for p in spec["paths"])  # pages are not API


def test_a_merged_event_shows_its_reports_side_by_side_and_an_admin_splits_it(seeded: Seeded) -> None:
    from datetime import date

    from store_helpers import make_doc, same_day_merge

    store = seeded.store
    store.merge_fn = same_day_merge
    a, b = make_doc(20), make_doc(21)
    store.add_document(a, [make_event(a, type_="punishment", day=date(2020, 2, 2), place=HYESAN)])
    joined = store.add_document(b, [make_event(b, type_="punishment", day=date(2020, 2, 2), place=HYESAN)])
    merged = joined.joined[0]
    client = TestClient(seeded.app)
    login(client, "admin")
    page = client.get(f"/events/{merged}").text
    assert page.count('<article class="report"') == 2 and 'action="/events/' + merged + '/split"' in page
    admin = {"Authorization": f"Bearer {seeded.tokens['admin']}"}
    parts = client.post(f"/api/events/{merged}/split", json={"reports": []}, headers=admin).json()["events"]
    assert len(parts) == 2 and parts[0] == merged
    assert all(client.get(f"/api/events/{p}", headers=admin).json()["reports"] == 1 for p in parts)
    assert seeded.app.state.audit.entries(target=merged)[0].detail["into"] == parts


def test_reports_that_disagree_raise_an_event_in_the_queue(seeded: Seeded) -> None:
    from datetime import date

    from store_helpers import MUSAN, make_doc, same_day_merge

    store = seeded.store
    store.merge_fn = same_day_merge  # joins same type and day, whatever the place
    a, b = make_doc(40), make_doc(41)
    store.add_document(a, [make_event(a, type_="search", day=date(2020, 3, 3), place=HYESAN, confidence=0.9)])
    joined = store.add_document(
        b, [make_event(b, type_="search", day=date(2020, 3, 3), place=MUSAN, confidence=0.9)]
    )
    h = {"Authorization": f"Bearer {seeded.tokens['viewer']}"}
    queued = TestClient(seeded.app).get("/api/queue", headers=h).json()["events"]
    item = next(e for e in queued if e["id"] == joined.joined[0])
    assert "reports disagree" in item["reasons"] and "one source" not in item["reasons"]


def test_possible_duplicates_are_shown_side_by_side_with_what_differs(seeded: Seeded) -> None:
    from datetime import date

    from store_helpers import make_doc

    a, b = make_doc(30), make_doc(31)
    seeded.store.add_document(
        a, [make_event(a, type_="search", day=date(2019, 6, 3), place=HYESAN, count=None)]
    )
    seeded.store.add_document(
        b, [make_event(b, type_="search", day=date(2019, 6, 3), place=None, count=None)]
    )
    client = TestClient(seeded.app)
    h = {"Authorization": f"Bearer {seeded.tokens['viewer']}"}
    pairs = client.get("/api/duplicates", headers=h).json()
    searches = [
        p
        for p in pairs
        if {p["a"], p["b"]}
        <= {e.id for e in seeded.store.query(store_helpers_query()) if e.record["type"] == "search"}
    ]
    assert len(searches) == 1
    fields = {f["field"]: f for f in searches[0]["fields"]}
    assert fields["when"]["agree"] and not fields["where"]["agree"]  # one report names no place
    page = client.get("/duplicates", headers=h).text
    assert f'data-a="{searches[0]["a"]}"' in page and 'class="differ"' in page


def test_an_admin_merges_a_pair_or_keeps_it_apart(seeded: Seeded) -> None:
    from datetime import date

    from store_helpers import make_doc

    made = []
    for n in (50, 51, 52, 53):
        d = make_doc(n)
        seeded.store.add_document(
            d, [make_event(d, type_="interrogation", day=date(2018, 9, n - 40), place=HYESAN)]
        )
        made.append(
            next(e.id for e in seeded.store.query(store_helpers_query()) if d.id in str(e.record["sources"]))
        )
    client = TestClient(seeded.app)
    csrf = login(client, "admin")
    r = client.post(
        "/duplicates/merge", data={"csrf_token": csrf, "a": made[0], "b": made[1], "note": "one raid"}
    )
    assert r.status_code == 200 and r.url.path == f"/events/{made[0]}"
    merged = seeded.store.explain(made[0])
    assert len(merged.mentions) == 2 and seeded.store.get_event(made[1]) is None
    # The web merges as the CLI does (Store.merge_pair): one history line, the note in it.
    assert any(h["action"] == "merged:review" and "one raid" in h["note"] for h in merged.history)
    admin = {"Authorization": f"Bearer {seeded.tokens['admin']}"}
    from tessera.store.review_queue import candidate_pairs

    assert tuple(sorted(made[2:])) in candidate_pairs(seeded.store.engine)
    assert (
        client.post("/api/duplicates/apart", json={"a": made[2], "b": made[3]}, headers=admin).status_code
        == 200
    )
    assert tuple(sorted(made[2:])) not in candidate_pairs(seeded.store.engine)
    assert (
        client.post("/api/duplicates/merge", json={"a": made[2], "b": made[2]}, headers=admin).status_code
        == 422
    )
    actions = [e.action for e in seeded.app.state.audit.entries()]
    assert "event.merge" in actions and "event.keep_apart" in actions
    reviewer = {"Authorization": f"Bearer {seeded.tokens['reviewer']}"}
    assert (
        client.post("/api/duplicates/merge", json={"a": made[2], "b": made[3]}, headers=reviewer).status_code
        == 403
    )
