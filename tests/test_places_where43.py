"""Session 43's places of acts: a province read for an act gives way to the report's one town of
it; a town people only passed through on the way is no scene."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_province_act_is_the_one_town_of_it_the_report_names() -> None:
    text = (
        "Market guards in Hoeryong seized the stock of a woman who sold Chinese shoes, a source in "
        "North Hamgyong Province said. Police have questioned her husband twice."
    )
    (questioning,) = _place(text, _event(text, "interrogation", "questioned"))
    assert questioning.where is not None and questioning.where.name == "Hoeryong"


def test_the_provincial_court_of_a_report_set_in_one_town_sits_there() -> None:
    text = (
        "A trader who sold South Korean films in Sinuiju has been jailed for life, a source in North "
        "Pyongan Province said. Two of her customers were fined by the provincial people's "
        "committee."
    )
    (fine,) = _place(text, _event(text, "punishment", "fined"))
    assert fine.where is not None and fine.where.name == "Sinuiju"


def test_with_two_towns_of_the_province_named_the_act_stays_in_the_province() -> None:
    text = (
        "Traders from Hoeryong and Musan have been barred from the border markets, a source in North "
        "Hamgyong Province said. Police have questioned their families."
    )
    (questioning,) = _place(text, _event(text, "interrogation", "questioned"))
    assert questioning.where is not None and questioning.where.precision == "province"


def test_a_town_passed_on_a_return_is_not_where_the_returnees_were_beaten() -> None:
    text = (
        "Men who were sent back from China through Tumen have been beaten during questioning at a "
        "State Security detention centre in Onsong, a rights group said."
    )
    (beating,) = _place(text, _event(text, "violence", "beaten"))
    assert beating.where is not None and beating.where.name.startswith("Onsong")


def test_a_town_the_act_itself_passes_through_is_kept() -> None:
    text = (
        "Border guards stopped and searched two traders at a checkpoint as they drove through Musan County."
    )
    (search,) = _place(text, _event(text, "search", "searched"))
    assert search.where is not None and search.where.name.startswith("Musan")


def test_a_town_people_only_hoped_to_work_in_sets_no_scene() -> None:
    text = (
        "Two women from Musan were caught by border guards as they waded into the Tumen River. The "
        "women, who had hoped to find work in Yanji, were handed to the county police. One of them "
        "was beaten by the guards."
    )
    (beating,) = _place(text, _event(text, "violence", "beaten"))
    assert beating.where is not None and beating.where.country == "KP"


def test_the_capital_in_a_report_about_the_north_is_pyongyang() -> None:
    text = (
        "Police in Sunchon have turned back traders without travel permits. Security officials "
        "have also been checking lodgings to catch people staying in the capital without "
        "registration."
    )
    (search,) = _place(text, _event(text, "search", "checking"))
    assert search.where is not None and search.where.name == "Pyongyang"


def test_the_capital_in_a_report_set_abroad_is_not_pyongyang() -> None:
    text = (
        "Thai police detained three North Koreans in Chiang Rai last week. They were later "
        "questioned at an immigration centre in the capital."
    )
    (questioning,) = _place(text, _event(text, "interrogation", "questioned"))
    assert questioning.where is None or questioning.where.name != "Pyongyang"


def test_a_capital_named_beside_its_name_adds_nothing() -> None:
    text = "Police detained ten students in Pyongyang, the capital, for watching foreign films."
    (arrest,) = _place(text, _event(text, "arrest", "detained"))
    assert arrest.where is not None and arrest.where.name == "Pyongyang"
    assert arrest.where.text == "Pyongyang"


def test_a_town_named_right_after_near_only_locates_the_first() -> None:
    text = (
        "Three women who worked at a fish plant in Donggang, near Dandong, ran away in May. "
        "Police searched their rooms."
    )
    (search,) = _place(text, _event(text, "search", "searched"))
    assert search.where is not None and search.where.name == "Donggang"


def test_the_acts_own_clause_wins_a_tie_with_a_clause_about_its_people() -> None:
    text = (
        "Two women who fled a garment factory in Donggang in October were caught by Chinese police "
        "a week later at a bus station in Shenyang."
    )
    (arrest,) = _place(text, _event(text, "arrest", "caught"))
    assert arrest.where is not None and arrest.where.name == "Shenyang"


def test_the_goal_of_a_drive_someone_was_paid_for_is_not_where_the_arrest_was() -> None:
    text = (
        "The court said the man was paid 5,000 yuan to drive three women from Helong to Changchun, "
        "and that police stopped the car at a toll station outside Yanji and detained all four."
    )
    (arrest,) = _place(text, _event(text, "arrest", "detained"))
    assert arrest.where is not None and arrest.where.name == "Yanji"
