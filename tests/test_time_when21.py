"""Dating conventions of round when21 (issue 12: `when` on unseen text), on invented text."""

from __future__ import annotations

from datetime import date

from test_time_unseen import _dated


def test_a_by_gerund_clause_shares_the_time_of_the_act_it_tells_the_means_of() -> None:
    from tessera.language import load_nlp
    from tessera.time.attach import _same_time_clause

    nlp = load_nlp()
    doc = nlp(
        "In the gravest case, three men were executed by firing squad in Hyesan, Ryanggang "
        "Province, in March 2031 after a public trial for selling drugs."
    )
    firing = next(t for t in doc if t.text == "firing")
    executed = next(t for t in doc if t.text == "executed")
    # the parser reads "firing" as a gerund under "by" and hangs "in March 2031" on it
    assert firing.dep_ == "pcomp" and firing.head.lower_ == "by"
    assert _same_time_clause(firing, executed)


def test_a_day_of_the_month_given_loosely_is_read_in_the_reports_month() -> None:
    text = (
        "A family of three went missing from a village in Sinpo around the 14th, a source in the "
        "county told a Seoul-based outlet."
    )
    (gone,) = _dated(text, "2031-07-22", [("went missing", "disappearance")])
    assert (gone.when.start, gone.when.end) == (date(2031, 7, 14), date(2031, 7, 14))


def test_a_loose_day_does_not_read_a_century() -> None:
    from tessera.time.mentions import find_mentions

    assert find_mentions("She wrote a book about the 18th century.") == []


def test_a_counted_gap_after_a_dated_happening_counts_from_its_date() -> None:
    from tessera.python_api import extract

    text = (
        "A trader in Kilju reached by phone said two men accused of smuggling copper across the "
        "river were shot dead by a firing squad there last month in front of a crowd.\n\n"
        "The trader said the families of the two men were expelled from the town and sent to a "
        "mountain farm two days after the execution."
    )
    events = extract(text, published="2031-04-06")
    punished = next(e for e in events if e.type == "punishment")
    # last month (March) moved on by two days
    assert (punished.when.start, punished.when.end) == (date(2031, 3, 3), date(2031, 4, 2))
