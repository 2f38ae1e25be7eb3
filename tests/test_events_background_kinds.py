"""Events stage: background told by kind (statistics, trends, classes of people, screenings,
rankings, difficulty), none of them news of one event.

Every sentence here is written for these tests; each rule has a negative (no such event) and a
positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def types_of(text: str) -> set[str]:
    return {e.type for e in events_of(text)}


NO_EVENT = [
    # "missing" with an object: a quota not met, a stamp lacking
    ("He was fined last month for missing his quota.", "disappearance"),
    ("If the pass is missing even one stamp, they lock you up.", "disappearance"),
    # an event the report told, ranked against others
    ("It was the first defection across the sea border this year.", "escape"),
    ("It is the largest group of migrants reported detained in Laos since the pandemic.", "arrest"),
    # a statistic: a rough number of people over a year or more
    ("Fewer than 1,200 defectors reached the South last year, according to the ministry.", "escape"),
    ("Some 500 fishermen are thought to have defected to the South since the 1990s.", "escape"),
    ("A ministry official said most had left the country years ago.", "escape"),
    # controls made harsher as the cause of a change, or in a description
    ("Crossings have become rare as China tightened security along the border.", "movement_restriction"),
    ("The route has become more dangerous as Chinese surveillance has tightened.", "crackdown"),
    (
        "Arrivals fell under the new leader, who has tightened border controls and penalties.",
        "movement_restriction",
    ),
    ("Authorities have toughened punishments for selling foreign films since 2021.", "punishment"),
    # a class of people named by what was done to them, in a statement of what befalls such people
    (
        "A UN inquiry found in 2015 that people forcibly returned to the North are commonly beaten.",
        "repatriation",
    ),
    (
        "The report said women repatriated from Russia were routinely subjected to body searches.",
        "repatriation",
    ),
    (
        "Women deported from Russia continue to describe beatings at holding centres, according to a report.",
        "repatriation",
    ),
    (
        "Aid workers, urging a halt to the returns, say those sent back face torture and sexual violence.",
        "violence",
    ),
    ("Aid workers, urging a halt to the returns, say those sent back face torture and detention.", "arrest"),
    # a standing risk, not one arrest that looms
    ("Thousands are living in hiding in Russia, at constant risk of arrest and deportation.", "arrest"),
    ("Thousands are living in hiding in Russia, at constant risk of arrest and deportation.", "repatriation"),
    # an act judged for how hard it has become
    ("Police checks on highways have made the journey to Laos far more dangerous.", "escape"),
    ("The border was sealed with new fences in 2020, making an escape far harder than before.", "escape"),
    ("Once in Russia, making their way to a third country has also become more difficult.", "escape"),
    # an inquiry into a matter, and the screening of new arrivals by the state receiving them
    (
        "The relevant authorities will investigate the exact route of the crossing, the army said.",
        "interrogation",
    ),
    (
        "The man is undergoing the standard investigation by intelligence officials, the ministry said.",
        "interrogation",
    ),
    # a helper running from the police is no flight from the country
    ("The smuggler who guided them is believed to have gone into hiding after the raid.", "escape"),
    ("The guide fled when the group was stopped at a checkpoint.", "escape"),
    # a measure named to date a period
    ("Few have arrived since 2020, when the North sealed its border with China.", "movement_restriction"),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_background_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


KEPT = [
    ("A fisherman went missing off the coast on Monday.", "disappearance"),
    ("About 20 soldiers crossed the border into the South on Sunday.", "escape"),
    ("Three defectors reached the South last year.", "escape"),
    ("Some of the detainees had arrived in China in recent weeks.", "escape"),
    ("Police tightened checks at the station on Monday.", "movement_restriction"),
    ("Defections have become rare as the state stepped up a campaign against phones.", "crackdown"),
    (
        "Travel permit checks in the province have become much stricter since last month, with residents"
        " caught without papers held at checkpoints for days, a source said.",
        "movement_restriction",
    ),
    ("Police arrested nine people in Yanji and sent them back.", "repatriation"),
    ("Defectors arrested in Shenyang are being held in Tumen.", "arrest"),
    ("The nine are at risk of deportation.", "repatriation"),
    ("The family made the journey to Laos in two weeks.", "escape"),
    ("Police investigated the two brothers for a week.", "interrogation"),
    ("The four are being questioned at the county state security office.", "interrogation"),
    # the officials of the state receiving arrivals question particular people: one questioning
    ("The two are being questioned by a joint team of officials in Seoul.", "interrogation"),
    ("Intelligence officers were questioning the three sailors on Tuesday.", "interrogation"),
    ("The family fled with a broker.", "escape"),
    ("The nine men sent back on Monday face torture, their relatives fear.", "violence"),
    ("The first of the men was executed on Monday.", "execution"),
    ("Women arrested in Shenyang on Monday were beaten by guards.", "arrest"),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT)
def test_events_beside_the_rules_stay(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


def test_a_return_under_once_before_a_modal_clause_is_no_second_return() -> None:
    # The occasion of a foretold outcome is no event of its own (see status.py): the looming
    # return is told once.
    text = (
        "Police detained a family of five last week. The five could be handed to North Korean agents"
        " within days. Once they are sent back, the father will almost certainly be jailed, a pastor said."
    )
    returns = [e for e in events_of(text) if e.type == "repatriation"]
    assert [e.status for e in returns] == ["at_risk"]


def test_once_before_a_past_clause_tells_what_happened() -> None:
    (arrest,) = [e for e in events_of("Once they reached the river, the three were arrested by guards.")]
    assert (arrest.type, arrest.status) == ("arrest", "occurred")


def test_a_participle_read_as_a_verb_of_a_list_of_abuses_is_no_event() -> None:
    text = "The group has documented beatings, sexual violence and forced labour in centres where returnees are held."
    assert not events_of(text)


def test_the_raid_named_after_an_arrest_is_the_arrest_told_again() -> None:
    text = (
        "Chinese police detained eight North Koreans in Dandong, sources said."
        " The raid was carried out last Thursday by state security agents."
    )
    (arrest,) = events_of(text)
    assert arrest.type == "arrest" and len(arrest.evidence) == 2


def test_the_raid_after_a_search_is_that_search() -> None:
    found = sorted(
        e.type for e in events_of("Agents searched the flat and detained two men. The raid lasted two hours.")
    )
    assert found == ["arrest", "search"]


@pytest.mark.parametrize(
    "text",
    [
        "Three officials were dismissed and sent to a farm following a month-long inspection by the party committee.",
        "The border unit was replaced in May after an inspection found that soldiers were taking bribes.",
    ],
)
def test_an_inspection_that_led_to_a_sanction_searched_no_one(text: str) -> None:
    assert "search" not in types_of(text)


def test_an_inspection_of_homes_is_a_search() -> None:
    assert "search" in types_of("Agents carried out an inspection of homes in the district on Monday.")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "A person with money can buy a lighter term, while a person without ties may be sent to a camp.",
            "punishment",
        ),
        (
            "Most of those detained are eventually allowed to travel to Seoul after serving a short sentence.",
            "punishment",
        ),
    ],
)
def test_anyone_at_all_in_a_rule_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Most of those detained last week were sent to a labour camp.", "punishment"),
        ("A woman detained on Monday may be sent back to North Korea.", "repatriation"),
        ("Some of them are likely to be sent to camps.", "punishment"),
    ],
)
def test_particular_people_beside_the_rule_stay(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


def test_kinds_of_abuse_further_down_a_described_list_are_no_event() -> None:
    """The later items of a list a verb of describing tells, and their "during" phrases, are kinds
    of acts too; a length of time ("for months") does not date the list."""
    texts = [
        "Returnees have described questioning that goes on for months, beatings and hunger in the cells.",
        "Former prisoners heard by the panel over the years have described beatings during questioning,"
        " forced labour and thin rations in the camps, the envoy said.",
    ]
    for text in texts:
        assert not events_of(text), text


def test_a_dated_list_described_is_an_account_of_events() -> None:
    (search,) = events_of(
        "The residents described searches that ran from early May until the end of the month."
    )
    assert search.type == "search"


def test_an_act_asked_about_in_a_question_is_no_event() -> None:
    """A question put or not answered does not say its act happened."""
    texts = [
        "Officers later asked who had helped him leave the farm near Yanji.",
        "The family asked the consulate to confirm whether the five were alive and, if so, where they were held.",
    ]
    for text in texts:
        assert not events_of(text), text


def test_the_questioning_about_who_helped_is_kept() -> None:
    found = [
        (e.type, e.status)
        for e in events_of("Officers questioned them about who helped them cross the river.")
    ]
    assert found == [("interrogation", "occurred")]


def test_a_journey_on_a_timetable_is_no_flight() -> None:
    """A leg people are expected or due to travel is the next step of a flight told elsewhere."""
    text = "Four defectors who reached Mongolia in May are expected to arrive in Seoul next week."
    assert [(e.type, e.status) for e in events_of(text)] == [("escape", "occurred")]
    (arrest,) = events_of("A woman was detained in Yanji two days before she was due to leave for Laos.")
    assert arrest.type == "arrest"


def test_an_attempt_expected_still_looms() -> None:
    (escape,) = events_of("Officials say the two soldiers are expected to try to cross into China.")
    assert (escape.type, escape.status) == ("escape", "at_risk")


def test_acts_in_a_rejected_report_on_them_are_no_events() -> None:
    """A report "on" acts, and the second "of" phrase of a rejected report, hold its content."""
    texts = [
        "The foreign ministry on Monday rejected a UN report on public hangings as a lie.",
        "State media dismissed foreign reports of public hangings and of raids on homes as a smear.",
    ]
    for text in texts:
        assert not events_of(text), text
