"""A fear reported days after the feared deed was done to its day (session 45, merge precision).
Invented text."""

from __future__ import annotations

from merge_fixtures import HUNCHUN, NK, ev
from tessera.merge import compare_events, merge_events
from tessera.model import Event, Victims


def _handover(when: tuple[str, str], precision: str = "day") -> Event:
    return ev(
        "done",
        "docA",
        "Chinese police handed the five over to North Korean guards at the Hunchun crossing on Tuesday",
        when=when,
        precision=precision,
        published="2027-03-18",
        origin=HUNCHUN,
        destination=NK,
    ).with_(victims=Victims("the five", 5, 5, None))


def _fear(published: str) -> Event:
    return ev(
        "fear",
        "docB",
        "the five are in imminent danger of being sent back to North Korea, a rights group said",
        status="at_risk",
        published=published,
        origin=HUNCHUN,
        destination=NK,
    ).with_(victims=Victims("the five", 5, 5, None))


def test_a_fear_reported_a_week_after_the_deed_s_day_is_of_another_step() -> None:
    # Handed over on Tuesday the 16th; a week later a report still fears a return: another one.
    done, fear = _handover(("2027-03-16", "2027-03-16")), _fear("2027-03-23")
    r = compare_events(done, fear)
    assert r.conflict == "it happened before the other report feared it", r.summary()
    assert len(merge_events([done, fear])) == 2


def test_a_fear_reported_within_days_of_the_deed_may_still_be_that_deed() -> None:
    # The rights group's statement, written before the news of the handover reached it.
    done, fear = _handover(("2027-03-16", "2027-03-16")), _fear("2027-03-18")
    assert compare_events(done, fear).conflict is None


def test_a_deed_dated_to_two_days_told_as_one_is_dated_to_its_day() -> None:
    # "Overnight" or "the next day" read as two days is still the deed's day.
    done, fear = _handover(("2027-03-16", "2027-03-17"), "range"), _fear("2027-03-24")
    assert compare_events(done, fear).conflict == "it happened before the other report feared it"


def test_a_deed_dated_by_a_part_of_a_month_keeps_two_weeks() -> None:
    # "In mid-March" is a report's reading: a fear a week after its end may be that deed.
    done, fear = _handover(("2027-03-11", "2027-03-20"), "month_part"), _fear("2027-03-27")
    assert compare_events(done, fear).conflict is None
