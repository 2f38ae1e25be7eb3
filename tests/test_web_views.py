"""What the review pages compute, without a server: the queue's order, highlighted evidence,
edit forms turned into record changes, coarse places drawn as areas."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")

from tessera.store import StoredEvent  # noqa: E402
from tessera.web.views import (  # noqa: E402
    FilterError,
    Filters,
    changes_from_form,
    highlight,
    map_feature,
    order_queue,
)


def _event(id_: str, type_: str, confidence: float, sources: int = 1, **extra: object) -> StoredEvent:
    record = {
        "id": id_,
        "type": type_,
        "status": "occurred",
        "summary": "",
        "when": {"start": "2023-01-05", "end": "2023-01-05", "precision": "day", "text": "on 5 January"},
        "where": None,
        "origin": None,
        "destination": None,
        "perpetrators": [],
        "victims": None,
        "facilitators": [],
        "evidence": [],
        "sources": [{"doc": f"d{i}"} for i in range(sources)],
        "confidence": confidence,
        **extra,
    }
    return StoredEvent(id_, "unreviewed", record, sources)


def test_queue_puts_grave_uncertain_single_source_events_first() -> None:
    from tessera.store.review_queue import QueueRow

    items = order_queue(
        [
            QueueRow("a", "arrest", 0.9, 3),
            QueueRow("b", "execution", 0.9, 3),
            QueueRow("c", "arrest", 0.3, 1),
            QueueRow("d", "search", 0.9, 1),
        ]
    )
    assert [i.id for i in items] == ["c", "b", "d", "a"]
    assert "grave type (execution)" in items[1].reasons and "one source" in items[0].reasons
    # Two reports that disagree need a person more than two that agree.
    split = order_queue([QueueRow("e", "arrest", 0.8, 2, disagree=True), QueueRow("f", "arrest", 0.8, 2)])
    assert [i.id for i in split] == ["e", "f"] and "reports disagree" in split[0].reasons


def test_highlight_marks_evidence_and_the_words_behind_each_field() -> None:
    text = "Officials said guards detained five traders in Musan on 5 January. Weather was cold."
    record = {
        **_event("e", "arrest", 0.8).record,
        "evidence": [{"doc": "r1", "start": 15, "end": 66, "text": text[15:66]}],
        "where": {"name": "Musan", "country": "KP", "precision": "county", "text": "Musan"},
        "victims": {"text": "five traders", "count_min": 5, "count_max": 5, "group": "traders"},
    }
    segments = highlight(text, record, "r1")
    assert "".join(s.text for s in segments) == text  # nothing lost or added
    marked = {s.text: s.css for s in segments if s.css}
    assert marked["Musan"] == "ev f-where"
    assert marked["five traders"] == "ev f-victims"
    assert marked["on 5 January"] == "ev f-when"
    assert not any("Weather" in s.text and s.css for s in segments)
    # Another report's spans are not marked in this one.
    assert all(
        not s.css for s in highlight(text, {**record, "where": None, "victims": None, "when": {}}, "r2")
    )


def test_edit_form_becomes_contract_changes_and_bad_values_are_refused() -> None:
    record = _event("e", "arrest", 0.8).record
    changes = changes_from_form(
        {
            "when_start": "2023-02",
            "when_end": "",
            "when_precision": "month",
            "where_name": "Hoeryong",
            "where_country": "kp",
            "where_admin1": "North Hamgyong",
            "where_lat": "42.44",
            "where_lon": "129.75",
            "where_precision": "city",
        },
        record,
    )
    assert changes["when"] == {
        "start": "2023-02-01",
        "end": "2023-02-28",
        "precision": "month",
        "text": "on 5 January",
    }
    assert changes["where"]["country"] == "KP" and changes["where"]["lat"] == 42.44
    for bad in (
        {"type": "massacre"},
        {"when_start": "2023-05-01", "when_end": "2023-04-01"},
        {"where_name": "X", "where_lat": "95"},
        {"where_name": "X", "where_country": "North Korea"},
        {"victims_min": "-1"},
    ):
        with pytest.raises(FilterError):
            changes_from_form(bad, record)
    assert changes_from_form({"where_name": ""}, record) == {"where": None}


def test_a_province_only_place_is_an_area_not_a_pin() -> None:
    province = {
        "name": "North Hamgyong",
        "country": "KP",
        "admin1": "North Hamgyong",
        "lat": 41.8,
        "lon": 129.5,
        "precision": "province",
    }
    city = {**province, "name": "Chongjin", "precision": "city"}
    assert map_feature(_event("p", "arrest", 0.8, where=province))["area_m"] == 60_000
    assert map_feature(_event("c", "arrest", 0.8, where=city))["area_m"] is None
    # The map draws a province-only place as its province's shipped shape, found by this key.
    assert map_feature(_event("p", "arrest", 0.8, where=province))["area_province"] == "KP:North Hamgyong"
    assert map_feature(_event("c", "arrest", 0.8, where=city))["area_province"] is None


def test_the_shipped_provinces_cover_north_korea_and_its_borderlands_under_gazetteer_names() -> None:
    """Every North Korean province of the gazetteer has a shape, named as the gazetteer (and so a
    stored place's admin1) names it; so do north-east China's and Primorsky; the file stays small
    and says where it comes from."""
    import json

    from tessera.places.gazetteer import load
    from tessera.web.app import DIVISIONS

    path = DIVISIONS / "provinces.geojson"
    assert path.stat().st_size < 300_000
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "Natural Earth" in data["source"]
    assert "public domain" in (DIVISIONS / "README.md").read_text(encoding="utf-8")
    keys = {f"{f['properties']['country']}:{f['properties']['name']}" for f in data["features"]}
    kp_provinces = {
        f"KP:{e.name}" for e in load().entries.values() if e.country == "KP" and e.kind == "province"
    }
    assert kp_provinces and kp_provinces <= keys
    assert {"CN:Liaoning", "CN:Jilin", "CN:Heilongjiang", "RU:Primorsky Krai", "KP:Pyongyang"} <= keys
    for f in data["features"]:
        assert f["geometry"]["type"] == "MultiPolygon" and f["geometry"]["coordinates"]


def test_filters_keep_only_known_values() -> None:
    f = Filters.from_params({"type": "arrest", "country": "kp", "since": "2020", "review": "maybe"})
    assert (f.type, f.country, f.review) == ("arrest", "KP", "")
    assert f.errors == ["review must be one of unreviewed, confirmed, rejected, edited"]
    q = f.query()
    assert q.since.isoformat() == "2020-01-01" and q.country == "KP"


def test_login_limiter_counts_per_key_and_forgets_old_failures(monkeypatch: pytest.MonkeyPatch) -> None:
    from tessera.web import security

    clock = [1000.0]
    monkeypatch.setattr(security.time, "monotonic", lambda: clock[0])
    limiter = security.LoginLimiter(attempts=3, window=60)
    for _ in range(3):
        limiter.failed("ip:1", "name:kim")
    assert limiter.retry_after("ip:1") > 0 and limiter.retry_after("ip:2", "name:lee") == 0
    clock[0] += 61
    assert limiter.retry_after("ip:1", "name:kim") == 0
    monkeypatch.setattr(security, "MAX_TRACKED", 5)
    for i in range(10):
        limiter.failed(f"name:made-up-{i}")
    clock[0] += 61
    limiter.failed("name:last")
    assert len(limiter._failures) == 1


def test_actors_are_edited_one_a_line() -> None:
    record = _event("e", "arrest", 0.8).record
    changes = changes_from_form({"perpetrators": "Border guards | border_guard | KP\n\nlocal police"}, record)
    assert changes["perpetrators"] == [
        {"name": "Border guards", "country": "KP", "kind": "border_guard"},
        {"name": "local police", "country": None, "kind": "other"},
    ]
    with pytest.raises(FilterError, match="kind must be one of"):
        changes_from_form({"perpetrators": "Guards | soldiers-ish"}, record)
