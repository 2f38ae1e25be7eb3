"""Events stage (join25): two happenings of one type joined into one event within a report.

- people taken into custody in one town and then taken to a place of custody in another
  country's town are taken twice (two arrests, each with its own place and day); people
  "transferred" to a centre were held already, and the custody goes on (session 31: across the
  68 annotated sets no transfer is a gold arrest);
- harm told by words of two kinds (blows, gunfire) is two acts of violence;
- a fine or a criticism session and a penalty of another kind are two punishments;
- a crossing of the border river and an arrival in the country of refuge are two legs.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document


def events_of(text: str, kind: str) -> list:
    found = find_events(analyse(Document(id="t", text=text, published="2027-06-01")))
    return [e for e in found if e.type == kind]


def test_custody_transferred_to_a_centre_in_another_town_goes_on() -> None:
    text = (
        "Thai police arrested nine North Korean refugees in Chiang Mai province on June 3. "
        "The nine were transferred the next day to the immigration detention centre in Bangkok."
    )
    assert len(events_of(text, "arrest")) == 1


def test_custody_moved_to_a_centre_in_a_named_county_is_another_arrest() -> None:
    text = (
        "Police in Laos arrested six North Koreans in Luang Namtha in May. "
        "Chinese border police took them to a detention facility in Mengla county."
    )
    assert len(events_of(text, "arrest")) == 2


def test_custody_moved_within_the_town_of_the_arrest_is_one_arrest() -> None:
    text = (
        "Chinese police detained five North Korean women in Yanji last week. "
        "They were taken to the police station in Yanji."
    )
    assert len(events_of(text, "arrest")) == 1


def test_police_taking_someone_caught_to_a_centre_of_the_same_country_is_one_arrest() -> None:
    text = (
        "I was caught in the spring of 2019 near Yanji. "
        "Two policemen took me to the detention center in Tumen."
    )
    assert len(events_of(text, "arrest")) == 1


def test_a_beating_and_a_shooting_of_one_soldier_are_two_acts() -> None:
    text = (
        "A North Korean soldier who crossed the border on Monday was wounded after guards fired "
        "several rounds at him. He told investigators he fled after being beaten repeatedly by "
        "his officers."
    )
    assert len(events_of(text, "violence")) == 2


def test_blows_of_one_kind_told_by_two_verbs_are_one_act() -> None:
    text = "Guards beat the prisoner and kicked him until he lost consciousness."
    assert len(events_of(text, "violence")) == 1


def test_a_fine_and_a_camp_term_of_one_person_are_two_punishments() -> None:
    text = (
        "The trader was fined 500,000 won in March, a source said. "
        "He was then sent to a labour-training camp for six months."
    )
    assert len(events_of(text, "punishment")) == 2


def test_a_penalty_named_again_by_a_general_word_is_one_punishment() -> None:
    text = "The court sentenced the manager to five years in prison. The punishment shocked residents."
    assert len(events_of(text, "punishment")) == 1


def test_a_dismissal_and_a_banishment_told_in_steps_are_one_punishment() -> None:
    text = (
        "The county's party secretary was dismissed in May. "
        "He was banished with his family to a remote farm in the mountains."
    )
    assert len(events_of(text, "punishment")) == 1


def test_a_river_crossing_and_an_arrival_in_the_south_are_two_legs() -> None:
    text = (
        "A former teacher who reached South Korea last spring described her journey. "
        "In October of that year I crossed the Tumen near Hoeryong with a guide, she said."
    )
    assert len(events_of(text, "escape")) == 2


def test_a_crossing_and_the_goal_still_sought_are_one_journey() -> None:
    text = (
        "The family crossed the Yalu River in March. "
        "They were caught in Kunming in April while they tried to reach South Korea."
    )
    assert len([e for e in events_of(text, "escape") if e.status == "occurred"]) == 1
