"""One flight told alike by two reports (merge63, issue 13: missed merges): when no step of the
comparison costs (no other day, town, country, destination, count, people or kind of act) and
both reports tell it with one status, the pair gains `FLIGHT_ALIKE_WEIGHT`. Every report here is
invented."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import compare_events
from tessera.model import Place

VLADIVOSTOK = Place("Vladivostok", "RU", "Primorsky Krai", None, 43.12, 131.89, "city")
KHABAROVSK = Place("Khabarovsk", "RU", "Khabarovsk Krai", None, 48.48, 135.07, "city")
REASON = "told alike, nothing disagreeing"


def _flight(eid: str, doc: str, text: str, etype: str = "escape", **fields: object) -> object:
    side = {
        "when": ("2029-05-01", "2029-05-31"),
        "precision": "month",
        "published": "2029-06-03",
        "count": (3, 3),
        "where": VLADIVOSTOK,
        "origin": VLADIVOSTOK,
    }
    return ev(eid, doc, text, etype, **{**side, **fields})  # type: ignore[arg-type]


def _first() -> object:
    return _flight("a", "docA", "Three North Korean loggers fled their camp outside Vladivostok in May.")


def test_one_flight_told_alike_gains_the_weight() -> None:
    other = _flight(
        "b",
        "docB",
        "The three timber workers who slipped away from a Vladivostok site are in hiding.",
        when=None,  # undated: no rare happening at one time and place, which needs both dated
        published="2029-06-11",
    )
    r = compare_events(_first(), other)
    assert r.conflict is None, r.summary()
    assert any(REASON in x for x in r.reasons), r.summary()


def test_a_flight_from_another_city_gains_nothing() -> None:
    # Khabarovsk is another town: the places cost, so the tellings disagree on something.
    other = _flight(
        "b",
        "docB",
        "Three labourers escaped from a Khabarovsk construction site in May.",
        where=KHABAROVSK,
        origin=KHABAROVSK,
    )
    r = compare_events(_first(), other)
    assert not any(REASON in x for x in r.reasons), r.summary()


def test_a_failed_try_against_the_flight_gains_nothing() -> None:
    other = _flight(
        "b",
        "docB",
        "Three loggers tried to flee a Vladivostok camp in May but were caught.",
        status="attempted",
    )
    r = compare_events(_first(), other)
    assert not any(REASON in x for x in r.reasons), r.summary()


def test_two_hand_backs_told_alike_gain_nothing() -> None:
    # A return of three people is routine news each month: agreement alone does not make it one.
    a = _flight("a", "docA", "Russian police handed three North Koreans back in May.", "repatriation")
    b = _flight(
        "b", "docB", "Three North Koreans were sent back from Vladivostok last month.", "repatriation"
    )
    r = compare_events(a, b)
    assert not any(REASON in x for x in r.reasons), r.summary()
