"""Places at the finest unit the report gives (wave 18): a province that only locates a town, a
province heading over a town named in the sentence, a province the context gives after one of its
towns, and the directional regions of the third countries on the routes south."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_province_that_locates_a_speakers_town_stands_for_the_town():
    text = (
        "A trader in Musan county in North Hamgyong, reached by phone this week, says the "
        "detainees are being held at the county's security office."
    )
    (ev,) = _place(text, _event(text, "arrest", "held"))
    assert ev.where is not None and ev.where.id == "kp-north-hamgyong-musan"


def test_a_province_heading_yields_to_the_town_the_sentence_names():
    text = (
        "North Hamgyong: Early in the month the Kyongsong County police department detained six "
        "people for selling copper wire."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.id == "kp-north-hamgyong-kyongsong"


def test_a_province_of_the_context_is_the_town_of_it_named_before():
    text = (
        "Two men were shot in Hoeryong, North Hamgyong province, on Monday. "
        "A judge of the North Hamgyong provincial court read out the sentences. "
        "Eight of their relatives were arrested in the weeks before."
    )
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.id == "kp-north-hamgyong-hoeryong"


def test_a_directional_region_of_a_third_country_is_a_region():
    text = "Five North Koreans were detained in northern Laos on Sunday, officials said."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "northern Laos"
    assert ev.where.precision == "region" and ev.where.lat is not None


def test_a_directional_region_is_made_the_town_the_next_sentence_finds_people_at():
    text = (
        "Police in northern Laos have detained seven North Koreans, an official said. "
        "They were stopped at a checkpoint outside Luang Namtha on Monday."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.id == "la-luang-namtha"


def test_a_town_outside_the_region_does_not_refine_it():
    text = (
        "Police in northern Laos have detained seven North Koreans, an official said. "
        "They were stopped at a checkpoint outside Pakse on Monday."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "northern Laos"


def test_where_people_were_brought_after_the_arrest_is_not_where_they_were_caught():
    text = (
        "Mongolian border troops detained four North Koreans on Sunday after they walked into the "
        "country from near the Chinese town of Erenhot. "
        "They were found walking in the steppe near Sainshand. "
        "The four have been brought to Ulaanbaatar and are being held by the police."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained", also=["held"]))
    assert ev.where is not None and ev.where.text == "Sainshand"


def test_capitals_joined_after_between_are_governments_not_places():
    text = (
        "A logger who fled a camp in Tynda was detained by Russian police in Blagoveshchensk on "
        "Monday. He faces deportation under an agreement between Moscow and Pyongyang."
    )
    (ev,) = _place(text, _event(text, "repatriation", "deportation"))
    assert ev.origin is not None and ev.origin.name != "Moscow"
    assert ev.destination is None or ev.destination.name != "Pyongyang"
