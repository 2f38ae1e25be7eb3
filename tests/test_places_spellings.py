"""Each spelling a report may use resolves to the right gazetteer entry (table-driven)."""

from __future__ import annotations

import pytest

from tessera.places.gazetteer import load
from tessera.places.mentions import find_mentions
from tessera.places.resolve import resolve

# (spelling as written, expected gazetteer id)
SPELLINGS = [
    # provinces: DPRK, MR with and without breves, RR, ISO 3166-2, English with North/South
    ("Ryanggang", "kp-ryanggang"),
    ("Ryanggang Province", "kp-ryanggang"),
    ("Yanggang-do", "kp-ryanggang"),
    ("Yanggang Province", "kp-ryanggang"),
    ("Ryangkangto", "kp-ryanggang"),
    ("량강도", "kp-ryanggang"),
    ("North Phyongan", "kp-north-pyongan"),
    ("North Pyongan Province", "kp-north-pyongan"),
    ("P'yŏngan-bukto", "kp-north-pyongan"),
    ("P’yŏngan-bukto", "kp-north-pyongan"),
    ("Pyeonganbuk-do", "kp-north-pyongan"),
    ("Pyongan-pukto", "kp-north-pyongan"),
    ("Phyeonganpukto", "kp-north-pyongan"),
    ("South Pyongan", "kp-south-pyongan"),
    ("Pyeongannam-do", "kp-south-pyongan"),
    ("P'yŏngan-namdo", "kp-south-pyongan"),
    ("North Hamgyong Province", "kp-north-hamgyong"),
    ("Hamgyeongbuk-do", "kp-north-hamgyong"),
    ("Hamgyŏng-bukto", "kp-north-hamgyong"),
    ("South Hamgyong", "kp-south-hamgyong"),
    ("Hamgyongnamdo", "kp-south-hamgyong"),
    ("South Hwanghae Province", "kp-south-hwanghae"),
    ("Hwanghae-namdo", "kp-south-hwanghae"),
    ("North Hwanghae", "kp-north-hwanghae"),
    ("Hwanghaebuk-do", "kp-north-hwanghae"),
    ("Chagang Province", "kp-chagang"),
    ("Jagang-do", "kp-chagang"),
    ("자강도", "kp-chagang"),
    ("Kangwon Province", "kp-kangwon"),
    # special cities
    ("Pyongyang", "kp-pyongyang"),
    ("P'yŏngyang", "kp-pyongyang"),
    ("Phyongyang", "kp-pyongyang"),
    ("Pyeongyang", "kp-pyongyang"),
    ("평양", "kp-pyongyang"),
    ("Rason", "kp-rason"),
    ("Rasŏn", "kp-rason"),
    ("Nampo", "kp-nampo"),
    ("Namp'o", "kp-nampo"),
    ("Kaesong", "kp-kaesong"),
    # counties with and without suffixes, MR, RR, Hangul, old names
    ("Pochon", "kp-ryanggang-pochon"),
    ("Pochon County", "kp-ryanggang-pochon"),
    ("Poch'ŏn", "kp-ryanggang-pochon"),
    ("Poch’ŏn-gun", "kp-ryanggang-pochon"),
    ("Bocheon", "kp-ryanggang-pochon"),
    ("Bocheon-gun", "kp-ryanggang-pochon"),
    ("Pochon-kun", "kp-ryanggang-pochon"),
    ("보천군", "kp-ryanggang-pochon"),
    ("Kimjongsuk", "kp-ryanggang-kimjongsuk"),
    ("Kimjongsuk County", "kp-ryanggang-kimjongsuk"),
    ("Kim Jong Suk County", "kp-ryanggang-kimjongsuk"),
    ("Kim-jong-suk County", "kp-ryanggang-kimjongsuk"),
    ("Kimjŏngsuk-gun", "kp-ryanggang-kimjongsuk"),
    ("Sinpa", "kp-ryanggang-kimjongsuk"),
    ("Sinpa County", "kp-ryanggang-kimjongsuk"),
    ("Kimhyongjik County", "kp-ryanggang-kimhyongjik"),
    ("Huchang", "kp-ryanggang-kimhyongjik"),
    ("Musan", "kp-north-hamgyong-musan"),
    ("Musan County", "kp-north-hamgyong-musan"),
    ("Musan-gun", "kp-north-hamgyong-musan"),
    ("Onsong", "kp-north-hamgyong-onsong"),
    ("Onsŏng", "kp-north-hamgyong-onsong"),
    ("Onseong", "kp-north-hamgyong-onsong"),
    ("Sukchon County", "kp-south-pyongan-sukchon"),
    ("Sukch'ŏn", "kp-south-pyongan-sukchon"),
    ("Sukcheon-gun", "kp-south-pyongan-sukchon"),
    ("Yonsa County", "kp-north-hamgyong-yonsa"),
    ("Yeonsa", "kp-north-hamgyong-yonsa"),
    ("Yongbyon", "kp-north-pyongan-nyongbyon"),
    ("Nyongbyon", "kp-north-pyongan-nyongbyon"),
    ("Yodok", "kp-south-hamgyong-yodok"),
    ("Yodŏk", "kp-south-hamgyong-yodok"),
    ("Jungsan County", "kp-south-pyongan-jungsan"),
    ("Chŭngsan", "kp-south-pyongan-jungsan"),
    # cities
    ("Hyesan", "kp-ryanggang-hyesan"),
    ("Hyesan-si", "kp-ryanggang-hyesan"),
    ("Hyesan City", "kp-ryanggang-hyesan"),
    ("혜산시", "kp-ryanggang-hyesan"),
    ("Hoeryong", "kp-north-hamgyong-hoeryong"),
    ("Hoeryŏng", "kp-north-hamgyong-hoeryong"),
    ("Hoeryeong", "kp-north-hamgyong-hoeryong"),
    ("Sinuiju", "kp-north-pyongan-sinuiju"),
    ("Sinŭiju", "kp-north-pyongan-sinuiju"),
    ("Manpo", "kp-chagang-manpo"),
    ("Manp'o", "kp-chagang-manpo"),
    ("Chongjin", "kp-north-hamgyong-chongjin"),
    ("Ch'ŏngjin", "kp-north-hamgyong-chongjin"),
    ("Cheongjin", "kp-north-hamgyong-chongjin"),
    ("Kimchaek", "kp-north-hamgyong-kimchaek"),
    ("Songjin", "kp-north-hamgyong-kimchaek"),
    ("Hamhung", "kp-south-hamgyong-hamhung"),
    ("Hamheung", "kp-south-hamgyong-hamhung"),
    ("Wonsan", "kp-kangwon-wonsan"),
    ("Samjiyon", "kp-ryanggang-samjiyon"),
    ("Samjiyŏn", "kp-ryanggang-samjiyon"),
    # towns, workers' districts, districts
    ("Namyang", "kp-north-hamgyong-namyang"),
    ("Namyang Workers' District", "kp-north-hamgyong-namyang"),
    ("Namyang-rodongjagu", "kp-north-hamgyong-namyang"),
    ("Mangyongdae District", "kp-pyongyang-mangyongdae"),
    ("Man'gyŏngdae", "kp-pyongyang-mangyongdae"),
    # China, Russia, transit
    ("Shenyang", "cn-liaoning-shenyang"),
    ("Dandong", "cn-liaoning-dandong"),
    ("Yanji", "cn-jilin-yanji"),
    ("Tumen", "cn-jilin-tumen"),
    ("Changbai", "cn-changbai"),
    ("Liaoning Province", "cn-liaoning"),
    ("Jilin Province", "cn-jilin"),
    ("Yanbian", "cn-yanbian"),
    ("Qingdao", "cn-qingdao"),
    ("Kunming", "cn-kunming"),
    ("Qinhuangdao", "cn-qinhuangdao"),
    ("Vladivostok", "ru-vladivostok"),
    ("Khasan", "ru-khasan"),
    ("Laos", "la"),
    ("Vientiane", "la-vientiane"),
    ("Thailand", "th"),
    ("Mongolia", "mn"),
    ("Ulaanbaatar", "mn-ulaanbaatar"),
    ("Cambodia", "kh"),
    ("Vietnam", "vn"),
    ("Donggang", "cn-donggang"),
    ("Luang Namtha Province", "la-luang-namtha"),
    ("Bokeo province", "la-bokeo"),
    ("Yeonpyeong Island", "kr-yeonpyeong"),
    ("Yonpyong-do", "kr-yeonpyeong"),
    ("Gyodong Island", "kr-gyodong"),
    ("Kyodong-do", "kr-gyodong"),
    # 시 as "shi", a village's 리 hyphenated
    ("Shinuiju", "kp-north-pyongan-sinuiju"),
    ("Shinpo", "kp-south-hamgyong-sinpo"),
    ("Jongo-ri", "kp-north-hamgyong-chongori"),
    ("Chongo-ri", "kp-north-hamgyong-chongori"),
    ("northeastern China", "cn-northeast"),
    ("Mongolian border", "mn"),
    # South Korea
    ("Gyeonggi Province", "kr-gyeonggi"),
    ("Kyŏnggi-do", "kr-gyeonggi"),
    ("Gyeongsangbuk-do", "kr-north-gyeongsang"),
    # countries and regions
    ("North Korea", "kp"),
    ("DPRK", "kp"),
    ("China", "cn"),
    ("South Korea", "kr"),
    # towns and districts on the routes (sources/other.tsv, added 2026-12-03) and a spelling of Oudomxay
    ("Ton Pheung", "la-ton-pheung"),
    ("Tonpheung district", "la-ton-pheung"),
    ("Tra Co", "vn-tra-co"),
    ("Sisattanak", "la-sisattanak"),
    ("Ning'an", "cn-ningan"),
    ("Longkou", "cn-longkou"),
    ("Tyndinsky district", "ru-tynda"),
    ("Oga Peninsula", "jp-oga-peninsula"),
    ("Udomxay", "la-oudomxay"),
    ("Kaepung", "kp-north-hwanghae-kaepung"),
]


