"""Missed merges of one person against the small group another report lists them in (merge65):
"the commander of the site was detained" against "officers took the site's commander and two
engineers" (`compare._one_of_listed`), and one person whose family a report lists after a comma
("a counsellor at the embassy, his wife and their two children": `text.names_companions`).
Neither is agreement: the counts stop forbidding the merge, the rest must carry it. Every report
here is invented."""

from __future__ import annotations

from dataclasses import replace

from merge_fixtures import ev
from tessera.merge import compare_events
from tessera.merge.text import listed_people_words, names_companions
from tessera.model import Place, Victims

KANGGYE = Place("Kanggye", "KP", "Chagang", None, 40.97, 126.59, "city")
SIDE = {"when": ("2030-05-14", "2030-05-14"), "where": KANGGYE}


def _told(eid: str, doc: str, text: str, victims: Victims, etype: str = "arrest") -> object:
    e = ev(eid, doc, text, etype, **SIDE)  # type: ignore[arg-type]
    return replace(e, victims=victims)


def test_the_word_before_and_ends_a_listed_person() -> None:
    assert "command" in listed_people_words(["Agents took the mill's commander and two clerks away."])
    assert "offic" in listed_people_words(["a guard officer and a smuggler were shot"])
    # A plain word says nobody in particular; a verb before "and" names no person.
    assert not listed_people_words(["A man and his son were held."]) & {"man"}
    assert "command" not in listed_people_words(["The commander said they would be held."])


def test_one_person_told_by_role_is_the_first_of_those_listed() -> None:
    a = _told(
        "a",
        "docA",
        "Security agents on Tuesday detained the director of a textile mill in Kanggye.",
        Victims("the director of a textile mill in Kanggye", 1, 1, "individual"),
    )
    b = _told(
        "b",
        "docB",
        "Agents took the mill's director and two accountants into custody on Tuesday.",
        Victims("two accountants", 2, 2, "other"),
    )
    r = compare_events(a, b)
    assert r.conflict is None, r.summary()
    assert any("listed by the other" in x for x in r.reasons), r.summary()


def test_one_person_not_among_those_listed_stays_apart() -> None:
    # The one report's person is a driver; the other lists the director and two accountants.
    a = _told(
        "a",
        "docA",
        "Security agents on Tuesday detained a lorry driver in Kanggye.",
        Victims("a lorry driver", 1, 1, "individual"),
    )
    b = _told(
        "b",
        "docB",
        "Agents took the mill's director and two accountants into custody on Tuesday.",
        Victims("two accountants", 2, 2, "other"),
    )
    assert compare_events(a, b).conflict is not None, compare_events(a, b).summary()


def test_a_large_group_listed_is_no_telling_of_one_of_them() -> None:
    a = _told(
        "a",
        "docA",
        "Security agents on Tuesday detained the director of a textile mill.",
        Victims("the director of a textile mill", 1, 1, "individual"),
    )
    b = _told(
        "b",
        "docB",
        "Agents took the director and eleven workers into custody on Tuesday.",
        Victims("the director and eleven workers", 12, 12, "other"),
    )
    assert compare_events(a, b).conflict is not None, compare_events(a, b).summary()


def test_a_family_listed_after_a_comma_goes_with_the_one_person() -> None:
    assert names_companions(["A trade official at the consulate, his wife and their daughter have vanished."])
    # A source after a comma is no member of the group.
    assert not names_companions(["The guard was arrested, his brother said on Friday."])
    a = _told(
        "a",
        "docA",
        "A trade official at the consulate in Kanggye, his wife and their two sons have vanished.",
        Victims("A trade official", 1, 1, "individual"),
        "disappearance",
    )
    b = _told(
        "b",
        "docB",
        "The family of four left their flat on Tuesday and has not been seen since.",
        Victims("his wife and two sons", 3, 3, "family"),
        "disappearance",
    )
    r = compare_events(a, b)
    assert r.conflict is None, r.summary()


def test_one_person_against_two_workers_stays_apart() -> None:
    a = _told(
        "a",
        "docA",
        "Two mill workers were arrested in Kanggye on Tuesday.",
        Victims("Two mill workers", 2, 2, "workers"),
    )
    b = _told(
        "b",
        "docB",
        "A woman was arrested in Kanggye on Tuesday.",
        Victims("A woman", 1, 1, "individual"),
    )
    assert compare_events(a, b).conflict is not None, compare_events(a, b).summary()


DANDONG = Place("Dandong", "CN", "Liaoning", None, 40.12, 124.39, "city")


def _caught(eid: str, doc: str, text: str, perps: list[object]) -> object:
    e = ev(eid, doc, text, "arrest", when=("2030-01-16", "2030-01-16"), where=DANDONG, perps=perps)  # type: ignore[arg-type]
    return replace(e, victims=Victims("a soldier", 1, 1, "soldiers"))


def test_police_given_a_country_of_no_place_and_other_agents_besides_are_compared_by_kind() -> None:
    from tessera.model import Actor

    # The extractor gave the unqualified police, and the border guards of another clause, as
    # North Korean, in Dandong; the other report's police are Chinese.
    supplied = _caught(
        "a",
        "docA",
        "He crossed the ice at night before police caught him in Dandong the next afternoon.",
        [Actor("police", "KP", "police"), Actor("border guards", "KP", "border_guard")],
    )
    stated = _caught(
        "b",
        "docB",
        "Police in Dandong have detained an armed North Korean soldier who crossed the ice.",
        [Actor("police", "CN", "police")],
    )
    r = compare_events(supplied, stated)
    assert r.conflict is None and "compared by kind" in r.summary(), r.summary()
    # North Korean security agents and border guards (no kind in common) still forbid it.
    agents = _caught(
        "c",
        "docC",
        "Security agents and border guards seized a soldier in Dandong the next afternoon.",
        [Actor("state security", "KP", "state_security"), Actor("border guards", "KP", "border_guard")],
    )
    assert compare_events(agents, stated).conflict is not None, compare_events(agents, stated).summary()
