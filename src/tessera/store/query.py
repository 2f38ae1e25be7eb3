"""Finding stored events: by type, status, review state, place, time window, distance and words."""

from __future__ import annotations

import calendar
import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    column,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    true,
)

from tessera.store.schema import document_copies, event_mentions, event_places, events, mentions

EARTH_KM = 6371.0088
# SQLite's full-text index of events (migration 0006), a table SQLAlchemy's metadata leaves out.
FULL_TEXT = table("events_fts", column("event_id", String))


@dataclass(frozen=True)
class EventQuery:
    type: str | None = None
    status: str | None = None  # the contract's status: occurred, attempted, suspected, at_risk
    review_state: str | None = None
    country: str | None = None  # any of where, origin, destination
    admin1: str | None = None
    since: date | None = None  # events whose time overlaps [since, until]; undated ones drop out
    until: date | None = None
    near: tuple[float, float, float] | None = None  # lat, lon, km
    text: str | None = None  # every word must appear
    limit: int | None = None


def parse_day(value: str | date, last: bool) -> date:
    """YYYY, YYYY-MM or YYYY-MM-DD as a day: a month or year means its first day, or its last
    when `last` (an --until bound). ValueError when the text is none of these."""
    if isinstance(value, date):
        return value
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(*parts)[1] if last else 1)
        if len(parts) == 1:
            return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
    except (ValueError, OverflowError):  # OverflowError: a year too large for a C int
        pass
    raise ValueError(f"wants YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")


def parse_near(value: str) -> tuple[float, float, float]:
    """'LAT,LON,KM' as numbers; ValueError with a message that says what is wrong."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) != 3:
        raise ValueError(f"--near wants LAT,LON,KM, not {value!r}")
    try:
        lat, lon, km = (float(p) for p in parts)
    except ValueError:
        raise ValueError(f"--near wants three numbers LAT,LON,KM, not {value!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
        raise ValueError(f"--near out of range: latitude -90..90, longitude -180..180, km > 0 ({value!r})")
    return lat, lon, km


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def _bounding_box(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    """A box holding the circle, for the index; the exact distance is checked afterwards."""
    dlat = math.degrees(km / EARTH_KM)
    coslat = math.cos(math.radians(lat))
    dlon = 180.0 if coslat < 1e-6 else min(180.0, math.degrees(km / (EARTH_KM * coslat)))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


def _text_match(words: str, dialect: str) -> ColumnElement[bool]:
    """Every word, in the database's full-text index (migration 0006) or in the outlet of a
    recorded copy of one of the event's reports (a syndicated story names the event's sources
    only when read, so the index cannot hold them): stems match, so "arrest" finds "arrested".
    Each word is a plain term: no query syntax reaches the index."""
    conditions = [_word_match(word, dialect) for word in words.split()]
    return and_(*conditions) if conditions else true()


def _word_match(word: str, dialect: str) -> ColumnElement[bool]:
    if not any(ch.isalnum() for ch in word):
        return false()  # "%", "--": no word to find, on either backend
    copy_outlets = (
        select(document_copies.c.id)
        .join(mentions, mentions.c.document_id == document_copies.c.document_id)
        .join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
        .where(event_mentions.c.event_id == events.c.id)
    )
    if dialect == "postgresql":
        # A phrase, as SQLite quotes it: "1=1" is the phrase "1 1", not the word "1".
        query = func.phraseto_tsquery("english", word)
        in_outlet = func.to_tsvector("english", func.coalesce(document_copies.c.outlet, "")).op("@@")(query)
        return or_(
            func.numnode(query) == 0,  # a stop word ("the"): no condition, as in a whole query
            literal_column("events.search_tsv").op("@@")(query),
            exists(copy_outlets.where(in_outlet)),
        )
    term = '"' + word.replace('"', '""') + '"'
    # SQLite: the index's words, or the outlet's letters (no stemming: outlets are names).
    matching = select(FULL_TEXT.c.event_id).where(literal_column("events_fts").op("MATCH")(term))
    pattern = "%" + word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    in_outlet = func.lower(document_copies.c.outlet).like(pattern, escape="\\")
    return or_(events.c.id.in_(matching), exists(copy_outlets.where(in_outlet)))


def build(q: EventQuery, dialect: str = "sqlite") -> Select[Any]:
    count = (
        select(func.count())
        .select_from(event_mentions)
        .where(event_mentions.c.event_id == events.c.id)
        .scalar_subquery()
        .label("n_mentions")
    )
    stmt = select(events.c.id, events.c.review_state, events.c.record, count)
    if q.type:
        stmt = stmt.where(events.c.type == q.type)
    if q.status:
        stmt = stmt.where(events.c.status == q.status)
    if q.review_state:
        stmt = stmt.where(events.c.review_state == q.review_state)
    place_conds = []
    if q.country:
        place_conds.append(event_places.c.country == q.country.upper())
    if q.admin1:
        place_conds.append(func.lower(event_places.c.admin1) == q.admin1.lower())
    if q.near:
        lat0, lat1, lon0, lon1 = _bounding_box(*q.near)
        place_conds += [event_places.c.lat.between(lat0, lat1), event_places.c.lon.between(lon0, lon1)]
    if place_conds:
        stmt = stmt.where(exists().where(event_places.c.event_id == events.c.id, *place_conds))
    if q.since:
        stmt = stmt.where(func.coalesce(events.c.when_end, events.c.when_start) >= q.since)
    if q.until:
        stmt = stmt.where(func.coalesce(events.c.when_start, events.c.when_end) <= q.until)
    if q.text and q.text.split():
        stmt = stmt.where(_text_match(q.text, dialect))
    # Dated events in time order, undated last; the id breaks ties so output is stable.
    stmt = stmt.order_by(
        events.c.when_start.is_(None),
        events.c.when_start,
        events.c.id,
    )
    if q.limit and not q.near:
        stmt = stmt.limit(q.limit)
    return stmt


def near_match(record: dict[str, Any], near: tuple[float, float, float]) -> bool:
    lat, lon, km = near
    for role in ("where", "origin", "destination"):
        p = record.get(role) or {}
        if (
            p.get("lat") is not None
            and p.get("lon") is not None
            and haversine_km(lat, lon, p["lat"], p["lon"]) <= km
        ):
            return True
    return False
