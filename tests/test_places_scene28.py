"""Places (scene28): a place that only tells what someone owned up to, a journey of its own joined
after the act, or the North's camps named in English, is not where the act happened."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place

RETURN = "A woman in her fifties was sent back from Tumen to Namyang in June 2021. "
HELD = "At the Onsong holding centre, guards searched her bag, she said. "


@pytest.mark.parametrize(
    "sentence, etype, trigger",
    [
        (
            "During questioning she was beaten until she admitted having worked in China.",
            "violence",
            "beaten",
        ),
        (
            "Officers questioned her for days and accused her of meeting missionaries in Yanji.",
            "interrogation",
            "questioned",
        ),
        (
            "She was interrogated until she confessed to calling relatives in Seoul.",
            "interrogation",
            "interrogated",
        ),
    ],
)
def test_what_was_admitted_abroad_is_no_scene(sentence: str, etype: str, trigger: str) -> None:
    text = RETURN + HELD + sentence
    ev = _place(text, _event(text, "repatriation", "sent back"), _event(text, etype, trigger))[1]
    assert ev.where is not None and ev.where.country == "KP"


def test_a_journey_joined_after_the_act_keeps_its_own_goal() -> None:
    text = (
        RETURN
        + HELD
        + "She was sentenced to a year in a labour training camp, released early, and crossed again into China in 2023."
    )
    ev = _place(text, _event(text, "repatriation", "sent back"), _event(text, "punishment", "sentenced"))[1]
    assert ev.where is not None and ev.where.country == "KP"


def test_the_acts_own_place_is_kept_beside_a_joined_journey() -> None:
    text = "Chinese police detained three North Koreans in Yanji and then drove them to Tumen."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Yanji"


@pytest.mark.parametrize("camp", ["a reeducation camp", "a reform-through-labour camp", "a labour camp"])
def test_the_norths_camps_in_english_are_in_the_north(camp: str) -> None:
    text = f"Police in Kunming arrested the man in March. The man was later sent to {camp} for two years."
    ev = _place(text, _event(text, "arrest", "arrested"), _event(text, "punishment", "sent to"))[1]
    assert ev.where is not None and ev.where.country == "KP"


def test_a_camp_run_by_another_state_stays_there() -> None:
    text = "Chinese police sent the man to a reeducation camp in Xinjiang for two years."
    (ev,) = _place(text, _event(text, "punishment", "sent"))
    assert ev.where is not None and ev.where.country == "CN"