def test_table_has_at_least_80_spellings() -> None:
    assert len(SPELLINGS) >= 80


@pytest.mark.parametrize(("spelling", "expected"), SPELLINGS)
def test_spelling_resolves(spelling: str, expected: str) -> None:
    gaz = load()
    text = f"Sources said the incident took place in {spelling} last week."
    mentions = resolve(text, find_mentions(text, None, gaz), gaz)
    assert len(mentions) == 1, [m.text for m in mentions]
    assert mentions[0].text == spelling
    assert mentions[0].chosen is not None and mentions[0].chosen.id == expected


@pytest.mark.parametrize(
    ("text", "child", "expected"),
    [
        ("a family from Pochon County, Ryanggang Province", "Pochon County", "kp-ryanggang-pochon"),
        ("in Yanggang Province’s city of Hyesan", "Hyesan", "kp-ryanggang-hyesan"),
        ("a family in Sukchon County (South Pyongan Province)", "Sukchon County", "kp-south-pyongan-sukchon"),
        ("arrested in Jilin (Jilin Province) last month", "Jilin", "cn-jilin-jilin"),
        ("the border city of Dandong", "Dandong", "cn-liaoning-dandong"),
        ("police in the northern border county of Musan", "Musan", "kp-north-hamgyong-musan"),
        ("a plant in Donggang, Liaoning Province", "Donggang", "cn-donggang"),
    ],
)
def test_hierarchy_keeps_the_finest_place(text: str, child: str, expected: str) -> None:
    gaz = load()
    mentions = resolve(text, find_mentions(text, None, gaz), gaz)
    finest = [m for m in mentions if not m.absorbed]
    assert [m.text for m in finest] == [child]
    assert finest[0].chosen is not None and finest[0].chosen.id == expected


