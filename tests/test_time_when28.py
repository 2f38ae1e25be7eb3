"""Dating conventions of round when28, on invented text: a yearless date in a paragraph that set
its story in a past year is read in the year the story has reached, in the third person too."""

from __future__ import annotations

from datetime import date

from test_time_unseen import _dated


def _span(event):  # noqa: ANN001, ANN202
    return event.when.start, event.when.end


def test_a_bare_month_follows_the_story_year_of_its_paragraph() -> None:
    text = (
        "In November 2019, a fisherman from Sinpo slipped across the river with his cousin. "
        "He was caught by soldiers in February and sent to a labour camp."
    )
    (caught,) = _dated(text, "2023-06-12", [("caught", "arrest")])
    assert _span(caught) == (date(2020, 2, 1), date(2020, 2, 29))


def test_last_year_sets_the_year_of_a_month_in_the_same_sentence() -> None:
    text = "Last year, three guards near Manpo were arrested as they tried to cross the ice in January."
    (arrested,) = _dated(text, "2019-04-08", [("arrested", "arrest")])
    assert _span(arrested) == (date(2018, 1, 1), date(2018, 1, 31))


def test_a_month_in_a_new_paragraph_keeps_the_reports_year() -> None:
    text = (
        "In 2019, the ministry opened a new holding centre near Musan.\n\n"
        "Police arrested 12 traders at the market in March, a source said."
    )
    (arrested,) = _dated(text, "2023-06-12", [("arrested", "arrest")])
    assert _span(arrested) == (date(2023, 3, 1), date(2023, 3, 31))


def test_a_year_in_a_clause_of_background_sets_no_story_year() -> None:
    text = (
        "A woman whose brother reached Seoul in 2018 was detained by police in Tumen on "
        "October 3, a relative said."
    )
    (detained,) = _dated(text, "2024-10-20", [("detained", "arrest")])
    assert _span(detained) == (date(2024, 10, 3), date(2024, 10, 3))


def test_a_ban_in_the_present_perfect_holds_up_to_the_report() -> None:
    text = (
        "A fisherman rowed across the estuary on June 3. Since then, residents of the village "
        "have been barred from going near the shore at night."
    )
    (barred,) = _dated(text, "2025-06-10", [("barred", "movement_restriction")])
    assert _span(barred) == (date(2025, 6, 3), date(2025, 6, 10))


def test_leave_denied_in_the_present_perfect_is_a_ban_in_force() -> None:
    text = (
        "Two cooks left the hotel kitchen in Vientiane on Sunday. The other staff have not been "
        "allowed to leave the building."
    )
    (denied,) = _dated(text, "2024-03-15", [("allowed", "movement_restriction")])
    assert _span(denied)[1] == date(2024, 3, 15)


def test_an_order_or_a_ban_told_in_the_past_keeps_its_day() -> None:
    text = "On June 3, the border command ordered guards to shoot anyone near the river."
    (ordered,) = _dated(text, "2025-06-10", [("ordered", "movement_restriction")])
    assert _span(ordered) == (date(2025, 6, 3), date(2025, 6, 3))
    text = "On June 3, police barred residents from the riverbank."
    (barred,) = _dated(text, "2025-06-10", [("barred", "movement_restriction")])
    assert _span(barred) == (date(2025, 6, 3), date(2025, 6, 3))
