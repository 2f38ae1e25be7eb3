"""Korean place names found whatever the romanization: McCune-Reischauer with or without its
breves, the South's Revised Romanization, and the spellings writers make by ear, mixed within one
name; and the guards that keep those spellings from matching words, people or other places."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

from tessera.places import variants
from tessera.places.gazetteer import DATA, load
from tessera.places.mentions import find_mentions
from tessera.places.resolve import resolve

# (invented sentence, the spelling in it, expected gazetteer id)
BY_SYSTEM = [
    # McCune-Reischauer, with and without its diacritics
    ("Two traders were detained in Hamgyŏng-bukto on Friday.", "Hamgyŏng-bukto", "kp-north-hamgyong"),
    ("Relatives in Tanch'ŏn said the market was shut.", "Tanch'ŏn", "kp-south-hamgyong-tanchon"),
    ("Relatives in Tanchon said the market was shut.", "Tanchon", "kp-south-hamgyong-tanchon"),
    # Revised Romanization, with the unit joined or hyphenated
    ("A woman from Dancheon-si was sent to a labour camp.", "Dancheon-si", "kp-south-hamgyong-tanchon"),
    ("Police in Wonsan-si searched the station.", "Wonsan-si", "kp-kangwon-wonsan"),
    # the South's voiced initials with McCune-Reischauer's vowels
    ("Relatives in Danchon said the market was shut.", "Danchon", "kp-south-hamgyong-tanchon"),
    # ŏ and wŏ written eo and weo, ŏ written u
    ("Guards in Weonsan were replaced after the escape.", "Weonsan", "kp-kangwon-wonsan"),
    ("A family from Sariweon crossed the river in March.", "Sariweon", "kp-north-hwanghae-sariwon"),
    ("She was held for a month in Hoiryung before her trial.", "Hoiryung", "kp-north-hamgyong-hoeryong"),
    # gy written ky, u written oo, n written m before p
    (
        "Officials in North Hamkyong Province ordered the searches.",
        "North Hamkyong Province",
        "kp-north-hamgyong",
    ),
    ("Soonchun police arrested the smuggler.", "Soonchun", "kp-south-pyongan-sunchon"),
    ("Three workers fled Mampo in the spring.", "Mampo", "kp-chagang-manpo"),
    # the North's province with the South's suffix after McCune-Reischauer's root
    ("The trial was held in Hamgyong-bukdo last year.", "Hamgyong-bukdo", "kp-north-hamgyong"),
]


@pytest.mark.parametrize(("text", "spelling", "expected"), BY_SYSTEM)
def test_each_romanization_finds_the_place(text: str, spelling: str, expected: str) -> None:
    gaz = load()
    mentions = resolve(text, find_mentions(text, None, gaz), gaz)
    found = [(m.text, m.chosen.id if m.chosen else None) for m in mentions if not m.absorbed]
    assert (spelling, expected) in found, found


def _kp_units() -> list[dict[str, str]]:
    path = DATA / "sources" / "kp_admin.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _by_ear_keys(unit: dict[str, str]) -> set[tuple[str, ...]]:
    """The index keys one unit would gain from the by-ear spellings alone (all minus the systematic)."""
    old = tuple(o for o in unit["old"].split(";") if o)

    def keys(by_ear: bool) -> set[tuple[str, ...]]:
        names = variants.variants(unit["mr"], unit["kind"], old, unit["hangul"], by_ear=by_ear)
        return {variants.key_tokens(n) for n in names}

    return keys(True) - keys(False)


def test_by_ear_spellings_are_no_other_place_word_or_surname() -> None:
    """A spelling made by ear, as indexed, must not also be another place's spelling (unless the two
    share their name outright: the North's and the South's Kangwon), an English function word, or a
    name the world index keeps from places (surnames)."""
    gaz = load()
    root = Path(variants.__file__).resolve().parent.parent / "data"
    people = {
        variants.fold(line.strip())
        for f in (root / "places" / "korean_surnames.txt", DATA / "sources" / "world_not_places.txt")
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    clashes = []
    for unit in _kp_units():
        own = variants.key_tokens(unit["name"])
        for key in _by_ear_keys(unit):
            holders = {k.entry.id for k in gaz.index.get(key, [])}
            if unit["id"] not in holders:
                continue  # dropped by the build as claimed by another place
            others = {
                o for o in holders - {unit["id"]} if not any(k.entry.id == o for k in gaz.index.get(own, []))
            }
            if others or " ".join(key) in STOP_WORDS or " ".join(key) in people:
                clashes.append((unit["id"], key, others))
    assert clashes == []


def test_plain_ch_with_the_souths_vowels_is_j() -> None:
    """Chŏngju's ch is unaspirated: with eo it is Jeongju; "Cheongju" is the South's city."""
    assert "Cheongju" not in variants.informal("Chŏngju")
    assert "Jeongju" in variants.root_forms("Chŏngju")
    gaz = load()
    text = "The bus left Cheongju-si for Seoul at noon."
    mentions = resolve(text, find_mentions(text, None, gaz), gaz)
    assert [m.chosen.country for m in mentions if m.chosen] == ["KR", "KR"]


def test_a_spelling_two_places_share_by_ear_is_dropped() -> None:
    """Sŏnch'ŏn and Sunch'ŏn are both "Sunchun" by ear: it names neither; each keeps its own."""
    gaz = load()
    assert ("sunchun",) not in gaz.index
    assert {k.entry.id for k in gaz.index[("sunchon",)]} == {"kp-south-pyongan-sunchon"}
    assert {k.entry.id for k in gaz.index[("soonchun",)]} == {"kp-south-pyongan-sunchon"}


def test_gy_after_ng_is_not_ky() -> None:
    """P'yŏngyang's ng+y is no gy: no "Pyonkyang"."""
    assert not any("kyang" in f for f in variants.informal("P'yŏngyang"))


def test_names_and_words_near_romanized_places_stay_unmatched() -> None:
    gaz = load()
    text = "Dan, Tim and Moon met the Sun reporter; Gim said the dam would hold."
    assert find_mentions(text, None, gaz) == []


def test_a_by_ear_spelling_the_world_index_has_is_left_to_it() -> None:
    """Yŏnan's "Yunan" is also how some write Yunnan: the by-ear spelling gives way to the world index."""
    gaz = load()
    assert ("yunan",) not in gaz.index
    assert {k.entry.id for k in gaz.index[("yonan",)]} == {"kp-south-hwanghae-yonan"}
