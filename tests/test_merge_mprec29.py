"""Merge precision (mergeprec29): what a search goes through, and people named by their tie to
someone else. Every report here is invented."""

from __future__ import annotations

from merge_fixtures import HYESAN, two_reports
from tessera.merge import compare_events
from tessera.merge.text import act_kinds, content_tokens, names_associates
from tessera.model import Victims


def test_what_a_search_goes_through() -> None:
    """Homes, the bags people carry, boats and road vehicles are a second dimension of a search's
    kind, beside what it looks for."""

    def kinds(text: str) -> frozenset[str]:
        return act_kinds("search", content_tokens(text))

    assert kinds("house-to-house searches for smuggled phones began on Monday") == {
        "phones",
        "trade",
        "thing:homes",
    }
    assert kinds("officers stop people at the station to go through their bags") == {"thing:belongings"}
    assert kinds("every fishing boat is inspected before it may leave the harbour") == {"thing:vessels"}
    assert kinds("checkpoints on the highway where trucks are searched") == {"thing:vehicles"}
    assert kinds("agents carried out a search on Tuesday") == frozenset()


def test_a_house_search_and_a_search_of_bags_are_two_searches() -> None:
    """ "Police began going from house to house in search of foreign films" and "officers check
    the bags of everyone crossing the bridge": one town, one week, two searches."""
    a, b = two_reports(
        "search",
        "Police began going from house to house in search of foreign films.",
        "Officers check the bags of everyone crossing the bridge.",
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert r.other_act, r.summary()
    assert "different kinds of search" in r.summary()


def test_what_a_search_looks_for_and_what_it_goes_through_do_not_disagree() -> None:
    """ "Homes were searched" and "a search for Chinese phones" name different dimensions: the
    one names nothing the other contradicts, and two house searches share no telling detail."""
    a, b = two_reports(
        "search",
        "Homes in the district were searched one by one.",
        "Agents carried out a search for Chinese phones.",
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert not r.other_act, r.summary()
    a, b = two_reports(
        "search",
        "Homes in the district were searched one by one.",
        "Officers went through every house on the street.",
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert not r.other_act and "same kind of search" not in r.summary(), r.summary()


def test_people_named_by_their_tie_to_someone_else() -> None:
    assert names_associates("her sister's neighbour")
    assert names_associates("the three pupils' class teacher")
    assert names_associates("colleagues of the missing engineer")
    assert names_associates("their neighbours")
    assert not names_associates("three neighbours")  # (nobody they are tied to)
    assert not names_associates("a woman in her 40s")
    assert not names_associates(None)


def test_an_arrest_and_the_arrest_of_her_neighbour_are_two() -> None:
    """ "A woman caught with a memory card was taken to the police station" and "her cousin's
    neighbour, a cobbler, had been detained": the second is someone else."""
    a, b = two_reports(
        "arrest",
        "A woman caught with a memory card was taken to the police station.",
        "Her cousin's neighbour, a cobbler, had been detained.",
        b={"where": HYESAN},
        count=(1, 1),
    )
    a.victims = Victims("A woman", 1, 1, "individual")
    b.victims = Victims("her cousin's neighbour", 1, 1, "individual")
    r = compare_events(a, b)
    assert r.other_people, r.summary()
    assert "neighbours or colleagues" in r.summary()
    b.victims = Victims("a woman in her 30s", 1, 1, "individual")
    assert not compare_events(a, b).other_people
