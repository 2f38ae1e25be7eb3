"""Who did it (helper session perp27): the force people are handed to, the North's forces that
receive people sent back, members' words that point back to a force, an organisation's own
staff, arrests placed abroad, sentences passed without trial, the immigration police, restrictions
on going to sea, a workplace as the doer, and a defector's family banished (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[index].perpetrators}


def test_the_force_people_are_handed_to_did_not_arrest_them() -> None:
    text = (
        "Border guards opened fire on two men crossing the river near Musan on Monday. "
        "A third man waiting on the bank was detained and handed over to the provincial "
        "Ministry of State Security."
    )
    assert ("KP", "border_guard") in kinds(text, "arrest")


def test_members_of_a_body_they_are_handed_to_are_that_body() -> None:
    text = (
        "Police in Khabarovsk detained three North Korean loggers on Friday. The detainees were "
        "questioned for a day and then handed to representatives of the North Korean consulate."
    )
    assert ("KP", "other") not in kinds(text, "interrogation")


def test_the_norths_force_named_for_what_it_does_later_does_not_send_people_back() -> None:
    text = (
        "Six women who were handed over to North Korea at Hyesan in March after being caught in "
        "Yanji are being questioned by the county state security department, a source said."
    )
    assert ("KP", "state_security") not in kinds(text, "repatriation")


def test_a_bare_word_for_members_means_the_force_named_before() -> None:
    text = (
        "Border guards at the crossing detained four foreigners on Sunday, the border command "
        "said. Officers found them in a hostel in the town."
    )
    found = [e for e in events_of(text) if e.type == "arrest"]
    assert any(a.kind == "border_guard" for e in found for a in e.perpetrators)


def test_a_nationality_and_a_members_word_mean_that_countrys_force() -> None:
    text = (
        "Lao officials drove the family to the frontier and handed them to Chinese border police. "
        "Chinese officers took all five away in a truck."
    )
    found = [e for e in events_of(text) if e.type == "arrest"]
    assert any(("CN", "border_guard") in {(a.country, a.kind) for a in e.perpetrators} for e in found)


def test_an_organisations_own_investigators_are_not_a_force() -> None:
    text = (
        "The group said its investigators in London interviewed nine women who were held at a "
        "state security detention centre in Onsong. Several of them were beaten during questioning."
    )
    assert all(kind != "police" for _, kind in kinds(text, "violence"))


def test_an_arrest_in_a_town_abroad_is_that_countrys_police() -> None:
    text = "A North Korean worker who was detained last week in the city of Khabarovsk could be sent home."
    assert ("RU", "police") in kinds(text, "arrest")


def test_a_term_passed_without_trial_is_no_courts() -> None:
    text = (
        "State security officers questioned the man for a month. He was then sentenced without "
        "trial to three years in a labour camp, his brother said."
    )
    assert "court" not in {kind for _, kind in kinds(text, "punishment")}


def test_immigration_officers_abroad_are_that_countrys_police() -> None:
    text = "Immigration officers in Vientiane detained seven North Koreans on Tuesday."
    assert any(kind == "police" for _, kind in kinds(text, "arrest"))


def test_a_ban_on_going_to_sea_is_the_border_guards() -> None:
    text = "Authorities in Sinpo have banned small fishing boats from putting to sea at night."
    assert ("KP", "border_guard") in kinds(text, "movement_restriction")


def test_a_company_that_keeps_its_workers_in_acts_through_its_managers() -> None:
    text = "After the escape the company took the passports of the other loggers and banned them from leaving the camp."
    assert ("KP", "other") in kinds(text, "movement_restriction")


def test_a_defectors_family_banished_with_no_one_named_is_state_securitys_doing() -> None:
    text = (
        "Three households in Musan whose sons defected to South Korea were forcibly moved to "
        "remote farms in the mountains last month, a source said."
    )
    assert ("KP", "state_security") in kinds(text, "punishment")


def test_mongolian_authorities_who_catch_crossers_are_its_border_troops() -> None:
    text = (
        "Seven North Koreans who were caught by Mongolian authorities in April are being held in Ulaanbaatar."
    )
    assert ("MN", "border_guard") in kinds(text, "arrest")


def test_a_fine_for_entering_a_third_country_is_a_courts() -> None:
    text = "The nine North Koreans are expected to be fined for illegal entry next week, a police officer in Nong Khai said."
    assert any(kind == "court" for _, kind in kinds(text, "punishment"))