def test_north_korean_reading_preferred_for_pochon() -> None:
    gaz = load()
    text = "Residents of Pochon said the crackdown continued."
    (m,) = resolve(text, find_mentions(text, None, gaz), gaz)
    assert m.chosen is not None and m.chosen.country == "KP"


def test_south_korean_spelling_picks_the_south_korean_province() -> None:
    gaz = load()
    text = "A soldier crossed into South Korea through the DMZ in Gangwon Province."
    mentions = resolve(text, find_mentions(text, None, gaz), gaz)
    gangwon = [m for m in mentions if m.text == "Gangwon Province"]
    assert gangwon and gangwon[0].chosen is not None and gangwon[0].chosen.id == "kr-gangwon"


def test_person_name_is_not_a_county() -> None:
    gaz = load()
    text = "Kim Jong Suk was the mother of Kim Jong Il."
    assert find_mentions(text, None, gaz) == []


def test_lowercase_common_words_do_not_match_proper_names() -> None:
    gaz = load()
    text = "They watched the South Korean dramas in the north of the city."
    assert find_mentions(text, None, gaz) == []


def test_unknown_name_keeps_its_text_under_its_parent() -> None:
    from tessera.places.mentions import Mention
    from tessera.places.resolve import to_place

    gaz = load()
    text = "in Wiyon-dong, Hyesan"
    known = find_mentions(text, None, gaz)
    unknown = Mention(3, 13, "Wiyon-dong", [])
    mentions = resolve(text, sorted([unknown, *known], key=lambda m: m.start), gaz)
    place = to_place(mentions[0])
    assert place is not None
    assert place.name == "Wiyon-dong" and place.text == "Wiyon-dong"
    assert place.country == "KP" and place.admin1 == "Ryanggang" and place.precision == "city"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were seen wading across the Tumen near Onsong at night.", "kp-tumen-river"),
        ("The family was handed over at the Tumen crossing on Friday.", "cn-jilin-tumen"),
        ("Guards at the detention centre in Tumen moved the detainees.", "cn-jilin-tumen"),
    ],
)
def test_the_tumen_is_the_river_unless_it_names_a_crossing_or_the_town(text: str, expected: str) -> None:
    gaz = load()
    mentions = resolve(text, find_mentions(text, None, gaz), gaz)
    tumen = [m for m in mentions if m.text == "Tumen"]
    assert tumen and tumen[0].chosen is not None and tumen[0].chosen.id == expected
