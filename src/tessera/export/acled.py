"""An ACLED-style CSV: the columns researchers already load, from Tessera's events.

The mapping (data/export/acled.json, explained in docs/export-mapping.md) gives each Tessera
type an ACLED disorder/event/sub-event type, each perpetrator kind an actor name and inter code,
and each precision ACLED's 1-3 code. What ACLED has no column for (Tessera's type and status,
the victim count) goes into `tags`, and Tessera's own id into `tessera_id` at the end.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Iterable
from functools import cache
from typing import Any, TextIO

import pycountry

from tessera.data import load_json
from tessera.export.cells import number_cell, text_cell
from tessera.export.flat import located
from tessera.model import Event

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


def _scale(outlets: list[str]) -> str:
    table = _mapping()["source_scale"]
    scales: list[str] = []
    for o in outlets:
        low = o.lower()
        s = next((v for k, v in table.items() if low.startswith(k)), "Other")
        if s not in scales:
            scales.append(s)
    return "-".join(scales)


def _date(event: Event) -> tuple[str, str, str]:
    """(event_date, year, time_precision). ACLED codes a vaguer date at its period's middle."""
    s, e = event.when.start, event.when.end
    if s is None and e is None:
        return "", "", ""
    s = s or e
    e = e or s
    assert s is not None and e is not None
    mid = s + (e - s) / 2
    precision = _mapping()["time_precision"].get(event.when.precision, 3)
    if event.when.precision in ("day", "unknown") and s == e:
        precision = 1
    return mid.isoformat(), str(mid.year), str(precision)


def acled_row(event: Event, timestamp: int) -> dict[str, Any]:
    m = _mapping()
    disorder, etype, sub = m["types"].get(
        event.type, ["Strategic developments", "Strategic developments", "Other"]
    )
    loc = located(event)
    place = loc[1] if loc else (event.where or event.origin or event.destination)
    country = place.country if place else None
    event_date, year, tp = _date(event)
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
    else:
        # No one did it to them (an escape) or no one is named: the people are the actor.
        actor1, inter1, assoc1 = victim_name, m["victim_actor"][1], victim_assoc
        actor2, inter2, assoc2 = "", "", ""
    interaction = "".join(sorted(str(i) for i in (inter1, inter2) if i != ""))
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
    if event.when.precision not in ("day", "unknown"):
        tags.append(f"period: {event.when.start}..{event.when.end}")
    outlets = [s.outlet or s.doc for s in event.sources]
    _, iso_num = _iso(country)
    notes = event.summary or f"{event.type.replace('_', ' ')} ({event.status})"
    if event_date and tp == "1":
        notes = f"On {event_date}, {notes[0].lower()}{notes[1:]}" if notes else notes
    return {
        "event_id_cnty": event_id_cnty(event, country),
        "event_date": event_date,
        "year": year,
        "time_precision": tp,
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
        "latitude": "" if not loc else f"{loc[1].lat:.4f}",
        "longitude": "" if not loc else f"{loc[1].lon:.4f}",
        "geo_precision": str(m["geo_precision"].get(place.precision, 3)) if place else "",
        "source": "; ".join(dict.fromkeys(outlets)),
        "source_scale": _scale(outlets),
        "notes": notes,
        "fatalities": fatalities,
        "tags": "; ".join(tags),
        "timestamp": timestamp,
        "tessera_id": event.id,
        "tessera_type": event.type,
        "tessera_status": event.status,
    }


def write_acled_csv(
    events: Iterable[Event], out: TextIO, timestamp: int | None = None, occurred_only: bool = False
) -> int:
    """Write the CSV; `timestamp` (Unix seconds, ACLED's "last changed") defaults to now.

    Text cells are quoted and made safe for spreadsheets (`tessera.export.cells`); numbers are
    written bare, so readers take them as numbers."""
    ts = int(time.time()) if timestamp is None else timestamp
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writeheader()
    n = 0
    for e in events:
        if occurred_only and e.status != "occurred":
            continue
        writer.writerow(safe_row(acled_row(e, ts)))
        n += 1
    return n


def safe_row(row: dict[str, Any]) -> dict[str, Any]:
    """The row as a spreadsheet may open it: numbers as numbers, text that cannot run."""
    return {k: number_cell(v) if k in NUMERIC_COLUMNS else text_cell(v) for k, v in row.items()}
