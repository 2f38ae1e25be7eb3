"""Merge signals of issue 13 (merge21): a household punished for a relative's deed told as
"relatives" and as "a family", kinds of movement restriction, and a prefecture as an area. Every
report here is invented."""

from __future__ import annotations

from merge_fixtures import HYESAN, two_reports
from tessera.merge import compare_events
from tessera.model import Victims


def _pair(text_a: str, text_b: str, etype: str = "punishment"):
    return two_reports(etype, text_a, text_b)


def test_relatives_and_a_family_punished_are_the_same_people() -> None:
    """ "The defector's parents and brother were banished" and "the family of three was banished":
    both name the household punished for a relative's deed."""
    a, b = _pair(
        "The runaway pilot's parents and brother were banished in March.",
        "The couple and their son were banished to the countryside in March.",
    )
    b.where = HYESAN
    a.victims = Victims("the runaway pilot's parents and brother", 3, 3, "family")
    b.victims = Victims("the couple and their son", 3, 3, "family")
    r = compare_events(a, b)
    assert not r.other_people, r.summary()


def test_relatives_and_a_family_who_fled_are_other_people() -> None:
    """Of an escape, a family that fled and the relatives of someone are still other people."""
    a, b = _pair(
        "The runaway pilot's parents and brother crossed the river in March.",
        "The couple and their son crossed the river in March.",
        "escape",
    )
    b.where = HYESAN
    a.victims = Victims("the runaway pilot's parents and brother", 3, 3, "family")
    b.victims = Victims("the couple and their son", 3, 3, "family")
    r = compare_events(a, b)
    assert r.other_people, r.summary()


def test_kinds_of_movement_restriction() -> None:
    """An order to shoot, mines laid along a line and checkpoints on roads are measures of a
    movement restriction that two reports of one order name alike."""
    from tessera.merge.text import act_kinds, content_tokens

    def kinds(text: str) -> frozenset[str]:
        return act_kinds("movement_restriction", content_tokens(text))

    assert kinds("guards were told that anyone near the canal at night would be shot") == {"shoot_orders"}
    assert kinds("sentries are under orders to open fire on anyone on the bank") == {"shoot_orders"}
    assert kinds("soldiers have been planting landmines along the line") == {"mines"}
    assert kinds("police set up checkpoints on the roads out of the town") == {"checkpoints"}
    # People told to stay put are a kind of their own (mergeprec31), whatever lets them go.
    assert kinds("residents may not leave the county without a permit") == {"staying"}


def test_two_reports_of_one_shoot_order_agree_on_its_kind() -> None:
    """ "Anyone on the bank after dark would be shot" and "orders to fire at anyone who nears the
    river at night", told of one province in one month: the same kind of order is a detail in
    common."""
    a, b = _pair(
        "Anyone found on the bank after dark would be shot, residents were told.",
        "Guard units have orders to fire at anyone who nears the river at night.",
        "movement_restriction",
    )
    b.where = HYESAN
    r = compare_events(a, b)
    assert "same kind of movement_restriction (shoot_orders)" in r.summary()


def test_a_prefecture_is_an_area_that_holds_its_towns() -> None:
    """A report that names the prefecture an arrest happened in and one that names a town of it
    agree: the prefecture is an area, not its seat."""
    from tessera.merge.places import relate
    from tessera.places.gazetteer import load
    from tessera.places.resolve import entry_place

    gaz = load()
    pref, town = gaz.get("cn-xishuangbanna"), gaz.get("cn-mengla")
    assert pref is not None and town is not None
    assert entry_place(pref).precision == "region"
    assert relate(entry_place(pref), entry_place(town)).kind != "conflict"
    from tessera.places.variants import key_tokens

    assert {k.entry.id for k in gaz.index[key_tokens("Xishuangbanna")]} == {"cn-xishuangbanna"}
