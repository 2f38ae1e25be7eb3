"""Who did it (helper session perp55): a bare "the city", "the county" or "the province" told as
the doer of a verb is that unit's own government (local officials), for the act it does only,
not for an act told beside it (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[index].perpetrators}


def test_the_county_barring_people_is_its_officials() -> None:
    text = (
        "State security agents arrested a trader in Musan in May, a source said.\n\nSince then, "
        "the county has also barred anyone without a special pass from entering the villages "
        "along the river."
    )
    assert kinds(text, "movement_restriction") == {"local_official"}


def test_the_province_setting_up_roadblocks_is_its_officials() -> None:
    text = (
        "Farm mobilisation began in early May, and the province once again set up roadblocks "
        "around the farming counties to stop workers from leaving."
    )
    assert "local_official" in kinds(text, "movement_restriction")


def test_a_campaign_the_city_launched_is_its_officials() -> None:
    text = (
        "The sweep was part of a campaign against unlicensed vendors that the city launched in "
        "November, the source said."
    )
    assert "local_official" in kinds(text, "crackdown")


def test_the_city_closing_the_bank_did_not_make_the_arrest_beside_it() -> None:
    text = (
        "Two women were caught by border guards as they tried to wade across the river on Sunday "
        "night, and the city has since closed the riverbank to everyone without a permit."
    )
    assert kinds(text, "arrest") == {"border_guard"}
    assert "local_official" in kinds(text, "movement_restriction")


def test_a_city_where_things_happen_acts_in_nothing() -> None:
    text = "The county lies on the Tumen River. Police detained three traders there last week."
    assert kinds(text, "arrest") == {"police"}


def test_a_term_passed_in_a_political_camp_keeps_its_court() -> None:
    text = "His two deputies were sentenced to life in a political prison camp at a closed trial in May."
    assert kinds(text, "punishment") == {"state_security", "court"}


def test_a_sending_to_a_political_camp_is_state_security_s_alone() -> None:
    text = "His wife and sons were sent to a political prison camp the same week, a source said."
    assert kinds(text, "punishment") == {"state_security"}


def test_a_local_security_station_is_the_police() -> None:
    text = (
        "Inspectors searched homes in the county this month.\n\nSeven farmers have been detained "
        "by the local security station for hiding grain, a source said."
    )
    assert kinds(text, "arrest") == {"police"}
