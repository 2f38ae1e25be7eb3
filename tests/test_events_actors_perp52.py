"""Who did it (helper session perp52): the farm's own guards are civilians; a border service or
directorate, and a third country's authorities holding a boat's crew, are a border force; a
mission's security staff are State Security (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[index].perpetrators}


def test_a_farm_guard_is_a_civilian() -> None:
    text = "A farm guard in Unryul shot a teenager who was stealing maize."
    assert kinds(text, "violence") == {"civilian"}


def test_a_guard_on_a_farm_is_a_civilian_even_with_border_in_an_outlet_name() -> None:
    text = (
        "A boy of fifteen was shot dead by an armed guard on a state farm in Anak County last week "
        "as he carried away a sack of rice, a source told Northern Border News."
    )
    assert kinds(text, "violence") == {"civilian"}


def test_guards_at_a_farm_who_beat_soldiers_are_not_the_army() -> None:
    text = "Guards at a cooperative farm near Kilju beat two soldiers they found digging up potatoes in May."
    assert kinds(text, "violence") == {"civilian"}


def test_guards_in_a_field_are_the_farm_s() -> None:
    text = "A woman was beaten by guards in a field in October and then handed to the police."
    assert kinds(text, "violence") == {"civilian"}


def test_guards_on_the_river_stay_border_guards() -> None:
    text = "Guards on the river bank shot a man who had crossed from a farm."
    assert kinds(text, "violence") == {"border_guard"}


def test_a_border_directorate_is_a_border_force() -> None:
    text = "Eleven fishermen were detained by the regional FSB border directorate on Saturday."
    assert kinds(text, "arrest") == {"border_guard"}


def test_a_crew_seized_by_a_third_country_s_authorities_is_held_by_its_coast_force() -> None:
    text = (
        "Nineteen North Korean crew members seized by Russian authorities off Sakhalin last month "
        "are expected to be deported within weeks."
    )
    assert kinds(text, "arrest") == {"border_guard"}


def test_a_crew_sent_back_with_no_sender_named_is_sent_by_a_coast_force() -> None:
    text = "The crew were put on a train across the bridge from Khasan to Tumangang on May 3."
    assert kinds(text, "repatriation") == {"border_guard"}


def test_fishermen_sent_back_by_south_korea_stay_its_government_s() -> None:
    text = "South Korea on Friday sent back three North Korean fishermen who had been rescued at sea."
    assert kinds(text, "repatriation") == {"other"}


def test_a_consulate_s_security_staff_are_state_security() -> None:
    text = "Consulate security staff searched the workers' hostels across Khabarovsk last week, the sources said."
    assert kinds(text, "search") == {"state_security"}


def test_an_embassy_s_security_staff_are_state_security() -> None:
    text = "The dancers' passports were taken away by the embassy's security staff on Sunday."
    assert kinds(text, "movement_restriction") == {"state_security"}


def test_guards_who_beat_a_cellmate_over_corn_are_no_farm_s() -> None:
    text = "That winter his cellmate died after guards beat him for hiding a handful of raw corn."
    assert "civilian" not in kinds(text, "violence")
