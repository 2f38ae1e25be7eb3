"""An ACLED-style CSV: the columns researchers already load, from Tessera's events.

The mapping (data/export/acled.json, explained in docs/export-mapping.md) gives each Tessera
type an ACLED disorder/event/sub-event type, each perpetrator kind an actor name and inter code,
and each precision ACLED's 1-3 code. What ACLED has no column for (Tessera's type and status,
the victim count) goes into `tags`, and Tessera's own id, type, status and the reviewer's
decision into `tessera_*` columns at the end.

As in ACLED's data every row has a date (`acled_date`) and coordinates (`acled_place`); an event
that has neither is left out and counted (`LeftOut`), never written with empty cells that would
make `year` or `latitude` read as floats.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any, TextIO

import pycountry

from tessera.data import load_json
from tessera.export.cells import number_cell, text_cell
from tessera.export.review import Review, Reviews
from tessera.model import Event, Place
from tessera.time.report import from_published

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
    "tessera_id",
    "tessera_type",
    "tessera_status",
    "tessera_review_state",
    "tessera_review_note",
    "tessera_reviewed_at",
]
# Columns that hold numbers: written as numbers; every other column is text.
NUMERIC_COLUMNS = frozenset(
    {
        "year",
        "time_precision",
        "inter1",
        "inter2",
        "interaction",
        "iso",
        "latitude",
        "longitude",
        "geo_precision",
        "fatalities",
        "timestamp",
    }
)


@cache
def _mapping() -> dict[str, Any]:
    return load_json("export", "acled.json")


def country_name(code: str | None) -> str:
    if not code:
        return ""
    known = _mapping()["countries"].get(code.upper())
    if known:
        return known[0]
    c = pycountry.countries.get(alpha_2=code.upper())
    return getattr(c, "common_name", None) or (c.name if c else code)


def _region(code: str | None) -> str:
    known = _mapping()["countries"].get((code or "").upper())
    return known[1] if known else ""


def _iso(code: str | None) -> tuple[str, str]:
    """(ISO 3166 alpha-3, numeric) of an alpha-2 code; ACLED's ids start with the alpha-3."""
    c = pycountry.countries.get(alpha_2=(code or "").upper()) if code else None
    return (c.alpha_3, str(int(c.numeric))) if c else ("XXX", "")


def event_id_cnty(event: Event, country: str | None) -> str:
    # ACLED ids are the country's alpha-3 and a number; ours is a number made from the stable id.
    alpha3, _ = _iso(country)
    digest = event.id.split("_")[-1]
    try:
        number = int(digest, 16)
    except ValueError:
        number = int.from_bytes(event.id.encode("utf-8")[:6], "big")
    return f"{alpha3}{number}"


def _actor(kind: str, country: str | None) -> tuple[str, int]:
    pattern, inter = _mapping()["actor_kinds"].get(kind, _mapping()["actor_kinds"]["other"])
    return pattern.format(country=country_name(country) or "Unknown"), inter


def _outlet_entry(outlet: str) -> dict[str, str] | None:
    """The outlets table's entry whose key is the outlet name's first words ("Daily NK English")."""
    words = outlet.lower().replace("\u2019", "'").split()
    if words[:1] == ["the"]:
        words = words[1:]
    table = _mapping()["outlets"]
    best = None
    for key, entry in table.items():
        kw = key.split()
        if not key.startswith("_") and words[: len(kw)] == kw and (best is None or len(kw) > best[0]):
            best = (len(kw), entry)
    return best[1] if best else None


def source_scale(outlets: list[str], event_country: str | None) -> str:
    """ACLED's source scale, derived from where each outlet is based relative to the event: the
    same country National, the same world region Regional, elsewhere International; the table may
    fix a scale that does not depend on the event (a wire service, an NGO). Distinct scales are
    "-"-joined as ACLED does ("National-International"); an outlet the table does not know adds
    nothing, rather than a guess."""
    scales: list[str] = []
    for outlet in outlets:
        entry = _outlet_entry(outlet)
        if entry is None:
            continue
        scale = entry.get("scale")
        if scale is None:
            home = entry["country"]
            if event_country and home == event_country.upper():
                scale = "National"
            elif _region(home) and _region(home) == _region(event_country):
                scale = "Regional"
            else:
                scale = "International"
        if scale not in scales:
            scales.append(scale)
    return "-".join(scales)


