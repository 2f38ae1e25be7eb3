"""Who did it (helper session perp23): a third country named as the doer of a sending back or an
arrest, workers kept in by their workplace, and border units (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of


def actors(text: str, event_type: str) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[0].perpetrators}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("China forcibly returned about forty North Koreans across the river bridge on Tuesday.", "CN"),
        ("Last week Laos handed nine North Korean refugees to China at a border gate.", "LA"),
        ("Russia sent back two North Korean loggers to the North in July.", "RU"),
    ],
)
def test_country_as_doer_of_a_sending_back(text: str, country: str) -> None:
    assert (country, "police") in actors(text, "repatriation")


def test_nationality_word_is_no_country_as_doer() -> None:
    # "Chinese traders" are no state: no police of China is made up for them.
    text = "Chinese traders returned three North Korean women to the North in May."
    found = [e for e in events_of(text) if e.type == "repatriation"]
    assert all((a.country, a.kind) != ("CN", "police") for e in found for a in e.perpetrators)


@pytest.mark.parametrize(
    "text",
    [
        "Border units in the province were ordered in March to fire on anyone who approaches the river.",
        "The border battalion was told in May to shoot anyone who approaches the river at night.",
    ],
)
def test_border_units_are_border_forces(text: str) -> None:
    found = [e for e in events_of(text) if e.perpetrators]
    assert found, text
    assert any(a.kind == "border_guard" for e in found for a in e.perpetrators)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the runaway in Yanji. Since then the remaining workers have been confined to the dormitory.",
        "After the escape, staff of the restaurant were barred from leaving the compound on weekends.",
    ],
)
def test_workers_kept_in_by_their_workplace(text: str) -> None:
    assert actors(text, "movement_restriction") == {("KP", "other")}


def test_supervisors_named_with_a_force_stay() -> None:
    # A body of kind "other" named for itself is kept beside a force the sentence also names.
    text = "Russian police and North Korean supervisors searched the workers' barracks on Monday."
    assert "other" in {kind for _, kind in actors(text, "search")}


def test_secret_police_and_security_men_are_state_security() -> None:
    assert "state_security" in {
        k for _, k in actors("A teacher was arrested by the secret police in Hamhung in May.", "arrest")
    }
    assert "state_security" in {
        k for _, k in actors("He was caught at the bus station by security men in June.", "arrest")
    }


def test_force_placed_by_its_place_not_by_what_describes_it() -> None:
    # The country a force is placed in by the words after it: the place's own name counts, not an
    # apposition describing the place.
    assert ("LA", "police") in actors(
        "Police in Laos detained nine North Koreans at a bus station in March.", "arrest"
    )
    text = "Authorities in Kimchaek, a port on the coast facing Japan, detained nine traders in March."
    assert "JP" not in {c for c, _ in actors(text, "arrest")}
