"""Wire-service copy: who acted says where a return began, and the dateline places nothing
(invented sentences)."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


@pytest.mark.parametrize(
    ("text", "trigger", "origin"),
    [
        # the South sends fishermen home through the truce village
        (
            "SEOUL, May 6 (Yonhap) -- South Korea returned three North Korean fishermen to the North "
            "via the truce village of Panmunjom on Tuesday, the unification ministry said.",
            "returned",
            "KR",
        ),
        # a bare "the government" in copy filed from Seoul is the South's
        (
            "SEOUL, July 2 (Yonhap) -- The government on Friday sent home two North Korean fishermen "
            "whose boat had drifted south, officials said.",
            "sent home",
            "KR",
        ),
        # the same words with China acting: the return begins in China
        (
            "SEOUL, July 2 (Yonhap) -- Chinese authorities on Friday sent home two North Korean "
            "women held in Dandong, a rights group said.",
            "sent home",
            "CN",
        ),
    ],
)
def test_a_return_the_south_makes_begins_in_the_south(text: str, trigger: str, origin: str) -> None:
    (ev,) = _place(text, _event(text, "repatriation", trigger))
    assert ev.origin is not None and ev.origin.country == origin
    assert ev.destination is not None and ev.destination.country == "KP"


def test_a_return_at_sea_begins_where_the_report_found_the_boat() -> None:
    text = (
        "SEOUL, Oct. 9 (Yonhap) -- South Korea handed back four North Korean fishermen at sea on "
        "Thursday. Their boat had drifted across the Northern Limit Line last week."
    )
    (ev,) = _place(text, _event(text, "repatriation", "handed back"))
    assert ev.origin is not None and ev.origin.country == "KR" and ev.origin.precision != "country"
    assert ev.where == ev.origin


def test_a_dateline_the_parser_takes_for_a_subject_sends_no_one_back() -> None:
    text = (
        "(Seoul, June 3, 2025) — Chinese authorities forcibly returned about 40 North Koreans to "
        "North Korea on Friday, sending them by bus from Tumen to Namyang, a rights group said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "returned"))
    assert ev.origin is not None and ev.origin.country == "CN"


def test_questioning_after_a_flight_into_the_south_is_in_the_south() -> None:
    text = (
        "SEOUL, Aug. 4 (Yonhap) -- A North Korean soldier crossed the Military Demarcation Line "
        "near Cheorwon on Sunday, the military said. Investigators are questioning him about his "
        "motives."
    )
    _, ev = _place(text, _event(text, "escape", "crossed"), _event(text, "interrogation", "questioning"))
    assert ev.where is not None and ev.where.country == "KR"


def test_the_norths_questioning_of_a_defectors_family_stays_in_the_north() -> None:
    text = (
        "SEOUL, Aug. 4 (Yonhap) -- A North Korean soldier crossed the Military Demarcation Line "
        "near Cheorwon on Sunday. His parents in Hyesan have been questioned by the bowibu, a "
        "source said."
    )
    _, ev = _place(text, _event(text, "escape", "crossed"), _event(text, "interrogation", "questioned"))
    assert ev.where is not None and ev.where.country == "KP"


def test_a_river_name_before_a_noun_of_land_is_the_land_not_the_border() -> None:
    text = (
        "Russian police detained two North Korean laborers who fled a sawmill in the Amur region last week."
    )
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.country == "RU"
    assert ev.destination is None or ev.destination.country == "RU"


def test_the_heavily_armed_border_in_a_flight_to_the_south_is_the_demarcation_line() -> None:
    text = (
        "SEOUL, Jan. 7 (Yonhap) -- Two North Korean soldiers defected across the heavily armed "
        "border on Monday, the Joint Chiefs of Staff said."
    )
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.destination is not None and ev.destination.country == "KR"


def test_the_heavily_fortified_border_with_china_is_not_the_demarcation_line() -> None:
    text = "A North Korean woman fled across the heavily fortified border with China last month."
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.destination is None or ev.destination.country != "KR"
