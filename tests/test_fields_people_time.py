"""Whom events happened to and when, in wordings that first went unread (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

import tessera
from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Anchor, Document, Event, Source, Span
from tessera.time import date_events


def events_of(text: str, published: str = "2024-06-20") -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published=published)))


def counts(text: str, event_type: str) -> list[tuple[int | None, int | None]]:
    return [
        (e.victims.count_min, e.victims.count_max) if e.victims else (None, None)
        for e in events_of(text)
        if e.type == event_type
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # A family's size before a participle the parse takes for the object of "of".
        (
            "A family of five living near the river in Musan disappeared in early May.",
            "disappearance",
            (5, 5),
        ),
        # A counted group, then the sexes it is made of: the group's count, not the sum.
        ("Guards detained six defectors, four women and two men, near the border.", "arrest", (6, 6)),
        # Three groups listed, the first itself a sex noun: they add up.
        ("Guards detained two men, one woman and a child near the border.", "arrest", (4, 4)),
        # A searched home belongs to the people it was searched for.
        ("Last week police officers searched the home of a trader in Musan.", "search", (1, 1)),
        (
            "Three students were caught watching foreign films last month. "
            "Security agents later raided their homes.",
            "search",
            (3, 3),
        ),
        (
            "Seven people from two families fled last week, and the security ministry began a "
            "search for their whereabouts.",
            "search",
            (7, 7),
        ),
        # A happening named as the object is no person.
        (
            "A family of four was sent to a prison camp last month after undergoing a two-month investigation.",
            "interrogation",
            (4, 4),
        ),
        # An infinitive with no subject tells of the object of the verb above it.
        (
            "The son fled last month, leaving behind his parents and his younger sister to endure "
            "harsh interrogation at a detention centre.",
            "interrogation",
            (3, 3),
        ),
        # A participle describing a noun tells of what was done to it.
        (
            "A North Korean woman handed back by China last spring died in custody in Sinuiju.",
            "repatriation",
            (1, 1),
        ),
        # "the defectors" may name a group first told as North Koreans.
        (
            "Six young North Koreans trying to reach Thailand were detained in Laos earlier this "
            "month, officials said. If they are returned to the North, the defectors can face imprisonment.",
            "punishment",
            (6, 6),
        ),
        # A pronoun in a list is one person of it.
        ("My sister and I were caught by Chinese police in Tumen in 2019.", "arrest", (2, 2)),
        ("He and his wife were arrested in Yanji last week.", "arrest", (2, 2)),
        # A number standing for a noun counts the people told of before.
        (
            "North Korean defectors were caught in Laos last week. Activists said the eight would "
            "be deported to China.",
            "arrest",
            (8, 8),
        ),
        # Nouns for one person beyond the first lists.
        (
            "The man may have been an asylum seeker hoping to reach South Korea, a rights worker said.",
            "escape",
            (1, 1),
        ),
        ("A North Korean was arrested in Yanji last week.", "arrest", (1, 1)),
        # A number times "dozen", "hundred", "thousand"; longer approximate phrases first.
        ("Roughly two dozen workers fled the construction site last month.", "escape", (24, 24)),
        ("Police detained 3 dozen traders in a raid on Monday.", "arrest", (36, 36)),
        ("Police detained two hundred traders in a raid on Monday.", "arrest", (200, 200)),
        ("Police detained several hundred traders in a raid on Monday.", "arrest", (200, None)),
        ("Police detained a few dozen traders in a raid on Monday.", "arrest", (24, None)),
        # An age gloss inside a list of people; families counted by their size.
        ("Police detained a woman in her 40s and her teenage daughter in Musan last week.", "arrest", (2, 2)),
        ("Two families of four were detained in Yanji last week.", "arrest", (8, 8)),
        # "both": two people, or the two told of before.
        ("Both men were arrested in Hyesan last week.", "arrest", (2, 2)),
        (
            "Chinese police detained a North Korean woman and her daughter in Yanji on Monday. "
            "Both are expected to be sent back.",
            "repatriation",
            (2, 2),
        ),
    ],
)
def test_counts(text: str, event_type: str, expected: tuple[int, int]) -> None:
    assert expected in counts(text, event_type)


def test_a_group_is_not_whoever_arrested_them() -> None:
    """The "they" who arrested people is not the group a later sentence tells of."""
    text = (
        "Border police said Monday they had detained nine North Koreans, including two girls.\n"
        "The group was found in a farm shed after a farmer called the police.\n"
        "The group is expected to be deported later this month."
    )
    deportations = [e for e in events_of(text) if e.type == "repatriation"]
    assert deportations and deportations[0].victims is not None
    assert deportations[0].victims.count_min == 9


def test_a_date_after_two_joined_verbs_dates_both() -> None:
    text = "The manager quit his post in May and was arrested and questioned on June 4."
    arrest = next(e for e in tessera.extract(text, published="2024-06-20") if e.type == "arrest")
    assert (arrest.when.start, arrest.when.end) == (date(2024, 6, 4), date(2024, 6, 4))


def test_a_later_second_verb_keeps_its_date_to_itself() -> None:
    text = "Two women were beaten and later arrested on June 4."
    beating = next(e for e in tessera.extract(text, published="2024-06-20") if e.type == "violence")
    assert beating.when.start is None


def test_missing_for_a_while_began_that_long_before_the_report() -> None:
    """A state in the present perfect with how long it has lasted; the suspicion that reads the
    disappearance in the next sentence takes its date and people, what followed it a window."""
    text = (
        "A couple and their two teenage children have been missing from their home in Onsong, "
        "a town on the river, for about two weeks, a resident told a radio station on Wednesday.\n"
        "Police in the town are treating the case as a defection, the resident said, and have "
        "questioned the couple's parents several times."
    )
    found = {e.type: e for e in tessera.extract(text, published="2026-03-11")}
    gone, fled, questioned = found["disappearance"], found["escape"], found["interrogation"]
    assert (gone.when.start, gone.when.end) == (date(2026, 2, 22), date(2026, 2, 28))
    assert (fled.when.start, fled.when.end) == (date(2026, 2, 22), date(2026, 2, 28))
    assert fled.victims is not None and fled.victims.count_min == 4
    assert (questioned.when.start, questioned.when.end) == (date(2026, 2, 22), date(2026, 3, 11))


def test_since_the_event_runs_from_its_day_to_the_report() -> None:
    text = (
        "Two smugglers from Musan were publicly executed on May 12 for selling copper.\n"
        '"They were shot on the riverbank before a large crowd," a source in the county said.\n'
        "Since the execution, the county security department has stepped up its crackdown on "
        "smuggling, and inspection teams have been searching homes along the river."
    )
    found = {e.type: e for e in tessera.extract(text, published="2025-05")}
    for kind in ("crackdown", "search"):
        assert (found[kind].when.start, found[kind].when.end) == (date(2025, 5, 12), date(2025, 5, 31))


def _dated_triggers(text: str, published: str, triggers: list[tuple[str, str]]) -> list[Event]:
    """Events as the events stage hands them over (trigger, sentence), dated by the time stage."""
    analysis = analyse(Document("t", text, published=published))
    events = []
    for trigger, event_type in triggers:
        start = text.index(trigger)
        sent = analysis.doc.char_span(start, start + len(trigger), alignment_mode="expand").root.sent
        events.append(
            Event(
                type=event_type,
                status="occurred",
                evidence=[Span("t", sent.start_char, sent.end_char, sent.text)],
                sources=[Source("t")],
                anchor=Anchor(
                    start,
                    start + len(trigger),
                    sent.start_char,
                    sent.end_char,
                    sent.start_char,
                    sent.end_char,
                ),
            )
        )
    return date_events(events, analysis)


def test_a_second_verb_with_the_same_subject_shares_the_first_ones_date() -> None:
    """The detention takes its day from where the report tells it again; the beating joined to
    it by "and" shares that day, rather than a window up to the report."""
    text = (
        "Two women were taken to the police station in Musan and beaten, a source said. "
        "The police had detained the women on June 3 at the market."
    )
    arrest, beating, _ = _dated_triggers(
        text, "2025-07-08", [("taken", "arrest"), ("beaten", "violence"), ("detained", "arrest")]
    )
    assert (arrest.when.start, arrest.when.end) == (date(2025, 6, 3), date(2025, 6, 3))
    assert (beating.when.start, beating.when.end) == (date(2025, 6, 3), date(2025, 6, 3))


def test_a_count_of_other_people_is_not_the_same_event_told_again() -> None:
    text = (
        "Security officials have mounted a campaign against Chinese phones in Onsong since the "
        "beginning of the month.\n"
        "At least 12 people have been dragged off to the county security department so far, the "
        "source said.\n"
        "On Tuesday, border guards also caught two young men trying to cross the river."
    )
    arrests = [e for e in tessera.extract(text, published="2025-03-14") if e.type == "arrest"]
    twelve = next(e for e in arrests if e.victims is not None and e.victims.count_min == 12)
    assert (twelve.when.start, twelve.when.end) == (date(2025, 3, 1), date(2025, 3, 14))


def kinds_of(text: str, published: str, event_type: str) -> list[set[tuple[str, str | None]]]:
    return [
        {(a.kind, a.country) for a in e.perpetrators}
        for e in tessera.extract(text, published=published)
        if e.type == event_type
    ]


def test_a_foreign_force_does_not_act_on_people_after_they_are_sent_back() -> None:
    text = (
        "Chinese police arrested five North Korean women in Yanji in early May, a source said.\n"
        "The women were sent back to North Korea last week.\n"
        "They will be questioned about whom they met in China, the source said."
    )
    (questioning,) = kinds_of(text, "2025-06-20", "interrogation")
    assert ("police", "CN") not in questioning


def test_a_market_management_office_is_a_local_authority() -> None:
    text = (
        "Control over trading in Hoeryong was tightened in early May. A trader said the head of "
        "the market management office and his staff came out and chased the vendors away. Those "
        "who refused were detained and fined 5,000 won each."
    )
    assert any(("local_official", "KP") in found for found in kinds_of(text, "2025-06", "arrest"))


def test_people_taken_beside_a_dated_arrest_share_its_day() -> None:
    text = (
        "Chinese police arrested a broker in Tumen on March 3, a source said. "
        "Two North Korean women staying at his flat were also detained."
    )
    arrests = [e for e in tessera.extract(text, published="2024-03-20") if e.type == "arrest"]
    women = next(e for e in arrests if e.victims is not None and e.victims.count_min == 2)
    assert (women.when.start, women.when.end) == (date(2024, 3, 3), date(2024, 3, 3))


def test_a_person_the_list_joins_is_no_group_of_its_own() -> None:
    text = "Police detained a woman in her 40s and her teenage daughter in Musan last week."
    assert counts(text, "arrest") == [(2, 2)]


def test_a_hyphenated_part_of_a_year_is_a_date() -> None:
    (execution,) = [
        e for e in tessera.extract("A woman was executed in Hyesan in mid-2024.", published="2025-06-20")
    ]
    assert execution.when.start == date(2024, 5, 1) and execution.when.end == date(2024, 8, 31)


def test_months_later_than_a_season_move_the_season_on() -> None:
    text = (
        '"Chinese police caught me at a bus station in Yanji in the spring of 2018 and sent me '
        'back across the river two months later," she said.'
    )
    found = {e.type: e for e in tessera.extract(text, published="2025-12-04")}
    sent = found["repatriation"]
    assert (sent.when.start, sent.when.end) == (date(2018, 5, 1), date(2018, 7, 31))


def test_a_holiday_named_before_its_noun_dates_the_event() -> None:
    text = "Police detained dozens of traders in Hyesan during the Chuseok holiday, a source said."
    (arrest,) = [e for e in tessera.extract(text, published="2024-10-20") if e.type == "arrest"]
    assert arrest.when.start == date(2024, 9, 17)
