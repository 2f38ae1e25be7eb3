"""Merge signals of issue 13 (mergerec40): two reports that both tell a movement restriction as
the closure of a place ("sealed off", "placed under lockdown", "locked down") or as a ban
("barred", "banned", "forbidden") share a detail; the wording disagrees with no kind of measure.
Every report here is invented."""

from __future__ import annotations

from merge_fixtures import HYESAN, two_reports
from tessera.merge import compare_events
from tessera.merge.text import act_kinds, content_tokens


def _kinds(text: str) -> frozenset[str]:
    return act_kinds("movement_restriction", content_tokens(text))


def _restrictions(text_a: str, text_b: str):  # type: ignore[no-untyped-def]
    a, b = two_reports("movement_restriction", text_a, text_b)
    b.where = HYESAN
    return a, b


def test_a_closure_is_its_own_wording_and_no_kind() -> None:
    """ "Sealed off", "lockdown" and "locked down" tell a closure; none of them is a kind of
    measure (checkpoints, staying) another report could contradict."""
    assert _kinds("authorities sealed off the whole county on Friday") == {"wording:closure"}
    assert _kinds("the town was placed under lockdown in early May") == {"wording:closure"}
    assert _kinds("the city was effectively locked down for a week") == {"wording:closure"}
    assert _kinds("police set up checkpoints on every road out of the town") == {"checkpoints"}


def test_two_closures_of_one_town_share_a_detail() -> None:
    """ "Sealed off the city" and "the city was placed under lockdown", one town and month: the
    closure both tell is a detail in common."""
    a, b = _restrictions(
        "Security forces sealed off the city after a fever outbreak.",
        "The city was placed under lockdown and residents told to stay indoors.",
    )
    r = compare_events(a, b)
    assert "wording:closure" in r.summary(), r.summary()
    assert not r.other_act


def test_a_closure_agrees_with_checkpoints_and_with_staying_indoors() -> None:
    """ "Checkpoints on every road out of the city" and "the city was locked down": one closure
    told by its roadblocks and by its effect, not two kinds of measure; so is "residents were
    confined to their homes" against "the county was sealed off"."""
    a, b = _restrictions(
        "Police set up checkpoints on every road out of the city.",
        "The city was effectively locked down while the relocation went on.",
    )
    r = compare_events(a, b)
    assert not r.other_act, r.summary()
    assert "same kind of movement_restriction (checkpoints)" in r.summary()
    c, d = _restrictions(
        "Residents were confined to their homes for three weeks.",
        "Authorities sealed off the county after a fever outbreak.",
    )
    r = compare_events(c, d)
    assert not r.other_act and "same kind of movement_restriction (staying)" in r.summary(), r.summary()


def test_two_bans_share_a_detail_and_a_ban_contradicts_nothing() -> None:
    """ "Barred residents from the riverbank" and "residents have been banned from going near the
    river": both tell a ban. A ban against checkpoints is neither agreement nor disagreement."""
    a, b = _restrictions(
        "Authorities have barred residents of riverside villages from the bank.",
        "Residents have been banned from going near the river.",
    )
    assert "same kind of movement_restriction (wording:ban)" in compare_events(a, b).summary()
    c, d = _restrictions(
        "Authorities have barred residents of riverside villages from the bank.",
        "Police set up checkpoints on the roads down to the river.",
    )
    r = compare_events(c, d)
    assert not r.other_act and "same kind" not in r.summary(), r.summary()


def test_a_shoot_order_and_a_closure_do_not_disagree() -> None:
    """ "Sealed the border" and "orders to shoot anyone near the river": the closure names no
    kind, so the order's kind has nothing to contradict."""
    a, b = _restrictions(
        "The regime sealed the border with China in late January.",
        "Guards were ordered to shoot anyone approaching the river.",
    )
    assert not compare_events(a, b).other_act


def test_a_special_city_may_be_told_under_the_province_around_it() -> None:
    """ "Executed near Kaesong" and "an execution in North Hwanghae Province": a city filed as a
    province of its own, but long part of the province around it, is compared with that province
    by distance, not as a city of another province. The capital is never part of a province."""
    from tessera.merge.places import relate
    from tessera.model import Place

    kaesong = Place("Kaesong", "KP", "Kaesong", None, 37.97, 126.55, "city")
    north_hwanghae = Place("North Hwanghae Province", "KP", "North Hwanghae", None, 38.5, 126.4, "province")
    south_pyongan = Place("South Pyongan Province", "KP", "South Pyongan", None, 39.3, 125.9, "province")
    pyongyang = Place("Pyongyang", "KP", "Pyongyang", None, 39.03, 125.75, "city")
    assert relate(kaesong, north_hwanghae).kind == "inside"
    assert relate(pyongyang, south_pyongan).kind == "conflict"
    hyesan = Place("Hyesan", "KP", "Ryanggang", None, 41.40, 128.18, "city")
    assert relate(hyesan, north_hwanghae).kind == "conflict"


def test_two_tellings_of_a_death_share_a_detail() -> None:
    """ "He died in the camp in the winter" and "whose father died in the camp early that year":
    a death both tell is a detail in common; a beating told of someone ("who was beaten"), whose
    death may lie outside its words, contradicts nothing, and a shooting against a beating is
    still two acts (a beating told on its own against a death: test_merge_mprec49)."""
    a, b = two_reports(
        "violence",
        "He died in the camp in March, weakened by hunger and beatings.",
        "His father died in the same camp in March, a relative said.",
    )
    b.where = HYESAN
    r = compare_events(a, b)
    assert "wording:death" in r.summary(), r.summary()
    c, d = two_reports(
        "violence",
        "who was beaten by guards with sticks in March",
        "He died in custody in March, a relative said.",
    )
    d.where = HYESAN
    r = compare_events(c, d)
    assert not r.conflict and "same kind" not in r.summary(), r.summary()
    e, f = two_reports(
        "violence",
        "Guards shot him dead as he crossed the river in March.",
        "He was beaten to death by guards in March.",
    )
    f.where = HYESAN
    assert compare_events(e, f).conflict
