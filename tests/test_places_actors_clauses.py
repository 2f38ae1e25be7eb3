"""Places that tell who the actors or speakers are, not where the event happened (invented text)."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place
from tessera.model import Anchor, Event, Source, Span


def test_inspectors_sent_from_the_capital_search_where_the_report_is() -> None:
    text = (
        "Police have tightened controls in Hyesan since March. "
        "A team of inspectors sent from Pyongyang has been searching homes for foreign films."
    )
    (ev,) = _place(text, _event(text, "search", "searching"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_agent_of_a_describing_clause_is_not_where() -> None:
    text = "A woman deported by China last spring died in the custody of the police department in Hoeryong."
    (ev,) = _place(text, _event(text, "violence", "died"))
    assert ev.where is not None and ev.where.country == "KP"


def test_the_speakers_place_is_not_where() -> None:
    text = (
        "A labourer who had been sent home by China died in custody at a state security jail in "
        "the city of Manpo last week, a resident of Ryanggang Province told the station."
    )
    (ev,) = _place(text, _event(text, "violence", "died"))
    assert ev.where is not None and ev.where.name == "Manpo"


def test_a_joined_clause_with_its_own_subject_tells_another_event() -> None:
    text = (
        "Three guards of a unit in Manpo were punished for letting smugglers pass. "
        "Their platoon leader was demoted, and he was sent with his wife to a mine in Kapsan County."
    )
    (ev,) = _place(text, _event(text, "punishment", "demoted"))
    assert ev.where is not None and ev.where.name == "Manpo"


def test_those_sent_back_are_in_the_north_again() -> None:
    text = (
        "Chinese police handed over 30 North Koreans held in a jail in Tumen on Friday. "
        "Those sent back now face questioning by the state security ministry, a group said."
    )
    (ev,) = _place(text, _event(text, "interrogation", "questioning"))
    assert ev.where is not None and ev.where.country == "KP"


def test_an_event_read_from_a_gapped_part_of_its_sentence_is_at_that_parts_place() -> None:
    text = (
        "Chinese police arrested 31 North Koreans last week: 23 were arrested in Yanji and eight "
        "others in Helong, a source said."
    )
    trigger = text.index("arrested")
    part = "eight others in Helong"
    p_start = text.index(part)
    ev = Event(
        type="arrest",
        status="occurred",
        evidence=[Span("d", p_start, p_start + len(part), part)],
        sources=[Source("d")],
        anchor=Anchor(trigger, trigger + len("arrested"), 0, len(text), 0, len(text)),
    )
    (placed,) = _place(text, ev)
    assert placed.where is not None and placed.where.name == "Helong"


def test_the_city_of_a_speaker_is_the_city_a_sentence_speaks_of() -> None:
    text = "A trader in Hyesan told the station that police had searched homes in the city."
    (ev,) = _place(text, _event(text, "search", "searched"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_where_a_person_came_back_from_is_not_where_he_was_arrested() -> None:
    text = "Police detained a man who had come back from Russia, a resident said. He was held in Chongjin."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "KP"
