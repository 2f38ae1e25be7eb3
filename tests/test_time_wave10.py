"""Dating conventions of the tenth round (issue 12: `when` on unseen text), on invented text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tessera.language import analyse
from tessera.model import Anchor, Document, Event, Source, Span
from tessera.time import date_events
from tessera.time.dating import _same_word
from test_time_events import _event, _range
from test_time_unseen import _dated


def _quoted(text: str, published: str, pieces: list[str], type_: str) -> Event:
    """An event as the events stage quotes it in pieces (the trigger is the first's first word)."""
    analysis = analyse(Document("t", text, published=published))
    spans = [Span("t", text.index(p), text.index(p) + len(p), p) for p in pieces]
    sent = analysis.doc.char_span(spans[0].start, spans[0].end, alignment_mode="expand").root.sent
    first = spans[0]
    verb = first.text.split()[0]
    start = text.index(verb, first.start)
    anchor = Anchor(start, start + len(verb), sent.start_char, sent.end_char, sent.start_char, sent.end_char)
    event = Event(type=type_, status="occurred", evidence=spans, sources=[Source("t")], anchor=anchor)
    (dated,) = date_events([event], analysis)
    return dated


def test_a_date_before_a_trailing_reporting_clause_after_a_dateline_is_the_acts() -> None:
    # The parser hangs the clause on the dateline's city and "early Saturday" on "said".
    text = (
        "SEOUL, Sept. 9 (Harbour Wire) -- A North Korean man swam across the estuary of the "
        "Imjin River and reached Gyodong Island, off the west coast, early Saturday, South "
        "Korea's navy said Sunday."
    )
    escape = _quoted(text, "2027-09-09", ["swam across the estuary", "reached Gyodong Island"], "escape")
    assert _range(escape) == (date(2027, 9, 4), date(2027, 9, 4), "day")


def test_an_unplaceable_occasion_yields_to_a_date_that_also_governs() -> None:
    text = "A fish trader who sold goods across the river was detained by police on his return last month."
    (arrest,) = _dated(text, "2027-06", [("detained", "arrest")])
    assert _range(arrest) == (date(2027, 5, 1), date(2027, 5, 31), "month")


def test_only_the_opening_paragraph_borrows_the_next_paragraphs_date() -> None:
    text = (
        "Four North Korean women have been in the custody of Thai police since early last month, "
        "a church group said.\n\n"
        "The women were picked up at a bus station near the Mekong, the group's pastor said.\n\n"
        "One of them had worked on a farm in Jilin for years before she fled with her son last year."
    )
    (arrest,) = _dated(text, "2027-06-20", [("picked", "arrest")])
    assert arrest.when.start is not None and arrest.when.start.year == 2027
    assert (arrest.when.start.month, arrest.when.end.month) == (5, 5)


def test_a_light_verb_told_again_is_the_same_happening_only_with_its_complement() -> None:
    text = (
        "A guide was also taken into custody. The new leader took power in late 2011. "
        "Her brother was taken into custody in May."
    )
    doc = analyse(Document("t", text)).doc
    custody, power, again = (t for t in doc if t.lemma_ == "take")
    assert not _same_word(custody, power)
    assert _same_word(custody, again)


def test_the_following_day_after_last_week_moves_the_week_on_a_day() -> None:
    text = (
        "Thai police detained five North Koreans near the Mekong last week and handed them to "
        "immigration officers the following day, a volunteer said."
    )
    _arrest, handed = _dated(text, "2027-06-16", [("detained", "arrest"), ("handed", "repatriation")])
    assert _range(handed) == (date(2027, 6, 8), date(2027, 6, 14), "range")


def test_a_month_later_after_a_year_keeps_the_year() -> None:
    text = "In 2019 he was caught by police in Changchun. He was sent back to North Korea a month later."
    _arrest, sent = _dated(text, "2027-06-16", [("caught", "arrest"), ("sent", "repatriation")])
    assert _range(sent) == (date(2019, 1, 1), date(2019, 12, 31), "year")


def test_the_day_after_a_named_happening_counts_from_its_date() -> None:
    text = (
        "Security agents arrested a textile worker on March 9 after finding a phone in her room. "
        "Her sister, who had left the province in 2015, was questioned twice.\\n\\n"
        "A neighbour who lent her money disappeared the day after her arrest, a source said."
    )
    (gone,) = _dated(text, "2027-03-20", [("disappeared", "disappearance")])
    assert _range(gone) == (date(2027, 3, 10), date(2027, 3, 10), "day")


def test_at_the_same_kind_of_gathering_takes_its_time() -> None:
    text = (
        "Two smugglers were shot at a public trial in the town stadium on October 3, a source said. "
        "At the same open trial, a dozen others were handed terms in labour camps."
    )
    _shot, terms = _dated(text, "2027-10-20", [("shot", "execution"), ("handed", "punishment")])
    assert _range(terms) == (date(2027, 10, 3), date(2027, 10, 3), "day")


def test_a_lede_clause_on_someone_who_only_tells_is_narrowed_by_the_details() -> None:
    text = (
        "The North Korean sailor who defected across the sea border earlier this week told "
        "investigators he fled after being beaten by officers, a government source said Friday.\n\n"
        "The sailor, 24, crossed the line in a rubber dinghy on Tuesday night, reaching a "
        "patrol boat at dawn."
    )
    (escape,) = _dated(text, "2027-07-09", [("defected", "escape")])
    assert _range(escape) == (date(2027, 7, 6), date(2027, 7, 6), "day")


def test_a_happening_named_after_a_counted_gap_does_not_take_the_clauses_date() -> None:
    text = (
        "Cambodian police handed six North Koreans to Chinese officers on Friday, less than a week "
        "after their arrest, a rights group said.\\n\\n"
        "The six were detained on May 3 at a guesthouse near the Thai border."
    )
    _handed, arrest = _dated(text, "2027-05-08", [("handed", "repatriation"), ("arrest", "arrest")])
    assert _range(arrest) != (date(2027, 5, 7), date(2027, 5, 7), "day")


def test_a_counted_gap_after_a_named_happening_counts_from_its_date() -> None:
    # not from the year told last, of something else
    text = (
        "Police arrested a fish trader in Hyesan on April 2 after a raid on her home. "
        "A woman who had sold her a phone in 2019 was questioned.\\n\\n"
        "The trader was sent to a labour camp two weeks after her arrest, a relative said."
    )
    (sent,) = _dated(text, "2027-05-20", [("sent", "punishment")])
    assert _range(sent) == (date(2027, 4, 16), date(2027, 4, 16), "day")


def test_a_finer_part_of_the_month_told_again_narrows_a_vague_date() -> None:
    text = (
        "Two officers were demoted after a private under their command fled across the border "
        "last month, a source said.\n\n"
        "The officers were sent to a mine at the end of March, the source said. The private, "
        "a cook, crossed the line near the coast in mid-March."
    )
    escape = _quoted(text, "2027-04", ["fled across the border last month", "crossed the line"], "escape")
    assert _range(escape) == (date(2027, 3, 11), date(2027, 3, 20), "month_part")


def test_a_vague_lede_date_is_not_narrowed_by_the_date_of_another_kinds_noun() -> None:
    text = (
        "In Sinpo, a woman in her 30s was sentenced this summer to ten years in a labour camp for "
        "selling foreign films, a source said.\n\n"
        "There have been rumours of a public execution in the town in July, the source added."
    )
    sentenced, _execution = _dated(
        text, "2027-09-02", [("sentenced", "punishment"), ("execution", "execution")]
    )
    assert _range(sentenced) == (date(2027, 6, 1), date(2027, 8, 31), "season")


def test_the_date_of_an_act_alleged_under_an_accusation_is_not_the_arrests() -> None:
    text = (
        "Police in the border county have arrested three farmers accused of helping a family of "
        "five cross into China in March, a source said.\n\n"
        "The farmers were taken away in early May and are being held at the county jail."
    )
    analysis = analyse(Document("t", text, published="2027-06-10"))
    arrest = _event(analysis, "arrested", "arrest")
    whole = arrest.evidence[0]
    clause = Span("t", whole.start, text.index(", a source"), text[whole.start : text.index(", a source")])
    (dated,) = date_events([replace(arrest, evidence=[clause])], analysis)
    assert _range(dated) == (date(2027, 5, 1), date(2027, 5, 10), "month_part")


def test_this_time_tells_another_happening_than_the_one_told_before() -> None:
    text = (
        "In the summer of 2012 my brother and I crossed the river near Musan. We were caught in "
        "Yanji and sent back within a month.\n\n"
        "In 2018 I left again, alone. This time I went through Kunming and Vientiane, and reached "
        "Bangkok after four weeks."
    )
    _first, second = _dated(text, "2027-01", [("crossed", "escape"), ("reached", "escape")])
    assert _range(second) == (date(2018, 1, 1), date(2018, 12, 31), "year")
