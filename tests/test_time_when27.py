"""Dating conventions of round when27 (anniversaries, tellings, the aftermath for someone's
associates), on invented text."""

from __future__ import annotations

from datetime import date

from test_time_unseen import _dated


def _span(event):  # noqa: ANN001, ANN202
    return event.when.start, event.when.end


def test_years_ago_this_unit_is_one_anniversary_mention() -> None:
    from tessera.time.mentions import find_mentions

    for text, kind, years in (
        ("Three years ago this week, guards shot a fisherman.", "week", 3),
        ("A year ago today, police sent 40 people back.", "rel_day", 1),
        ("Five years ago this spring, a pastor was detained.", "season", 5),
        ("Twelve years ago this month, the camp was closed.", "month", 12),
    ):
        (m,) = find_mentions(text)
        assert (m.kind, m.years_back) == (kind, years), text
    # a loose count stays two mentions
    assert len(find_mentions("About three years ago this week, guards shot a fisherman.")) == 2


def test_an_anniversary_is_read_years_before_the_report() -> None:
    from tessera.time.report import from_published
    from tessera.time.resolve import resolve_expression

    report = from_published("2031-04-10")
    span = resolve_expression("A year ago today", report)
    assert span is not None and (span.start, span.end) == (date(2030, 4, 10), date(2030, 4, 10))
    span = resolve_expression("Three years ago this month", report)
    assert span is not None and (span.start, span.end) == (date(2028, 4, 1), date(2028, 4, 30))
    span = resolve_expression("Two years ago this spring", report)
    assert span is not None and (span.start, span.end) == (date(2029, 3, 1), date(2029, 5, 31))


def test_an_event_told_on_an_anniversary_takes_that_years_date() -> None:
    text = "Two years ago this spring, police in Hunchun raided a flat and arrested six women."
    (raid,) = _dated(text, "2031-05-02", [("raided", "search")])
    assert _span(raid) == (date(2029, 3, 1), date(2029, 5, 31))


def test_last_month_on_a_verb_of_speaking_is_the_telling_not_the_story() -> None:
    text = (
        "Three years ago this week, a teacher and her son were caught in a flat in Dalian. "
        '"They came before dawn," she said in an interview in Seoul last month. '
        "Five weeks later the two were driven to Dandong and handed over."
    )
    (back,) = _dated(text, "2031-04-10", [("handed", "repatriation")])
    assert back.when.start is not None and back.when.start.year == 2028


def test_what_is_done_to_someones_associates_runs_to_the_report() -> None:
    text = (
        "A cook at a North Korean restaurant in Dalian walked out of the restaurant in early "
        "March and has not returned. Managers questioned his roommates for several days, and "
        "the restaurant's manager was dismissed."
    )
    questioned, dismissed = _dated(
        text, "2031-03-28", [("questioned", "interrogation"), ("dismissed", "punishment")]
    )
    assert _span(questioned) == (date(2031, 3, 1), date(2031, 3, 28))
    assert _span(dismissed) == (date(2031, 3, 1), date(2031, 3, 28))


def test_the_aftermath_keeps_the_day_when_the_text_ties_it_to_the_happening() -> None:
    text = (
        "A soldier crossed the river near Sakju on March 3. His wife was detained at their "
        "home the same morning."
    )
    (detained,) = _dated(text, "2031-03-20", [("detained", "arrest")])
    assert _span(detained) == (date(2031, 3, 3), date(2031, 3, 3))


def test_the_happenings_own_people_are_not_associates() -> None:
    text = "Four women crossed the river on March 3. The women were caught on the bank by guards."
    (caught,) = _dated(text, "2031-03-20", [("caught", "arrest")])
    assert _span(caught) == (date(2031, 3, 3), date(2031, 3, 3))


def test_the_day_a_report_came_out_is_the_tellings() -> None:
    text = (
        "Villagers near Manpo were kept indoors for two weeks in February, according to a report "
        "released by a rights group on Tuesday. During the closure, agents searched every house."
    )
    (search,) = _dated(text, "2031-03-06", [("searched", "search")])
    assert _span(search) == (date(2031, 2, 1), date(2031, 2, 28))


def test_what_a_report_says_keeps_its_own_date() -> None:
    from tessera.language import analyse
    from tessera.model import Document
    from tessera.time.dating import _context

    text = "Rights groups cited reports that four men were shot in Hoeryong late last month."
    ctx = _context(analyse(Document("t", text, published="2031-03-06")))
    (late,) = ctx.mentions
    assert not late.attribution


def test_recalled_this_month_is_a_telling_but_recalled_from_a_post_is_not() -> None:
    from tessera.language import analyse
    from tessera.model import Document
    from tessera.time.dating import _context

    text = (
        '"We left before dawn," one of the sailors recalled this month. '
        "The envoy was recalled from Rome last month."
    )
    ctx = _context(analyse(Document("t", text, published="2031-03-26")))
    told, called_back = ctx.mentions
    assert told.attribution and not called_back.attribution


def test_kin_among_the_people_caught_are_not_associates() -> None:
    text = (
        "A fisherman fled by boat on March 3. Guards detained four people in the next village, "
        "a couple and their two children."
    )
    (detained,) = _dated(text, "2031-03-20", [("detained", "arrest")])
    assert detained.when.end != date(2031, 3, 20)
