"""Places (sites29): North Koreans posted abroad. A flight told of people the report had vanish
abroad began where they vanished; an act at the work site or the crew's quarters, read no further
than the North, happened at the work site abroad the report named. (Invented sentences.)"""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


@pytest.mark.parametrize(
    "text, vanish, flee",
    [
        (
            "A North Korean welder went missing in Nakhodka on Friday, two people said. "
            "Company officials believe he has defected.",
            "went missing",
            "defected",
        ),
        (
            "Two North Korean cooks at a restaurant in Dalian have not been seen since May 3. "
            "Officials from the consulate suspect the pair have defected.",
            "not been seen",
            "defected",
        ),
    ],
)
def test_flight_of_people_who_vanished_abroad_starts_there(text: str, vanish: str, flee: str) -> None:
    gone, fled = _place(text, _event(text, "disappearance", vanish), _event(text, "escape", flee))
    assert gone.where is not None and gone.where.country in ("RU", "CN")
    assert fled.origin is not None and fled.origin.name == gone.where.name


def test_flight_from_the_north_is_not_moved_abroad_by_a_vanishing_after_it() -> None:
    text = (
        "A woman fled Hyesan in 2019, her brother said. "
        "She went missing in Shenyang last month and has not called since."
    )
    fled, gone = _place(text, _event(text, "escape", "fled"), _event(text, "disappearance", "went missing"))
    assert fled.origin is not None and fled.origin.country == "KP"


@pytest.mark.parametrize(
    "tail, etype, trigger",
    [
        ("The remaining men have since been barred from leaving the camp.", "movement_restriction", "barred"),
        (
            "North Korea has since confined the other loggers to their dormitories.",
            "movement_restriction",
            "confined",
        ),
        ("Minders searched the workers' quarters the next morning.", "search", "searched"),
    ],
)
def test_act_at_the_site_abroad_happened_there(tail: str, etype: str, trigger: str) -> None:
    text = "Two North Korean loggers fled a logging camp near Tynda last month, a source said. " + tail
    ev = _place(text, _event(text, "escape", "fled"), _event(text, etype, trigger))[1]
    assert ev.where is not None and ev.where.country == "RU"


def test_the_norths_labour_camp_stays_in_the_north() -> None:
    text = (
        "Two North Korean loggers fled a logging camp near Tynda last month, a source said. "
        "One was caught and will be sent to a labour camp once he is back."
    )
    ev = _place(text, _event(text, "escape", "fled"), _event(text, "punishment", "sent to"))[1]
    assert ev.where is None or ev.where.country == "KP"


@pytest.mark.parametrize("dash", ["-", "–"])
def test_twin_towns_of_a_crossing_are_towns_not_the_river(dash: str) -> None:
    text = f"Chinese guards sent 30 women back through the Tumen{dash}Namyang crossing on Monday."
    ev = _place(text, _event(text, "repatriation", "sent"))[0]
    assert ev.origin is not None and (ev.origin.name, ev.origin.country) == ("Tumen", "CN")


def test_the_river_before_a_dash_without_a_crossing_word_stays_the_river() -> None:
    text = "A man swam across the Tumen - Namyang guards saw him - and reached Tumen city."
    from tessera.language import analyse
    from tessera.model import Document
    from tessera.places.stage import find_places

    first = find_places(analyse(Document(id="d", text=text)))[0]
    assert first.chosen is not None and first.chosen.kind == "river"


def test_a_return_told_again_with_its_handover_town_began_there() -> None:
    text = (
        "Four women held in Harbin since March were sent back to North Korea last week, a group said. "
        "Police drove them to Tumen and handed them over at the bridge to Namyang."
    )
    summary = _place(
        text, _event(text, "repatriation", "sent back"), _event(text, "repatriation", "handed them over")
    )[0]
    assert summary.origin is not None and summary.origin.name == "Tumen"


def test_a_second_return_without_a_handover_leaves_the_first_alone() -> None:
    text = (
        "Four women held in Harbin were sent back to North Korea last week. "
        "Two men detained in Tumen are likely to be repatriated soon."
    )
    first = _place(
        text, _event(text, "repatriation", "sent back"), _event(text, "repatriation", "repatriated")
    )[0]
    assert first.origin is not None and first.origin.name == "Harbin"
