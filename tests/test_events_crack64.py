"""Crackdowns told as a measure in force rather than a deed: an inspection team stationed at a
place, checks ordered on a schedule, an age limit on who may trade, patrols clearing lanes of
sellers, traders turned away from stalls, teams put into places; a team at work beside
the searches it makes, and a crackdown told in a clause of its own after a general first
clause (triggers.json; teams.py; retyping.py; status.py)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted, extracted_types

_events = partial(extracted, published="2031-09-14")
_types = partial(extracted_types, published="2031-09-14")


@pytest.mark.parametrize(
    "text",
    [
        "A party inspection team has been at the mine in Musan since last week, a source said.",
        "The county party committee has ordered monthly checks of every pharmacy in the county.",
        "Every school in the city has since been ordered to hold weekly checks of pupils' phones.",
        "The city authorities have raised the minimum age for women trading in the market from 45 to 50.",
        "Since the first of the month, women under 50 are not allowed to sell in the Sunam market.",
        "Patrols have been clearing the streets around the station market of pedlars since early May.",
        "The city sent police patrols last week to chase off the traders who sell from the pavements.",
        "Police and market managers in Hyesan began turning away women under 45 from market stalls this month.",
        "The drive, ordered by the party and launched in March, has put inspection teams into schools and markets.",
        "Young soldiers are deserting coastal units in large numbers as food runs short, and commanders have "
        "responded with a crackdown on deserters.",
    ],
)
def test_measure_in_force_is_a_crackdown(text: str) -> None:
    assert "crackdown" in _types(text)


def test_team_at_work_is_not_read_as_its_searches() -> None:
    types = _types(
        "Since the spring, inspection squads from the railway bureau have been riding the northern line, "
        "checking permits and luggage carriage by carriage."
    )
    assert "crackdown" in types


@pytest.mark.parametrize(
    "text",
    [
        "An inspection team was at the meeting when the manager spoke.",
        "The government raised the minimum age for military service to eighteen.",
        "The farmers cleared the field of stones before the planting.",
        "Traders said they could not sell enough to feed their families.",
        "Police searched the market for the two women on Monday.",
        "The guards turned away the visitors from the gate.",
        "Officers have been ordered to hold weekly checks of homes in the district.",
    ],
)
def test_no_crackdown_in_other_wordings(text: str) -> None:
    assert "crackdown" not in _types(text)
