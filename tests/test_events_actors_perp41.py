"""Who did it (helper session perps41): the market's own officers, guards and patrols, returns by
the governments of South Korea and Japan, and a bare "security office" after State Security is
named (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[index].perpetrators}


def test_a_market_guard_is_a_local_official() -> None:
    text = "A noodle seller who argued about the new stall fee was slapped by a market guard in Kilju on Monday."
    assert kinds(text, "violence") == {("KP", "local_official")}


def test_a_market_patrol_is_local_officials() -> None:
    text = "Five women were detained by a market patrol in Hyesan on 4 June for selling Chinese shampoo."
    assert kinds(text, "arrest") == {("KP", "local_official")}


def test_market_management_officers_are_local_officials() -> None:
    text = "Market management officers swept through the Sunam market on Friday, confiscating Chinese batteries."
    assert kinds(text, "crackdown") == {("KP", "local_official")}


def test_japan_returning_fishermen_is_its_government() -> None:
    text = "Japan on Monday sent home four North Korean fishermen whose boat had drifted onto Sado Island."
    assert kinds(text, "repatriation") == {("JP", "other")}


def test_a_return_by_south_korea_under_a_dateline_is_its_government() -> None:
    text = (
        "SEOUL, May 3 (Example) -- South Korea on Friday sent three North Korean fishermen back to the North "
        "across the sea border, officials said, weeks after their boat was found drifting off Sokcho."
    )
    assert kinds(text, "repatriation") == {("KR", "other")}


def test_a_return_through_panmunjom_is_the_south_korean_governments() -> None:
    text = "Two North Korean sailors rescued off Goseong last month were repatriated through Panmunjom on Tuesday."
    assert kinds(text, "repatriation") == {("KR", "other")}


def test_china_returning_people_is_still_its_police() -> None:
    text = "China sent back 40 North Koreans across the Tumen River last week."
    assert kinds(text, "repatriation") == {("CN", "police")}


def test_a_security_office_after_state_security_is_its_office() -> None:
    text = (
        "The five were handed to agents of the Ministry of State Security at the bridge in Namyang. "
        "They are now being questioned at the county security office about who paid the broker."
    )
    assert kinds(text, "interrogation") == {("KP", "state_security")}


def test_a_security_office_alone_is_the_police() -> None:
    text = "A woman from Musan was questioned at the county security office for two days last week."
    assert kinds(text, "interrogation") == {("KP", "police")}


def test_a_security_office_after_social_security_stays_the_police() -> None:
    text = (
        "State security agents watch the border. Officers of the Ministry of Social Security detained a "
        "trader in Hoeryong. He was questioned at the district security office for three days."
    )
    assert ("KP", "police") in kinds(text, "interrogation")
