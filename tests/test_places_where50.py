"""Places conventions found failing, by kind, on the open development sets of session 50: a town
the event's own sentence puts it "in" or "at" is where it happened, however deep in the parse,
before the town of the sentence before (a teller's, or the last event's) and before the town of a
later sentence that tells the event again ("taken to the department in Pyongsong"); a questioning
happens where people were taken or summoned to; "the city of Hoeryong" names Hoeryong and is no
"the city" standing for the last city told.

Every test reads invented text; each failed before the rule it names was added (but the guards,
which held before too).
"""

from __future__ import annotations

from places_helpers import wheres_found

PUBLISHED = "2024-06-20"


def test_a_deep_town_of_the_sentence_comes_before_the_story_town() -> None:
    text = (
        "A trader in Hamhung said the campaign was growing harsher. Agents of the Ministry of State "
        "Security arrested four people who had been gathering quietly to read scripture in a small "
        "flat in Anju, South Pyongan Province, in early May."
    )
    assert wheres_found(text, "arrest", PUBLISHED) == ["Anju"]


def test_a_deep_town_of_the_sentence_comes_before_a_town_told_again_later() -> None:
    text = (
        "Agents of the Ministry of State Security arrested four people who had been gathering quietly "
        "to read scripture in a small flat in Anju, South Pyongan Province, in early May. The four "
        "were taken to the provincial state security department in Pyongsong for questioning."
    )
    assert wheres_found(text, "arrest", PUBLISHED) == ["Anju"]


def test_the_acting_states_town_of_the_sentence_comes_before_one_held_in_later() -> None:
    text = (
        "Chinese police on Sunday arrested two North Korean soldiers who abandoned their post in "
        "Hoeryong last month, finding them in a barn outside a hamlet in Helong after a shepherd "
        "reported smoke. The pair are being held at a border detention centre in Tumen."
    )
    assert wheres_found(text, "arrest", PUBLISHED) == ["Helong"]


def test_a_near_town_of_the_sentence_still_comes_first() -> None:
    # guard: the event's own near "in" is read as before
    text = (
        "A trader in Hamhung said the campaign was growing harsher. Police arrested a man in Kilju "
        "last week for selling films from the South."
    )
    assert wheres_found(text, "arrest", PUBLISHED) == ["Kilju County"]


def test_questioning_where_people_were_summoned_to() -> None:
    # "summoned to X", "taken to X and questioned there": the questioning happens where they went
    text = (
        "A trader in Hamhung said the campaign was growing harsher. Several officers of the border "
        "battalion were taken to Pyongyang and are being interrogated there, she said."
    )
    assert wheres_found(text, "interrogation", PUBLISHED) == ["Pyongyang"]


def test_questioning_about_a_trip_is_not_placed_at_its_goal() -> None:
    # guard: a goal inside what is asked is the topic, not where the questioning is
    text = (
        "Police in Hyesan questioned two women for three days about their trips to Yanji, a source "
        "in the city said."
    )
    assert wheres_found(text, "interrogation", PUBLISHED) == ["Hyesan"]


def test_the_city_of_a_named_town_is_no_cue_for_the_last_city() -> None:
    # "the border city of Hoeryong" names Hoeryong; its "city" is no "the city" standing for the
    # last city told
    text = (
        "A source in Sinuiju said the campaign was growing harsher. People in the border city of "
        "Hoeryong told the station that soldiers searched houses in two villages last week."
    )
    assert wheres_found(text, "search", PUBLISHED) == ["Hoeryong"]


def test_a_bare_city_word_still_stands_for_the_last_city() -> None:
    # guard: "police in the city" is the last city told
    text = (
        "A woman was arrested in Hoeryong on Monday, a source said. Police in the city also searched "
        "the homes of her neighbours."
    )
    assert wheres_found(text, "search", PUBLISHED) == ["Hoeryong"]
