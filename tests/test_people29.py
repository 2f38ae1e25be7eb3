"""Who, how many and whether (helper session people29): an attempt a belief tells, words for
people the lexicon lacked (money changers, kotjebi), soldiers acting at the border, and the hyphenated border-defence force
(invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def first(text: str, event_type: str):
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found[0]


def kinds(text: str, event_type: str) -> set[str]:
    return {a.kind for a in first(text, event_type).perpetrators}


def test_an_attempt_told_in_a_belief_is_suspected() -> None:
    text = (
        "A North Korean cook has not been seen at her restaurant in Vientiane since Friday. "
        "Her managers believe she may be trying to reach South Korea."
    )
    assert first(text, "escape").status == "suspected"


def test_an_attempt_someone_suspects_is_suspected() -> None:
    text = (
        "Two North Korean waiters vanished from a hotel in Dalian last month. "
        "Church workers suspect the pair are seeking to defect to the South."
    )
    assert first(text, "escape").status == "suspected"


def test_an_attempt_told_plainly_stays_attempted() -> None:
    text = "He tried to cross the river near Musan in March but was caught by guards on the bank."
    assert first(text, "escape").status == "attempted"


def test_money_changers_and_street_children_are_people() -> None:
    arrest = first("State Security agents arrested about 15 money changers in Hamhung last week.", "arrest")
    assert arrest.victims is not None and arrest.victims.count_min == 15
    arrest = first("Police rounded up about 25 kotjebi near the station in Hamhung in May.", "arrest")
    assert arrest.victims is not None and arrest.victims.count_min == 25


def test_soldiers_shooting_at_the_river_are_border_guards_and_the_military() -> None:
    text = "Last month soldiers from the local company shot a man who was wading across the river near Manpo."
    assert {"military", "border_guard"} <= kinds(text, "violence")


def test_soldiers_away_from_the_border_are_only_the_military() -> None:
    text = "Soldiers beat two traders at a market in Pyongsong last week, a source said."
    assert "border_guard" not in kinds(text, "violence")


def test_a_hyphenated_border_defence_force_is_a_border_force() -> None:
    text = "A Chinese border-defence unit detained three North Korean women near Changbai on Monday."
    assert "border_guard" in kinds(text, "arrest")


def test_a_past_attempt_of_people_caught_stays_attempted() -> None:
    text = (
        "Thai police arrested six North Koreans near Chiang Rai last week. "
        "Police believe they were trying to reach Bangkok."
    )
    escapes = [e for e in events_of(text) if e.type == "escape"]
    assert all(e.status != "suspected" for e in escapes)
