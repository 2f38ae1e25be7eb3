"""Returns told through air travel and escorts, and sends back inside the North that are none."""

from __future__ import annotations

import pytest

import tessera


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.evidence[0].text) for e in tessera.extract(text, published="2030-05-20")]


def _types(text: str) -> list[str]:
    return [t for t, _ in _events(text)]


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean cook at the embassy in Lima was bundled onto a plane at the weekend, a "
        "diplomat in the city said.",
        "The translator was driven to Tashkent airport by two colleagues from the mission on Friday, "
        "a neighbour said.",
        "The engineer was escorted to a Moscow-bound flight by three security men from the consulate "
        "last week, his landlord said.",
        "The attaché, a trade officer at the mission in Hanoi, was flown home in early May, a source "
        "in Pyongyang said.",
        "The other six cooks from the restaurant were flown out through Shenyang two days later.",
    ],
)
def test_return_by_air_or_escort_is_read(text: str) -> None:
    assert "repatriation" in _types(text)


def test_flown_home_is_no_send_home_inside_the_north() -> None:
    # (a town of the North named in the clause does not make a flight a send-home within it)
    text = (
        "The clerk, who kept the accounts of the embassy in Lusaka, was flown home in April and spent "
        "a month in a detention centre in Pyongyang, a source said."
    )
    assert "repatriation" in _types(text)


def test_flight_to_safety_is_no_return() -> None:
    text = (
        "The two women were escorted to the airport by South Korean diplomats and left on a flight "
        "to Seoul on Tuesday, the ministry said."
    )
    assert "repatriation" not in _types(text)


def test_airport_police_station_is_custody_not_a_flight() -> None:
    text = "Airport police took the four men to the airport police station after the scuffle, a witness said."
    assert "repatriation" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Chongjin rounded up forty vendors who had come from the countryside without passes "
        "last week. Most were sent back to Kyongsong, a source said.",
        "The three students were questioned by the city police for a day before being sent back to "
        "Kanggye, the source said.",
        "Farm workers caught at the checkpoint outside Sariwon are being sent back to their work teams, "
        "a resident said.",
    ],
)
def test_sent_back_inside_the_north_is_no_return(text: str) -> None:
    assert "repatriation" not in _types(text)


def test_sent_back_to_a_town_of_the_north_from_abroad_stays_a_return() -> None:
    text = (
        "Chinese police detained nine North Korean women in Yanji in March. They were sent back to "
        "Hyesan last week, a source said."
    )
    assert "repatriation" in _types(text)
