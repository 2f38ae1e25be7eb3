"""Merge precision of issue 13 (merge51p): a man sacked from his post and a family sent to a
farm are two punishments. Every report here is invented."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import compare_events
from tessera.merge.text import act_kinds, content_tokens


def test_sent_to_a_farm_or_the_countryside_is_a_banishment() -> None:
    """North Korea banishes a purged official's household by sending it to a farm or to the
    countryside; the reports rarely use the word "banished" for it."""
    assert act_kinds("punishment", content_tokens("his wife and son were sent to live on a farm")) == {
        "banishment"
    }
    assert act_kinds("punishment", content_tokens("the family was moved to a cooperative farm")) == {
        "banishment"
    }
    assert act_kinds("punishment", content_tokens("they were sent to the countryside")) == {"banishment"}
    assert act_kinds("punishment", content_tokens("sent to a rural district with his parents")) == {
        "banishment"
    }
    assert act_kinds("punishment", content_tokens("the manager was dismissed last week")) == {"dismissal"}


def test_a_dismissal_and_a_household_sent_to_a_farm_are_two_punishments() -> None:
    """ "The county's trade chief was dismissed in May" and, a week later, "the former trade chief
    and his family were sent to a farm in June": one man's fall told in two steps, each a
    punishment of its own kind."""
    sacked = ev(
        "d",
        "docA",
        "The trade chief of Kilju County was dismissed in May.",
        "punishment",
        count=(1, 1),
        published="2024-06-03",
    )
    farm = ev(
        "f",
        "docB",
        "The former trade chief of Kilju County and his family were sent to live on a farm.",
        "punishment",
        count=(1, 1),
        published="2024-06-10",
    )
    r = compare_events(sacked, farm)
    assert r.other_act and "dismissal vs banishment" in r.summary()
    assert not r.eligible


def test_dismissed_and_sent_to_a_farm_agrees_with_either_telling() -> None:
    """A telling that names both steps shares a kind with each one alone."""
    both = act_kinds("punishment", content_tokens("was dismissed and sent with his family to a farm"))
    assert both == {"dismissal", "banishment"}
