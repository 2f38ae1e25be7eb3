"""Events stage: false alarms by kind, seen in the sets of many writers (session 34).

People turned back inside North Korea ("traders stopped at a checkpoint in Sunchon were sent
home") are sent away at home, not returned from abroad.

Every sentence here is written for these tests; each rule has a positive and a negative.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Vendors from nearby farms were stopped at a checkpoint outside Kanggye on Friday and sent home.",
        "Residents of villages in Kapsan County who had come to trade at the market were sent home.",
        "Police said twenty people without travel permits had been sent back to their home counties.",
        "The peddlers are expected to be sent back to their home villages under guard.",
    ],
)
def test_sent_home_within_the_north_is_no_repatriation(text: str) -> None:
    assert "repatriation" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Four women caught near Hyesan were sent back to North Korea on Monday.",
        "Four women were sent back to Musan County on Monday, a source in North Hamgyong Province said.",
        "Two loggers in Khabarovsk were sent home on Monday.",
        "Chinese police sent the four women home across the bridge at Tumen on Monday.",
    ],
)
def test_return_from_abroad_stays(text: str) -> None:
    assert "repatriation" in types_of(text)