@dataclass
class LeftOut:
    """Events an ACLED-style file cannot hold as ACLED codes them, by reason (counted, not lost:
    every other format keeps them)."""

    undated: int = 0  # no date at all
    long_period: int = 0  # dated only to a period longer than a month
    unplaced: int = 0  # no place, or none that has or inherits coordinates
    not_occurred: int = 0  # with occurred_only: attempted, suspected, at risk
    vague_kept: bool = False  # keep_vague_dates was asked: the undated left out have no report date

    @property
    def total(self) -> int:
        return self.undated + self.long_period + self.unplaced + self.not_occurred

    def message(self) -> str:
        parts = []
        if self.undated:
            parts.append(f"{self.undated} undated" + (" with no report date" if self.vague_kept else ""))
        if self.long_period:
            parts.append(f"{self.long_period} dated only to a period longer than a month")
        if self.unplaced:
            parts.append(f"{self.unplaced} with no place")
        if self.not_occurred:
            parts.append(f"{self.not_occurred} that did not occur")
        text = f"{self.total} events left out of the ACLED-style CSV: " + ", ".join(parts)
        if (self.undated or self.long_period) and not self.vague_kept:
            text += (
                " (keep_vague_dates / --keep-vague-dates codes them at the latest day they can have happened)"
            )
        return text


@dataclass(frozen=True)
class AcledDate:
    day: date
    precision: int  # ACLED's time_precision: 1 the day, 2 within a week, 3 within a month or vaguer
    tag: str | None = None  # the whole period, when the day stands for more than itself


def _report_day(event: Event) -> date | None:
    """The earliest report's date (its last day when only a month or year is given): an undated
    event had happened by then."""
    dates = (from_published(s.published) for s in event.sources)
    days = [d.latest for d in dates if d is not None and d.latest is not None]
    return min(days) if days else None


def acled_date(event: Event, keep_vague: bool = False) -> AcledDate | str:
    """The event's date as ACLED codes it, or why it cannot be ("undated", "long_period").

    ACLED's coarsest time precision is "within a month" (3), coded at the period's middle; a day
    is 1, a period of up to a week 2. A period longer than a month, or no date, has no ACLED
    precision: it is left out, or with `keep_vague` coded at the latest day it can have happened
    (the period's end; for an undated event its first report's date) with precision 3 and the
    whole period in `tags`, so a count by month never reads "2023" as "July 2023"."""
    s, e = event.when.start, event.when.end
    if s is None and e is None:
        reported = _report_day(event) if keep_vague else None
        if reported is None:
            return "undated"
        return AcledDate(reported, 3, f"date: undated, reported by {reported.isoformat()}")
    s = s or e
    e = e or s
    assert s is not None and e is not None
    days = (e - s).days + 1
    if days <= 1:
        return AcledDate(s, 1)
    period = f"period: {s.isoformat()}..{e.isoformat()}"
    mid = s + (e - s) / 2
    if days <= 7:
        return AcledDate(mid, 2, period)
    if days <= 31:
        return AcledDate(mid, 3, period)
    if not keep_vague:
        return "long_period"
    return AcledDate(e, 3, f"{period} (coded at its end)")


@dataclass(frozen=True)
class AcledPlace:
    place: Place
    lat: float
    lon: float
    geo_precision: int
    point_of: str | None = None  # "region" or "country" when the point is not the place's own


def acled_place(event: Event) -> AcledPlace | None:
    """Where ACLED would code the event: its place (where, else origin, else destination) at its
    own point, else at its region's centre or its country's point (geo_precision 3, as ACLED codes
    a report that names only a larger area); None when it names no place, or one in no country."""
    m = _mapping()
    place = event.where or event.origin or event.destination
    if place is None or not place.country:
        return None  # ACLED codes every event in a country: "somewhere in Southeast Asia" is not
    if place.lat is not None and place.lon is not None:
        return AcledPlace(place, place.lat, place.lon, m["geo_precision"].get(place.precision, 3))
    region = m["region_points"].get(place.name)
    if region is not None:
        return AcledPlace(place, region[0], region[1], 3, "region")
    country = m["country_points"].get((place.country or "").upper())
    if country is not None:
        return AcledPlace(place, country[0], country[1], 3, "country")
    return None


