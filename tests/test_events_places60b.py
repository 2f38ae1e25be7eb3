"""Places of events (session 60b): a port of the Russian Far East that shares its name with a
village elsewhere in Russia. "Vostochny" in these reports is the port on Nakhodka Bay (Primorsky
Krai) where the North's ships call, not the North Caucasus village GeoNames also lists."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_the_port_of_vostochny_is_in_primorsky_krai():
    text = "A North Korean deckhand went missing on Tuesday after he went ashore at the port of Vostochny."
    (ev,) = _place(text, _event(text, "disappearance", "went missing"))
    assert ev.where is not None and ev.where.country == "RU"
    assert ev.where.lat is not None and abs(ev.where.lat - 42.73) < 0.3  # the Far East, not the Caucasus
    assert ev.where.lon is not None and abs(ev.where.lon - 133.08) < 0.3


def test_the_port_by_its_town_name_vrangel():
    text = "Russian border guards detained two North Korean sailors in Vrangel on Friday."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Vostochny"


def test_nakhodka_stays_its_own_city():
    text = "Russian police detained two North Korean workers in Nakhodka on Friday."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name != "Vostochny"
    assert ev.where.lat is not None and abs(ev.where.lat - 42.84) < 0.2


def test_a_town_a_truck_is_bound_for_is_not_the_place():
    text = "A woman trader was arrested on a Kanggye-bound truck near Hamhung on Tuesday."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name != "Kanggye"


def test_the_town_an_express_leaves_from_is_not_the_place():
    text = "Two attendants on the Pyongyang–Hyesan express were arrested by railway police last week."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is None or ev.where.name != "Pyongyang"


def test_a_road_keeps_its_first_town():
    text = "Soldiers have turned back traders at a checkpoint on the Hoeryong–Chongjin road since May."
    (ev,) = _place(text, _event(text, "movement_restriction", "turned back"))
    assert ev.where is not None and ev.where.name == "Hoeryong"
