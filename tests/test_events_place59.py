"""The North's people posted abroad (a mission's staff, students, work crews): a report of them
places the acts it tells without a place in the town abroad where they are posted, not in the
North, until it brings them home."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place

_SENT_OFF = (
    "SOFIA -- All 15 North Korean students at colleges in Sofia were flown home on Friday, a "
    "lecturer said. {who} took the students to the airport by bus and waited until the plane to "
    "Moscow left. One student who refused to board was slapped by {by} outside the {where}."
)


def test_an_embassy_officials_blow_stays_in_the_town_abroad():
    text = _SENT_OFF.format(who="Embassy staff", by="an embassy official", where="dormitory")
    _, ev = _place(text, _event(text, "repatriation", "flown"), _event(text, "violence", "slapped"))
    assert ev.where is not None and ev.where.name == "Sofia" and ev.where.country == "BG"


def test_without_the_posted_the_blow_is_the_norths():
    text = _SENT_OFF.format(who="A teacher", by="an official", where="hostel")
    _, ev = _place(text, _event(text, "repatriation", "flown"), _event(text, "violence", "slapped"))
    assert ev.where is not None and ev.where.country == "KP"


def test_the_posted_brought_home_are_questioned_at_home():
    text = (
        "Six students from Hamhung, who had been studying in Warsaw under the embassy's watch, were "
        "flown home last week. They are being questioned by officials about their friends."
    )
    (ev,) = _place(text, _event(text, "interrogation", "questioned"))
    assert ev.where is not None and ev.where.country == "KP"


_CREW_AT = (
    "Ten North Korean builders at a workers' camp in Dukhan have not been paid since spring, two "
    "of them said. {who} beat one of them last week for complaining."
)


def test_a_small_town_abroad_is_read_where_the_posted_are():
    # Dukhan is a small town the world index knows by another spelling; the report never names
    # its country, but tells of a work crew's minder
    text = _CREW_AT.format(who="The crew's minder")
    (ev,) = _place(text, _event(text, "violence", "beat"))
    assert ev.where is not None and ev.where.country == "QA"


def test_a_small_town_abroad_is_not_read_without_the_posted():
    text = _CREW_AT.format(who="A guard")
    (ev,) = _place(text, _event(text, "violence", "beat"))
    assert ev.where is None or ev.where.country != "QA"


def test_a_report_set_in_the_north_reads_no_town_abroad():
    text = (
        "Ten students at a college in Hamhung were sent to a camp in Dukhan, a source said. "
        "The crew's minder beat one of them last week."
    )
    (ev,) = _place(text, _event(text, "violence", "beat"))
    assert ev.where is None or ev.where.country != "QA"
