"""Whom events happened to and who did them, read across sentences (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def counts(text: str, event_type: str) -> list[tuple[int | None, int | None]]:
    return [
        (e.victims.count_min, e.victims.count_max) if e.victims else (None, None)
        for e in events_of(text)
        if e.type == event_type
    ]


def kinds(text: str, event_type: str) -> list[set[str]]:
    return [{a.kind for a in e.perpetrators} for e in events_of(text) if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # First person: the speaker is one person, "we" at least two.
        ("“I was beaten by the guards every night,” the woman said.", "violence", (1, 1)),
        ("“We crossed the river at night,” the man said.", "escape", (2, None)),
        # People listed one by one add up.
        ("Police arrested her husband, her brother and her son last year.", "arrest", (3, 3)),
        # A number the tokenizer splits at its hyphen.
        ("Thirty-two defectors were detained in Yanji last week.", "arrest", (32, 32)),
        # A second verb shares the passive subject of the first.
        ("Six women were detained in Laos and sent back to China on Monday.", "repatriation", (6, 6)),
        # A participle hung on the verb tells of that verb's object, not its subject.
        (
            "Officials in the frontier town have arrested a group of 12 North Koreans trying to reach Thailand.",
            "escape",
            (12, 12),
        ),
        # A stretch of time is no one.
        ("Two men were arrested on Friday and repatriated the following day.", "repatriation", (2, 2)),
        # Companions share the event and add up.
        ("A student was sent to a labor camp along with his parents.", "punishment", (3, 3)),
        ("The two were arrested alongside five other defectors in a hideout.", "arrest", (7, 7)),
        # A relative clause on the first of two counted groups is about the first.
        (
            "The report lists 12 workers who were deported in March, and 30 women from Hoeryong.",
            "repatriation",
            (12, 12),
        ),
        # "The group" refers back to the people named before.
        (
            "Nine North Koreans were detained in Vientiane. The group was questioned for days.",
            "interrogation",
            (9, 9),
        ),
        # Counted officials can be whom "they" means.
        (
            "Two officials of the railway ministry were dismissed last month. They were questioned for a week.",
            "interrogation",
            (2, 2),
        ),
        # Males and females are people.
        ("The seven males and two females were detained in Laos.", "arrest", (9, 9)),
    ],
)
def test_counts(text: str, event_type: str, expected: tuple[int | None, int | None]) -> None:
    assert expected in counts(text, event_type)


def test_definite_nationality_means_the_counted_group() -> None:
    text = (
        "Seven North Koreans were detained in Shenyang on Monday. The two guides were released. "
        "Activists expressed concern over the possible repatriation of the North Korean nationals."
    )
    assert counts(text, "repatriation") == [(7, 7)]


def test_plural_relative_clause_is_about_the_whole_group() -> None:
    text = "Four of their helpers were arrested in June. One of the helpers who were arrested is a pastor."
    assert (1, 1) not in counts(text, "arrest")
    assert (4, 4) in counts(text, "arrest")


def test_count_given_later_reaches_the_earlier_event() -> None:
    text = (
        "Chinese police sent defectors back across the border on Monday. "
        "The 50 defectors who were returned were taken to Sinuiju."
    )
    assert (50, 50) in counts(text, "repatriation")


def test_helpers_listed_with_the_victims_are_not_counted_with_them() -> None:
    text = "Twenty defectors and three of their helpers were arrested in Qingdao. They face repatriation."
    assert counts(text, "repatriation") == [(20, 20)]


def test_bare_plural_is_not_what_they_means_when_a_counted_group_is_named() -> None:
    text = (
        "Eleven North Koreans were arrested in Kunming. Kunming is a route for defectors heading south. "
        "They were sent back to China on Friday."
    )
    assert (11, 11) in counts(text, "repatriation")


def test_bare_authorities_mean_the_force_the_report_names() -> None:
    text = (
        "The family was banished from Pyongyang after the authorities found out about the defection. "
        "The city's state security department had kept the file."
    )
    assert {"state_security"} <= kinds(text, "punishment")[0]


def test_authorities_abroad_are_that_countrys_police() -> None:
    events = [
        e
        for e in events_of("Lao authorities detained five North Koreans near the border.")
        if e.type == "arrest"
    ]
    assert [(a.kind, a.country) for a in events[0].perpetrators] == [("police", "LA")]


def test_the_department_refers_back_to_the_force() -> None:
    text = (
        "The security department questioned the two men for days. The department then beat them with clubs."
    )
    assert all("state_security" in k for k in kinds(text, "violence"))


def test_an_act_without_an_actor_takes_the_force_of_the_latest_act() -> None:
    text = (
        "Police arrested three smugglers in Musan on Monday. One of them had sold phones in the market. "
        "The market has been quiet since. A fourth man was also detained."
    )
    assert all("police" in k for k in kinds(text, "arrest"))


def test_a_joint_body_is_each_of_its_kinds() -> None:
    assert {"police", "state_security"} <= kinds("Group 109 agents searched the house at night.", "search")[0]


def test_a_trial_is_a_court() -> None:
    assert kinds("Three men were executed in Hyesan last week after a public trial.", "execution") == [
        {"court"}
    ]


def test_no_court_acts_without_trial() -> None:
    assert all(
        "court" not in k for k in kinds("Four men were sent to a labour camp without trial.", "punishment")
    )


def test_an_official_who_beats_is_not_whom_it_happened_to() -> None:
    assert counts("Five guards beat him in the cell.", "violence") == [(1, 1)]


def test_the_one_count_given_for_a_noun_reaches_its_uncounted_mention() -> None:
    text = (
        "A family was caught near the border by security agents last week. "
        "Sources said a family of four from Musan had paid a broker to guide them across."
    )
    assert (4, 4) in counts(text, "arrest")


def test_plural_people_do_not_take_the_count_of_one() -> None:
    text = "Women held in the camp were beaten by guards. One woman said she was beaten for days."
    assert (1, 1) not in counts(text, "violence")[:1]


def test_a_word_after_a_hyphen_inside_a_word_is_no_actor() -> None:
    assert all(
        "court" not in k for k in kinds("Two men were held in pre-trial detention for a month.", "arrest")
    )


def test_they_after_a_list_means_the_whole_list() -> None:
    text = (
        "Police arrested her husband, her brother and her son in 2019. "
        "They were taken away at night and have not been seen since."
    )
    assert (3, 3) in counts(text, "disappearance")


def test_a_possessed_thing_counted_is_not_people() -> None:
    assert (10, 10) not in counts(
        "All 10 of his fingers were broken during his interrogation.", "interrogation"
    )


def test_people_of_an_unlisted_noun_are_counted() -> None:
    assert (4, None) in counts("At least four of his deputies were taken into custody in May.", "arrest")


def test_authorities_with_no_force_named_are_the_police() -> None:
    assert kinds(
        "Authorities have set up checkpoints on every road into the city.", "movement_restriction"
    ) == [{"police"}]


def test_the_force_that_acts_is_not_whom_it_happened_to() -> None:
    text = "During the interrogation, the security department pressured the prisoners to confess."
    events = [e for e in events_of(text) if e.type == "interrogation"]
    assert events[0].victims is None or events[0].victims.count_min != 1
    assert {a.kind for a in events[0].perpetrators} == {"state_security"}


def test_a_list_written_with_name_glosses_counts_everyone() -> None:
    text = (
        "In May, a 41-year-old man surnamed Ri, his 38-year-old wife, surnamed Han, "
        "and their 15-year-old son tried to cross the river."
    )
    assert counts(text, "escape") == [(3, 3)]
    assert events_of(text)[0].victims.group == "family"


def test_an_age_written_as_a_noun_is_a_person() -> None:
    text = "Activists said that the ten-year-old, identified by her family name, and her grandmother crossed the river in May."
    assert (2, 2) in counts(text, "escape")


def test_a_person_who_acts_in_a_clause_of_their_own_is_not_listed() -> None:
    assert counts("Police arrested a man in Hyesan, and his wife fled to China.", "arrest") == [(1, 1)]


def test_a_broker_written_after_the_people_is_not_counted_with_them() -> None:
    text = "Four women and the broker who had guided them crossed the river in June."
    assert (4, 4) in counts(text, "escape")


def test_they_under_a_reporting_verb_are_its_speakers() -> None:
    text = (
        "The report covers 14 women who were sent back from China last year. "
        "Of the 14, nine said they had been beaten during questioning."
    )
    assert (9, 9) in counts(text, "violence")


def test_a_single_source_is_not_who_they_are() -> None:
    text = "Five men were detained in Yanji in May. They were sent back to North Korea, said the activist."
    assert counts(text, "repatriation") == [(5, 5)]


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # A count word parsed as a preposition still introduces the object.
        (
            "The authorities publicly executed between three and six people in Sariwon in May.",
            "execution",
            (3, 6),
        ),
        # Two count words before one: "several dozen" is not "several".
        ("Several dozen traders were detained in the market raid last week.", "arrest", (24, None)),
        # A noun that "who" describes names people, even one no list knows.
        ("Three loggers who fled a timber camp in Russia in June have reached Seoul.", "escape", (3, 3)),
    ],
)
def test_counts_of_less_common_phrasings(
    text: str, event_type: str, expected: tuple[int | None, int | None]
) -> None:
    assert expected in counts(text, event_type)


def test_a_second_verb_whose_parsed_subject_is_no_one_shares_the_first_verbs_people() -> None:
    text = (
        "Police detained six North Koreans at a hotel in Dandong on Sunday. They are held at a "
        "detention centre in the city and face being deported back to the North within days, activists said."
    )
    assert (6, 6) in counts(text, "repatriation")


def test_a_commander_is_the_military() -> None:
    assert kinds(
        "A conscript was beaten so badly by his commander that he was hospitalised.", "violence"
    ) == [{"military"}]


def test_a_disappearance_takes_only_the_actor_who_took_the_same_people() -> None:
    taken = "State security agents arrested the couple at their home in March. The couple have not been seen since."
    assert kinds(taken, "disappearance") == [{"state_security"}]
    searched = "Police in Musan are searching the hills. Three people went missing from the town in May."
    assert kinds(searched, "disappearance") == [set()]


def test_officials_who_act_are_not_whom_they_or_the_women_mean() -> None:
    text = "Two guards caught the women near the river. They were beaten and sent to a holding centre."
    assert (2, 2) not in counts(text, "arrest") + counts(text, "violence")


def test_a_group_joined_before_the_trigger_leaves_the_evidence_whole() -> None:
    """ "Three defectors, along with the broker who had hidden them, were detained": the joined
    group stands before the trigger's clause, so the detention's evidence is not cut at it (it
    was once cut to an end before its start, and the whole report failed)."""
    text = (
        "Three defectors, along with the broker who had hidden them, were detained by Chinese "
        "police in Yanji last week."
    )
    detentions = [e for e in events_of(text) if e.type == "arrest"]
    assert detentions
    for event in detentions:
        for piece in event.evidence:
            assert piece.start < piece.end
            assert text[piece.start : piece.end] == piece.text
    assert any("were detained" in piece.text for e in detentions for piece in e.evidence)
