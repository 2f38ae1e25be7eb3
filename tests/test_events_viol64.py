"""Events told in other words: violence in detention told by what was done (sedated, injected,
tied to a bed, broken ribs, a death without a doctor or after release, a share of the held
beaten), arrests told as seizures (snatched, grabbed, dragged from home, bundled into a van,
taken from an office) and returns told as being taken or brought back across a river
(triggers.json; cues.json violence_kinds; deaths.py _named_as_held; status.py _passive_present_perfect)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted, extracted_types

_events = partial(extracted, published="2031-09-14")
_types = partial(extracted_types, published="2031-09-14")


@pytest.mark.parametrize(
    "text",
    [
        "Two nurses said the detained women have been forcibly sedated and restrained since March.",
        "The three returnees were injected with sedatives every night in the ward, an orderly said.",
        "The two men were tied to their beds in the county hospital for a week, a relative said.",
        "A miner held by state security suffered broken ribs during questioning in Tanchon last month.",
        "Her cousin came back from the county police station with two broken ribs in April.",
        "One of the four returnees died in the county hospital on Sunday without having seen a doctor.",
        "A detained fisherman died in Kimchaek after the guards refused to call a doctor, a source said.",
        "A trader from Hoeryong died four days after her release from the holding centre in Onsong.",
        "The death of a detained smuggler in March has frightened the traders of Manpo, a resident said.",
        "Eleven fishermen are being held in Sinpo, where some have been beaten by the agents, a source said.",
    ],
)
def test_violence_in_detention_told_by_what_was_done(text: str) -> None:
    assert "violence" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her grandfather died in Kanggye in 2019 at the age of ninety, the family said.",
        "Most are sent back within weeks, a researcher in Seoul said.",
        "A retired teacher died in the village of Sambong last winter, a neighbour said.",
    ],
)
def test_deaths_and_rules_are_no_violence(text: str) -> None:
    assert "violence" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese police snatched two North Korean women outside a bus station in Yanji on Monday.",
        "The woman was snatched by plainclothes agents near the market in Hyesan in May.",
        "Border guards grabbed the two teenagers on the riverbank near Musan last week.",
        "Police dragged the pastor's wife from her home in Sinuiju on Tuesday night, a relative said.",
        "The student was bundled into a van by security men in Vladivostok on 2 June.",
        "State security agents took the accountant from her office in Hamhung on 12 May.",
        "The two soldiers were hauled back to the bank by their own unit, a source said.",
    ],
)
def test_arrests_told_as_seizures(text: str) -> None:
    assert "arrest" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thieves snatched her bag at the Sunchon market last week, a neighbour said.",
        "The mother grabbed her son's hand and ran toward the station, a witness said.",
        "The fishermen hauled their nets back aboard before the storm reached Sinpo.",
    ],
)
def test_seizing_things_is_no_arrest(text: str) -> None:
    assert "arrest" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The seven women were taken straight back across the river by Chinese soldiers in March.",
        "The family were brought back over the ice to Hyesan in January, a relative said.",
    ],
)
def test_returns_told_as_taken_back_across(text: str) -> None:
    assert "repatriation" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The smuggler walked back across the river into China in the spring, his wife said.",
        "The brothers took their boat back across the river before dawn, a villager said.",
    ],
)
def test_going_back_across_alone_is_no_return(text: str) -> None:
    assert "repatriation" not in _types(text)


def test_a_share_told_in_an_active_perfect_stays_a_rule() -> None:
    # (the present perfect makes a passive act done to a share of people past, not a wish of theirs)
    text = "Many sailors have been rescued at sea since 2020; a few have asked to go to South Korea, officials say."
    assert "escape" not in _types(text)
