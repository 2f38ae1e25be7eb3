"""Places conventions found failing, by kind, on the four sets written blind (issue 12).

Every test reads invented text; each failed before the rule or entry it names was added.
"""

from __future__ import annotations

import pytest

from places_helpers import anchored_event, placed
from tessera import extract
from tessera.places.gazetteer import load
from tessera.places.mentions import find_mentions
from tessera.places.resolve import resolve


@pytest.mark.parametrize(
    ("spelling", "place_id"),
    [
        # the Gobi crossing into Mongolia, in the spellings English reports use
        ("Zamyn-Uud", "mn-zamyn-uud"),
        ("Zamiin Uud", "mn-zamyn-uud"),
        ("Dzamyn-Uud", "mn-zamyn-uud"),
        # the Lao town on the Mekong across from Chiang Khong
        ("Huay Xai", "la-huay-xai"),
        ("Houayxay", "la-huay-xai"),
    ],
)
def test_border_towns_on_the_routes_out_of_china(spelling: str, place_id: str) -> None:
    gaz = load()
    text = f"They were caught near {spelling} last week."
    (mention,) = resolve(text, find_mentions(text, None, gaz), gaz)
    assert mention.text == spelling
    assert mention.chosen is not None and mention.chosen.id == place_id


def test_a_capitalised_preposition_inside_a_sentence_cues_no_place() -> None:
    text = (
        "Two teachers were sent to a labour camp in Kilju, North Hamgyong Province, last month "
        "for watching foreign films, Inside Line has learned.\n\nA source in the county said "
        "the teachers had been reported by a neighbour."
    )
    events = extract(text, published="2027-04-19")
    assert events and all(e.where is not None and e.where.country == "KP" for e in events)


def test_a_lede_province_is_made_finer_by_the_town_the_details_paragraph_names() -> None:
    text = (
        "Two women from Musan who were sold to farmers in Heilongjiang Province after crossing "
        "the river have been arrested by Chinese police, a source said.\n\n"
        "The women left Musan in 2019 with a broker. They were kept on a farm outside Jixi "
        "for four years."
    )
    events = extract(text, published="2024-06-20")
    (arrest,) = [e for e in events if e.type == "arrest"]
    assert arrest.where is not None and arrest.where.name == "Jixi"


def test_a_province_told_outside_the_lede_keeps_its_precision() -> None:
    text = (
        "Police in Yanji searched a market on Monday, a trader said.\n\n"
        "Two women from Musan who were sold to farmers in Heilongjiang Province have been "
        "arrested by Chinese police, the trader said.\n\n"
        "They had been kept on a farm outside Jixi for four years."
    )
    events = extract(text, published="2024-06-20")
    (arrest,) = [e for e in events if e.type == "arrest"]
    assert arrest.where is not None and arrest.where.name != "Jixi"


def test_the_souths_city_where_an_account_is_given_is_not_the_scene_in_the_north() -> None:
    text = (
        "Volunteers in Seoul recorded this testimony last year from a woman who came from "
        "Hyesan.\n\n"
        "Late one night, men from the bowibu came to our house. They took me to the city "
        "security department. For ten days they questioned me."
    )
    events = extract(text, published="2024-02-10")
    told = [e for e in events if e.type in ("arrest", "interrogation")]
    assert told and all(e.where is not None and e.where.country == "KP" for e in told)


def test_a_place_after_according_to_is_where_the_teller_is() -> None:
    text = (
        "Police detained four North Koreans in Changchun on Monday, an aid group said.\n\n"
        "According to relatives in Busan, the four crossed the river in March. Officers raided "
        "the flat where they were staying."
    )
    events = extract(text, published="2024-06-20")
    raid = [e for e in events if e.type == "search"]
    assert raid and all(e.where is not None and e.where.country != "KR" for e in raid)


def test_a_line_named_before_is_not_the_scene_of_what_follows() -> None:
    text = (
        "Two fishermen crossed the Northern Limit Line in a small boat on Monday, the military "
        "said.\n\n"
        "One of them said his brother had been sent to a labour camp last year for missing work."
    )
    events = extract(text, published="2024-06-20")
    camp = [e for e in events if e.type == "punishment"]
    assert camp and all(e.where is None or e.where.name != "the Northern Limit Line" for e in camp)


def test_this_city_in_datelined_copy_is_the_datelines_city() -> None:
    text = (
        "HUNCHUN, China (Reuters) - Police in this riverside city have been checking the papers "
        "of every guest in its hotels this week, hotel staff said."
    )
    events = extract(text, published="2027-03-12")
    checks = [e for e in events if e.type == "search"]
    assert checks and all(e.where is not None and e.where.name == "Hunchun" for e in checks)


def test_an_origin_province_abroad_takes_the_town_the_next_sentence_tells() -> None:
    text = (
        "Chinese police detained nine North Koreans last week as they tried to cross from Yunnan "
        "province into Laos, an aid group said. The group was stopped at a checkpoint outside "
        "Mengla on Thursday."
    )
    events = extract(text, published="2027-03-20")
    tried = [e for e in events if e.type == "escape"]
    assert tried and tried[0].origin is not None and tried[0].origin.name.startswith("Mengla")


