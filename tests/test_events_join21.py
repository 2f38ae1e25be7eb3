"""Events stage and merge (join21): two happenings of one type joined into one event within a
report, and a lasting state seen by two reports weeks apart.

- an act told as reaching a further place in a clause of its own, in the sentence that told the
  first act ("…, adding that the crackdown has been extended to nearby Onsong");
- an arrest by an agency named with its seat in another country than the first arrest's
  ("caught in Shenyang … taken into custody by the security ministry's Sinuiju branch");
- the kin of the person a pronoun tells ("she was sentenced … her brother was sent to a camp");
- two reports of one crackdown dated weeks apart.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from merge_fixtures import ev
from tessera.events import find_events
from tessera.language import analyse
from tessera.merge import compare_events
from tessera.model import Document, Place

HYESAN = Place("Hyesan", "KP", "Ryanggang", None, 41.40, 128.18, "city", text="Hyesan")


def events_of(text: str, kind: str) -> list:
    found = find_events(analyse(Document(id="t", text=text, published="2027-06-01")))
    return [e for e in found if e.type == kind]


def test_a_spread_told_in_a_clause_of_the_same_sentence_is_another_event() -> None:
    text = (
        "Dozens of people have been detained in Musan county during a weeks-long campaign against "
        "smuggled phones, a resident said, adding that the crackdown has been extended to "
        "neighbouring Onsong."
    )
    assert len(events_of(text, "crackdown")) == 2


def test_a_spread_told_by_the_only_mention_is_one_event() -> None:
    text = "The crackdown on smuggled phones in Musan has spread to neighbouring Onsong, a resident said."
    assert len(events_of(text, "crackdown")) == 1


def test_custody_by_an_agency_seated_in_another_country_is_another_arrest() -> None:
    text = (
        "Chinese authorities have handed five North Koreans who were caught in Shenyang last month "
        "over to North Korea, an activist group said. The five were escorted across the bridge on "
        "Nov. 3. On arrival they were taken into custody by the Ministry of State Security's "
        "Sinuiju branch, the group said."
    )
    assert len(events_of(text, "arrest")) == 2


def test_the_kin_of_the_one_a_pronoun_tells_are_someone_else() -> None:
    text = (
        "She was held for two months at the city detention centre. She was then sentenced to one "
        "year in a labour training camp. After her release she tried again and this time succeeded. "
        "She told a reporter that her cousin was sent to a prison camp."
    )
    assert len(events_of(text, "punishment")) == 2


def test_one_crackdown_seen_weeks_apart_by_two_reports_merges() -> None:
    first = ev(
        "c1",
        "docA",
        "State security launched a crackdown on Chinese mobile phones in Hyesan in early March.",
        etype="crackdown",
        when=("2027-03-01", "2027-03-10"),
        precision="month_part",
        published="2027-03-18",
        where=HYESAN,
    )
    later = ev(
        "c2",
        "docB",
        "The crackdown on Chinese mobile phones in Hyesan has intensified in late April.",
        etype="crackdown",
        when=("2027-04-21", "2027-04-30"),
        precision="month_part",
        published="2027-05-02",
        where=HYESAN,
    )
    result = compare_events(first, later)
    assert "a lasting state dated" in result.summary()
    assert "dates" not in result.summary().replace("a lasting state dated", "")


def test_custody_at_a_place_in_another_country_is_another_arrest() -> None:
    text = (
        "A rights group confirmed the fate of the five North Koreans detained by Vietnamese border "
        "police near Mong Cai on 12 February. The group was handed to Chinese police across the "
        "border on 20 February. They were held at a detention centre in Nanning for about a month."
    )
    assert len(events_of(text, "arrest")) == 2


def test_an_act_told_as_spread_adds_itself_to_others() -> None:
    from tessera.merge.text import names_others

    assert names_others(["the crackdown has been extended to nearby Onsong"])
    assert names_others(["arrests have since spread to Yonsa county"])
    assert not names_others(["the crackdown on smuggled phones in Musan"])


def test_towns_of_two_neighbouring_counties_are_no_detail_in_common() -> None:
    musan = Place("Musan County", "KP", "North Hamgyong", "Musan", 42.23, 129.21, "county", text="Musan")
    hoeryong = Place("Hoeryong", "KP", "North Hamgyong", "Hoeryong", 42.44, 129.75, "city", text="Hoeryong")
    a = ev("k1", "docA", "A crackdown on phones in Musan.", etype="crackdown", where=musan)
    b = ev("k2", "docB", "The crackdown was extended to Hoeryong.", etype="crackdown", where=hoeryong)
    result = compare_events(a, b)
    assert "in two counties" in result.summary()
    assert not result.conflict


def test_two_groups_given_terms_of_different_lengths_are_two_punishments() -> None:
    text = (
        "Seven people were put on trial at the stadium in Chongjin last Friday, a source said. "
        "The guard and the other two brokers received 15 years each, and the couple were given "
        "10 years, according to the source."
    )
    assert len(events_of(text, "punishment")) == 3
