"""Filters as a user types them, checked once for every interface (CLI, Python, web).

`event_query(type="arrest", country="China", admin1="Yanggang", since="2023")` gives the
`EventQuery` the store runs, with names turned into the store's values ("China" → "CN",
"Yanggang" → "Ryanggang"), or raises FilterError naming the filter and the problem: an unknown
value is an error listing the valid ones, never an empty answer.
"""

from __future__ import annotations

from datetime import date

from tessera.model import EVENT_TYPES, STATUSES
from tessera.store.query import EventQuery, parse_day, parse_near
from tessera.store.schema import REVIEW_STATES

CHOICES: dict[str, tuple[str, ...]] = {"type": EVENT_TYPES, "status": STATUSES, "review": REVIEW_STATES}


class FilterError(ValueError):
    """One filter's problem; the message begins with the filter's name ("type must be one of …")."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(message)
        self.name = name


def choice_problem(name: str, value: str | None) -> str | None:
    """The message for a value outside a closed vocabulary (type, status, review), else None."""
    valid = CHOICES[name]
    return None if value is None or value in valid else f"{name} must be one of {', '.join(valid)}"


def event_query(
    *,
    type: str | None = None,  # noqa: A002 - the contract's field name
    status: str | None = None,
    review: str | None = None,
    country: str | None = None,
    admin1: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    near: str | tuple[float, float, float] | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> EventQuery:
    """The checked query (see the module's docstring)."""
    for name, value in (("type", type), ("status", status), ("review", review)):
        problem = choice_problem(name, value)
        if problem:
            raise FilterError(name, f"{problem}, not {value!r}")
    # The gazetteer is read only when a place filter is given.
    if country is not None:
        from tessera.places.lookup import country_code

        code = country_code(country)
        if code is None:
            raise FilterError(
                "country", f"country: no country is known by {country!r} (a name or an ISO code)"
            )
        country = code
    if admin1 is not None:
        from tessera.places.lookup import canonical_admin1

        canonical = canonical_admin1(admin1)
        if canonical is None:
            raise FilterError("admin1", f"admin1: no province or region is known by {admin1!r}")
        admin1 = canonical
    days = {}
    for name, value in (("since", since), ("until", until)):
        try:
            days[name] = None if value is None else parse_day(value, last=name == "until")
        except ValueError as exc:
            raise FilterError(name, f"{name} {exc}") from None
    try:
        near_point = parse_near(near) if isinstance(near, str) else near
    except ValueError as exc:
        raise FilterError("near", str(exc).removeprefix("--")) from None
    return EventQuery(
        type=type,
        status=status,
        review_state=review,
        country=country,
        admin1=admin1,
        since=days["since"],
        until=days["until"],
        near=near_point,
        text=text,
        limit=limit,
    )
