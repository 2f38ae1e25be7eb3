"""Events stage, second wave: background in relative clauses, custody as a circumstance, the
type that surrounding words give a punishment trigger, and one person against an uncounted group.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def types_of(text: str) -> list[tuple[str, str]]:
    return sorted((e.type, e.status) for e in events_of(text))


def test_escape_in_a_relative_clause_without_day_or_place_describes_the_people() -> None:
    text = "Five traders who fled their country were arrested by police in Dandong last week."
    assert types_of(text) == [("arrest", "occurred")]


def test_escape_in_a_relative_clause_with_its_own_day_and_place_is_kept() -> None:
    text = "Two soldiers who crossed into Jilin on May 3 were arrested by border guards."
    assert ("escape", "occurred") in types_of(text)


def test_custody_as_the_circumstance_of_an_escape_is_no_further_arrest() -> None:
    text = "Police arrested the whole family in March. The eldest son fled while detained in custody."
    assert [e.type for e in events_of(text)].count("arrest") == 1
    text = "Police arrested the whole family in March. The eldest son fled despite being held in custody."
    assert [e.type for e in events_of(text)].count("arrest") == 1


def test_custody_as_a_circumstance_is_kept_when_no_arrest_was_told() -> None:
    text = "The eldest son fled while detained in custody in Hyesan."
    assert "arrest" in [e.type for e in events_of(text)]


def test_punished_with_harm_to_the_body_is_violence() -> None:
    text = "The prisoners were punished with nail-pulling and sleep deprivation."
    assert types_of(text) == [("violence", "occurred")]
    assert ("punishment", "occurred") in types_of("The prisoners were punished with extra labour.")


def test_a_state_expelling_people_sends_them_back() -> None:
    text = "Thailand will expel 12 North Koreans who entered the country illegally."
    assert ("repatriation", "at_risk") in types_of(text)
    assert types_of("The party expelled the official for corruption.") == [("punishment", "occurred")]


def test_one_person_and_a_later_uncounted_plural_are_different_events() -> None:
    text = (
        "The county official was tortured every day in May. "
        "In July alone, detainees were beaten with clubs at the same station."
    )
    assert [e.type for e in events_of(text)].count("violence") == 2


def test_counted_groups_listed_with_their_own_place_or_day_are_events_of_their_own() -> None:
    text = "Police detained six traders near Hyesan, nine in Musan and about 20 in Sinuiju last month."
    counts = sorted(e.victims.count_min for e in events_of(text) if e.type == "arrest" and e.victims)
    assert counts == [6, 9, 20]
    text = "Thailand deported 40 North Koreans on May 2, 2023, 30 others on June 8, 2023, and 25 in July."
    counts = sorted(e.victims.count_min for e in events_of(text) if e.type == "repatriation" and e.victims)
    assert counts == [25, 30, 40]


def test_counted_speakers_after_the_act_are_its_source_not_a_group() -> None:
    text = (
        "Border police in Hunchun detained five North Korean women at a guesthouse on Friday, "
        "two people in contact with their families said."
    )
    arrests = [e for e in events_of(text) if e.type == "arrest"]
    assert [a.victims.count_min for a in arrests if a.victims] == [5]
    text = "Guards seized four smugglers near Manpo on Sunday, three others in the town told reporters."
    arrests = [e for e in events_of(text) if e.type == "arrest"]
    assert [a.victims.count_min for a in arrests if a.victims] == [4]


def test_a_plain_list_of_kinds_of_people_is_one_group() -> None:
    text = "Police arrested five men, three women and two children in Hyesan."
    arrests = [e for e in events_of(text) if e.type == "arrest"]
    assert len(arrests) == 1 and arrests[0].victims is not None and arrests[0].victims.count_min == 10


def test_harm_that_may_befall_people_named_by_their_arrest_looms() -> None:
    assert ("violence", "at_risk") in types_of("Those detained last week may be undergoing torture.")
    assert "violence" not in [
        e.type for e in events_of("If returned to North Korea, they would face torture.")
    ]


def test_a_perfect_participle_with_its_own_subject_is_active() -> None:
    text = "An official denied a report that the country had deported 30 North Korean defectors."
    repatriations = [e for e in events_of(text) if e.type == "repatriation"]
    assert repatriations and repatriations[0].victims is not None
    assert repatriations[0].victims.count_min == 30


def test_local_time_names_no_people() -> None:
    text = (
        "China returned 300 North Koreans at about 9 p.m. local time on the 4th. "
        "A pastor said the people were arrested during the pandemic."
    )
    arrests = [e for e in events_of(text) if e.type == "arrest"]
    assert arrests and arrests[0].victims is not None and arrests[0].victims.count_min == 300


def test_officials_visiting_or_entering_homes_search_them() -> None:
    assert ("search", "occurred") in types_of(
        "Security agents have been visiting households in the district."
    )
    assert ("search", "occurred") in types_of("Police officers entered the home of a trader in Hyesan.")
    assert "search" not in [e.type for e in events_of("He visited his mother's house in May.")]


def test_an_investigation_into_whereabouts_is_a_search() -> None:
    text = "The security ministry launched an investigation into their whereabouts."
    assert ("search", "occurred") in types_of(text)


def test_people_arriving_in_another_country_escaped_unless_a_statistic() -> None:
    assert ("escape", "occurred") in types_of("Nine people arrived in Japan by boat on Monday.")
    text = "The number of defectors arriving in South Korea fell to 67 last year."
    assert "escape" not in [e.type for e in events_of(text)]


def test_handed_into_custody_is_an_arrest() -> None:
    text = "The group was shipped back across the border and into the custody of Chinese police."
    assert {"repatriation", "arrest"} <= {e.type for e in events_of(text)}


def test_the_return_of_people_listed_with_their_days_are_repatriations() -> None:
    text = (
        "China sent back hundreds of people. These cases include the return of 300 North Koreans "
        "on May 3, 2023, 40 others on June 1, 2023, 70 on April 9, 2022, and about 50 in July 2021."
    )
    counts = sorted(e.victims.count_min for e in events_of(text) if e.type == "repatriation" and e.victims)
    assert [c for c in counts if c in {40, 50, 70, 300}] == [40, 50, 70, 300]


def test_an_infinitive_after_a_noun_of_intent_is_no_event() -> None:
    assert "escape" not in [
        e.type for e in events_of("Too many villagers caught wind of the family's plot to defect.")
    ]


def test_a_risk_told_in_the_past_is_no_event() -> None:
    text = "Throughout the journey, they risked being arrested by police and sent back home to face prison."
    assert events_of(text) == []
    assert ("arrest", "at_risk") in types_of("The nine men now face being arrested by police.")


def test_a_past_risk_in_reported_speech_is_the_risk_now() -> None:
    """Reported speech shifts the tense back: the risk is the one the people face."""
    text = "Church workers said the six risked being deported to China, where police would hand them back."
    assert ("repatriation", "at_risk") in types_of(text)
    assert events_of("On the long walk south, they risked being caught and sent back.") == []


def test_fleeing_a_condition_is_no_escape() -> None:
    assert events_of("It is a route for North Koreans trying to escape hunger and repression.") == []


def test_people_denied_in_the_clause_above_a_participle_did_not_flee() -> None:
    assert "escape" not in [
        e.type for e in events_of("The boats were not manned by people fleeing the country.")
    ]
    assert "escape" in [e.type for e in events_of("The boats were manned by people fleeing the country.")]


def test_an_act_against_people_as_a_duty_is_no_event() -> None:
    text = "To enforce the decree, it tasked a unit known as Team 5 with seeking out and arresting violators."
    assert "arrest" not in [e.type for e in events_of(text)]


def test_a_definite_phrase_around_an_arrested_participle_points_back() -> None:
    text = (
        "Border guards arrested two police officers on May 3. "
        "The two arrested Peoples Safety Ministry agents were brought back through the customs house."
    )
    assert [e.type for e in events_of(text)].count("arrest") == 1


def test_a_counted_open_group_and_a_later_named_group_are_one_event() -> None:
    text = (
        "Some 400 North Koreans may have been repatriated from China after the summit, according to "
        'rights groups.\n"Forced repatriation of North Korean defectors imprisoned at several border '
        'towns, including Hunchun and Tumen, appears to have taken place at once," a group said.'
    )
    assert [e.type for e in events_of(text)].count("repatriation") == 1


def test_an_uncounted_group_and_one_person_later_stay_apart() -> None:
    text = (
        "Women held in the county jail said officers had abused them during questioning. "
        "One woman said a guard assaulted her repeatedly over several weeks."
    )
    assert [e.type for e in events_of(text)].count("violence") == 2


def test_one_of_a_counted_group_told_right_after_is_part_of_its_event() -> None:
    text = (
        "The new detectors led to the arrest of seven people in Hoeryong. "
        "One person was arrested while making a call in the hills, and another was caught at a border post."
    )
    assert [e.type for e in events_of(text)].count("arrest") == 1
    text = "Police arrested five men in Hyesan on Monday. One woman was also arrested."
    assert [e.type for e in events_of(text)].count("arrest") == 2


def test_a_trigger_word_naming_a_kind_of_case_is_no_event() -> None:
    assert events_of("The partner described recent missing person incidents in the town.") == []
    assert ("disappearance", "occurred") in types_of("A woman went missing near the river in May.")
    # "the missing men", "the missing attaché": an adjective before people names them by a loss the
    # report told already (measured on the 153 open sets: 10 such readings, all false alarms)
    assert ("disappearance", "occurred") not in types_of(
        "Police questioned the neighbours of the missing men."
    )
    assert ("arrest", "occurred") in types_of("The two arrested Party agents were brought back.")


def test_an_authority_named_as_a_partner_or_target_is_not_carried_as_the_actor() -> None:
    text = (
        "On May 2, inspectors began investigations in Onsong County without notice. "
        "The main targets were rich traders who worked with the Police Station or the Border Guard. "
        "Suspects were secretly arrested and their houses were searched."
    )
    kinds = {a.kind for e in events_of(text) if e.type == "arrest" for a in e.perpetrators}
    assert not kinds & {"police", "border_guard"}
