"""One plain generated sentence per event, built from its fields: never from a person's name."""

from __future__ import annotations

from tessera.model import PEOPLE_EVENT_TYPES, Event, Place

VERBS = {
    "escape": "fled",
    "disappearance": "disappeared",
    "arrest": "were arrested",
    "repatriation": "were forcibly repatriated",
    "interrogation": "were interrogated",
    "punishment": "were punished",
    "execution": "were executed",
    "violence": "suffered violence",
    "search": "searches were carried out",
    "movement_restriction": "movement was restricted",
    "crackdown": "a crackdown was carried out",
}
STATUS_PREFIX = {
    "occurred": "",
    "attempted": "attempted: ",
    "suspected": "suspected: ",
    "at_risk": "at risk: ",
}


def _place(p: Place | None) -> str | None:
    if p is None:
        return None
    parts = [p.name]
    if p.admin1 and p.admin1 not in p.name:
        parts.append(p.admin1)
    if p.country and p.precision != "country":
        parts.append(p.country)
    return ", ".join(x for x in parts if x)


def _people(event: Event) -> str:
    v = event.victims
    if v is None or v.count_min is None:
        return (
            "people"
            if v is None
            else {"family": "a family", "individual": "one person"}.get(v.group, "people")
        )
    count = str(v.count_min) if v.count_max == v.count_min else f"at least {v.count_min}"
    noun = "person" if v.count_min == 1 and v.count_max == 1 else "people"
    group = f" ({v.group})" if v.group not in ("other", "individual") else ""
    return f"{count} {noun}{group}"


def summarise(event: Event) -> str:
    """E.g. "At risk: 3 people (family) were forcibly repatriated from China to North Korea."."""
    verb = VERBS[event.type]
    text = f"{_people(event)} {verb}" if event.type in PEOPLE_EVENT_TYPES else verb
    if event.perpetrators and event.type not in {"escape", "disappearance"}:
        text += " by " + " and ".join(dict.fromkeys(a.name for a in event.perpetrators))
    origin, destination, where = _place(event.origin), _place(event.destination), _place(event.where)
    if origin:
        text += f" from {origin}"
    if destination:
        text += f" to {destination}"
    if where:
        text += f" in {where}"
    if event.when.start:
        text += f" ({event.when.text or event.when.start.isoformat()})"
    text = STATUS_PREFIX[event.status] + text
    return text[0].upper() + text[1:] + "."
