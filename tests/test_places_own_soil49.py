"""Places (own soil 49): a state's authorities, named by its adjective or by one of its towns ("a
Seoul court", "Dandong police"), act on their own soil; a place of another country in the act's
own clause is where people came from or what they did, not where the act happened."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place
from tessera.places.actors import acting_in_clause
from tessera.places.gazetteer import load


@pytest.mark.parametrize(
    "sentence, trigger, country",
    [
        ("A Busan court on Friday sentenced a broker to two years in prison.", "sentenced", "KR"),
        ("The man was detained on Monday by the Incheon District Prosecutors' Office.", "detained", "KR"),
        ("South Korean prosecutors indicted a former soldier.", "indicted", "KR"),
        ("Yanji police raided a flat late at night.", "raided", "CN"),
        # another clause's doers: "jailed" is not the Chinese police's act
        ("Chinese police sent them back, and they were jailed in Onsong.", "jailed", None),
    ],
)
def test_whose_authorities_act_in_the_clause(sentence: str, trigger: str, country: str | None) -> None:
    assert acting_in_clause(load(), sentence, sentence.index(trigger)) == country


@pytest.mark.parametrize(
    "text, trigger, country",
    [
        (
            "Vietnamese police on Sunday arrested three North Korean workers who had walked off a "
            "building site in Chongjin last year.",
            "arrested",
            "VN",
        ),
        (
            "Russian police last week detained two North Korean soldiers who deserted their unit in "
            "Rason in March.",
            "detained",
            "RU",
        ),
        (
            "Thai police on Friday arrested four women who had fled a farm in Musan County in the spring.",
            "arrested",
            "TH",
        ),
    ],
)
def test_a_foreign_police_arrest_is_not_where_the_people_left(text: str, trigger: str, country: str) -> None:
    (ev,) = _place(text, _event(text, "arrest", trigger))
    assert ev.where is not None and ev.where.country == country


def test_a_southern_court_sentence_is_in_the_south() -> None:
    text = (
        "A broker from Hoeryong was questioned in Seoul last year. A Seoul court on Tuesday "
        "sentenced him to two years in prison for smuggling phones into North Korea."
    )
    (ev,) = _place(text, _event(text, "punishment", "sentenced"))
    assert ev.where is not None and ev.where.country == "KR"


def test_authorities_after_the_act_are_its_doers_only_after_by() -> None:
    sentence = "They are being questioned in Rason about their time in Russian custody."
    assert acting_in_clause(load(), sentence, sentence.index("questioned")) is None
    sentence = "He was detained on Monday by Russian police."
    assert acting_in_clause(load(), sentence, sentence.index("detained")) == "RU"


def test_authorities_before_the_act_are_its_doers_only_as_its_subject() -> None:
    sentence = "Two families who met South Korean officials were detained in Hyesan."
    assert acting_in_clause(load(), sentence, sentence.index("detained")) is None


def test_the_souths_officials_who_tell_the_news_do_not_act() -> None:
    text = (
        "A boat from Yeonpyeong Island sighted the vessel last week. Pyongyang has barred fishing "
        "boats from leaving port along its western coast, South Korean officials said on Monday."
    )
    (ev,) = _place(text, _event(text, "movement_restriction", "barred"))
    assert ev.where is not None and ev.where.country == "KP"
