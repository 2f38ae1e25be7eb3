"""Places (session 54): an act on workers posted abroad, told by their work unit or its members
("his bunkmates", "his co-workers", "their brigade") and read only as far as the North (the
North's own organs named as its doers), happened at the work site abroad the report named before;
a site the report gives no town of its own lies in the town the report is filed from.

Every test reads invented text and failed before the change was made.
"""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_the_bunkmates_of_a_missing_worker_were_beaten_at_his_site():
    text = (
        "A North Korean welder went missing from a building site in Ussuriysk last month. "
        "An officer of the Ministry of State Security beat three of his bunkmates the same night."
    )
    _, ev = _place(text, _event(text, "disappearance", "missing"), _event(text, "violence", "beat"))
    assert ev.where is not None and ev.where.name == "Ussuriysk"


def test_co_workers_detained_by_the_norths_agents_stay_at_the_site_abroad():
    text = (
        "A North Korean welder went missing from a shipyard in Nakhodka last month, a source said. "
        "Four of his co-workers were later detained by the Ministry of State Security."
    )
    _, ev = _place(text, _event(text, "disappearance", "missing"), _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Nakhodka"


def test_a_site_with_no_town_of_its_own_is_in_the_datelines_town():
    text = (
        "USSURIYSK - A North Korean welder was beaten at a building site on the edge of the city last week."
    )
    (ev,) = _place(text, _event(text, "violence", "beaten"))
    assert ev.where is not None and ev.where.name == "Ussuriysk"
