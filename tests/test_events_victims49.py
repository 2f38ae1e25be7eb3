"""Victim counts of session 49: after a verb of telling or believing whose object the parse
took from the clause told, that object is whom the clause tells of ("Their parents were told
the pair could be expelled"); a roundup item's place and date set off by a dash or colon ("Onsong, December 27 — A man was
caught") are no subject of its verb."""

from __future__ import annotations

from events_helpers import victim_counts


def test_the_pair_told_of_could_be_expelled() -> None:
    text = (
        "Two students were taken away last week. Their parents have been told the pair could be "
        "expelled and sent to a labour training camp."
    )
    assert victim_counts(text, "punishment") == [2]


def test_officials_suspect_the_pair_have_fled() -> None:
    text = "North Korean officials suspect the pair, both in their twenties, have fled with the help of a church group."
    assert victim_counts(text, "escape") == [2]


def test_a_roundup_items_place_and_date_are_no_subject() -> None:
    text = "Hamhung, early December — Five trade officials were sent to a kwanliso after an inquiry into missing foreign currency."
    assert victim_counts(text, "punishment") == [5]


def test_a_roundup_item_opened_with_a_colon() -> None:
    text = "Chongjin, 18 November: a boat captain arrested at sea with his crew was shot by firing squad in front of a crowd."
    assert victim_counts(text, "execution") == [1]
