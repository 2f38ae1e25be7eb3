"""Events stage: one event told twice in one report is one event, and two events stay two.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def count_of(text: str, event_type: str) -> int:
    return [e.type for e in events_of(text)].count(event_type)


def test_some_of_a_counted_group_is_part_of_its_event() -> None:
    text = (
        "Four dock workers in Nampo were sentenced to labour camp terms for selling cigarettes, "
        "a source said. Two of them received six years and the other two received four years."
    )
    assert count_of(text, "punishment") == 1


def test_the_other_n_beside_one_singled_out_are_the_rest_of_the_group() -> None:
    text = (
        "Four guards were put on trial in Kimchaek in May. The boat's captain was sentenced to "
        "ten years, while the other three received five years each."
    )
    # the captain and the other three make up the four: the sentence splits the trial's group
    # into its parts (the gold sets count it as the trial's one punishment)
    punished = [e for e in events_of(text) if e.type == "punishment"]
    assert len(punished) == 1
    assert len(punished[0].evidence) > 1 and punished[0].evidence[0].text.startswith("Four guards")


def test_all_of_them_points_back_to_the_people_told() -> None:
    text = (
        "Activists urged Laos to refrain from deporting to China the four North Korean women "
        "detained in Pakse on 2 March. Among the four is a teenager. All of them are at serious "
        "risk of being sent back to China."
    )
    assert count_of(text, "repatriation") == 1


def test_two_verbs_for_one_blow_are_one_act() -> None:
    text = "When I refused to answer, an officer slapped me and beat me with a belt."
    assert count_of(text, "violence") == 1


def test_two_verbs_with_other_people_stay_two_acts() -> None:
    assert count_of("Police arrested two men and detained three women in Hyesan.", "arrest") == 2


def test_others_listed_in_one_phrase_are_not_another_group() -> None:
    text = (
        "Police in Harbin detained six North Koreans last week. A human rights group said a "
        "woman, her daughter and four other people were taken into custody at a hotel."
    )
    assert count_of(text, "arrest") == 1


def test_other_people_told_apart_stay_another_event() -> None:
    text = "Police detained six North Koreans in Yanji. Eight other defectors were also caught in Tumen."
    assert count_of(text, "arrest") == 2


def test_some_of_the_group_punished_also_is_another_act() -> None:
    text = (
        "Six traders caught with rice in Hyesan on May 3 were each fined 20,000 won, and one of "
        "them was also sent to a labour training unit for a month."
    )
    assert count_of(text, "punishment") == 2


def test_some_of_them_two_sentences_on_and_the_one_beside_them() -> None:
    text = (
        "Three students in Kaesong have been sentenced to labour camp terms for watching foreign "
        "films, a source said.\n\nThe three, all in their 20s, were caught in May when police "
        "raided a flat where they had met, the source said. Two of them received six years and "
        "one received four years at a trial at the city court last month."
    )
    assert count_of(text, "punishment") == 1


def test_the_n_others_a_quote_later_are_the_rest_of_the_group() -> None:
    text = (
        "Four officials of the trade bureau in Kanggye have been dismissed and sent with their "
        'families to a farm, a source said.\n\nThe inspectors arrived in early May. "They were '
        'questioned for weeks."\n\nThe bureau chief was expelled from the party, and the three '
        "others were demoted to labourers before being sent to the farm in June, the source said."
    )
    punished = [e for e in events_of(text) if e.type == "punishment"]
    assert len(punished) == 2  # the chief's expulsion is an act of its own
    assert any(len(e.evidence) > 1 and e.evidence[0].text.startswith("Four officials") for e in punished)


def test_the_rest_of_a_smaller_group_is_its_own_sentence() -> None:
    text = (
        "Seven people accused of smuggling phones were put on trial before a crowd at the stadium "
        "in Hyesan last Monday, a source said.\n\nThe defendants included four traders, a border "
        "guard and a married couple, the source said.\n\nThe two traders regarded as leaders were "
        "sentenced to life. The guard and the other two traders received 12 years each."
    )
    assert count_of(text, "punishment") >= 2
