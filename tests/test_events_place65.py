"""Places of events (session 65): an arrest, search or questioning by China's police read at the
North's town the people came from happened in China; acts of the North's organs abroad, named
there, stay abroad (invented sentences)."""

from __future__ import annotations

from events_helpers import place_of

_where = place_of


def test_minders_abroad_stay_abroad():
    text = (
        "North Korean managers at a seafood plant in Hunchun confiscated the workers' phones. "
        "Two workers were beaten by their security minder."
    )
    assert _where(text, "violence")[1] == "CN"


def test_the_norths_agents_in_a_town_abroad_named_in_the_sentence():
    text = "North Korean agents interrogated the defector in a Shenyang hotel room for two days."
    assert _where(text, "interrogation") == ("Shenyang", "CN")


def test_chinas_police_questioning_stays_in_china():
    text = "Chinese police raided a restaurant in Dandong. The manager was questioned by police for two days."
    assert _where(text, "interrogation")[1] == "CN"


# China's police act in China: an arrest or search of theirs read at the North's town the people
# came from is at the Chinese town of the story.


def test_a_helper_detained_by_chinas_police_is_in_china_not_the_refugees_home():
    text = (
        "Chinese police raided a flat in Yanji where a pastor sheltered six women from Onsong. "
        "All six were sent back across the Tumen, and the pastor, who was himself detained for a week, "
        "said they were beaten."
    )
    assert _where(text, "arrest") == ("Yanji", "CN")


def test_an_arrest_by_chinas_police_told_again_is_where_its_sentence_says():
    text = (
        "A family of four from Hyesan who were caught in China last month were handed back on Thursday. "
        "The family was arrested by Chinese police in Changbai on March 6."
    )
    assert _where(text, "arrest") == ("Changbai", "CN")


def test_police_searching_in_a_town_of_the_north_named_as_the_scene_stay_there():
    text = "A man was arrested in Manpo for selling Chinese phones. Officers also searched the family's flat."
    assert _where(text, "search") == ("Manpo", "KP")
