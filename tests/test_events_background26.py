"""Events stage (background26): habits and routes told in passing are no events.

- an act that a habit of letting or making people do lets them do ("the police usually let
  such groups travel on") is a habit too;
- the purpose of a clause that describes a route ("the route many defectors use to reach
  Laos") names the way people take, not one flight.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import type_list_of


def test_act_let_under_a_habit_is_no_event() -> None:
    text = (
        "Four North Koreans were detained in Nong Khai on Monday. "
        "Thai officials usually let such groups travel on to South Korea after a short jail term."
    )
    assert type_list_of(text) == ["arrest"]


def test_act_let_on_one_occasion_is_still_told() -> None:
    text = "Last week Chinese police allowed the five women to travel on to Laos."
    assert type_list_of(text) == ["escape"]


def test_purpose_of_a_clause_on_a_route_is_no_flight() -> None:
    text = (
        "Two North Korean men were arrested last week in Guangxi, near the route many defectors "
        "take to reach Vietnam, a pastor said."
    )
    assert type_list_of(text) == ["arrest"]


def test_route_used_by_the_people_told_is_still_a_flight() -> None:
    text = "In May the family used a route through Mongolia to reach South Korea."
    assert type_list_of(text) == ["escape"]
