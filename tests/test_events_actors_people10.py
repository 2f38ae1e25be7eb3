"""Who did it and whom it happened to, in wordings that first went wrong on unseen text
(invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of


def actors(text: str, event_type: str) -> list[set[tuple[str, str | None]]]:
    return [{(a.kind, a.country) for a in e.perpetrators} for e in events_of(text) if e.type == event_type]


def count(text: str, event_type: str) -> int | None:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found[0].victims.count_min if found[0].victims else None


@pytest.mark.parametrize(
    ("text", "event_type", "kind", "country"),
    [
        # Border police are a border force, whatever their country; the nationality before them
        # is their country.
        (
            "Laotian border police detained four North Koreans near the frontier on Monday.",
            "arrest",
            "border_guard",
            "LA",
        ),
        # A navy is the military.
        (
            "Two women were caught by a navy patrol boat as they tried to sail south.",
            "arrest",
            "military",
            "KP",
        ),
        # Agents named only by their nationality are state security agents.
        (
            "The escape sparked a manhunt by North Korean agents in the port city.",
            "search",
            "state_security",
            "KP",
        ),
        # A force placed in a third country by the words after its name is that country's.
        ("Police in Cambodia detained three North Korean women on Friday.", "arrest", "police", "KH"),
    ],
)
def test_a_force_named_in_new_words(text: str, event_type: str, kind: str, country: str) -> None:
    assert (kind, country) in actors(text, event_type)[0]


def test_a_force_named_to_say_whose_relative_someone_is_did_not_act() -> None:
    text = (
        "A teacher and a relative of a border guard were arrested in March. "
        "The crackdown on phones has been stepped up."
    )
    assert actors(text, "crackdown") == [set()]


def test_a_force_named_as_someones_former_job_did_not_act() -> None:
    text = "Police are questioning the man's uncle, because he worked as a border guard until 2019."
    assert actors(text, "interrogation") == [{("police", "KP")}]


def test_a_court_does_not_arrest() -> None:
    text = "A court in southern Laos on Monday fined nine North Koreans who were arrested in April near the river."
    # (not the court: the arrest, with no force named, is the police's, `default_arrester`)
    assert actors(text, "arrest") == [{("police", None)}]
    assert actors(text, "punishment") == [{("court", "LA")}]


def test_a_court_in_another_sentence_did_not_shoot() -> None:
    text = (
        "Three fishermen were caught at sea in May. One of them was shot in the leg. "
        "In June they were put on public trial in the port town."
    )
    assert all(("court", "KP") not in kinds for kinds in actors(text, "violence"))


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # Partners and accomplices are people.
        ("His two partners in the smuggling ring were arrested the next day.", "arrest", 2),
        ("Four accomplices were also sentenced at the same hearing.", "punishment", 4),
        # Subordinates are people too.
        ("The official and two subordinates were beaten in late February.", "violence", 3),
        # The speaker closing a list the parse broke apart.
        ("In March 2012 my younger brother and I crossed the Yalu at night.", "escape", 2),
        # Companions after the second word of a phrase ("went missing").
        (
            "A North Korean engineer posted in Harbin went missing with his wife and daughter last week.",
            "disappearance",
            3,
        ),
        # A later verb sharing the subject shares the companions.
        (
            "A North Korean engineer posted in Harbin went missing with his wife and daughter last week, "
            "and may be trying to defect to South Korea.",
            "escape",
            3,
        ),
        # Without an "and" between them, a participle the parse took for the main verb shares
        # nothing: its companion is not counted with the people sentenced.
        (
            "Two other men tried alongside her, including a driver who had carried the goods to the "
            "market, were sentenced to ten years in a labour camp, the source said.",
            "punishment",
            2,
        ),
        # A purpose gerund happens to its verb's subject.
        ("Her father and sister have been taken in for questioning as well.", "interrogation", 2),
    ],
)
def test_counts_of_people_joined_to_the_event(text: str, event_type: str, expected: int) -> None:
    assert count(text, event_type) == expected


def test_a_hunt_is_for_the_people_it_looks_for() -> None:
    text = (
        "Three waitresses working at a restaurant in Dandong disappeared earlier this month, and "
        "security officials have been searching for them in the city."
    )
    assert count(text, "disappearance") == 3  # waitresses are people
    assert count(text, "search") == 3


def test_a_case_taken_for_a_defection_is_about_the_people_missing() -> None:
    # "the case" gives the suspected flight uncounted words of its own: still the family's.
    text = (
        "A family of three in Musan County went missing in early May, and local police are "
        "treating the case as a defection, a source in the province said."
    )
    assert count(text, "escape") == 3


def test_a_term_of_years_is_a_courts_sentence() -> None:
    text = (
        "The man was caught by Russian police in January and handed to North Korean security agents "
        'working at the site. "He will get at least ten years in a reform-through-labour camp," the '
        "source said."
    )
    assert actors(text, "punishment") == [{("court", "KP")}]


def test_the_next_sentence_of_the_paragraph_names_who_arrested_before_an_old_act() -> None:
    text = (
        "My father was arrested by state security agents in 1985 and never came back.\n\n"
        "In 1998 I crossed the river and walked to Yanji. I was arrested there in 2003. Chinese "
        "police stopped me on the street because my accent was wrong.\n"
    )
    assert actors(text, "arrest")[-1] == {("police", "CN")}


def test_the_force_people_will_be_handed_to_did_not_hold_them() -> None:
    text = (
        "Four North Korean women are being held at a detention centre in Yanji. If returned, they "
        "are likely to be handed to the Ministry of State Security and sent to a labour camp.\n"
    )
    # Not the ministry they will be handed to; held in China, they are held by China's police.
    assert actors(text, "arrest") == [{("police", "CN")}]


def test_a_third_countrys_authorities_are_not_a_force_of_the_north_named_later() -> None:
    text = (
        "Chinese authorities have returned to North Korea at least nine of the eleven defectors whom "
        'Laos expelled last month. "Those returned will be interrogated by the Ministry of State '
        'Security," the director said.\n'
    )
    assert actors(text, "repatriation")[0] == {("police", "CN")}


def test_every_member_of_a_group_is_not_one_person() -> None:
    text = (
        "Every soldier in the company has had to write a self-criticism and has been questioned "
        "about the deserter."
    )
    assert count(text, "interrogation") is None


def test_a_force_in_a_hyphenated_word_does_not_act() -> None:
    text = "Myanmar will expel 19 North Koreans who were arrested last month for entering the army-ruled country."
    assert all(("military", "KP") not in kinds for kinds in actors(text, "arrest"))
