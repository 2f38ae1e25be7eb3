"""Victim counts of session 49: a subject or object with no noun of its own, only "other",
"another", an ordinal or a person's word the tagger read as an adjective, is one person ("the
other was arrested", "The third crossed the river", "A private who was on duty has not been seen
since"); after a verb of telling or believing whose object the parse took from the clause told,
that object is whom the clause tells of ("Their parents were told the pair could be expelled");
a roundup item's place and date set off by a dash or colon ("Onsong, December 27 — A man was
caught") are no subject of its verb."""

from __future__ import annotations

from events_helpers import victim_counts


def test_the_other_of_two_is_one_person() -> None:
    text = "Guards fired on two smugglers near the river last month, wounding one; the other was arrested."
    assert victim_counts(text, "arrest") == [1]


def test_the_other_shot_dead_is_one_person() -> None:
    text = "One of the deserters was caught on Monday, while the other was shot dead the same day by a pursuit team."
    assert victim_counts(text, "violence") == [1]


def test_another_who_tried_to_leave_is_one_person() -> None:
    text = (
        "One woman crossed the river in November. Another tried to leave in September but was "
        "caught by soldiers and spent two months in a labour camp."
    )
    assert victim_counts(text, "arrest") == [1]


def test_an_ordinal_standing_alone_is_one_person() -> None:
    text = "Two of the women had lived in China for years. The third crossed the Yalu River into China only last year."
    assert victim_counts(text, "escape") == [1]


def test_a_private_read_as_an_adjective_is_one_person() -> None:
    text = "A private who was on guard duty that night has not been seen since."
    assert victim_counts(text, "disappearance") == [1]


def test_the_other_two_keep_their_count() -> None:
    text = "One man was released on Friday, but the other two were sent to a labour camp."
    assert victim_counts(text, "punishment") == [2]


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