def acled_row(
    event: Event,
    timestamp: int,
    review: Review | None = None,
    when: AcledDate | None = None,
    where: AcledPlace | None = None,
) -> dict[str, Any]:
    """One ACLED-style row. `when` and `where` default to `acled_date`/`acled_place`; an event
    those cannot code gets empty date and coordinate cells (write_acled_csv leaves it out)."""
    m = _mapping()
    disorder, etype, sub = m["types"].get(
        event.type, ["Strategic developments", "Strategic developments", "Other"]
    )
    if when is None:
        found = acled_date(event)
        when = found if isinstance(found, AcledDate) else None
    if where is None:
        where = acled_place(event)
    place = where.place if where else (event.where or event.origin or event.destination)
    country = place.country if place else None
    victim_country = m["victim_country"]
    victim_name = m["victim_actor"][0].format(country=country_name(victim_country))
    group = event.victims.group if event.victims else "other"
    victim_assoc = m["victim_groups"].get(group, "").format(country=country_name(victim_country))
    if event.perpetrators:
        first = event.perpetrators[0]
        actor1, inter1 = _actor(first.kind, first.country or country)
        assoc1 = "; ".join(
            sorted({_actor(a.kind, a.country or country)[0] for a in event.perpetrators[1:]} - {actor1})
        )
        actor2, inter2, assoc2 = victim_name, m["victim_actor"][1], victim_assoc
        interaction = "".join(sorted(str(i) for i in (inter1, inter2)))
    else:
        # No one did it to them (an escape) or no one is named: the people are the sole actor;
        # ACLED codes the missing actor's inter as 0 and the interaction as "70".
        actor1, inter1, assoc1 = victim_name, m["victim_actor"][1], victim_assoc
        actor2, inter2, assoc2 = "", 0, ""
        interaction = f"{inter1}0"
    v = event.victims
    count = ""
    if v and v.count_min is not None:
        count = (
            str(v.count_min)
            if v.count_max == v.count_min
            else f"{v.count_min}" + (f"-{v.count_max}" if v.count_max is not None else "+")
        )
    fatalities = 0
    if event.type == "execution" and event.status == "occurred":
        # An execution that occurred killed at least one person; the lowest count, as ACLED does.
        fatalities = v.count_min if v and v.count_min else 1
    tags = [f"tessera_type: {event.type}", f"status: {event.status}"]
    if count:
        tags.append(f"victims: {count}")
    if v and v.group and v.group != "other":
        tags.append(f"victim_group: {v.group}")
    if when and when.tag:
        tags.append(when.tag)
    if where and where.point_of:
        tags.append(f"coordinates: centre of the {where.point_of} ({place.name if place else ''})")
    outlets = [s.outlet or s.doc for s in event.sources]
    _, iso_num = _iso(country)
    notes = event.summary or f"{event.type.replace('_', ' ')} ({event.status})"
    event_date = when.day.isoformat() if when else ""
    if when and when.precision == 1:
        notes = f"On {event_date}, {notes[0].lower()}{notes[1:]}" if notes else notes
    return {
        "event_id_cnty": event_id_cnty(event, country),
        "event_date": event_date,
        "year": when.day.year if when else "",
        "time_precision": when.precision if when else "",
        "disorder_type": disorder,
        "event_type": etype,
        "sub_event_type": sub,
        "actor1": actor1,
        "assoc_actor_1": assoc1,
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": assoc2,
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if etype == "Violence against civilians" else "",
        "iso": iso_num,
        "region": _region(country),
        "country": country_name(country),
        "admin1": place.admin1 or "" if place else "",
        "admin2": place.admin2 or "" if place else "",
        "admin3": "",
        "location": place.name if place else "",
        "latitude": f"{where.lat:.4f}" if where else "",
        "longitude": f"{where.lon:.4f}" if where else "",
        "geo_precision": where.geo_precision if where else "",
        "source": "; ".join(dict.fromkeys(outlets)),
        "source_scale": source_scale(outlets, country),
        "notes": notes,
        "fatalities": fatalities,
        "tags": "; ".join(tags),
        "timestamp": timestamp,
        "tessera_id": event.id,
        "tessera_type": event.type,
        "tessera_status": event.status,
        "tessera_review_state": review.state if review else "",
        "tessera_review_note": (review.note or "") if review else "",
        "tessera_reviewed_at": (review.at_iso() or "") if review else "",
    }


def write_acled_csv(
    events: Iterable[Event],
    out: TextIO,
    timestamp: int | None = None,
    occurred_only: bool = False,
    reviews: Reviews | None = None,
    keep_vague_dates: bool = False,
    left_out: LeftOut | None = None,
) -> int:
    """Write the CSV; `timestamp` (Unix seconds, ACLED's "last changed") defaults to now.

    Every row has a date and coordinates, as ACLED's do: an event without them is left out and
    counted in `left_out` (see `acled_date` for `keep_vague_dates`). Text cells are quoted and
    made safe for spreadsheets (`tessera.export.cells`); numbers are written bare, so readers
    take them as numbers."""
    ts = int(time.time()) if timestamp is None else timestamp
    tally = left_out if left_out is not None else LeftOut()
    tally.vague_kept = keep_vague_dates
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writeheader()
    n = 0
    for e in events:
        if occurred_only and e.status != "occurred":
            tally.not_occurred += 1
            continue
        when = acled_date(e, keep_vague_dates)
        if isinstance(when, str):
            setattr(tally, when, getattr(tally, when) + 1)
            continue
        where = acled_place(e)
        if where is None:
            tally.unplaced += 1
            continue
        review = reviews.get(e.id) if reviews is not None else None
        writer.writerow(safe_row(acled_row(e, ts, review, when, where)))
        n += 1
    return n


def safe_row(row: dict[str, Any]) -> dict[str, Any]:
    """The row as a spreadsheet may open it: numbers as numbers, text that cannot run."""
    return {k: number_cell(v) if k in NUMERIC_COLUMNS else text_cell(v) for k, v in row.items()}
