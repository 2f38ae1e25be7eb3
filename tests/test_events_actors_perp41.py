"""Who did it (helper session perps41): the market's own officers, guards and patrols, guards on
the handover bridge, questions about South Korean and church contacts, and a bare "security
office" after State Security is named (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[index].perpetrators}


def test_a_market_guard_is_a_local_official() -> None:
    text = (
        "A noodle seller who argued about the new stall fee was slapped by a market guard in Kilju on Monday."
    )
    assert kinds(text, "violence") == {("KP", "local_official")}


def test_a_market_patrol_is_local_officials() -> None:
    text = "Five women were detained by a market patrol in Hyesan on 4 June for selling Chinese shampoo."
    assert kinds(text, "arrest") == {("KP", "local_official")}


def test_market_management_officers_are_local_officials() -> None:
    text = (
        "Market management officers swept through the Sunam market on Friday, confiscating Chinese batteries."
    )
    # (a sweep of a market on one dated day is a search since search64: see retyping.market_swept_once)
    assert kinds(text, "search") == {("KP", "local_official")}


def test_guards_on_the_handover_bridge_are_border_guards() -> None:
    text = (
        "Twelve North Koreans were handed over at Dandong on 3 March. "
        "One of them was beaten by North Korean guards with batons on the bridge when he fell."
    )
    assert kinds(text, "violence") == {("KP", "border_guard")}


def test_questions_about_south_koreans_after_a_return_are_state_securitys() -> None:
    text = (
        "Kim was arrested by Chinese police in Tumen in 2015 and sent back two months later. "
        "He said he was questioned for a month about whether he had met South Koreans or gone to church."
    )
    assert kinds(text, "interrogation") == {("KP", "state_security")}


def test_chinese_police_asking_about_a_church_stay_the_police() -> None:
    text = "Public security officers in Yanji questioned three church elders last week about their links to missionaries."
    assert kinds(text, "interrogation") == {("CN", "police")}


def test_local_police_named_asking_about_a_church_stay_the_police() -> None:
    text = "Local police in Musan questioned him twice last year about a Bible found in his house."
    assert kinds(text, "interrogation") == {("KP", "police")}


def test_questions_about_other_things_keep_the_named_force() -> None:
    text = "Police detained a trader in Hyesan. He was questioned about where he had bought the phone."
    assert kinds(text, "interrogation") == {("KP", "police")}


def test_a_security_office_after_state_security_is_its_office() -> None:
    text = (
        "The five were handed to agents of the Ministry of State Security at the bridge in Namyang. "
        "They are now being questioned at the county security office about who paid the broker."
    )
    assert kinds(text, "interrogation") == {("KP", "state_security")}


def test_a_security_office_alone_is_state_security() -> None:
    # read again in session 62 (perp62b): questioning at a bare security office is State Security's
    text = "A woman from Musan was questioned at the county security office for two days last week."
    assert kinds(text, "interrogation") == {("KP", "state_security")}


def test_a_security_office_after_social_security_stays_the_police() -> None:
    text = (
        "State security agents watch the border. Officers of the Ministry of Social Security detained a "
        "trader in Hoeryong. He was questioned at the district security office for three days."
    )
    assert ("KP", "police") in kinds(text, "interrogation")
