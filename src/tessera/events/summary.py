"""One plain generated sentence per event, built from its fields: never from a person's name."""

from __future__ import annotations

from tessera.model import PEOPLE_EVENT_TYPES, Event, Place, TimeSpan

# What happened to people, in the passive where it was done to them: (singular, plural).
PEOPLE_VERBS = {
    "escape": ("fled", "fled"),
    "disappearance": ("disappeared", "disappeared"),
    "arrest": ("was arrested", "were arrested"),
    "repatriation": ("was forcibly repatriated", "were forcibly repatriated"),
    "interrogation": ("was interrogated", "were interrogated"),
    "punishment": ("was punished", "were punished"),
    "execution": ("was executed", "were executed"),
    "violence": ("suffered violence", "suffered violence"),
}
MEASURES = {
    "search": "Searches were carried out",
    "movement_restriction": "Movement was restricted",
    "crackdown": "A crackdown was carried out",
}
STATUS_PREFIX = {
    "occurred": "",
    "attempted": "Attempted: ",
    "suspected": "Suspected: ",
    "at_risk": "At risk: ",
}


def _place(p: Place) -> str:
    parts = [p.name]
    if p.admin1 and p.admin1 not in p.name:
        parts.append(p.admin1)
    if p.country and p.precision != "country":
        parts.append(p.country)
    return ", ".join(x for x in parts if x)


def _people(event: Event) -> tuple[str, bool]:
    """The people as a phrase, and whether it is one person."""
    v = event.victims
    if v is None or v.count_min is None:
        if v is not None and v.group == "family":
            return "a family", True
        if v is not None and v.group == "individual":
            return "one person", True
        return "people", False
    if v.count_min == 1 and v.count_max == 1:
        return "one person", True
    count = str(v.count_min) if v.count_max == v.count_min else f"at least {v.count_min}"
    group = f" ({v.group})" if v.group not in ("other", "individual") else ""
    return f"{count} people{group}", False


def _when(t: TimeSpan) -> str | None:
    if t.start is None or t.end is None:
        return None
    if t.start == t.end:
        return t.start.isoformat()
    return f"{t.start.isoformat()} to {t.end.isoformat()}"


def summarise(event: Event) -> str:
    """E.g. "At risk: 3 people (family) were forcibly repatriated from China to North Korea."."""
    if event.type in PEOPLE_EVENT_TYPES:
        people, single = _people(event)
        text = f"{people} {PEOPLE_VERBS[event.type][0 if single else 1]}"
    else:
        text = MEASURES[event.type]
    if event.perpetrators and event.type not in {"escape", "disappearance"}:
        text += " by " + " and ".join(dict.fromkeys(a.name for a in event.perpetrators))
    if event.origin:
        text += f" from {_place(event.origin)}"
    if event.destination:
        text += f" to {_place(event.destination)}"
    if (
        event.where
        and event.where not in (event.origin, event.destination)
        and not (event.origin or event.destination)
    ):
        text += f" in {_place(event.where)}"
    when = _when(event.when)
    if when:
        text += f" ({when})"
    text = STATUS_PREFIX[event.status] + text
    return text[0].upper() + text[1:] + "."
