"""Merge rules from the missed pairs of the development half (issue 13, session 34), by kind of
miss across writers. Invented text."""

from __future__ import annotations

from datetime import date

from merge_fixtures import ev
from tessera.merge import compare_events, merge_events
from tessera.model import Place, TimeSpan, Victims

CHONGJIN = Place("Chongjin", "KP", "North Hamgyong", None, 41.79, 129.78, "city")


def _missing(eid: str, doc: str, text: str, when: TimeSpan, published: str) -> object:
    e = ev(eid, doc, text, etype="disappearance", published=published, where=CHONGJIN).with_(when=when)
    e.victims = Victims("a market trader", 1, 1, "individual")
    return e


def test_a_day_at_the_edge_of_a_part_of_a_month_touches_it() -> None:
    # The 20th is "late May" to one outlet; late May runs from the 21st by convention.
    since_day = _missing(
        "a",
        "docA",
        "A market trader from Chongjin has not been seen since May 20",
        TimeSpan(date(2027, 5, 20), date(2027, 5, 20), "day", "since May 20"),
        "2027-06-02",
    )
    late_may = _missing(
        "b",
        "docB",
        "a Chongjin market trader who went missing in late May",
        TimeSpan(date(2027, 5, 21), date(2027, 5, 31), "month_part", "in late May"),
        "2027-06-20",
    )
    told = compare_events(since_day, late_may)
    assert "a day at the edge of a part of a month" in told.summary() and told.eligible
    assert len(merge_events([since_day, late_may])) == 1
    # Two days outside the part is another day than the part's.
    earlier = since_day.with_(
        id="c", when=TimeSpan(date(2027, 5, 19), date(2027, 5, 19), "day", "since May 19")
    )
    assert "edge of a part" not in compare_events(earlier, late_may).summary()
    # A part of a month told relative to the report ("late last month") is read as before.
    relative = late_may.with_(
        id="d", when=TimeSpan(date(2027, 5, 21), date(2027, 5, 31), "month_part", "late last month")
    )
    assert "edge of a part" not in compare_events(since_day, relative).summary()


def test_the_head_of_a_familys_neighbourhood_unit_is_named_by_a_tie_to_them() -> None:
    # "The head of their inminban" (the neighbourhood unit every household belongs to) is
    # questioned because of the family, as "their neighbours" are: other people than the
    # family's relatives questioned in the same town and weeks.
    from tessera.merge.text import names_associates

    assert names_associates("the head of their inminban")
    assert not names_associates("residents from every inminban")
    head = ev(
        "a",
        "docA",
        "Agents questioned the head of their inminban for two days",
        etype="interrogation",
        when=("2027-05-20", "2027-05-28"),
        precision="range",
        published="2027-06-02",
        where=CHONGJIN,
    )
    head.victims = Victims("the head of their inminban", 1, 1, "individual")
    relatives = ev(
        "b",
        "docB",
        "State security agents in Chongjin have been questioning the relatives of the trader",
        etype="interrogation",
        when=("2027-05-21", "2027-06-15"),
        precision="range",
        published="2027-06-20",
        where=CHONGJIN,
    )
    relatives.victims = Victims("the relatives of the trader", None, None, "residents")
    assert "someone's neighbours or colleagues" in compare_events(head, relatives).summary()
