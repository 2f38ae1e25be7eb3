"""Events stage, wire-service copy (2026-12-02): a flight told in a relative clause on the people
an arrest caught is a flight of its own when it names the place left, a unit of land whatever the
tagger takes its name for ("the Amur region"). Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, type_list_of


@pytest.mark.parametrize(
    "text",
    [
        "Russian police detained two North Korean laborers who fled a sawmill in the Amur region, "
        "Interfax reported.",
        "MOSCOW (AP) - Police have detained a North Korean builder who escaped from a work site in "
        "the Khabarovsk region, local media said.",
    ],
)
def test_a_flight_from_a_named_region_in_a_relative_clause_is_an_escape(text: str) -> None:
    assert type_list_of(text) == ["arrest", "escape"]


def test_people_described_by_a_flight_from_no_place_are_no_escape() -> None:
    assert type_list_of("Police detained seven traders who fled their country, a source said.") == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "North Korean patrol boats captured six South Korean fishermen near the sea border on Friday.",
        "A North Korean warship seized a fishing boat on Friday and detained its crew of four.",
    ],
)
def test_a_navys_craft_named_as_the_actor_is_the_military(text: str) -> None:
    arrests = [e for e in events_of(text) if e.type == "arrest"]
    assert arrests and {a.kind for a in arrests[0].perpetrators} == {"military"}
