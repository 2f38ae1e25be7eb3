"""The review application in a real browser: Playwright driving Debian's headless Chromium
against `tessera serve`'s app on a local port. Logs in, works the queue with the keyboard, edits a
place, reads the audit entry, filters the map, exports, and checks what a viewer is shown.
Screenshots of the queue, an event and the map are written to docs/screenshots/ (the README shows
them).

Chromium comes from Debian (`apt-get install chromium`, done by .ci/run): Playwright's own
browser downloads are not reachable. Without it the tests skip here and fail in CI.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT

CHROMIUM = os.environ.get("TESSERA_CHROMIUM", "/usr/bin/chromium")
SHOTS = ROOT / "docs" / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _need(condition: bool, reason: str) -> None:
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}: CI must run the browser tests")
    pytest.skip(reason, allow_module_level=True)


_need(Path(CHROMIUM).exists(), f"no Chromium at {CHROMIUM} (apt-get install chromium)")
playwright_api = pytest.importorskip("playwright.sync_api") if os.environ.get("CI") != "true" else None
if playwright_api is None:
    import playwright.sync_api as playwright_api  # noqa: E402 - in CI a missing package must fail

from store_helpers import HYESAN, MUSAN, SHENYANG  # noqa: E402
from tessera.model import Document, Event, Place, Source, Span, TimeSpan, Victims  # noqa: E402
from tessera.store import EventQuery, Store  # noqa: E402
from web_helpers import PASSWORD, cheap_hasher  # noqa: E402

HOERYONG = Place("Hoeryong", "KP", "North Hamgyong", None, 42.44, 129.75, "city", "Hoeryong")
N_HAMGYONG = Place("North Hamgyong", "KP", "North Hamgyong", None, 41.8, 129.5, "province", "North Hamgyong")
YANJI = Place("Yanji", "CN", "Jilin", None, 42.89, 129.51, "city", "Yanji")
XSS = '<img src=x onerror="window.__xss=1">'

# Invented reports: (id, title, outlet, text, type, status, place, start, end, precision, count, confidence)
REPORTS = [
    (
        "r1",
        "Traders held after market raid",
        "Example Daily",
        "Security agents detained five traders at a market in Hyesan on 3 April 2023, a source said.",
        "arrest",
        "occurred",
        HYESAN,
        date(2023, 4, 3),
        date(2023, 4, 3),
        "day",
        5,
        0.55,
    ),
    (
        "r2",
        "Public execution reported",
        "Border Wire",
        "Residents were made to watch the execution of two men in Hoeryong in late May 2023.",
        "execution",
        "occurred",
        HOERYONG,
        date(2023, 5, 21),
        date(2023, 5, 31),
        "month_part",
        2,
        0.7,
    ),
    (
        "r3",
        "Family missing after return",
        "Example Daily",
        "A family of four from North Hamgyong has not been heard from since early 2022.",
        "disappearance",
        "occurred",
        N_HAMGYONG,
        date(2022, 1, 1),
        date(2022, 4, 30),
        "season",
        4,
        0.45,
    ),
    (
        "r4",
        "Defectors sent back",
        "Northern Monitor",
        "Chinese police in Shenyang sent back about ten defectors in November 2022.",
        "repatriation",
        "occurred",
        SHENYANG,
        date(2022, 11, 1),
        date(2022, 11, 30),
        "month",
        10,
        0.8,
    ),
    (
        "r5",
        "Crossing at the river",
        "Border Wire",
        "Three women crossed the river near Musan County in July 2021 and reached Yanji.",
        "escape",
        "occurred",
        MUSAN,
        date(2021, 7, 1),
        date(2021, 7, 31),
        "month",
        3,
        0.85,
    ),
    (
        "r6",
        "Guards beat detainees",
        "Northern Monitor",
        f"Guards beat several detainees at a holding centre in Yanji in March 2023. {XSS}",
        "violence",
        "occurred",
        YANJI,
        date(2023, 3, 1),
        date(2023, 3, 31),
        "month",
        None,
        0.5,
    ),
]


def _document_and_event(row: tuple) -> tuple[Document, Event]:
    key, title, outlet, text, type_, status, place, start, end, precision, count, conf = row
    doc = Document(id=key, text=text, title=title, published="2023-06-01", outlet=outlet)
    victims = None
    if count is not None:
        words = {
            5: "five traders",
            2: "two men",
            4: "A family of four",
            10: "about ten defectors",
            3: "Three women",
        }
        victims = Victims(words.get(count), count, count, "other")
    summary = f"{type_.replace('_', ' ').capitalize()} in {place.name}" + (" " + XSS if key == "r6" else "")
    event = Event(
        type=type_,
        status=status,
        evidence=[Span(key, 0, len(text.split(". ")[0]), text.split(". ")[0])],
        sources=[Source(key, outlet, None, "2023-06-01")],
        summary=summary,
        when=TimeSpan(start, end, precision, None),
        where=Place(
            place.name,
            place.country,
            place.admin1,
            place.admin2,
            place.lat,
            place.lon,
            place.precision,
            place.name,
        ),
        victims=victims,
        confidence=conf,
        id=f"{key}-e1",
    )
    return doc, event


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Store]]:
    import uvicorn

    from tessera.store.accounts import Accounts
    from tessera.web.app import create_app

    db = tmp_path_factory.mktemp("web") / "review.db"
    store = Store.open(str(db), use_merge=False)
    for row in REPORTS:
        store.add_document(*[(d, [e]) for d, e in [_document_and_event(row)]][0])
    hasher = cheap_hasher()
    accounts = Accounts(store.engine, hasher)
    for role in ("viewer", "reviewer", "admin"):
        accounts.add_user(role, role, PASSWORD)
    app = create_app(store, password_hasher=hasher)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    assert srv.started, "the app did not start"
    yield f"http://127.0.0.1:{port}", store
    srv.should_exit = True
    thread.join(10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


def _page(browser, base: str, role: str):  # noqa: ANN001, ANN202
    context = browser.new_context(viewport={"width": 1360, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.xss_dialogs = []
    page.on("dialog", lambda d: (page.xss_dialogs.append(d.message), d.dismiss()))
    # The app must work offline: any request off this server fails the test.
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(base) else None)
    page.outside = outside
    page.goto(f"{base}/queue")
    assert "/login" in page.url
    page.fill("input[name=name]", role)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/queue")
    return page


def _province_at(lat: float, lon: float) -> str:
    """The shipped province that holds a point (even-odd rule), as the page must find it."""
    import json

    from tessera.web.app import DIVISIONS

    def inside(ring: list) -> bool:
        hit = False
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
                hit = not hit
        return hit

    for f in json.loads((DIVISIONS / "provinces.geojson").read_text(encoding="utf-8"))["features"]:
        if any(sum(inside(r) for r in poly) % 2 for poly in f["geometry"]["coordinates"]):
            return f["properties"]["name"]
    return ""


def _event_id(store: Store, type_: str) -> str:
    return next(e.id for e in store.query(EventQuery()) if e.record["type"] == type_)


def test_queue_then_open_and_confirm_with_the_keyboard(server, browser) -> None:  # noqa: ANN001
    base, store = server
    page = _page(browser, base, "reviewer")
    assert page.inner_text("#left") == f"{len(REPORTS)} left"
    first = page.get_attribute("tr.item.selected", "data-id")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "queue.png"), full_page=True)
    page.keyboard.press("j")
    second = page.get_attribute("tr.item.selected", "data-id")
    assert second != first
    page.keyboard.press("k")
    page.keyboard.press("o")
    page.wait_for_url(f"{base}/events/{first}")
    assert page.locator(".report mark.ev").count() >= 1  # the evidence is highlighted
    page.screenshot(path=str(SHOTS / "event.png"), full_page=True)
    page.keyboard.press("c")
    page.wait_for_load_state()
    page.wait_for_function(f"document.location.pathname !== '/events/{first}'")
    assert store.get_event(first).review_state == "confirmed"
    # Confirming from the queue row (htmx) counts down what is left.
    page.goto(f"{base}/queue")
    left = int(page.get_attribute("#left", "data-left"))
    page.keyboard.press("x")
    page.wait_for_selector("tr.done")
    assert page.get_attribute("#left", "data-left") == str(left - 1)
    rejected = page.get_attribute("tr.done", "data-id")
    assert store.get_event(rejected).review_state == "rejected"
    assert page.xss_dialogs == [] and page.outside == []


def test_edit_a_place_and_see_the_audit_entry(server, browser) -> None:  # noqa: ANN001
    base, store = server
    event_id = _event_id(store, "repatriation")
    page = _page(browser, base, "reviewer")
    page.goto(f"{base}/events/{event_id}")
    page.keyboard.press("e")
    # Clicking the map sets the coordinates...
    page.wait_for_selector("#pick-map[data-basemap='loaded'][data-provinces]")
    page.click("#pick-map", position={"x": 60, "y": 60})
    assert page.input_value("#where-precision") == "point" and page.input_value("#where-lat") != "41.79"
    # ...in the province the click fell in (the shipped shapes, offline).
    clicked = (float(page.input_value("#where-lat")), float(page.input_value("#where-lon")))
    assert _province_at(*clicked) and page.input_value("#where-admin1") == _province_at(*clicked), clicked
    # ...and a name picked from the gazetteer brings its province, country and coordinates.
    page.fill("#where-name", "Dand")
    page.wait_for_selector("#where-suggestions option", state="attached")
    label = page.get_attribute("#where-suggestions option >> nth=0", "value")
    assert label.startswith("Dandong")
    page.fill("#where-name", label)
    assert page.input_value("#where-name") == "Dandong" and page.input_value("#where-admin1") == "Liaoning"
    assert page.input_value("#where-id") == "cn-liaoning-dandong"
    page.fill("#edit-form input[name=note]", "the report names the border city")
    page.click("#save-edit")
    page.wait_for_selector("#review-state")
    assert page.inner_text("#review-state") == "edited"
    assert "Dandong" in page.inner_text("section.fields")
    assert "event.edit" in page.inner_text("#audit-entries")
    assert "Shenyang" in page.inner_text("#history")  # the machine's value stays in the history
    where = store.get_event(event_id).record["where"]
    assert (
        where["id"] == "cn-liaoning-dandong"
        and round(where["lat"], 2) == 40.13
        and where["precision"] == "city"
    )


def test_map_filters_and_draws_coarse_places_as_areas(server, browser) -> None:  # noqa: ANN001
    base, store = server
    page = _page(browser, base, "viewer")
    page.goto(f"{base}/map")
    page.wait_for_selector("#map[data-ready='1'][data-basemap='loaded']")
    assert page.inner_text("#total") == str(len(REPORTS))
    # The province-only disappearance and the county-level escape are areas; towns are pins.
    assert page.locator("path.area").count() == 2
    # The provinces are drawn from the shipped shapes (thin lines, named), and the province-only
    # disappearance is its province's shape, not a circle round the province's centre.
    page.wait_for_selector("#map[data-provinces]")
    assert int(page.get_attribute("#map", "data-provinces")) >= 40
    assert page.locator("path.province").count() >= 40
    labels = page.locator(".province-label").all_inner_texts()
    assert {"North Hamgyong", "Ryanggang", "Jilin", "Liaoning"} <= set(labels)
    assert page.locator("path.province-area").count() == 1
    assert page.locator("path.pin").count() + page.locator(".cluster").count() >= 1
    assert page.locator("#timeline rect.bar").count() == len(REPORTS)
    page.screenshot(path=str(SHOTS / "map.png"), full_page=True)
    # A row of the list points at its bar on the timeline and opens its place on the map.
    page.hover("#list tbody tr >> nth=0")
    assert page.locator("#timeline rect.bar.hot").count() == 1
    page.wait_for_selector(".leaflet-popup-content a")
    page.select_option("select[name=type]", "escape")
    page.click("#apply")
    page.wait_for_selector("#map[data-ready='1']")
    assert page.inner_text("#total") == "1"
    assert page.locator("#list tbody tr").count() == 1
    assert page.outside == []


def test_admin_exports_reviewed_events_from_the_map(server, browser) -> None:  # noqa: ANN001
    import json

    base, store = server
    # One confirmed event of its own, so the test holds alone as in the whole module.
    escape = _event_id(store, "escape")
    if store.get_event(escape).review_state == "unreviewed":
        store.set_review_state(escape, "confirmed", actor="admin", note="checked before the export")
    page = _page(browser, base, "admin")
    page.goto(f"{base}/map")
    page.wait_for_selector("#map[data-ready='1']")
    with page.expect_download() as info:
        page.click("#export-link")
    lines = Path(info.value.path()).read_text().splitlines()
    reviewed = {e.id for e in store.query(EventQuery()) if e.review_state in ("confirmed", "edited")}
    assert reviewed and {json.loads(line)["id"] for line in lines} == reviewed
    page.goto(f"{base}/audit")
    assert "export" in page.inner_text("#audit") and "Chain intact" in page.inner_text("#verdict")


def test_a_viewer_finds_no_edit_control_and_hostile_text_stays_text(server, browser) -> None:  # noqa: ANN001
    base, store = server
    hostile = _event_id(store, "violence")
    page = _page(browser, base, "viewer")
    assert page.locator("button.confirm").count() == 0
    page.goto(f"{base}/events/{hostile}")
    assert page.locator("#review-form").count() == 0 and page.locator("#edit-form").count() == 0
    page.keyboard.press("c")
    page.wait_for_timeout(200)
    assert store.get_event(hostile).review_state == "unreviewed"
    assert XSS in page.inner_text("h1")  # shown as text
    assert page.evaluate("window.__xss") is None and page.xss_dialogs == []
