"""Dating conventions found failing on unseen reports (issue 12), each on invented text."""

from __future__ import annotations

from datetime import date

from tessera.language import analyse
from tessera.model import Document, Event
from tessera.time import date_events, find_mentions
from tessera.time.mentions import is_dateline
from test_time_events import _event, _range


def _dated(text: str, published: str | None, triggers: list[tuple[str, str]]) -> list[Event]:
    analysis = analyse(Document("t", text, published=published))
    return date_events([_event(analysis, trig, type_) for trig, type_ in triggers], analysis)


def test_a_dateline_may_name_the_country_after_the_city() -> None:
    text = "PORT LOUIS, Mauritius, Jun 4 -- Coast guards detained nine fishermen early on Monday."
    dateline, monday = find_mentions(text)
    assert is_dateline(text, dateline)
    assert not is_dateline(text, monday)


def test_now_before_an_age_is_no_time() -> None:
    for text in (
        "The man, now 52, crossed the river in 2009.",
        "Her brother, now aged 30, was caught in 2011.",
        "The teacher, now in her late 60s, fled in 1998.",
    ):
        assert [m.kind for m in find_mentions(text)] == ["year"], text
    assert [m.kind for m in find_mentions("Guards now search every truck.")] == ["window"]


def test_a_datelined_event_takes_its_own_weekday_not_the_dateline() -> None:
    text = (
        "PORT LOUIS, Mauritius, Jun 4 -- Coast guards detained nine fishermen early on Monday, police said."
    )
    (arrest,) = _dated(text, "2027-06-04", [("detained", "arrest")])
    assert _range(arrest) == (date(2027, 5, 31), date(2027, 5, 31), "day")


def test_a_vague_lede_date_is_narrowed_by_the_day_the_details_open_with() -> None:
    text = (
        "Three fishermen fled their village in early March, relatives said.\n\n"
        "The men left the harbour on the night of March 4, one relative said. They took nothing."
    )
    (escape,) = _dated(text, "2027-03-20", [("fled", "escape")])
    assert _range(escape) == (date(2027, 3, 4), date(2027, 3, 4), "day")


def test_a_lasting_state_since_a_vague_date_is_narrowed_too() -> None:
    text = (
        "Two miners have been missing since early May, police said.\n\n"
        "They did not come back from the pit on May 6, a spokesman said."
    )
    (gone,) = _dated(text, "2027-05-20", [("missing", "disappearance")])
    assert _range(gone) == (date(2027, 5, 6), date(2027, 5, 6), "day")


def test_a_day_outside_the_vague_date_or_a_tally_is_not_taken() -> None:
    outside = (
        "Three fishermen fled their village in early March, relatives said.\n\n"
        "Their boat was found on March 19, one relative said."
    )
    (escape,) = _dated(outside, "2027-03-20", [("fled", "escape")])
    assert _range(escape) == (date(2027, 3, 1), date(2027, 3, 10), "month_part")
    tally = (
        "Police have arrested 40 traders since early May, a source said.\n\n"
        "The first were caught at the market on May 3, the source said."
    )
    (arrests,) = _dated(tally, "2027-05-20", [("arrested", "arrest")])
    assert arrests.when.start == date(2027, 5, 1)


def test_a_relative_clause_in_the_lede_is_not_narrowed_by_the_details_of_another_act() -> None:
    # The details tell the arrest; the crossing, told of the people in a relative clause, keeps
    # its own vague date.
    text = (
        "Security agents have detained two officers from the unit of the private who ran across "
        'the border earlier this week, a source said. "They were taken away on Tuesday," the source said.'
    )
    (escape,) = _dated(text, "2027-05-14", [("ran", "escape")])
    assert _range(escape) == (date(2027, 5, 10), date(2027, 5, 14), "range")
    # When the sentence only describes the people, the clause is its news and is narrowed.
    described = (
        "The private who ran across the border earlier this week is a driver in his 30s, officials "
        "said. He crossed the river at dawn on Tuesday."
    )
    (told,) = _dated(described, "2027-05-14", [("ran", "escape")])
    assert _range(told) == (date(2027, 5, 11), date(2027, 5, 11), "day")


def test_a_date_on_a_verb_quoted_with_the_trigger_dates_the_event() -> None:
    from tessera.model import Span

    text = "A fisherman rowed across the bay and landed on the southern shore on Sunday, officials said."
    analysis = analyse(Document("t", text, published="2027-06-08"))
    rowed = _event(analysis, "rowed", "escape")
    start = text.index("landed")
    joined = rowed.with_(
        evidence=[*rowed.evidence[:0], Span("t", 0, 31, text[:31]), Span("t", start, start + 6, "landed")]
    )
    (escape,) = date_events([joined], analysis)
    assert _range(escape) == (date(2027, 6, 6), date(2027, 6, 6), "day")


