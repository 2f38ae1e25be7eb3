"""Merge rules from the missed pairs of sets 41-60 and dev2/dev3 (issue 13, session 30), by kind
of miss across writers. Invented text."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import compare_events, merge_events
from tessera.merge.compare import compare
from tessera.merge.profile import profile, told_perpetrators
from tessera.merge.text import names_companions, names_force
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


HOERYONG = Place("Hoeryong", "KP", "North Hamgyong", None, 42.44, 129.75, "city")
NORTH_HAMGYONG = Place("North Hamgyong Province", "KP", "North Hamgyong", None, 41.8, 129.6, "province")


def test_one_kind_of_campaign_named_in_other_words_is_one_lasting_state() -> None:
    # A campaign against religion told as one against "superstition" by one report and against
    # "religion" by the other: one object, so one campaign in one province and month.
    agents = [Actor("Ministry of State Security", "KP", "state_security")]
    early = ev(
        "a",
        "docA",
        "Security officials launched a campaign against superstition in Hoeryong in early July",
        "crackdown",
        when=("2027-07-01", "2027-07-10"),
        precision="month_part",
        published="2027-07-14",
        perps=agents,
        where=HOERYONG,
    )
    later = ev(
        "b",
        "docB",
        "the drive against religion that began in the province this July",
        "crackdown",
        when=("2027-07-01", "2027-07-31"),
        precision="month",
        published="2027-09-05",
        perps=agents,
        where=NORTH_HAMGYONG,
    )
    result = compare_events(early, later)
    assert "same kind of crackdown (religion)" in result.summary()
    assert result.eligible
    assert len(merge_events([early, later])) == 1


def test_a_town_under_lockdown_is_closed_by_checkpoints() -> None:
    lockdown = ev(
        "a",
        "docA",
        "The city has been under a strict lockdown since Thursday",
        "movement_restriction",
        when=("2027-01-07", "2027-01-12"),
        precision="range",
        published="2027-01-12",
        where=HOERYONG,
    )
    roads = ev(
        "b",
        "docB",
        "checkpoints were set up on every road out of the city",
        "movement_restriction",
        when=("2027-01-01", "2027-01-10"),
        precision="month_part",
        published="2027-02-05",
        where=HOERYONG,
    )
    assert "same kind of movement_restriction (checkpoints)" in compare_events(lockdown, roads).summary()


SHENYANG = Place("Shenyang", "CN", "Liaoning", None, 41.80, 123.43, "city")


def _detained(eid: str, doc: str, text: str, people: str, count: int, published: str) -> object:
    e = ev(
        eid,
        doc,
        text,
        "arrest",
        when=("2027-09-01", "2027-09-20"),
        precision="range",
        count=(count, count),
        published=published,
        where=SHENYANG,
    )
    e.victims = Victims(people, count, count, "family" if count > 1 else "individual")
    return e


def test_one_person_and_the_same_person_told_with_companions_do_not_conflict() -> None:
    assert names_companions(["A North Korean woman and her seven-year-old son"])
    assert names_companions(["he was put on a train home along with a co-worker"])
    assert names_companions(["The woman detained with her son at the station"])
    assert not names_companions(["a woman and a man were detained"])
    both = _detained(
        "a",
        "docA",
        "Railway police detained a North Korean woman and her young son at the station",
        "a North Korean woman and her young son",
        2,
        "2027-09-21",
    )
    her = _detained(
        "b",
        "docB",
        "The North Korean woman was detained at a Shenyang station",
        "The North Korean woman",
        1,
        "2027-09-25",
    )
    result = compare_events(both, her)
    assert result.conflict is None and "told by the other with companions" in result.summary()
    # Two people told without companions are not one.
    two = _detained(
        "c",
        "docC",
        "Railway police detained two North Korean women at the station",
        "two North Korean women",
        2,
        "2027-09-21",
    )
    assert compare_events(two, her).conflict is not None


RYANGGANG = Place("Ryanggang Province", "KP", "Ryanggang", None, 41.3, 128.3, "province")
GOSEONG = Place("Goseong", "KR", "Gangwon", None, 38.38, 128.47, "city")


def test_a_report_telling_a_shooting_twice_may_name_a_smuggler_once() -> None:
    # Harm done on the spot befalls a smuggler by his trade: his telling and one that names no
    # one may be one act told twice, as they may be across reports (`_descriptions`).
    guards = [Actor("border guards", "KP", "border_guard")]
    kw = {
        "when": ("2027-10-01", "2027-10-10"),
        "precision": "month_part",
        "perps": guards,
        "where": RYANGGANG,
    }
    lead = ev("a", "docA", "North Korean border guards have shot dead a man at the river", "violence", **kw)
    body = ev("b", "docA", "a smuggler was killed by border guards in early October", "violence", **kw)
    body.victims = Victims("a smuggler", 1, 1, "traders")
    assert compare(profile(lead), profile(body)).told_again


def test_a_report_telling_a_crossing_twice_may_count_its_people_two_ways() -> None:
    # "Six North Koreans crossed ... the boat carried two families": counts that overlap.
    kw = {"when": ("2027-09-14", "2027-09-14"), "where": GOSEONG}
    six = ev(
        "a", "docA", "Six North Koreans crossed the sea border in a wooden boat on Tuesday", "escape", **kw
    )
    six.victims = Victims("Six North Koreans", 6, 6, "residents")
    families = ev(
        "b", "docA", "the boat carried two families who wanted to live in the South", "escape", **kw
    )
    families.victims = Victims("two families", 2, None, "family")
    assert compare(profile(six), profile(families)).told_again
