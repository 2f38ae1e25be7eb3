"""Victim counts of session 46, one rule each: a plural glossed by ", both" is two people; a
number opening a sentence before "face" ("The two face months of interrogation") is whom the
penalty befalls; a number written with a currency is money, not people; bare kin nouns listed
after a kin noun with a determiner share it ("the wife, son and daughter of …": three)."""

from __future__ import annotations

from events_helpers import victim_counts


def test_a_plural_glossed_by_both_is_two() -> None:
    text = "Two brothers were arrested in May. Their sons, both students at the county school, were questioned by police."
    assert victim_counts(text, "interrogation") == [2]


def test_both_before_an_age_phrase_is_two() -> None:
    text = "The women, both in their thirties, were detained by Chinese police in Yanji on Monday."
    assert victim_counts(text, "arrest") == [2]


def test_both_before_a_bare_age_is_two() -> None:
    text = "The boys, both 15, were questioned overnight at a police station in Musan."
    assert victim_counts(text, "interrogation") == [2]


def test_a_plural_without_both_keeps_its_own_count() -> None:
    text = "Police arrested three women in Tumen. The women, all from Hoeryong, were questioned for days."
    assert victim_counts(text, "interrogation") == [3]


def test_the_number_before_face_is_the_people() -> None:
    text = "Police arrested two traders in Hyesan last week. The two face months of interrogation."
    assert victim_counts(text, "interrogation") == [2]


def test_all_three_face_a_penalty() -> None:
    text = "Police arrested three traders in Hyesan last week. All three face long terms in a labour camp."
    assert victim_counts(text, "punishment") == [3]


def test_a_number_before_face_as_a_compound_names_no_one() -> None:
    text = "Two face masks were seized at the border."
    assert victim_counts(text, "arrest") == []


def test_a_sum_in_won_is_no_people() -> None:
    text = "Three women were caught at the river. They were turned back and fined 30,000 won each."
    assert victim_counts(text, "punishment") == [3]


def test_a_sum_in_dollars_is_no_people() -> None:
    text = "Police in Hyesan fined a trader $2,000 for selling Chinese phones."
    assert victim_counts(text, "punishment") == [1]
