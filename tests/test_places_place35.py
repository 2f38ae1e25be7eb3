"""Places (place35): the finest unit the text gives. A town named in the event's sentence refines the
province the sentence also names, however far the parse hangs it ("near the city of", "raids on
villages around")."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def _where(text: str, etype: str, trigger: str) -> str | None:
    (ev,) = _place(text, _event(text, etype, trigger))
    return ev.where.name if ev.where is not None else None


@pytest.mark.parametrize(
    "text, etype, trigger, town",
    [
        (
            "Border police in Quang Ninh province detained four people thought to be North Korean "
            "near the city of Mong Cai on Friday, a local newspaper said.",
            "arrest",
            "detained",
            "Móng Cái",
        ),
        (
            "Chinese police detained three North Korean women in a series of raids on farms around "
            "Wangqing County, in Jilin Province, last week, a church worker said.",
            "arrest",
            "detained",
            "Wangqing",
        ),
    ],
)
def test_a_town_far_in_the_parse_refines_the_province_of_its_sentence(
    text: str, etype: str, trigger: str, town: str
) -> None:
    assert _where(text, etype, trigger) == town


def _where_of(
    text: str, etype: str, trigger: str, occurrence: int = 0, before: list[tuple[str, str]] | None = None
) -> str | None:
    """The place of the event at `trigger`, placed after the events `before` (type, trigger) of the
    same report, as the places stage places a report's events in turn."""
    events = [_event(text, t, w) for t, w in before or []]
    events.append(_event(text, etype, trigger, occurrence))
    ev = _place(text, *events)[-1]
    return ev.where.name if ev.where is not None else None


@pytest.mark.parametrize(
    "text, etype, trigger, before, town",
    [
        (
            # a source's town, then "the city's office": the office is in that town
            "Two women who fled Chagang Province in May were caught by Chinese police in Liaoning. A "
            "source in Manpo said their parents were questioned for a week at the city's state "
            "security office about the escape.",
            "interrogation",
            "questioned",
            [("escape", "fled"), ("arrest", "caught")],
            "Manpo",
        ),
        (
            "Officers searched homes in two neighbourhoods of Hyesan on Friday night, a source said. "
            "Twelve people are being questioned at the city's police office about whom they called "
            "in China.",
            "interrogation",
            "questioned",
            [("search", "searched")],
            "Hyesan",
        ),
    ],
)
def test_the_citys_office_is_in_the_town_named_last(
    text: str, etype: str, trigger: str, before: list[tuple[str, str]], town: str
) -> None:
    assert _where_of(text, etype, trigger, before=before) == town


def _destination(text: str, trigger: str) -> str | None:
    (ev,) = _place(text, _event(text, "escape", trigger))
    return ev.destination.country if ev.destination is not None else None


@pytest.mark.parametrize(
    "text, trigger, country",
    [
        (
            "A mother and her two sons had fled their home in Kimchaek in October, a source said.",
            "fled",
            "CN",
        ),
        (
            "Police in Musan are treating the family's absence as a defection, a resident said.",
            "defection",
            "CN",
        ),
        # from the front-line province near the line to the South: not China
        ("A young officer fled his unit in Kaesong last week, a source said.", "fled", None),
        # by sea, no goal: not China
        ("Four fishermen fled Sinpo by boat last week, a source said.", "fled", None),
    ],
)
def test_a_flight_from_the_north_with_no_goal_told_went_over_the_land_border(
    text: str, trigger: str, country: str | None
) -> None:
    assert _destination(text, trigger) == country