def test_the_receivers_of_a_handing_over_are_not_its_senders() -> None:
    text = (
        "Police in Vietnam arrested five North Koreans in Lao Cai last week. On Monday the five "
        "were taken back over the bridge and handed to Chinese border officials."
    )
    events = extract(text, published="2027-03-20")
    (back,) = [e for e in events if e.type == "repatriation"]
    assert back.origin is not None and back.origin.country == "VN"
    assert back.destination is not None and back.destination.country == "CN"


def test_handed_back_to_the_chinese_is_to_china() -> None:
    text = (
        "Lao police detained four North Koreans near Boten last week. A pastor said the group "
        "feared they would be handed back to the Chinese."
    )
    events = extract(text, published="2027-03-20")
    back = [e for e in events if e.type == "repatriation"]
    assert back and back[0].destination is not None and back[0].destination.country == "CN"


def test_the_friendship_pass_is_a_chinese_crossing() -> None:
    gaz = load()
    text = "They were handed over at the Friendship Pass on Friday."
    (mention,) = resolve(text, find_mentions(text, None, gaz), gaz)
    assert mention.chosen is not None and mention.chosen.id == "cn-youyiguan"


def test_a_return_retold_next_with_the_norths_town_it_went_to() -> None:
    text = (
        "Chinese police sent about 20 North Koreans back across the border on Friday, a pastor "
        "said. Residents saw a bus with curtained windows drive over the bridge to Sinuiju that "
        "night."
    )
    events = extract(text, published="2027-09-10")
    back = [e for e in events if e.type == "repatriation"]
    assert back and back[0].destination is not None and back[0].destination.name == "Sinuiju"


@pytest.mark.parametrize(
    "sentence",
    [
        "Her son fears she will be sent to a kyohwaso for five years.",
        "Her son fears she will be sent to a labour training camp.",
        "Agents of the bowibu later questioned her son for two days.",
    ],
)
def test_an_institution_only_the_north_has_puts_the_event_in_the_north(sentence: str) -> None:
    text = "Police caught a North Korean woman in Yanji in March, her son said. " + sentence
    events = extract(text, published="2027-04-21")
    later = [e for e in events if e.type in ("punishment", "interrogation")]
    assert later and all(e.where is not None and e.where.country == "KP" for e in later)


def test_people_carried_to_a_town_are_there_for_what_follows() -> None:
    text = (
        "I was caught in Hunchun in May 2019 and kept in a cell there for a year. In June 2020 "
        "the police drove twenty of us across the bridge to Onsong. At the holding centre a "
        "guard beat me with a stick."
    )
    events = extract(text, published="2024-12-10")
    beaten = [e for e in events if e.type == "violence"]
    assert beaten and beaten[0].where is not None and beaten[0].where.country == "KP"


def test_a_town_named_before_a_facility_is_where_the_facility_stands() -> None:
    text = (
        "Chinese authorities forcibly returned some 30 North Koreans to the North on Monday from "
        "the Hunchun detention facility in Jilin Province, a rights group said."
    )
    events = extract(text, published="2027-09-12")
    (back,) = [e for e in events if e.type == "repatriation"]
    assert back.origin is not None and back.origin.name == "Hunchun"


def test_a_place_named_only_to_say_where_another_lies_is_not_the_scene() -> None:
    text = (
        "A North Korean woman working at a fish plant in Donggang, near the Chinese border city "
        "of Dandong, escaped from her dormitory last week, a source said.\n\nShe slipped out "
        "during a power cut. The next day, police searched every room in the dormitory."
    )
    events = extract(text, published="2027-06-05")
    assert events and all(e.where is not None and e.where.name == "Donggang" for e in events)


def test_a_province_found_for_a_country_is_made_finer_by_the_next_sentence() -> None:
    text = (
        "Mongolian border guards have detained three North Koreans who walked across the "
        "frontier into Dornogovi province on Monday, an official said. The three were found "
        "by a patrol near the town of Zamyn-Uud before dawn."
    )
    events = extract(text, published="2027-09-10")
    (arrest,) = [e for e in events if e.type == "arrest"]
    assert arrest.where is not None and arrest.where.name == "Zamyn-Uud"


_LOGGERS = (
    "Two North Korean loggers who fled their camp in Russia have been detained by Russian police, "
    "an activist said. Their relatives in the North have not been told. "
)


def test_an_event_placed_only_in_a_foreign_country_is_at_the_one_town_of_it_the_report_names() -> None:
    text = _LOGGERS + "The men had hidden for weeks on the outskirts of Tynda after leaving the camp in May."
    (ev,) = placed(text, anchored_event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Tynda"


def test_with_two_towns_of_that_country_named_the_event_stays_in_the_country() -> None:
    text = _LOGGERS + "The men had hidden for weeks in Tynda and later in Blagoveshchensk."
    (ev,) = placed(text, anchored_event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.precision == "country" and ev.where.country == "RU"
