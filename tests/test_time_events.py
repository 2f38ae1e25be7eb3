"""Dating events in invented reports: each event takes the expression that governs it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tessera.language import Analysis, analyse
from tessera.model import Anchor, Document, Event, Source, Span
from tessera.time import date_events

SAMPLE = Path(__file__).parent / "fixtures" / "sample_report.txt"


def _event(analysis: Analysis, trigger: str, type_: str, status: str = "occurred", nth: int = 0) -> Event:
    """An event as the events stage hands it over: trigger, sentence and clause offsets."""
    text = analysis.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(trigger, start + 1)
    token = analysis.doc.char_span(start, start + len(trigger), alignment_mode="expand").root
    sent = token.sent
    doc_id = analysis.document.id
    return Event(
        type=type_,
        status=status,
        evidence=[Span(doc_id, sent.start_char, sent.end_char, sent.text)],
        sources=[Source(doc_id)],
        anchor=Anchor(
            start, start + len(trigger), sent.start_char, sent.end_char, sent.start_char, sent.end_char
        ),
    )


def _dated(text: str, published: str | None, triggers: list[tuple[str, str]]) -> list[Event]:
    analysis = analyse(Document("t", text, published=published))
    events = [_event(analysis, trig, type_) for trig, type_ in triggers]
    return date_events(events, analysis)


def _range(e: Event) -> tuple[date | None, date | None, str]:
    return e.when.start, e.when.end, e.when.precision


def test_two_events_in_one_sentence_take_their_own_dates() -> None:
    text = (
        "A woman from Hyesan was arrested last month and repatriated at the beginning of August, "
        "a source said."
    )
    arrest, repatriation = _dated(
        text, "2019-08-20", [("arrested", "arrest"), ("repatriated", "repatriation")]
    )
    assert _range(arrest) == (date(2019, 7, 1), date(2019, 7, 31), "month")
    assert arrest.when.text == "last month"
    assert _range(repatriation) == (date(2019, 8, 1), date(2019, 8, 10), "month_part")


def test_dates_in_separate_clauses_do_not_swap() -> None:
    text = "Police detained two traders on March 3, and a third man was executed on March 15."
    arrest, execution = _dated(text, "2021-04-01", [("detained", "arrest"), ("executed", "execution")])
    assert _range(arrest) == (date(2021, 3, 3), date(2021, 3, 3), "day")
    assert _range(execution) == (date(2021, 3, 15), date(2021, 3, 15), "day")


def test_undated_event_gets_a_window_after_what_it_follows() -> None:
    text = "A family of four fled to China in late January but was caught by Chinese police."
    escape, arrest = _dated(text, "2020-02-20", [("fled", "escape"), ("caught", "arrest")])
    assert _range(escape) == (date(2020, 1, 21), date(2020, 1, 31), "month_part")
    assert _range(arrest) == (date(2020, 1, 21), date(2020, 2, 20), "range")


def test_nothing_bounds_an_undated_event() -> None:
    (arrest,) = _dated(
        "Two students were arrested for watching foreign films.", "2020-02-20", [("arrested", "arrest")]
    )
    assert arrest.when.start is None and arrest.when.end is None


def test_a_sources_day_dates_the_report_not_the_event() -> None:
    text = "A source told Daily NK on Tuesday that three people were executed in Hyesan."
    (execution,) = _dated(text, "2019-03-07", [("executed", "execution")])
    assert execution.when.start is None


def test_year_rolls_over_for_a_january_report() -> None:
    text = "The man was sent to a political prison camp in December."
    (punishment,) = _dated(text, "2020-01-15", [("sent", "punishment")])
    assert _range(punishment) == (date(2019, 12, 1), date(2019, 12, 31), "month")


def test_a_duration_is_not_a_date() -> None:
    text = "The officer failed to find them for more than 10 days and was questioned by the MSS."
    (interrogation,) = _dated(text, "2019-03-06", [("questioned", "interrogation")])
    assert interrogation.when.start is None


def test_an_upcoming_occasion_does_not_date_what_already_happened() -> None:
    text = "Authorities set up checkpoints near the border ahead of the upcoming elections on March 10."
    (restriction,) = _dated(text, "2019-03-01", [("checkpoints", "movement_restriction")])
    assert restriction.when.start is None


def test_holiday_dates_an_event() -> None:
    text = "Dozens of people were detained around Chuseok for gambling."
    (arrest,) = _dated(text, "2019-10-01", [("detained", "arrest")])
    # "around" reaches the days either side of the holiday (13 September that year)
    assert _range(arrest) == (date(2019, 9, 10), date(2019, 9, 16), "days")
    text = "Dozens of people were detained on Chuseok for gambling."
    (arrest,) = _dated(text, "2019-10-01", [("detained", "arrest")])
    assert _range(arrest) == (date(2019, 9, 13), date(2019, 9, 13), "day")


def test_opening_summary_takes_the_date_the_next_paragraph_gives() -> None:
    text = (
        "North Korea has begun a crackdown on smuggling along the border, a defector group said.\n"
        "The group said the order was issued on Sunday to guards in Hyesan."
    )
    (crackdown,) = _dated(text, "2010-12-28", [("crackdown", "crackdown")])
    assert _range(crackdown) == (date(2010, 12, 26), date(2010, 12, 26), "day")


def test_sample_report_events() -> None:
    analysis = analyse(Document("seed", SAMPLE.read_text(encoding="utf-8")))
    escape = _event(analysis, "defected to Shenyang", "escape")
    arrest = _event(analysis, "were arrested by agents", "arrest")
    disappearance = _event(analysis, "disappeared from their home", "disappearance")
    escape, arrest, disappearance = date_events([escape, arrest, disappearance], analysis)
    assert _range(escape) == (date(2019, 2, 21), date(2019, 2, 28), "month_part")
    assert escape.when.text == "the end of February"
    # arrested after the escape, before the report (inferred: by March 9)
    assert _range(arrest) == (date(2019, 2, 21), date(2019, 3, 9), "range")
    assert _range(disappearance) == (date(2019, 2, 19), date(2019, 2, 19), "day")


def test_no_events_is_fine() -> None:
    analysis = analyse(Document("t", "Nothing happened.", published="2020-01-01"))
    assert date_events([], analysis) == []


def test_a_count_is_not_a_year() -> None:
    text = "About 2000 people were arrested in the border towns."
    (arrest,) = _dated(text, "2020-02-20", [("arrested", "arrest")])
    assert arrest.when.start is None


def _dated_as(text: str, published: str | None, triggers: list[tuple[str, str, str]]) -> list[Event]:
    """Like `_dated`, with each event's status given."""
    analysis = analyse(Document("t", text, published=published))
    events = [_event(analysis, trig, type_, status) for trig, type_, status in triggers]
    return date_events(events, analysis)


