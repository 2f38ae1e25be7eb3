"""Places (where39): the home town of the people an act befell ("a man from Kanggye") is where it
happened only when nothing else places it: not when the sentence names the act's own place, nor
when the report's story is set in another town."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_visitors_home_yields_to_the_story_town():
    text = (
        "Police have tightened checks on travellers in Manpo this month. "
        "A man from Kanggye who had come without a permit was taken to the police station."
    )
    (ev,) = _place(text, _event(text, "arrest", "taken"))
    assert ev.where is not None and ev.where.name == "Manpo"


def test_an_officials_home_province_yields_to_the_place_of_the_act():
    text = "A senior trade official from North Hamgyong Province was put to death in Pyongyang last month."
    (ev,) = _place(text, _event(text, "execution", "put to death"))
    assert ev.where is not None and ev.where.name == "Pyongyang"


def test_a_guide_from_a_chinese_province_is_caught_where_the_raids_are():
    text = (
        "Chinese police have stepped up raids on safe houses in Kunming. "
        "An ethnic Korean man from Jilin who was guiding the group was also detained."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Kunming"


def test_the_home_town_is_the_place_when_nothing_else_places_the_act():
    text = "A family of five from Hyesan was arrested last week, a source said."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_the_home_town_stays_when_the_story_is_set_there():
    text = (
        "Security has been tightened in Hyesan since the spring. "
        "A family of five from Hyesan was arrested last week."
    )
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_a_world_name_with_a_lower_case_particle_is_one_place():
    text = "A North Korean diplomat was detained by embassy guards in Dar es Salaam on March 3."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Dar es Salaam" and ev.where.country == "TZ"


def test_a_new_case_told_with_its_home_happened_at_home():
    text = (
        "Police raided homes in Hoeryong in early May. "
        "A woman in her 50s from Hyesan was summoned by the state security department on May 19."
    )
    (ev,) = _place(text, _event(text, "interrogation", "summoned"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_a_border_region_beside_the_home_does_not_displace_it():
    text = "A family of three from Hoeryong, a city on North Korea's border with China, has vanished."
    (ev,) = _place(text, _event(text, "disappearance", "vanished"))
    assert ev.where is not None and ev.where.name == "Hoeryong"


def test_a_speakers_also_does_not_make_a_new_case_a_visit():
    text = (
        "Police raided homes in Hoeryong in early May, a rights group said. "
        "The group also said a man from Hyesan was arrested by state security in June."
    )
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name == "Hyesan"
