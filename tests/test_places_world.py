"""Places beyond the curated gazetteer, spellings by ear, datelines and acting authorities
(invented sentences)."""

from __future__ import annotations

import pytest

from tessera.language import analyse
from tessera.model import Document
from tessera.places import find_places
from tessera.places.dateline import find_dateline
from tessera.places.gazetteer import load
from tessera.places.mentions import find_mentions
from tessera.places.resolve import resolve
from tessera.places.variants import informal
from tessera.places.world import load_world


def _places(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, name, country, precision) of each place the report names."""
    out = []
    for m in find_places(analyse(Document(id="d", text=text))):
        e = m.chosen
        out.append((m.text, e.name if e else None, e.country if e else None, e.precision if e else None))
    return out


# (invented sentence, the place's words in it, expected country, expected precision)
WORLD_PLACES = [
    (
        "Burmese police stopped the group at the frontier town of Tachilek on Sunday.",
        "Tachilek",
        "MM",
        "city",
    ),
    ("The nine were held for a week in Tachileik before the hearing.", "Tachileik", "MM", "city"),
    ("The bus reached the Vietnamese border city of Mong Cai after dark.", "Mong Cai", "VN", "city"),
    ("They were picked up near Chiang Saen by a river patrol.", "Chiang Saen", "TH", "city"),
    ("Officers detained the men in Oudomxay province last month.", "Oudomxay", "LA", "province"),
    ("Two women were stopped in Mondolkiri province in the rainy season.", "Mondolkiri", "KH", "province"),
    ("The guides took them from Boten to Luang Namtha by night.", "Boten", "LA", "city"),
    ("A logging crew fled the camp near Tynda in the spring.", "Tynda", "RU", "city"),
    ("They hid for a month in Ulan-Ude before moving on.", "Ulan-Ude", "RU", "city"),
    ("The family was stopped at the station in Erdenet.", "Erdenet", "MN", "city"),
    ("The seamen were landed in Niigata the next morning.", "Niigata", "JP", "city"),
    ("The man later reached Paris with the help of a church.", "Paris", "FR", "city"),
    # border features, as data rows
    ("The soldier ran across the Joint Security Area under fire.", "Joint Security Area", "KR", "point"),
    ("He dashed past the truce village while guards shot at him.", "the truce village", "KR", "point"),
]


@pytest.mark.parametrize(("text", "words", "country", "precision"), WORLD_PLACES)
def test_world_places_are_found(text: str, words: str, country: str, precision: str) -> None:
    found = [p for p in _places(text) if p[0] == words]
    assert found, _places(text)
    assert found[0][2] == country and found[0][3] == precision


@pytest.mark.parametrize(
    "text",
    [
        "A letter to Kim was read out at the meeting in March.",  # a person, a month
        "Police said the case was closed, and Reading the report took an hour.",  # words, not towns
        "They listened to Song on the radio and wrote to Lee about Hope.",
        "The Central committee met in May to discuss Security matters.",
    ],
)
def test_common_words_and_people_are_not_world_places(text: str) -> None:
    assert _places(text) == []


def test_the_curated_gazetteer_wins_over_the_world() -> None:
    # Pochon is North Korea's county (curated), not a namesake elsewhere in the world index.
    (place,) = _places("The crackdown spread to Pochon last week.")
    assert place[2] == "KP"


def test_the_world_index_loads_towns_beyond_korea() -> None:
    # (how fast it loads is measured by benchmarks/gazetteer_load.py, not here)
    load_world.cache_clear()
    world = load_world()
    assert world.entries("tachileik") and world.entries("mong cai")


# Spellings by ear (outside any romanisation system) of curated units.
BY_EAR = [
    ("Moosan", "kp-north-hamgyong-musan"),
    ("Moosan County", "kp-north-hamgyong-musan"),
    ("Onsung", "kp-north-hamgyong-onsong"),
    ("Chungjin", "kp-north-hamgyong-chongjin"),
    ("Hoiryeong", "kp-north-hamgyong-hoeryong"),
    ("Hoiryong", "kp-north-hamgyong-hoeryong"),
    ("North Hamkyung Province", "kp-north-hamgyong"),
    ("Yangkang Province", "kp-ryanggang"),
    ("Democratic People’s Republic of Korea", "kp"),
    ("Democratic People's Republic of Korea", "kp"),
]


@pytest.mark.parametrize(("spelling", "expected"), BY_EAR)
def test_spellings_by_ear_resolve(spelling: str, expected: str) -> None:
    gaz = load()
    text = f"Sources said the incident took place in {spelling} last week."
    mentions = resolve(text, find_mentions(text, None, gaz), gaz)
    assert len(mentions) == 1, [m.text for m in mentions]
    assert mentions[0].chosen is not None and mentions[0].chosen.id == expected


def test_informal_forms_leave_names_without_those_sounds_alone() -> None:
    assert informal("Hyesan") == set()
    assert "Onsung" in informal("Onsŏng")


DATELINES = [
    ("SEOUL (Reuters) - Police said on Monday that two men were held.", "SEOUL (Reuters) - "),
    ("SEOUL, Oct. 24 (Yonhap) -- Two men were held.", "SEOUL, Oct. 24 (Yonhap) -- "),
    ("BANGKOK (AP) — Thai police raided a house.", "BANGKOK (AP) — "),
    ("WASHINGTON — The State Department said so.", "WASHINGTON — "),
    ("SEOUL, South Korea – A soldier crossed the border.", "SEOUL, South Korea – "),
    ("PHNOM PENH, Cambodia (AP) — Police detained a man.", "PHNOM PENH, Cambodia (AP) — "),
    ("Vientiane, May 3 (AFP) - Two women were detained.", "Vientiane, May 3 (AFP) - "),
    ("TOKYO: A fishing boat was found adrift.", "TOKYO: "),
    ("Nine held in border raid\nHANOI (Reuters) - Police held nine people.", "HANOI (Reuters) - "),
]


@pytest.mark.parametrize(("text", "dateline"), DATELINES)
def test_datelines_in_their_common_shapes(text: str, dateline: str) -> None:
    span = find_dateline(text)
    assert span is not None and text[span[0] : span[1]] == dateline


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean soldier crossed the border on Monday.",
        "North Korea — a country of 25 million — sealed its border.",
        "Analysis: the border has been closed since 2020.",
        "Kim Jong Un visited the factory, state media said.",
    ],
)
def test_ordinary_openings_are_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


def test_a_listed_names_other_spellings_also_need_their_unit_word() -> None:
    # Chung District's Revised Romanization "Jung" is a surname as often as "Chung" is
    gaz = load()
    assert find_mentions("The letter was signed by Jung and read aloud.", None, gaz) == []
    (m,) = find_mentions("The raid took place in Jung District last week.", None, gaz)
    assert m.candidates[0].id == "kp-pyongyang-chung"


@pytest.mark.parametrize(
    "text",
    ["Border region guards fired warning shots.", "A unit of northern border security troops was moved."],
)
def test_an_area_describing_a_noun_is_not_a_place(text: str) -> None:
    assert find_mentions(text, None, load()) == []


def test_a_world_name_is_the_whole_capitalised_name() -> None:
    # "Mai Sai" is no place the index knows; "Mai" alone (a Lao village) must not stand for it
    assert _places("They were stopped in the border town of Mai Sai on Friday.") == []


def test_a_country_before_a_weekday_is_still_the_country() -> None:
    gaz = load()
    (m,) = find_mentions("They were sent back to China Monday, officials said.", None, gaz)
    assert m.candidates[0].id == "cn"


def test_a_town_answering_to_an_alternate_name_yields_to_the_one_so_named() -> None:
    from tessera.places.world import best_entry

    entries = load_world().entries("erdenet")
    assert best_entry(entries, set(), "erdenet").name == "Erdenet"
    assert all(e.country != "CN" for e in load_world().entries("china") if e.kind == "country")


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("They were caught by Chinese border security forces.", "CN"),
        ("China's public security bureau held them for a week.", "CN"),
        ("The men were handed to Myanmar authorities.", "MM"),
        ("Residents caught with Chinese phones and radios were punished.", None),
        ("Sellers of Chinese phones and police informers were named.", None),
    ],
)
def test_acting_authorities_are_read_from_their_adjective(sentence: str, country: str | None) -> None:
    from tessera.places.actors import acting_country

    assert acting_country(load(), sentence) == country
