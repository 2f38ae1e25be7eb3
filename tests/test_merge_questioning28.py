"""Merge signal of merge28: a questioning that names nobody questioned. Every report here is
invented."""

from __future__ import annotations

from merge_fixtures import HYESAN, ev, two_reports
from tessera.merge import compare_events, merge_events
from tessera.merge.weights import trying
from tessera.model import Actor, Victims

AGENTS = [Actor("state security agents", "KP", "state_security")]


def test_a_questioning_naming_nobody_costs() -> None:
    """ "Agents questioned the runaway's brother every day" and "the whole street was called in
    for questioning": one story questions many people, and the second names none of them, so
    what both say (the town, the month, the agency) cannot tell which questioning it is."""
    a, b = two_reports(
        "interrogation",
        "Security agents have questioned the runaway's brother every day this month.",
        "Residents of the street were called in for questioning after the escape.",
        b={"where": HYESAN},
        perps=AGENTS,
    )
    a.victims = Victims("the runaway's brother", 1, 1)
    with trying(unnamed_questioned=-1.5):
        r = compare_events(a, b)
    assert r.unnamed_people, r.summary()
    assert "names nobody questioned" in r.summary()


def test_two_questionings_naming_people_do_not_cost() -> None:
    """ "About 40 returnees are being questioned" and "the 40 sent back face questioning" both
    name whom: no cost."""
    a, b = two_reports(
        "interrogation",
        "About 40 returnees are being questioned by state security in Hyesan.",
        "The 40 people sent back are being interrogated by security officers.",
        b={"where": HYESAN},
        perps=AGENTS,
        count=(40, 40),
    )
    r = compare_events(a, b)
    assert not r.unnamed_people, r.summary()
    assert "names nobody questioned" not in r.summary()


def test_other_types_naming_nobody_do_not_cost() -> None:
    """An arrest or a search told without its people is not one of many alike acts of a story
    in the same way: no cost there."""
    a, b = two_reports(
        "search",
        "Police searched houses in Hyesan for foreign videos.",
        "House-to-house searches for foreign films continued in the city.",
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert not r.unnamed_people, r.summary()


def test_a_questioning_naming_nobody_lends_no_story() -> None:
    """Two reports that tell one arrest in common: the other report's "neighbours were called in
    for questioning" is not joined by the story bonus to "the man's wife was questioned"."""
    arrest_a = ev(
        "a1",
        "docA",
        "Agents arrested a man in Hyesan on 3 March.",
        "arrest",
        when=("2025-03-03", "2025-03-03"),
        count=(1, 1),
        where=HYESAN,
        perps=AGENTS,
        published="2025-03-10",
    )
    arrest_b = ev(
        "b1",
        "docB",
        "A man was detained by state security in Hyesan on 3 March.",
        "arrest",
        when=("2025-03-03", "2025-03-03"),
        count=(1, 1),
        where=HYESAN,
        perps=AGENTS,
        published="2025-03-30",
        outlet="Invented Weekly",
    )
    wife = ev(
        "a2",
        "docA",
        "His wife has been questioned by agents since then.",
        "interrogation",
        when=("2025-03-03", "2025-03-10"),
        precision="range",
        count=(1, 1),
        where=HYESAN,
        perps=AGENTS,
        published="2025-03-10",
    )
    wife.victims = Victims("His wife", 1, 1)
    street = ev(
        "b2",
        "docB",
        "Neighbours were called in for questioning.",
        "interrogation",
        when=("2025-03-01", "2025-03-31"),
        precision="month",
        where=HYESAN,
        published="2025-03-30",
        outlet="Invented Weekly",
    )
    with trying(unnamed_questioned=0.0):  # alone below the threshold either way
        assert not compare_events(wife, street).eligible
    merged = merge_events([arrest_a, arrest_b, wife, street])
    groups = [set(m.member_ids) for m in merged]
    assert {"a1", "b1"} in groups
    assert not any({"a2", "b2"} <= g for g in groups)
