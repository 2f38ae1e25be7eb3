"""Who did it (helper session who48a): a term of labour training is passed by the North's police,
not a court, unless a trial is told; guards by the Amnok or the Tuman (the Korean names of the
border rivers) are border guards (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[index].perpetrators}


def test_a_labour_training_sentence_is_the_polices() -> None:
    text = "Five grain traders in Kimchaek were sentenced on Tuesday to six months in a labour training unit."
    assert kinds(text, "punishment") == {"police"}


def test_a_hyphened_labour_training_camp_is_the_polices_too() -> None:
    text = "A woman in Musan who skipped her work shift was sentenced to a year in a labour-training camp."
    assert kinds(text, "punishment") == {"police"}


def test_a_labour_training_sentence_at_a_trial_stays_a_courts() -> None:
    text = (
        "Four students were sentenced to six months in a labour training camp at a public trial in Sariwon."
    )
    assert "court" in kinds(text, "punishment")
    assert "police" not in kinds(text, "punishment")


def test_a_term_in_a_kyohwaso_stays_a_courts() -> None:
    text = "Five grain traders in Kimchaek were sentenced on Tuesday to ten years in a kyohwaso."
    assert kinds(text, "punishment") == {"court"}


def test_guards_at_the_amnok_are_border_guards() -> None:
    text = "In March a smuggler was shot dead by guards at the mouth of the Amnok near Sinuiju."
    assert kinds(text, "violence") == {"border_guard"}


def test_guards_at_a_camp_by_the_tuman_are_its_keepers() -> None:
    text = "In March a prisoner was beaten by guards at a labour camp near the Tuman."
    assert "border_guard" not in kinds(text, "violence")