def test_a_clause_of_the_same_time_dates_the_event_it_hangs_on() -> None:
    text = (
        "A mother and her son were caught by border guards while trying to cross the Tumen River "
        "in mid-February, a source said."
    )
    (arrest,) = _dated(text, "2022-03-02", [("caught", "arrest")])
    assert _range(arrest) == (date(2022, 2, 11), date(2022, 2, 20), "month_part")


def test_since_a_clause_spans_from_its_date_to_the_report() -> None:
    text = (
        "At least five people have been detained since the inspection began in early August, a source said."
    )
    (arrest,) = _dated(text, "2022-09-05", [("detained", "arrest")])
    assert _range(arrest) == (date(2022, 8, 1), date(2022, 9, 5), "range")


def test_not_seen_since_dates_the_disappearance_and_the_suspected_flight() -> None:
    text = (
        "Three members of a family in Onsong have not been seen since mid-June, and police "
        "suspect they have fled to China."
    )
    gone, escape = _dated_as(
        text, "2022-07-01", [("seen", "disappearance", "occurred"), ("fled", "escape", "suspected")]
    )
    assert _range(gone) == (date(2022, 6, 11), date(2022, 6, 20), "month_part")
    assert _range(escape) == (date(2022, 6, 11), date(2022, 6, 20), "month_part")


def test_a_suspected_flight_reads_the_disappearance_told_first() -> None:
    text = (
        "A cook at a restaurant in Dandong vanished in early May, and her manager believes she "
        "has defected to South Korea."
    )
    _gone, escape = _dated_as(
        text, "2023-05-30", [("vanished", "disappearance", "occurred"), ("defected", "escape", "suspected")]
    )
    assert _range(escape) == (date(2023, 5, 1), date(2023, 5, 10), "month_part")


