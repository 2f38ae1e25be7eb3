"""Who did it (helper session perp38): guards of a place of custody that the report has told as
held by a force in the sentences before, and disappearances after a taking told beside them
(invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[index].perpetrators}


def test_guards_of_a_holding_centre_after_a_handover_to_state_security_are_its_guards() -> None:
    text = (
        "In March the eight women were driven over the bridge and handed to the State Security "
        "Ministry. At the holding centre in Onsong, guards beat those who would not answer."
    )
    assert kinds(text, "violence") == {("KP", "state_security")}


def test_guards_of_the_cells_of_people_arrested_by_state_security_are_its_guards() -> None:
    text = (
        "The teacher was arrested by state security agents in the spring of 2017. He was held "
        "for a month in the county's detention cells, where guards kicked him every night."
    )
    assert ("KP", "state_security") in kinds(text, "violence")


def test_guards_where_a_holding_centre_is_named_are_its_keepers_not_the_border_guards() -> None:
    text = (
        "Chinese police handed the five to the North's border guards at the bridge. They were "
        "then taken to the state security holding centre in Musan. There, guards searched their "
        "clothes for money."
    )
    assert kinds(text, "search") == {("KP", "state_security")}


def test_guards_of_a_jipkyulso_are_keepers_of_a_place_of_custody() -> None:
    text = (
        "She was sent back in May and handed to the provincial state security department. At the "
        "jipkyulso, guards made the women stand in the cold for hours."
    )
    assert ("KP", "state_security") in kinds(text, "violence")


def test_guards_of_a_camp_with_no_force_told_before_stay_the_police() -> None:
    text = (
        "A farmer held at a labour training camp in Kyongsong was beaten by guards last month "
        "for working too slowly, a relative said."
    )
    assert kinds(text, "violence") == {("KP", "police")}


def test_a_disappearance_after_a_taking_by_a_named_force_is_that_forces() -> None:
    text = (
        "The group listed the case of a woman taken by state security officers from her home in "
        "Musan in 2015. She has not been seen since."
    )
    assert kinds(text, "disappearance") == {("KP", "state_security")}


def test_a_disappearance_before_a_taking_told_in_the_next_sentence_is_that_forces() -> None:
    text = (
        "A teacher in Hyesan disappeared in April. Neighbours said he had been taken away by "
        "state security agents at night."
    )
    assert kinds(text, "disappearance") == {("KP", "state_security")}
