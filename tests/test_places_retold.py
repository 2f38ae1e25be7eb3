"""Places read from a sentence that tells the event again, areas of origin, capitals as governments,
flights into the South (invented report sentences)."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed
from tessera.model import Event


def _place(text: str, ev: Event) -> Event:
    (out,) = placed(text, ev)
    return out


def test_a_quoted_word_is_read_in_its_whole_sentence() -> None:
    # (a sentence in between: the very next sentence's town of that country is taken anyway, see
    # test_places_arrivals.py; and a second town of China named, or the one town of it the report
    # names would be taken anyway, see test_places_fields_unseen.py)
    text = (
        "Police have arrested a group of eleven defectors in southern China. "
        "They had been hiding in a rented house for months. "
        "The arrest was made in the city of Nanning on a Tuesday night. "
        "The group had come south by bus from Kunming."
    )
    plain = _place(text, _event(text, "arrest", "arrested"))
    joined = _place(text, _event(text, "arrest", "arrested", also=["arrest"]))
    assert plain.where is not None and plain.where.name != "Nanning"
    assert joined.where is not None and joined.where.name == "Nanning"


def test_a_retold_sentence_gives_no_country_of_its_own() -> None:
    # the retelling names only the country; the dateline's city stays the finer answer
    text = (
        "BANGKOK (Reuters) - Thai police said on Monday they had detained 40 North Koreans in a raid "
        "on a rented house. The arrest is the largest of its kind in Thailand, a police general said."
    )
    ev = _place(text, _event(text, "arrest", "detained", also=["arrest"]))
    assert ev.where is not None and ev.where.name == "Bangkok"


def test_a_return_from_several_towns_starts_from_the_area_they_span() -> None:
    text = (
        "Dozens of North Koreans were repatriated on Friday, activists said. "
        "The repatriation took place in Yanji, Hunchun and Tumen, the group said."
    )
    ev = _place(text, _event(text, "repatriation", "repatriated", also=["repatriation"]))
    assert ev.origin is not None and ev.origin.precision == "region" and ev.origin.country == "CN"
    assert "Yanji" in ev.origin.name and "Tumen" in ev.origin.name


def test_two_capitals_that_closed_a_border_are_their_governments() -> None:
    text = (
        "Nineteen detainees were repatriated by bus last week. "
        "It was the first return since Beijing and Pyongyang sealed their border, and it took place "
        "at the town of Namyang."
    )
    ev = _place(text, _event(text, "repatriation", "repatriated", also=["return"]))
    assert ev.destination is not None and ev.destination.name != "Pyongyang"


def test_a_flight_into_the_south_did_not_start_in_the_south() -> None:
    text = "A young guard defected to South Korea on Tuesday, running from his post in Panmunjom."
    ev = _place(text, _event(text, "escape", "defected"))
    assert ev.destination is not None and ev.destination.country == "KR"
    assert ev.origin is None or ev.origin.country != "KR"


def test_a_place_naming_the_police_yields_to_where_the_arrest_was() -> None:
    text = "Nine refugees were arrested by Jilin Province security officers in the coastal city of Dalian."
    ev = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name == "Dalian"


def test_guards_sent_along_the_border_act_in_the_northern_border_region() -> None:
    text = "Early this year, extra patrols of soldiers were deployed along the border to stop people leaving."
    ev = _place(text, _event(text, "crackdown", "deployed"))
    assert ev.where is not None and ev.where.id == "kp-border"


def test_the_demarcation_line_is_not_the_northern_border() -> None:
    text = "Guards were sent to the border near the demilitarized zone to stop soldiers defecting."
    ev = _place(text, _event(text, "crackdown", "sent"))
    assert ev.where is None or ev.where.id != "kp-border"


def test_a_place_where_points_back_to_is_where_the_return_began() -> None:
    text = (
        "Campaigners in Seoul said the logger was driven to the port city of Vanino, where he is likely "
        "to be handed back over to North Korean agents."
    )
    ev = _place(text, _event(text, "repatriation", "handed back over"))
    assert ev.origin is not None and ev.origin.name == "Vanino"


def test_the_state_that_caught_a_flight_is_where_it_ended() -> None:
    text = "Mongolia detained three North Koreans who had crossed from China, officials said on Monday."
    ev = _place(text, _event(text, "escape", "crossed"))
    assert ev.destination is not None and ev.destination.country == "MN"


def test_a_next_sentence_that_only_says_where_people_are_ends_the_flight() -> None:
    text = "The young man waded over the river with his sister at night. They are now in Laos."
    ev = _place(text, _event(text, "escape", "waded"))
    assert ev.destination is not None and ev.destination.country == "LA"


def test_people_sent_back_to_a_country_are_returned_from_there() -> None:
    text = (
        "Six women were held in Thailand for a month and then sent back to Myanmar last week. "
        "They now face being deported to North Korea, activists said."
    )
    ev = _place(text, _event(text, "repatriation", "deported"))
    assert ev.origin is not None and ev.origin.country == "MM"


def test_a_place_people_travelled_from_is_not_where_they_were_held() -> None:
    text = (
        "Four defectors were caught in Harbin on Friday while riding a train from Dalian. "
        "They were sent back to North Korea, an activist said."
    )
    ev = _place(text, _event(text, "repatriation", "sent back"))
    assert ev.origin is not None and ev.origin.name == "Harbin"


def test_a_town_or_province_of_the_events_own_sentence_outranks_a_retold_region() -> None:
    text = (
        "Three North Korean families were detained by Chinese police in Shandong and Yunnan "
        "provinces in early May. They have since been taken to a detention centre on the border."
    )
    joined = _place(text, _event(text, "arrest", "detained", also=["taken"]))
    assert joined.where is not None and joined.where.name != "the border region"
    assert joined.where.country == "CN" and joined.where.precision in ("province", "region")
    assert "Shandong" in joined.where.name or "Yunnan" in joined.where.name
