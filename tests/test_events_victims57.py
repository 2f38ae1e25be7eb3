"""Whom it happened to (helper session 57): counts a report tells by a word, a list or a phrase
the parse breaks (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def count_of(text: str, event_type: str) -> int | None:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found[-1].victims.count_min if found[-1].victims else None


def test_the_third_is_one_person() -> None:
    text = "Three brothers tried to cross in June. The third was arrested on the bank."
    assert count_of(text, "arrest") == 1


def test_another_is_one_person() -> None:
    text = "The younger brother crossed the river in June. Another tried to leave in August."
    assert count_of(text, "escape") == 1


def test_the_others_are_not_one_person() -> None:
    text = "Three men were detained. The others were beaten by guards."
    assert count_of(text, "violence") != 1


def test_kin_sharing_an_owner_after_a_list() -> None:
    assert count_of("A former driver and his wife and son went missing in June.", "disappearance") == 3


def test_counted_kin_sharing_an_owner_after_a_list() -> None:
    assert count_of("A man and his wife and two sons were detained by police.", "arrest") == 4


def test_kin_group_after_a_list_adds_no_person() -> None:
    assert count_of("A woman and her husband and family were arrested in Yanji.", "arrest") == 2


def test_a_trio_is_three_people() -> None:
    assert count_of("Police detained a trio of teachers at a school in Hyesan last week.", "arrest") == 3


def test_of_after_a_custody_phrase() -> None:
    text = "The monitors confirmed the death in custody of a young nurse in Musan in February."
    assert count_of(text, "violence") == 1


def test_of_after_a_date_and_a_place() -> None:
    text = "The group documented the public execution on 3 June in Hyesan of a farmer convicted of theft."
    assert count_of(text, "execution") == 1


def test_of_after_a_place_names_no_group() -> None:
    text = "The report described the arrest in Yanji of the smuggling ring."
    assert count_of(text, "arrest") is None


def test_age_noun_above_a_relative_on_a_place() -> None:
    text = "The group spoke to a 19-year-old from Hyesan who was sentenced to ten years of hard labour last year."
    assert count_of(text, "punishment") == 1


def test_the_caught_not_the_catchers_were_fleeing() -> None:
    text = "Two women were arrested by police officers trying to flee to Laos."
    escape = next(e for e in events_of(text) if e.type == "escape")
    assert escape.victims is not None and escape.victims.count_min == 2
    assert "officers" not in escape.victims.text


def test_a_person_brought_in_later_is_not_the_executed_one() -> None:
    text = (
        "A rights group cited the public execution in May of a man who had sold foreign films. "
        "It also pointed to the case of a 20-year-old from Musan who was sentenced to eight years "
        "of hard labour last year."
    )
    assert count_of(text, "punishment") == 1


def test_the_executed_one_told_again_stays_one_event() -> None:
    text = "A man was executed by firing squad in Hyesan in May. The man had been sentenced to death."
    assert "punishment" not in {e.type for e in events_of(text)}
