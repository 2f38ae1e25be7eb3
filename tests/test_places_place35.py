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
