"""Merge precision (mergeprec40, issue 13): wrong merges of look-alike events, each kind with an
invented example.

1. A search of one home and a sweep of many homes are two searches, however alike their town and
   week (`text.searched_homes`, kinds "homes:one" / "homes:many").
2. Two punishments that name sentence terms and share none are two sentences
   (`text.sentence_terms`, kinds "term:N" in months, "term:life", "term:death").
3. A town that is none of the places a listed area names ("Tanchon and Hamhung"), lies in none of
   them and is a province away from them is another place (`places.relate`), not one that may
   lie in a vague area.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from merge_fixtures import HYESAN, two_reports
from tessera.merge import compare_events
from tessera.merge.places import relate
from tessera.merge.text import searched_homes, sentence_terms
from tessera.model import Place

# 1. one home against many homes


def test_searched_homes_reads_one_home_and_many() -> None:
    assert searched_homes(["Agents searched her flat on a tip-off from a neighbour"]) == {"homes:one"}
    assert searched_homes(["a night-time house search turned up a memory card"]) == {"homes:one"}
    assert searched_homes(["officers went through every room of the house"]) == {"homes:one"}
    assert searched_homes(["agents have searched about 40 homes in his street"]) == {"homes:many"}
    assert searched_homes(["six other apartments in the block were searched"]) == {"homes:many"}
    assert searched_homes(["inspectors are going from house to house"]) == {"homes:many"}
    assert searched_homes(["house-to-house checks began on Monday"]) == {"homes:many"}


def test_searched_homes_names_none_when_it_cannot_tell() -> None:
    # no home at all, a compound that is no home searched, and a telling of both
    assert searched_homes(["police checked the bags of passengers"]) == frozenset()
    assert searched_homes(["weeks of home inspections in the district"]) == frozenset()
    assert searched_homes(["police carried out a raid on apartment blocks in the town"]) == frozenset()
    assert (
        searched_homes(["after searching his house, agents moved on to the neighbours' houses"])
        == frozenset()
    )


def test_a_house_search_and_a_sweep_of_many_homes_are_two() -> None:
    """ "State security agents searched the teacher's house on a tip-off" and "agents have since
    searched about 40 homes in his neighbourhood unit": one town, one month, two searches."""
    a, b = two_reports(
        "search",
        "State security agents searched the teacher's house on a tip-off from a neighbour.",
        "Agents have since searched about 40 homes in his neighbourhood unit.",
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert r.other_act, r.summary()
    assert "different kinds of search" in r.summary()


def test_two_sweeps_of_many_homes_still_agree() -> None:
    a, b = two_reports(
        "search",
        "Inspectors went from house to house looking for phones.",
        "Agents searched dozens of homes in the district.",
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert not r.other_act, r.summary()


# 2. sentence terms


def test_sentence_terms_reads_years_months_life_and_death() -> None:
    assert sentence_terms(["was sentenced to eight years in a reform-through-labour camp"]) == {"term:96"}
    assert sentence_terms(["was given twelve years of hard labour"]) == {"term:144"}
    assert sentence_terms(["were sent to labour camps for six months to a year"]) == {"term:6", "term:12"}
    assert sentence_terms(["the court sentenced him to death"]) == {"term:death"}
    assert sentence_terms(["she got life imprisonment"]) == {"term:life"}


def test_sentence_terms_reads_no_time_as_a_term() -> None:
    assert sentence_terms(["a year after he was released, he fled"]) == frozenset()
    assert sentence_terms(["the three face long terms in a camp"]) == frozenset()


def test_two_sentences_of_different_terms_are_two_punishments() -> None:
    """ "A 20-year-old from Hyesan was sentenced to twelve years" and "a man was sentenced to four
    years in a kyohwaso at a trial last week": one month, one province, two sentences."""
    a, b = two_reports(
        "punishment",
        "A 20-year-old was sentenced to twelve years in a reform-through-labour camp.",
        "A man was sentenced to four years in a reform-through-labour camp at a trial last week.",
        count=(1, 1),
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert r.other_act, r.summary()
    assert not r.eligible, r.summary()


def test_one_term_told_twice_still_agrees() -> None:
    a, b = two_reports(
        "punishment",
        "A smuggler was sentenced to ten years in a reform-through-labour camp.",
        "The court gave the smuggler ten years of hard labour.",
        count=(1, 1),
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert not r.other_act, r.summary()


# 3. a town against a listed area


LISTED = Place("Kimchaek and Tanchon", "KP", None, None, 40.55, 129.05, "region")
JAERYONG = Place("Jaeryong County", "KP", "South Hwanghae", "Jaeryong", 38.40, 125.62, "county")
TANCHON = Place("Tanchon", "KP", "South Hamgyong", "Tanchon", 40.46, 128.91, "city")
PROVINCES = Place("Jilin and Liaoning", "CN", None, None, 42.57, 124.58, "region")
QINGDAO = Place("Qingdao", "CN", "Shandong", None, 36.07, 120.38, "city")
SHENYANG = Place("Shenyang", "CN", "Liaoning", None, 41.80, 123.43, "city")


def test_a_town_a_province_away_from_a_listed_area_is_another_place() -> None:
    assert relate(JAERYONG, LISTED).kind == "conflict"
    assert relate(QINGDAO, PROVINCES).kind == "conflict"


def test_a_listed_town_or_a_town_inside_a_listed_province_still_agrees() -> None:
    assert relate(TANCHON, LISTED).kind == "inside"
    assert relate(SHENYANG, PROVINCES).kind != "conflict"