def test_a_verb_coordinated_by_and_shares_the_date() -> None:
    text = "Police raided a flat in Yanji on the night of May 2 and detained two women, a source said."
    search, arrest = _dated(text, "2017-05-09", [("raided", "search"), ("detained", "arrest")])
    assert _range(search) == (date(2017, 5, 2), date(2017, 5, 2), "day")
    assert _range(arrest) == (date(2017, 5, 2), date(2017, 5, 2), "day")


def test_a_coordinated_verb_in_another_tense_does_not_share_the_date() -> None:
    text = (
        "The group was moved to a detention center in Tumen on Sunday and is expected to be repatriated soon."
    )
    (repatriation,) = _dated_as(text, "2019-07-16", [("repatriated", "repatriation", "at_risk")])
    assert repatriation.when.start is None


def test_a_fronted_since_phrase_dates_both_coordinated_clauses() -> None:
    text = (
        "Since the task force's launch in early May, 20 residents have been questioned and six "
        "have been sent to labor camps."
    )
    questioning, punishment = _dated(
        text, "2021-06-01", [("questioned", "interrogation"), ("sent", "punishment")]
    )
    assert _range(questioning) == (date(2021, 5, 1), date(2021, 6, 1), "range")
    assert _range(punishment) == (date(2021, 5, 1), date(2021, 6, 1), "range")


def test_a_wire_dateline_dates_the_report_not_the_event() -> None:
    text = "SEOUL, June 3 (Newswire) -- North Korea publicly executed a man in May, officials said."
    (execution,) = _dated(text, "2021-06-03", [("executed", "execution")])
    assert _range(execution) == (date(2021, 5, 1), date(2021, 5, 31), "month")
    text = (
        "SEOUL, June 3 (Newswire) -- North Korea publicly executed two officials for bribery, officials said."
    )
    (execution,) = _dated(text, "2021-06-03", [("executed", "execution")])
    assert execution.when.start is None


def test_a_date_before_after_dates_the_main_clause() -> None:
    text = "A man was arrested in Hyesan last month after a phone was found in his home, a source said."
    (arrest,) = _dated(text, "2019-08", [("arrested", "arrest")])
    assert _range(arrest) == (date(2019, 7, 1), date(2019, 7, 31), "month")


def test_a_trial_held_on_a_date_dates_the_sentence_passed_at_it() -> None:
    text = (
        "A court sentenced two traders to five years of labor for selling phones at a public "
        "trial held in late March."
    )
    (punishment,) = _dated(text, "2020-04-10", [("sentenced", "punishment")])
    assert _range(punishment) == (date(2020, 3, 21), date(2020, 3, 31), "month_part")


def test_a_span_of_years_dates_the_event() -> None:
    text = "Former detainees said guards beat them during interrogations between 2015 and 2017."
    (violence,) = _dated(text, "2020-10-22", [("beat", "violence")])
    assert _range(violence) == (date(2015, 1, 1), date(2017, 12, 31), "range")


def test_a_relative_clause_with_a_modal_keeps_its_own_time() -> None:
    text = "On Monday police handed the women to the security ministry, which will question them."
    (interrogation,) = _dated_as(text, "2019-07-16", [("question", "interrogation", "at_risk")])
    assert interrogation.when.start is None


def test_a_past_perfect_clause_is_not_dated_by_the_verb_above_it() -> None:
    text = (
        "State television on Friday denied reports that two officials had been executed for "
        "corruption, calling them lies."
    )
    (execution,) = _dated(text, "2019-11-08", [("executed", "execution")])
    assert execution.when.start is None


def test_a_when_clause_dates_the_event_it_hangs_on() -> None:
    text = (
        "Relatives say a trader was detained by border police when his truck reached the "
        "customs post on August 9 after a trip to Dandong."
    )
    (arrest,) = _dated(text, "2021-08", [("detained", "arrest")])
    assert _range(arrest) == (date(2021, 8, 9), date(2021, 8, 9), "day")


def test_at_the_same_rally_takes_the_date_of_the_rally_told_before() -> None:
    text = (
        "Three smugglers were shot at a public rally in Hyesan on March 12, a source said. "
        "Twenty other people convicted at the same rally were sent to labour camps."
    )
    _execution, punishment = _dated(text, "2018-04-02", [("shot", "execution"), ("sent", "punishment")])
    assert _range(punishment) == (date(2018, 3, 12), date(2018, 3, 12), "day")


