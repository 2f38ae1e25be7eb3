"""Events rules of wave 18 (issue 13, merging across reports): people joined to the victims as
companions are counted with them when named by their tie of origin ("together with three
compatriots"). Every sentence here is invented."""

from __future__ import annotations

from events_helpers import events_of


def test_compatriots_joined_to_a_flight_are_counted_with_its_people() -> None:
    text = (
        "Police in Khabarovsk arrested two North Korean men last week. "
        "Both had fled their building site together with three compatriots in early May."
    )
    flights = [e for e in events_of(text) if e.type == "escape"]
    assert len(flights) == 1
    assert flights[0].victims is not None and flights[0].victims.count_min == 5
