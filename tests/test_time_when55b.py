"""Dating convention of the when55b round, on invented text (through the whole pipeline): an
event named by a noun whose date belongs to the verb the noun serves ("the lockdown was lifted
on Thursday", "passes stopped since June 4 after the arrest of a ring", "this week we return to
the death of a man") takes the date the report gives it where it tells it again on its own verb
("was placed under lockdown in early June")."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_lockdown_lifted_then_told_with_its_own_start() -> None:
    text = (
        "A five-week lockdown of Kimchaek city on North Korea's east coast was lifted on "
        "Thursday, but residents say food ran short during the closure, a Seoul-based outlet "
        "reported.\n\nThe city was placed under lockdown in early June, with residents barred "
        "from leaving their homes. Two children died of illness during the five weeks, the "
        "outlet said."
    )
    assert date_ranges(text, "2024-07-16", "movement_restriction") == [(date(2024, 6, 1), date(2024, 6, 10))]


def test_arrest_named_after_a_dated_ban() -> None:
    text = (
        "Authorities in Musan County have stopped issuing travel passes since June 4, after the "
        "arrest of a ring that carried copper wire to China, a source said.\n\nThe ring, three "
        "men and two women, were detained by state security in mid-May, the source said."
    )
    assert date_ranges(text, "2027-06-20", "arrest") == [(date(2027, 5, 11), date(2027, 5, 20))]


def test_death_returned_to_this_week() -> None:
    text = (
        "This week we return to the death of a man in police custody in Musan. Relatives say "
        "he died in a cell at the county police station in late February, after being beaten."
    )
    assert date_ranges(text, "2024-04-04", "violence") == [(date(2024, 2, 21), date(2024, 2, 29))]