def test_a_step_from_a_source_s_day_is_not_taken() -> None:
    text = (
        "A couple disappeared from Hoeryong in late May, a relative said on Monday. "
        "Since then, police have searched the homes of their neighbours."
    )
    _gone, search = _dated(text, "2022-06-15", [("disappeared", "disappearance"), ("searched", "search")])
    assert _range(search) == (date(2022, 5, 21), date(2022, 6, 15), "range")


def test_a_present_perfect_event_takes_the_period_the_next_sentence_dates() -> None:
    text = (
        "Border police in Musan have tightened a crackdown on smuggling, residents say. "
        "“Since the Day of the Sun, they have been checking every cart at the bridge,” one said."
    )
    (crackdown,) = _dated(text, "2019-05-02", [("crackdown", "crackdown")])
    assert _range(crackdown) == (date(2019, 4, 15), date(2019, 5, 2), "range")


def test_a_present_perfect_event_takes_the_period_the_sentence_before_dates() -> None:
    text = (
        "Since the start of the month, inspection teams have stopped vendors near the station. "
        "Dozens of traders have been detained so far, a source said."
    )
    (arrest,) = _dated(text, "2023-10-19", [("detained", "arrest")])
    assert _range(arrest) == (date(2023, 10, 1), date(2023, 10, 19), "range")


def test_an_opening_summary_takes_the_date_of_its_restatement_cut_at_the_report() -> None:
    text = (
        "North Korea has sealed off a border district in Ryanggang, a South Korean official said. "
        "The closure, ordered in late June, covers three towns along the river."
    )
    (restriction,) = _dated(text, "2021-06-27", [("sealed", "movement_restriction")])
    assert _range(restriction) == (date(2021, 6, 21), date(2021, 6, 27), "range")


def test_an_opening_summary_does_not_take_the_day_of_one_instance() -> None:
    text = (
        "Authorities have tightened controls on travel into the capital, a source said. "
        "Two traders were turned back at a checkpoint in Sunchon on Sunday."
    )
    (restriction,) = _dated(text, "2018-04-10", [("tightened", "movement_restriction")])
    assert restriction.when.start is None


def _with_status(analysis: Analysis, trigger: str, type_: str, status: str, nth: int = 0) -> Event:
    return _event(analysis, trigger, type_, status, nth)


def test_a_threat_does_not_lend_its_date_to_what_happened() -> None:
    text = (
        "Three women were sent back to China on Monday. "
        "Activists said they now face being sent back to North Korea. "
        "The women were sent back after two weeks in a cell."
    )
    analysis = analyse(Document("t", text, published="2022-05-25"))
    events = [
        _with_status(analysis, "sent back", "repatriation", "occurred", 0),
        _with_status(analysis, "sent back", "repatriation", "at_risk", 1),
        _with_status(analysis, "sent back", "repatriation", "occurred", 2),
    ]
    first, _threat, again = date_events(events, analysis)
    assert _range(first) == (date(2022, 5, 23), date(2022, 5, 23), "day")
    assert _range(again) == _range(first)


def test_an_attempt_takes_the_time_of_what_stopped_it() -> None:
    text = (
        "Police detained a family of five near the border on May 2. The family was trying to reach Thailand."
    )
    arrest, attempt = _dated_with(
        text, "2019-05-20", [("detained", "arrest", "occurred"), ("trying", "escape", "attempted")]
    )
    assert _range(arrest) == (date(2019, 5, 2), date(2019, 5, 2), "day")
    assert _range(attempt) == (date(2019, 5, 2), date(2019, 5, 2), "day")


def test_a_day_told_again_refines_a_vague_date_of_the_same_event() -> None:
    text = (
        "The authorities executed a dozen people earlier this month. "
        "A source said the executions were carried out in three towns on Nov. 4."
    )
    analysis = analyse(Document("t", text, published="2015-11-16"))
    event = _event(analysis, "executed", "execution")
    # the events stage joins the second mention as a word-long evidence span
    again = text.index("executions")
    event = event.with_(evidence=[*event.evidence, Span("t", again, again + 10, "executions")])
    (dated,) = date_events([event], analysis)
    assert _range(dated) == (date(2015, 11, 4), date(2015, 11, 4), "day")


def test_a_date_in_a_since_phrase_only_bounds_the_event() -> None:
    text = "The first executions since the border closed in January 2020 took place on July 14."
    (execution,) = _dated(text, "2021-07-30", [("executions", "execution")])
    assert _range(execution) == (date(2021, 7, 14), date(2021, 7, 14), "day")