def test_a_date_between_a_relative_clause_and_the_main_verb_ends_the_clause() -> None:
    text = (
        "The mother and sister of a miner who escaped from Hoeryong, North Hamgyong Province, last "
        "winter have been sent to a remote farm, a source said. Agents came for them on March 3."
    )
    desertion, exile = _dated(text, "2027-03-20", [("escaped", "escape"), ("sent", "punishment")])
    assert desertion.when.text == "last winter"
    assert exile.when.text != "last winter"


def test_by_a_date_is_a_limit_from_the_date_told_before() -> None:
    text = (
        "Since the middle of last month, agents have raided homes in the district every night, a "
        "source said.\n\nAt least 20 people had been detained by the end of May, the source said."
    )
    (arrest,) = _dated(text, "2027-06", [("detained", "arrest")])
    assert _range(arrest) == (date(2027, 5, 11), date(2027, 5, 31), "range")


def test_by_a_date_with_nothing_told_before_stays_the_date() -> None:
    (arrest,) = _dated(
        "At least 20 people had been detained by the end of May.", "2027-06", [("detained", "arrest")]
    )
    assert _range(arrest) == (date(2027, 5, 21), date(2027, 5, 31), "month_part")


def test_a_yearless_season_in_a_testimony_is_the_story_year() -> None:
    text = (
        '"I was caught in March 2011 near the river. In the autumn I was sent to a labour camp '
        'for two years."'
    )
    caught, sent = _dated(text, "2027-02-10", [("caught", "arrest"), ("sent", "punishment")])
    assert _range(sent) == (date(2011, 9, 1), date(2011, 11, 30), "season")


def test_a_yearless_season_in_a_third_person_report_is_the_report_year() -> None:
    text = "The man was caught in March 2011 near the river. In the autumn police sent his wife to a camp."
    caught, sent = _dated(text, "2027-02-10", [("caught", "arrest"), ("sent", "punishment")])
    assert sent.when.start == date(2026, 9, 1)


def test_a_past_perfect_reported_beside_a_past_takes_the_storys_time() -> None:
    text = (
        "Police in the port city flogged two smugglers in public last week, officials said on Monday. "
        "An official told reporters that the floggings were held after a rally attended by workers "
        "and that four other men had received fines."
    )
    flogged, fined = _dated(text, "2027-04-14", [("flogged", "violence"), ("received", "punishment")])
    assert flogged.when.text == "last week"
    assert _range(fined) == (date(2027, 4, 5), date(2027, 4, 11), "week")


def test_a_plain_past_perfect_takes_the_time_the_story_set() -> None:
    # when29: the gold of a dozen sets dates a past perfect with no date of its own by the time
    # the story set before it (a step just before, within that time), not as unknown.
    text = (
        "Police in the port city flogged two smugglers in public last week, officials said on Monday. "
        "Four other men had received fines."
    )
    _flogged, fined = _dated(text, "2027-04-14", [("flogged", "violence"), ("received", "punishment")])
    assert _range(fined) == (date(2027, 4, 5), date(2027, 4, 11), "week")


def test_believed_to_be_doing_lasts_up_to_the_report() -> None:
    text = "A logger vanished from his camp on May 2 and is believed to be making his way to the coast, a source said."
    analysis = analyse(Document("t", text, published="2027-05-20"))
    gone = _event(analysis, "vanished", "disappearance")
    flight = _event(analysis, "making", "escape", status="suspected")
    _gone, fleeing = date_events([gone, flight], analysis)
    assert _range(fleeing) == (date(2027, 5, 2), date(2027, 5, 20), "range")


def test_a_vague_date_is_narrowed_by_the_next_sentence_that_points_back() -> None:
    text = (
        "Border guards sent back about 40 fishermen earlier this week, a rights group said on Friday. "
        "The men were driven across the bridge on Tuesday night, the group said."
    )
    (returned,) = _dated(text, "2027-06-11", [("sent back", "repatriation")])
    assert _range(returned) == (date(2027, 6, 8), date(2027, 6, 8), "day")
    other = (
        "Border guards sent back about 40 fishermen earlier this week, a rights group said on Friday. "
        "Police raided a church on Tuesday night, the group said."
    )
    (returned,) = _dated(other, "2027-06-11", [("sent back", "repatriation")])
    assert returned.when.text == "earlier this week"


def test_a_date_of_the_main_clause_does_not_refine_a_relative_clauses_own() -> None:
    text = (
        "A family of four who fled Hyesan in Ryanggang Province this spring was detained by police in "
        "Changbai in late May, a source said."
    )
    fled, detained = _dated(text, "2027-06-10", [("fled", "escape"), ("detained", "arrest")])
    assert fled.when.text == "this spring"
    assert detained.when.text == "late May"
