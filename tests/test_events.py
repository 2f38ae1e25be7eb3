"""Events stage: types, status, victims and actors read from sentences written for these tests."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str, published: str | None = "2024-06-01") -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published=published)))


def summary(events: list[Event]) -> set[tuple]:
    return {(e.type, e.status, e.victims.count_min if e.victims else None) for e in events}


CASES = [
    (
        "A family of five from Musan County was arrested by the Ministry of State Security on March 3.",
        {("arrest", "occurred", 5)},
    ),
    (
        "Two women who were trying to cross the Tumen River were caught by border guards last week.",
        {("arrest", "occurred", 2), ("escape", "attempted", 2)},
    ),
    (
        "More than 10 defectors are in danger of being repatriated from China.",
        {("repatriation", "at_risk", 11)},
    ),
    (
        "Police are viewing the man's disappearance as a defection.",
        {("disappearance", "occurred", 1), ("escape", "suspected", 1)},
    ),
    ("Dozens of traders were detained in March.", {("arrest", "occurred", 24)}),
    ("Seven men and two women were publicly executed in Hyesan.", {("execution", "occurred", 9)}),
    (
        "The authorities have sealed the border and set up checkpoints.",
        {("movement_restriction", "occurred", None)},
    ),
    ("Officials conducted house searches in the village at night.", {("search", "occurred", None)}),
    ("A defection case can lead to serious consequences for local officials.", set()),
    ("The man was not arrested.", set()),
    (
        "Approximately 30 defectors were arrested and are likely to be repatriated.",
        {("arrest", "occurred", 30), ("repatriation", "at_risk", 30)},
    ),
    ("A woman in her 30s was sentenced to 10 years in a labor camp.", {("punishment", "occurred", 1)}),
    ("He was questioned by security agents for three days.", {("interrogation", "occurred", 1)}),
    ("Three people went missing from Hoeryong in early May.", {("disappearance", "occurred", 3)}),
    (
        "Between 200 and 300 people were sent back to North Korea on Tuesday.",
        {("repatriation", "occurred", 200)},
    ),
    (
        "The authorities have launched a crackdown on the use of Chinese mobile phones.",
        {("crackdown", "occurred", None)},
    ),
    ("He was sentenced on charges of helping people defect.", {("punishment", "occurred", 1)}),
    ("If returned to North Korea, they would face torture.", set()),
    # an order to fire on whoever tries is a shoot-on-sight measure, not a shooting or a flight
    (
        "Border guards were ordered to shoot anyone attempting to flee.",
        {("movement_restriction", "occurred", None)},
    ),
    (
        "Chinese police picked up three North Korean women at a bus station in Yanji.",
        {("arrest", "occurred", 3)},
    ),
    ("A crewmate was taken into custody by state security officials.", {("arrest", "occurred", 1)}),
    ("Her husband has not been seen since early January.", {("disappearance", "occurred", 1)}),
    (
        "Five defectors, including a three-year-old girl, were detained in Kunming.",
        {("arrest", "occurred", 5)},
    ),
    (
        "The authorities have launched a sweep against unlicensed traders in Chongjin.",
        {("crackdown", "occurred", None)},
    ),
    ("He escaped from a labor training camp in Kilju County.", set()),
    ("Most are sent back within weeks.", set()),
    ("The bodies were taken away in a truck.", set()),
    ("Officials denied that anyone had been executed.", set()),
    ("The family is believed to be in China now.", {("escape", "suspected", None)}),
    ("He was in China on business last year.", set()),
    ("Two brokers were sentenced for assisting defections and smuggling.", {("punishment", "occurred", 2)}),
    ("Residents were told the reward for reporting a planned defection is 5,000 won.", set()),
    (
        "Residents of border areas are now banned from approaching the river.",
        {("movement_restriction", "occurred", None)},
    ),
    ("Leaving the country without permission is punishable by years in a labor camp.", set()),
    (
        "Border guards have been issued shoot-to-kill orders along the Yalu River.",
        {("movement_restriction", "occurred", None)},
    ),
    (
        "Soldiers were told to shoot on sight anyone who approaches the river at night.",
        {("movement_restriction", "occurred", None)},
    ),
    # A relative clause on a part named inside the group ("among them", "including") tells of the
    # whole group.
    (
        "Rights groups urged Laos not to deport seven North Koreans, among them a small boy, "
        "who were arrested in Pakse last week.",
        {("arrest", "occurred", 7), ("repatriation", "at_risk", 7)},
    ),
    (
        "The network calls on Laos not to deport nine North Korean nationals, among them three "
        "children aged five and eight, who were arrested by police in Pakse on 2 May.",
        {("arrest", "occurred", 9), ("repatriation", "at_risk", 9)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_events(text: str, expected: set[tuple]) -> None:
    assert summary(events_of(text)) == expected


def test_counts_and_origin_people_carry_across_sentences() -> None:
    events = events_of(
        "A family of three from Onsong County fled to China in February. "
        "The family was arrested by Chinese police in Yanji. They are now at risk of being repatriated."
    )
    by_type = {e.type: e for e in events}
    assert by_type["arrest"].victims.count_min == 3
    assert by_type["repatriation"].status == "at_risk"
    assert by_type["repatriation"].victims.count_min == 3
    assert {a.kind for a in by_type["arrest"].perpetrators} == {"police"}
    assert by_type["arrest"].perpetrators[0].country == "CN"


def test_mentions_of_one_event_join_and_different_days_do_not() -> None:
    events = events_of(
        "On May 2, a man was executed by firing squad in Hyesan. The execution was made public. "
        "On June 9, two women were executed in the same city."
    )
    executions = [e for e in events if e.type == "execution"]
    assert len(executions) == 2
    assert len(executions[0].evidence) == 2
    assert [e.victims.count_min for e in executions] == [1, 2]


def test_group_with_its_own_count_is_its_own_event() -> None:
    events = events_of("In May, 80 people were forcibly repatriated, along with 40 others on June 18.")
    counts = sorted(e.victims.count_min for e in events if e.type == "repatriation")
    assert counts == [40, 80]


def test_broker_is_a_facilitator_not_a_perpetrator() -> None:
    (event,) = [
        e for e in events_of("The family escaped to China with the help of a broker.") if e.type == "escape"
    ]
    assert [a.kind for a in event.facilitators] == ["broker"]
    assert event.perpetrators == []


def test_evidence_offsets_index_the_text() -> None:
    text = "Report\n\nLocal police arrested four smugglers in Sinuiju on Monday."
    (event,) = events_of(text)
    span = event.evidence[0]
    assert text[span.start : span.end] == span.text
    assert "arrested four smugglers" in span.text


def test_no_private_name_in_victims_or_summary() -> None:
    from tessera.pipeline import extract_analysis

    events = extract_analysis(
        analyse(Document(id="t", text="China repatriated Choe Myong-hui last month.", published="2024-05-10"))
    )
    (event,) = events
    assert "Choe" not in (event.victims.text or "")
    assert "Choe" not in event.summary
    assert event.victims.count_min == 1


def test_ids_are_stable_across_runs() -> None:
    text = "Two residents were arrested in Hyesan on March 3."
    assert [e.id for e in events_of(text)] == [e.id for e in events_of(text)]


def test_summary_reads_as_a_sentence_from_the_fields() -> None:
    from datetime import date

    from tessera.events import summarise
    from tessera.model import Actor, Place, Source, TimeSpan, Victims

    event = Event(
        type="repatriation",
        status="at_risk",
        evidence=[],
        sources=[Source("d")],
        victims=Victims("a family of three", 3, 3, "family"),
        origin=Place("Shenyang", "CN", "Liaoning", precision="city"),
        destination=Place("North Korea", "KP", precision="country"),
        where=Place("Shenyang", "CN", "Liaoning", precision="city"),
    )
    assert summarise(event) == (
        "At risk: 3 people (family) were forcibly repatriated from Shenyang, Liaoning, CN to North Korea."
    )
    one = Event(
        type="execution",
        status="occurred",
        evidence=[],
        sources=[Source("d")],
        victims=Victims("a man", 1, 1, "individual"),
        perpetrators=[Actor("court", "KP", "court")],
        where=Place("Hyesan", "KP", "Ryanggang", precision="city"),
        when=TimeSpan(date(2023, 9, 25), date(2023, 9, 25), "day", "September 25"),
    )
    assert summarise(one) == "One person was executed by court in Hyesan, Ryanggang, KP (2023-09-25)."


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("In late June, a family in Sukchon County began a defection attempt.", "occurred"),
        ("The family was caught by border guards in an attempt to cross the river.", "attempted"),
        ("Two men tried to cross the Tumen River last week.", "attempted"),
        ("Relatives fear she has already been sent back to North Korea.", "suspected"),
        ("Defectors in Shenyang fear being caught and sent back to North Korea.", "at_risk"),
        ("Officials say he may have defected to South Korea last year.", "suspected"),
        ("Police are treating their disappearance as a possible defection.", "suspected"),
        # An appeal against an act ("urged ... not to deport") looms, as "should not" does.
        ("Rights groups called on Laos not to deport the seven North Koreans.", "at_risk"),
        ("UN experts urged China not to forcibly return five North Koreans held in Dandong.", "at_risk"),
        # Reported speech in the past tense: "faced" with a likelihood word or "now" still looms.
        (
            "A lawyer said on Monday that the seven now faced almost certain deportation to the North.",
            "at_risk",
        ),
        ("Relatives said last week the women faced imminent repatriation.", "at_risk"),
    ],
)
def test_status_of_attempts_and_fears(text: str, status: str) -> None:
    movement = [e for e in events_of(text) if e.type in {"escape", "repatriation"}]
    assert [e.status for e in movement] == [status]


def test_confidence_is_calibrated_monotonically() -> None:
    from tessera.events.lexicon import calibrated

    raw = [i / 20 for i in range(21)]
    values = [calibrated(r) for r in raw]
    assert values == sorted(values)
    # It passes through the measured points of the data file (linear between them).
    points = json.loads(files("tessera.data").joinpath("events/calibration.json").read_text())["points"]
    assert all(abs(calibrated(x) - y) < 1e-9 for x, y in points)
    assert all(0.0 <= v <= 1.0 for v in values)


def test_helpers_joined_to_the_people_are_their_own_event() -> None:
    events = events_of("Police in Yanji arrested four North Korean women and the broker who had hidden them.")
    arrests = sorted((e.victims.count_min, e.evidence[0].text) for e in events if e.type == "arrest")
    assert arrests == [
        (1, "the broker who had hidden them"),
        (4, "Police in Yanji arrested four North Korean women"),
    ]