def test_a_bare_participle_clause_shares_the_time_of_the_event() -> None:
    text = "Guards arrested a young couple trying to cross the frozen river on New Year's Day, a source said."
    (arrest,) = _dated(text, "2020-01-20", [("arrested", "arrest")])
    assert _range(arrest) == (date(2020, 1, 1), date(2020, 1, 1), "day")


def test_the_same_word_told_again_with_a_date_dates_the_event() -> None:
    text = "Nine people were executed for selling beef. The public execution was held on August 30 at an airfield."
    (execution,) = _dated(text, "2023-09", [("executed", "execution")])
    assert _range(execution) == (date(2023, 8, 30), date(2023, 8, 30), "day")


def _dated_with(text: str, published: str, triggers: list[tuple[str, str, str]]) -> list[Event]:
    analysis = analyse(Document("t", text, published=published))
    return date_events([_event(analysis, t, ty, st) for t, ty, st in triggers], analysis)


def test_an_undated_event_takes_the_period_the_story_set_before_it() -> None:
    text = (
        "In late 2016, police officers raided the home of a trader in Musan. "
        "The trader was taken to a detention centre near the river."
    )
    (arrest,) = _dated(text, "2021-03-02", [("taken", "arrest")])
    assert _range(arrest) == (date(2016, 9, 1), date(2016, 12, 31), "range")


def test_after_a_period_opens_what_follows_runs_to_the_report() -> None:
    text = (
        "On May 3, inspectors from the capital began a sweep of the market town. "
        "Several traders were detained and their stalls were closed."
    )
    (arrest,) = _dated(text, "2011-06", [("detained", "arrest")])
    assert _range(arrest) == (date(2011, 5, 3), date(2011, 6, 30), "range")


def test_an_event_still_going_on_lasts_up_to_the_report() -> None:
    text = (
        "On the 4th of this month, a new order reached every district office. "
        "Guards are stopping every bus at the county line."
    )
    (restriction,) = _dated(text, "2024-08-19", [("stopping", "movement_restriction")])
    assert _range(restriction) == (date(2024, 8, 4), date(2024, 8, 19), "range")


def test_a_date_on_a_noun_under_a_reporting_verb_is_the_noun_s() -> None:
    text = (
        "She wrote to her brother about her transfer to the border camp on March 9. "
        "On that day, forty women were moved out of the prison."
    )
    (moved,) = _dated(text, "2022-05-01", [("moved", "repatriation")])
    assert _range(moved) == (date(2022, 3, 9), date(2022, 3, 9), "day")


def test_a_date_on_a_statement_is_when_the_source_spoke() -> None:
    text = "The group said in a statement on Friday that nine women had been sent back."
    (sent,) = _dated(text, "2022-05-04", [("sent back", "repatriation")])
    assert sent.when.start is None


def test_an_after_clause_dates_the_main_clause_when_it_has_no_date() -> None:
    text = "Police detained 12 people after they crossed the river on Sunday, an officer said."
    (arrest,) = _dated(text, "2017-05-09", [("detained", "arrest")])
    assert _range(arrest) == (date(2017, 5, 7), date(2017, 5, 7), "day")


def test_two_verbs_sharing_an_object_share_the_time_of_its_clause() -> None:
    text = "A guard shot and killed a woman trying to wade across the river late last month."
    (violence,) = _dated(text, "2022-04-02", [("shot", "violence")])
    assert _range(violence) == (date(2022, 3, 21), date(2022, 3, 31), "month_part")


def test_a_subject_pointing_back_restates_what_was_told_with_its_date() -> None:
    text = (
        "On June 3, 2022, guards took some 80 detainees across the bridge at night, an activist said.\n\n"
        "Relatives in the South were not told.\n\n"
        "That was the largest repatriation from the city in years."
    )
    (again,) = _dated(text, "2022-09-01", [("repatriation", "repatriation")])
    assert _range(again) == (date(2022, 6, 3), date(2022, 6, 3), "day")


def test_an_undated_present_perfect_event_falls_between_the_story_s_first_date_and_the_report() -> None:
    text = (
        "Five North Koreans have been detained by police in a border city. "
        "Relatives said the five crossed the river earlier this month."
    )
    (arrest,) = _dated(text, "2018-05-29", [("detained", "arrest")])
    assert _range(arrest) == (date(2018, 5, 1), date(2018, 5, 29), "range")


