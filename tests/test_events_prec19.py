"""Events stage: false alarms by kind (session 19): people described as the sample of a study or
by how often something befell them, acts a class of people is "subject to" under a rule, the
further step a country or an agency "would" take, arrests that are only the condition of a
feared return, a crossing that is only where a shooting happened, and helpers listed bare with
the people arrested with them.

Every sentence here is written for these tests; each rule has a negative (no such event, or not
this type) and a positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, type_list_of, types_of

NO_EVENT = [
    # the sample of a study, or people counted by how often it befell them
    ("The survey drew on interviews with 40 women who had been deported at least once.", "repatriation"),
    (
        "Between 2018 and 2022 the centre interviewed 55 people who had been sent back from Mongolia.",
        "repatriation",
    ),
    ("Interviewees who were deported more often described short stays in holding cells.", "repatriation"),
    # what a class of people is liable to under a rule
    ("Foreign nationals without valid visas are subject to deportation, an official said.", "repatriation"),
    ("Offenders are liable to arrest under the new decree.", "arrest"),
    # the further step a country or an agency would take
    (
        "They fear the workers were handed to Russian police, who would deport them to North Korea.",
        "repatriation",
    ),
    # an arrest that is only the condition of what looms
    ('"If they are caught in Russia and sent back, the family is finished," the source said.', "arrest"),
    ("If the police pick them up, they could be deported within days, she said.", "arrest"),
    # a share of a large population of arrivals: how people came, a statistic
    (
        "Most of the roughly 30,000 North Koreans who have resettled in the South fled via China rather than"
        " across the border.",
        "escape",
    ),
    ("Only a handful of those who arrived last year left North Korea directly, the ministry said.", "escape"),
    # a flight that only says who falls under a rule or a fate
    (
        "The crowd was told that anyone who sells drugs or helps people cross the river would meet the same end.",
        "escape",
    ),
    ('"The ones who had tried to go to South Korea are in the worst position," the source said.', "escape"),
    # questioning named only as the time after which arrivals go on to resettlement
    (
        "An official said the group would be handed over to resettlement authorities once the questioning"
        " was finished.",
        "interrogation",
    ),
    (
        "The ministry said the two would be moved to a resettlement centre after questioning ends.",
        "interrogation",
    ),
    # handed on to safety, not returned
    (
        "An official said the group would be handed over to resettlement authorities once the questioning"
        " was finished.",
        "repatriation",
    ),
    # further acts forecast
    (
        "Experts in Seoul said further public trials were likely to follow before the party congress.",
        "punishment",
    ),
    # people moved out of custody, already held
    (
        "The group was taken by bus from the Tumen border detention centre in the early morning and handed to"
        " North Korean officers on the bridge.",
        "arrest",
    ),
    # a possibility not ruled out
    ("Police have not ruled out that the family drowned or was kidnapped, the source said.", "arrest"),
    # kinds of abuse a report lists, the report dated
    (
        "The report, released last week, described arbitrary killings, torture and forced labor in the North.",
        "violence",
    ),
    (
        "The report, released last week, described arbitrary killings, torture and forced labor in the North.",
        "punishment",
    ),
    # a trial of a thing is a test
    (
        "A defector said trials of the scanner had been discussed at meetings of her neighbourhood unit.",
        "punishment",
    ),
    # what is intercepted is no person
    ("Radio traffic intercepted by South Korean forces suggested a second soldier had set out.", "escape"),
    # a crossing told only as where a shooting happened
    ("A border guard shot and killed a man wading across the Tumen River near Musan on Friday.", "escape"),
    (
        "A man carrying smuggled goods was shot dead by soldiers as he crossed the river near Hyesan last week.",
        "escape",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_no_event_of_this_kind(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


KEPT = [
    # one person's own history, dated
    ("A woman who was deported last month was arrested again in Hyesan on Friday.", "repatriation"),
    # a sample told with the dates of what befell it
    (
        "The office said it had interviewed 60 women who were detained in the North after being returned"
        " from Russia between 2010 and 2020.",
        "arrest",
    ),
    # a rule applied, in the past
    ("The nine were made subject to deportation last week.", "repatriation"),
    # what an agency will do is planned
    ("The police, who will question them about the route, arrived on Monday.", "interrogation"),
    # the feared return itself stays
    ("If the police pick them up, they could be deported within days, she said.", "repatriation"),
    # questioning told as such, beside a later move to resettlement
    (
        "Investigators are still questioning the soldier, and he is expected to be sent to a resettlement"
        " center next month.",
        "interrogation",
    ),
    # further acts told
    ("Further arrests were made in Hyesan on Friday, the source said.", "arrest"),
    # a trial of people
    ("The trial of the five smugglers was held at a stadium in Hyesan on Friday.", "punishment"),
    ("The second trial of a North Korean spy opened in Seoul on Monday.", "punishment"),
    # taken from home by agents
    ("Two women were taken from their home by state security agents on Friday.", "arrest"),
    # a kidnapping told
    ("Police said the family was kidnapped near the border on Friday.", "arrest"),
    # particular people, in the past
    ("Those who fled last year were caught in Shenyang, the source said.", "escape"),
    ("The police arrested those who had helped the family cross the river last month.", "escape"),
    # a share of a group named exactly, on a date
    ("Most of the 20 workers fled the site last week, the source said.", "escape"),
    ("Two soldiers were intercepted by South Korean forces near the line on Sunday.", "escape"),
    # trying to cross, when shot, is an attempt
    ("A man was shot and killed by guards as he tried to cross the river near Musan last week.", "escape"),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT)
def test_event_kept(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


def test_a_shooting_at_a_public_trial_is_an_execution() -> None:
    text = "In mid-May two men were shot at a public trial held at the stadium outside Hyesan."
    assert type_list_of(text) == ["execution"]


def test_a_shooting_at_the_border_stays_an_assault() -> None:
    assert types_of("Two smugglers were shot at the border near Hyesan last week.") == {"violence"}


def test_bare_helpers_listed_with_the_people_share_their_arrest() -> None:
    text = "Railway police in Kunming detained four North Korean women and two Chinese guides at the station on Monday."
    assert type_list_of(text) == ["arrest"]


def test_a_helper_told_by_a_clause_of_his_own_is_his_own_arrest() -> None:
    text = (
        "Police raided a flat in Yanji on Tuesday and arrested four North Korean women and the broker who"
        " had been hiding them."
    )
    arrests = [e for e in events_of(text) if e.type == "arrest"]
    assert len(arrests) == 2


def test_a_sentence_and_its_serving_are_one_punishment() -> None:
    text = (
        "At least five women returned from China last month have been sentenced to five years in a labour camp,"
        " a source said. They are expected to be sent to the women's camp in Kaechon."
    )
    assert type_list_of(text) == ["punishment"]


def test_others_sent_after_a_sentence_are_another_punishment() -> None:
    text = (
        "Three men were sentenced to ten years in prison last week. Their families are expected to be sent to"
        " a remote farm."
    )
    assert type_list_of(text) == ["punishment", "punishment"]
