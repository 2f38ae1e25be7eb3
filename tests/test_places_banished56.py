"""A banishment told where people were sent away from (session 56)."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_banishment_is_placed_at_the_town_left():
    text = "A family of three was exiled from Sinuiju to Chagang Province in February, a source said."
    (ev,) = _place(text, _event(text, "punishment", "exiled"))
    assert ev.where is not None and ev.where.name == "Sinuiju"


def test_a_banished_family_from_a_town_is_placed_at_home():
    text = (
        "A family of three from Sinuiju was banished earlier this month to a remote village in "
        "Chasong County, Chagang Province, a resident said."
    )
    (ev,) = _place(text, _event(text, "punishment", "banished"))
    assert ev.where is not None and ev.where.name == "Sinuiju"


def test_a_banishment_with_only_its_goal_named_is_placed_there():
    text = "His wife and two sons were banished last week to a cooperative farm in Orang County."
    (ev,) = _place(text, _event(text, "punishment", "banished"))
    assert ev.where is not None and ev.where.name.startswith("Orang")


def test_a_banished_familys_district_of_a_town_is_home():
    text = (
        "A family of four from Hyesan's Wiyon-dong was banished last month to a farm in Pochon "
        "County, a source said."
    )
    (ev,) = _place(text, _event(text, "punishment", "banished"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_a_town_named_for_another_verb_leaves_the_goal():
    text = "Agents notified his family in Kilju and banished them to Yonsa County a week later."
    (ev,) = _place(text, _event(text, "punishment", "banished"))
    assert ev.where is not None and ev.where.name.startswith("Yonsa")