def test_a_present_event_does_not_take_a_past_the_story_told_of() -> None:
    text = (
        "Her sister fled during the famine of the 1990s. "
        "Relatives fear that she is being beaten in a detention centre."
    )
    (violence,) = _dated_with(text, "2023-12-20", [("beaten", "violence", "suspected")])
    assert violence.when.start is None


def test_according_to_a_newspaper_on_monday_dates_the_report_not_the_event() -> None:
    text = "Guards shot three soldiers at a barracks, according to a report in a Seoul daily on Monday."
    (violence,) = _dated(text, "2016-03-09", [("shot", "violence")])
    assert violence.when.start is None


def test_a_threat_takes_the_date_of_what_happened() -> None:
    text = (
        "Laos sent six North Koreans back to China on Monday. "
        "The six are at risk of being sent back to North Korea."
    )
    analysis = analyse(Document("t", text, published="2019-06-05"))
    events = [
        _with_status(analysis, "sent", "repatriation", "occurred", 0),
        _with_status(analysis, "sent", "repatriation", "at_risk", 1),
    ]
    done, threat = date_events(events, analysis)
    assert _range(threat) == _range(done) == (date(2019, 6, 3), date(2019, 6, 3), "day")


def test_a_year_placing_a_day_leaves_the_day_to_count_from() -> None:
    text = (
        "The hearing was held on Nov. 2, last year. "
        "Some 20 days later, the witness's brother was questioned by the police."
    )
    (questioned,) = _dated(text, "2016-03-01", [("questioned", "interrogation")])
    assert _range(questioned) == (date(2015, 11, 18), date(2015, 11, 26), "days")


def test_an_event_deep_in_a_noun_phrase_does_not_take_the_present_of_the_sentence() -> None:
    text = (
        "Concern is growing over the fate of a family of five who have been detained in Dandong. "
        "They were seized on the 12th as they boarded a bus."
    )
    arrest, seized = _dated(text, "2019-05-20", [("family", "arrest"), ("seized", "arrest")])
    assert _range(seized) == (date(2019, 5, 12), date(2019, 5, 12), "day")
    assert _range(arrest) == _range(seized)


def test_what_happens_as_a_rule_takes_no_date_from_the_story() -> None:
    text = (
        "Late last year, three loggers fled a camp in Siberia. "
        "When a worker escapes, his managers are recalled to Pyongyang."
    )
    (escape,) = _dated(text, "2021-02-17", [("escapes", "escape")])
    assert escape.when.start is None


def test_that_same_day_takes_the_date_told_last() -> None:
    text = "On May 3, police raided a market in Sinuiju.\n\nSeveral vendors fled.\n\nThat same day, two women were arrested."
    (arrest,) = _dated(text, "2018-05-20", [("arrested", "arrest")])
    assert _range(arrest) == (date(2018, 5, 3), date(2018, 5, 3), "day")


def test_the_same_word_with_a_day_refines_a_vague_date() -> None:
    text = (
        "The authorities executed a dozen people earlier this month. "
        "A source said the executions were carried out in three towns on Nov. 4."
    )
    (execution,) = _dated(text, "2015-11-16", [("executed", "execution")])
    assert _range(execution) == (date(2015, 11, 4), date(2015, 11, 4), "day")


def test_a_tally_since_a_date_keeps_its_span() -> None:
    text = (
        "Police have arrested more than 30 defectors since the beginning of November. "
        "Five of them were arrested near the coast on November 7."
    )
    tally, five = _dated(text, "2013-11-21", [("arrested", "arrest"), ("were arrested", "arrest")])
    assert _range(five) == (date(2013, 11, 7), date(2013, 11, 7), "day")
    assert _range(tally) == (date(2013, 11, 1), date(2013, 11, 21), "range")


def test_a_limit_the_next_sentence_sets_bounds_an_undated_event() -> None:
    text = (
        "The six women crossed into Laos on March 3 after a month on the road.\n\n"
        "Without warning, Lao police stopped their van and detained all six. "
        "By March 7, they had been driven back to the Chinese border."
    )
    (ev,) = _dated(text, "2021-04-20", [("detained", "arrest")])
    assert ev.when.start == date(2021, 3, 3) and ev.when.end == date(2021, 3, 7)


