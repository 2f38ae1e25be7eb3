"""Counts of people found failing on unseen reports (issue 12), each on invented text."""

from __future__ import annotations

from tessera.events.victims import read_victims
from tessera.language import analyse
from tessera.model import Document
from test_events_people import counts, events_of


def test_they_under_we_fear_are_not_the_speakers() -> None:
    text = (
        "Border police have detained about 30 North Korean women in Hunchun this month. "
        "We fear that they will be handed back within days."
    )
    assert counts(text, "repatriation") == [(30, 30)]


def test_a_part_named_after_among_is_not_the_group_a_later_reference_means() -> None:
    text = (
        "Police have detained 40 North Korean workers in Yanji. Among those held are six women "
        "who had married local farmers. Activists say the detainees will be deported soon."
    )
    assert counts(text, "repatriation") == [(40, 40)]


def test_the_number_standing_for_people_is_what_a_later_they_means() -> None:
    text = (
        "Police arrested two fishermen on Monday and a trader on Tuesday. "
        "The three are held in a cell in Hunchun, where they were questioned on Wednesday."
    )
    assert counts(text, "interrogation") == [(3, 3)]


def test_a_new_total_counts_the_group_from_then_on() -> None:
    text = (
        "Officers detained two North Korean women at a flat on Monday, a pastor said. Later "
        "that night officers took away four more, bringing the number held to six. "
        "The pastor said the women will be punished if they are sent back."
    )
    assert counts(text, "punishment") == [(6, 6)]


def test_other_puts_the_first_person_among_the_helpers() -> None:
    doc = analyse(Document("t", "The driver and the other three smugglers received ten years each.")).doc
    driver = next(t for t in doc if t.text == "driver")
    victims = read_victims(driver)
    assert victims is not None and victims.count_min == 4


def test_a_raid_is_on_the_people_it_finds() -> None:
    text = (
        "Police raided a flat in Yanji on Monday and detained four North Korean women who had been "
        "hiding there. Officers also searched the market and seized two phones."
    )
    assert counts(text, "search") == [(4, 4), (None, None)]


def test_people_after_the_verb_are_its_object_when_the_parse_makes_them_the_subject_of_said() -> None:
    # A long object followed by the reporting clause: the parse reads the people as the
    # subject of "said"; they are still whom the verb acted on.
    text = (
        "China this month forcibly repatriated about 50 North Koreans who had been caught in "
        "Shenyang, a Seoul-based activist said on Thursday, renewing calls for Beijing to stop "
        "treating escapees as migrants."
    )
    assert counts(text, "repatriation") == [(50, 50)]


def test_people_who_are_made_to_do_something_keep_their_own_clause() -> None:
    # "made us squat": the people are the subject of the small clause the verb governs, and no
    # object of the verb is borrowed from it.
    text = "A guard kicked me and hit me with a stick. The guards made us squat for hours."
    assert counts(text, "violence")[0] == (1, 1)


def test_a_relative_named_after_with_went_too() -> None:
    # "with my younger sister": a plain "with" and a relative of someone join a companion.
    assert counts("In the winter of 2014 I crossed the Yalu River with my younger brother.", "escape") == [
        (2, 2)
    ]
    assert counts("In 2018 she left North Korea with her daughter.", "escape") == [(2, 2)]


def test_a_relative_after_with_is_the_missing_person_not_a_companion() -> None:
    assert counts("The family lost contact with her son in May 2020.", "disappearance") == [(1, 1)]


def test_the_teller_listed_with_another_person_counts_both() -> None:
    text = "Police came to the house at night and took me and another North Korean woman away."
    assert counts(text, "arrest") == [(2, 2)]


def test_mentions_dated_years_apart_are_two_acts() -> None:
    # The teller's first crossing and a later arrival of "we" are not one flight, even when
    # both count two people.
    text = (
        "I first crossed the Tumen River in the spring of 2012, from Musan, with my younger "
        "sister. I was sentenced to two years in a labour camp. We reached Seoul in 2019."
    )
    escapes = [e for e in events_of(text) if e.type == "escape"]
    assert not any(
        "2012" in " ".join(s.text for s in e.evidence) and "Seoul" in " ".join(s.text for s in e.evidence)
        for e in escapes
    )


def test_one_number_before_a_list_of_bare_plurals_counts_them_all() -> None:
    text = "North Korea executed about 30 engineers and managers of a steel works in April."
    assert counts(text, "execution") == [(30, 30)]
    assert counts("Police detained ten men and their wives in Yanji.", "arrest") == [(12, None)]


def test_those_made_to_attend_a_trial_are_its_audience_not_its_people() -> None:
    text = "About 3,000 farmers and students were made to attend the trial in the stadium in Hamhung."
    assert all(count != 3000 for count, _ in counts(text, "punishment"))


def test_the_tellers_we_counts_the_group_the_teller_counts() -> None:
    # In its own sentence, or told in the next one.
    assert counts("We waded across the Yalu in May 2009, all four of us holding hands.", "escape") == [(4, 4)]
    text = (
        "Police held me in Tumen for two months. In March we were driven across the bridge to "
        "Namyang. I believe there were about 30 of us on the truck."
    )
    assert counts(text, "repatriation") == [(30, 30)]


def test_a_count_in_an_earlier_paragraph_is_not_a_later_we() -> None:
    text = (
        "In 2012 they put about 50 of us on a truck to Sinuiju.\n\n"
        "Years later I left again with my son. We reached Bangkok in 2019."
    )
    assert all(count != 50 for count, _ in counts(text, "escape"))


def test_a_spaced_hyphen_sets_a_list_apart_as_a_dash_does() -> None:
    text = (
        "A North Korean family of three - a mother, her 10-year-old daughter and her elderly "
        "mother - was arrested by Thai police in Chiang Rai on Monday."
    )
    assert counts(text, "arrest") == [(3, 3)]


def test_a_date_after_a_companion_is_the_whole_acts_when_none_comes_before() -> None:
    text = "A former teacher from Hoeryong who crossed the Tumen with her teenage daughter in 2019 now lives in Seoul."
    assert counts(text, "escape") == [(2, 2)]


def test_a_companion_after_this_time_went_too() -> None:
    text = (
        "I was caught in 2015 and sent back. I crossed the Tumen again the next year, this time with my son."
    )
    assert (2, 2) in counts(text, "escape")


def test_companions_guided_by_a_smuggler_are_not_helpers() -> None:
    text = "In 2012, at 15, he crossed the Yalu near Hyesan with four other boys, guided by a smuggler his uncle had paid."
    assert counts(text, "escape") == [(5, 5)]


def test_a_bound_before_an_article_and_a_number_word_bounds_the_count() -> None:
    """ "more than a dozen" is thirteen or more, as "more than 12" is; "a dozen" stays twelve."""
    import tessera

    def counts(text: str) -> list[tuple[int | None, int | None]]:
        return [
            (e.victims.count_min, e.victims.count_max) for e in tessera.extract(text, published="2025-03-10")
        ]

    assert counts("Police arrested more than a dozen soldiers in Hyesan on Monday.") == [(13, None)]
    assert counts("Police arrested at least a dozen people in Hyesan on Monday.") == [(12, None)]
    assert counts("Police arrested a dozen people in Hyesan on Monday.") == [(12, 12)]
