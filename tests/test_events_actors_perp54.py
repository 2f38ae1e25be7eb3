"""Who did it (helper session perp54): an inspection team is the forces named in its own phrase,
else its own kind (the party's), not another force the report names; a bare "inspectors" after
such a team are its members (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[index].perpetrators}


def test_an_inspection_team_is_not_a_force_named_in_another_paragraph() -> None:
    text = (
        "A central inspection team sent to Ryanggang Province in March to root out bribery has "
        "detained more than fifteen people in Hyesan, a source said.\n\nBorder guard posts along "
        "the river must now report to the team every evening."
    )
    assert kinds(text, "arrest") == {"party"}


def test_the_team_is_not_the_force_it_came_to_investigate() -> None:
    text = (
        "An inspection team from Pyongyang arrived in Musan last week to investigate border guards "
        "accused of taking bribes, a source said. The team has detained at least six people so far."
    )
    assert kinds(text, "arrest") == {"party"}


def test_forces_named_in_the_team_s_phrase_are_the_team() -> None:
    text = (
        "Inspection teams from the party committee and the police have searched homes in Hyesan since March."
    )
    assert kinds(text, "search") == {"party", "police"}


def test_inspectors_after_an_inspection_group_are_its_members() -> None:
    text = (
        "A joint inspection group sent from Pyongyang began a sweep against foreign films in Kanggye "
        "early this month, a source said. Inspectors have been going from flat to flat, and at least "
        "nine residents have been detained so far."
    )
    assert kinds(text, "arrest") == {"party"}


def test_the_sender_of_the_team_is_its_force() -> None:
    text = (
        "The Central Prosecutors Office has sent an inspection team to Sinpo to look into the "
        "fishery station, a source said.\n\nAt least six managers have been questioned since the "
        "team arrived."
    )
    assert kinds(text, "interrogation") == {"court"}


def test_police_acting_in_the_team_s_paragraph_are_meant() -> None:
    text = (
        "The inspection team arrived in Musan in May and searched every house in the district. "
        "Officers from the provincial police drilled holes in the walls."
    )
    assert kinds(text, "search") == {"police"}


def test_market_inspectors_with_no_team_named_stay_local_officials() -> None:
    text = (
        "Inspectors at the Sunam market have been confiscating rice from traders since Monday, a "
        "source said. A woman who resisted was beaten by inspectors."
    )
    assert kinds(text, "violence") == {"local_official"}


def test_questioning_in_custody_is_the_holder_s_not_the_catcher_s() -> None:
    text = (
        "A family of four has been held by the Ministry of State Security in Hyesan since April. "
        "The family was stopped at the riverbank by a border patrol.\n\nAccording to our sources, "
        "the parents have been interrogated repeatedly."
    )
    assert kinds(text, "interrogation") == {"state_security"}


def test_a_beating_before_the_handover_stays_the_catcher_s() -> None:
    text = (
        "Two men were caught by border guards at the river in May. They were beaten with rifle "
        "butts and then handed to the state security department."
    )
    assert kinds(text, "violence") == {"border_guard"}