def test_the_first_event_since_a_date_is_dated_by_its_own_verb() -> None:
    text = (
        "The first such deportations since Hanoi and Beijing closed their borders in March 2020 at the "
        "start of the outbreak took place on June 2 at the river town of Lao Cai, a trader told the station."
    )
    (ev,) = _dated(text, "2021-06-20", [("deportations", "repatriation")])
    assert ev.when.start == date(2021, 6, 2) and ev.when.end == date(2021, 6, 2)


def test_the_first_event_since_a_clause_is_not_dated_by_the_clause() -> None:
    text = (
        "The first public executions since Pyongyang and Moscow sealed the frontier in May 2020 "
        "were reported by residents, a trader said."
    )
    (ev,) = _dated(text, "2021-06-20", [("executions", "execution")])
    assert ev.when.start is None or ev.when.start.year != 2020 or ev.when.start.month != 5


def test_the_largest_crackdown_since_a_year_is_not_dated_by_that_year() -> None:
    text = "It was the largest crackdown since 2015 in the province, residents said on Monday."
    (ev,) = _dated(text, "2021-06-20", [("crackdown", "crackdown")])
    assert ev.when.start is None or ev.when.start.year != 2015


def test_a_measure_from_midnight_on_the_next_weekday_starts_the_day_after_the_report() -> None:
    # 2021-03-03 is a Wednesday
    text = (
        "The province has closed all markets, a resident said. The closure took effect at midnight Thursday."
    )
    (ev,) = _dated(text, "2021-03-03", [("closure", "movement_restriction")])
    assert ev.when.start == date(2021, 3, 4)


def test_a_bare_weekday_without_a_set_hour_still_looks_back() -> None:
    text = "Police arrested three traders on Thursday, a resident said."
    (ev,) = _dated(text, "2021-03-03", [("arrested", "arrest")])
    assert ev.when.start == date(2021, 2, 25)


def test_the_week_leading_up_to_an_occasion_is_the_week_before_it() -> None:
    text = "Guards tightened checks on the roads in the week before May 9, a resident said."
    (ev,) = _dated(text, "2021-05-20", [("tightened", "movement_restriction")])
    assert ev.when.start == date(2021, 5, 2) and ev.when.end == date(2021, 5, 9)


def test_a_counted_number_of_days_before_a_date_is_not_a_run_up() -> None:
    text = "Police arrested the pastor on May 9, two days before the rally, a source said."
    (ev,) = _dated(text, "2021-05-20", [("arrested", "arrest")])
    assert ev.when.start == date(2021, 5, 9)


def test_a_detention_told_by_its_length_lasts_from_the_day_it_began() -> None:
    text = (
        "The woman recalled her 40 days in custody in Hyesan, where she had been taken on "
        "May 2 after a raid on her home."
    )
    (ev,) = _dated(text, "2021-09-01", [("custody", "arrest")])
    assert ev.when.start == date(2021, 5, 2) and ev.when.end == date(2021, 6, 11)


def test_a_counted_time_after_an_undated_happening_told_now_counts_back_from_the_report() -> None:
    text = (
        "Four months after the authorities closed the bridge at Manpo to foot traffic, the ban "
        "remains in force, a trader said."
    )
    (ban,) = _dated(text, "2023-07-12", [("closed", "movement_restriction")])
    assert _range(ban) == (date(2023, 3, 1), date(2023, 3, 31), "month")


def test_a_state_the_present_clause_tells_runs_from_the_counted_day_to_the_report() -> None:
    text = (
        "Two weeks after a fisherman vanished from a pier in Sinpo, his brothers are still being "
        "held by the police, relatives said."
    )
    vanished, held = _dated(text, "2022-10-20", [("vanished", "disappearance"), ("held", "arrest")])
    assert _range(vanished) == (date(2022, 10, 3), date(2022, 10, 9), "week")
    assert (held.when.start, held.when.end) == (date(2022, 10, 3), date(2022, 10, 20))


def test_a_counted_time_after_an_undated_happening_told_in_the_past_stays_unplaced() -> None:
    text = "Three weeks after a smuggler crossed the Yalu at night, guards arrested his brother."
    crossed, arrested = _dated(text, "2022-10-20", [("crossed", "escape"), ("arrested", "arrest")])
    assert crossed.when.start is None
    assert arrested.when.start is None
