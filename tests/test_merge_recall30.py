"""Merge rules from the missed pairs of sets 41-60 and dev2/dev3 (issue 13, session 30), by kind
of miss across writers. Invented text."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import compare_events, merge_events
from tessera.merge.profile import told_perpetrators
from tessera.merge.text import names_force
from tessera.model import Actor, Place, Span, Victims

YANJI = Place("Yanji", "CN", "Jilin", None, 42.89, 129.51, "city")


def _held(eid: str, doc: str, text: str, perps: list[Actor], when: tuple[str, str], published: str) -> object:
    e = ev(
        eid,
        doc,
        text,
        etype="arrest",
        when=when,
        precision="day" if when[0] == when[1] else "month",
        published=published,
        perps=perps,
        where=YANJI,
    )
    e.victims = Victims("six North Korean women", 6, 6, "residents")
    return e


def test_the_evidence_names_a_force_by_the_head_words_of_the_actor_lexicon() -> None:
    assert names_force("border_guard", ["held by border troops since their arrest"])
    assert names_force("police", ["were detained by public security officers"])
    assert names_force("state_security", ["officers took them away"])  # a word for any force
    assert not names_force("border_guard", ["declared a buffer zone along its border with China"])
    assert not names_force("state_security", ["six women arrested in Yanji in May"])


def test_perpetrators_of_another_country_that_the_evidence_does_not_name_do_not_forbid() -> None:
    # The second report's arrest was given the North's state security agents of a later
    # sentence (who questioned the women after their return): the arrest's own words name no one.
    chinese = _held(
        "a",
        "docA",
        "Chinese police detained six North Korean women in Yanji on Tuesday",
        [Actor("police", "CN", "police")],
        ("2026-03-10", "2026-03-10"),
        "2026-03-12",
    )
    carried = _held(
        "b",
        "docB",
        "Six North Korean women arrested in Yanji in March",
        [Actor("Ministry of State Security", "KP", "state_security")],
        ("2026-03-01", "2026-03-31"),
        "2026-04-20",
    )
    assert told_perpetrators(carried) == frozenset()
    result = compare_events(chinese, carried)
    assert result.conflict is None and "not named in its evidence" in result.summary()
    assert len(merge_events([chinese, carried])) == 1
    # Agents the evidence names acting abroad are other people than the Chinese police.
    seized = _held(
        "c",
        "docC",
        "Six North Korean women were seized by state security agents in Yanji in March",
        [Actor("Ministry of State Security", "KP", "state_security")],
        ("2026-03-01", "2026-03-31"),
        "2026-04-20",
    )
    assert (compare_events(chinese, seized).conflict or "").startswith(
        "perpetrators from different countries"
    )


def test_an_event_joined_from_several_passages_keeps_all_its_perpetrators() -> None:
    # "arrested in Yanji ... held at the state security department": the agents may be the
    # second passage's, which tells another detention; they still tell the events apart.
    joined = _held(
        "b",
        "docB",
        "Six North Korean women arrested in Yanji in March",
        [Actor("Ministry of State Security", "KP", "state_security")],
        ("2026-03-01", "2026-03-31"),
        "2026-04-20",
    )
    joined.evidence.append(Span("docB", 60, 64, "held"))
    assert told_perpetrators(joined) == frozenset({("KP", "state_security")})
    chinese = _held(
        "a",
        "docA",
        "Chinese police detained six North Korean women in Yanji on Tuesday",
        [Actor("police", "CN", "police")],
        ("2026-03-10", "2026-03-10"),
        "2026-03-12",
    )
    assert compare_events(chinese, joined).conflict is not None
