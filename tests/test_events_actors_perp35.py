"""Who did it (helper session perp35): arrests placed abroad by "at" and by a place inside the
spot's phrase, inspectors who are the members of an inspection team named before, forces named
jointly, market officials, and guards who keep a place of custody (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[index].perpetrators}


def test_an_arrest_at_a_station_of_a_town_abroad_is_that_countrys_police() -> None:
    text = "A North Korean man was arrested at Yanji West bus station on May 3, a source said."
    assert ("CN", "police") in kinds(text, "arrest")


def test_an_arrest_at_a_spot_placed_in_a_county_abroad_is_that_countrys_police() -> None:
    text = "The two sisters were arrested at their flat in Changbai County in April, a source said."
    assert ("CN", "police") in kinds(text, "arrest")


def test_a_place_name_that_begins_with_a_nationality_is_the_places_country() -> None:
    text = "The group was caught on Sunday near Lao Cai city after crossing the river, officials said."
    assert ("LA", "police") not in kinds(text, "arrest")


def test_inspectors_are_the_members_of_the_inspection_team_named_before() -> None:
    text = (
        "A joint team from the provincial party committee and the Ministry of State Security "
        "arrived in Kilju in early April, a source said.\n\n"
        "Inspectors went from house to house looking for Chinese phones. At least nine people "
        "were detained."
    )
    assert ("KP", "state_security") in kinds(text, "arrest")


def test_inspectors_with_no_team_named_are_local_officials() -> None:
    text = "Inspectors searched the stalls of the Sunam market on Monday, a trader said."
    assert ("KP", "local_official") in kinds(text, "search")


def test_market_officials_are_local_officials() -> None:
    text = "Market officials in Hyesan confiscated Chinese goods from the stalls last week, a trader said."
    assert ("KP", "local_official") in kinds(text, "crackdown")


def test_guards_of_a_labour_camp_are_its_keepers_the_police() -> None:
    text = (
        "A farmer held at a labour training camp in Kyongsong was beaten by guards last month "
        "for working too slowly, a relative said."
    )
    assert ("KP", "police") in kinds(text, "violence")


def test_guards_of_a_detention_centre_abroad_are_that_countrys_police() -> None:
    text = (
        "A woman held in the detention centre in Helong was beaten by guards after she "
        "refused to sign a statement, her brother said."
    )
    assert ("CN", "police") in kinds(text, "violence")


def test_guards_of_a_political_prison_camp_are_state_securitys() -> None:
    text = (
        "A former prisoner said guards at the political prison camp in Hwasong beat a man to "
        "death for stealing corn."
    )
    assert ("KP", "state_security") in kinds(text, "violence")
