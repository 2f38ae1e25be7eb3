"""Merge signals of issue 13 (merge26): kinds of violence, kinds of North Korean camp, and an act
told as an earlier occasion. Every report here is invented."""

from __future__ import annotations

from merge_fixtures import HYESAN, two_reports
from tessera.merge import compare_events
from tessera.merge.text import act_kinds, camp_kinds, content_tokens, told_as_prior
from tessera.model import Victims


def test_kinds_of_violence() -> None:
    """A shooting, a beating and a sexual assault are named by their own words."""

    def kinds(text: str) -> frozenset[str]:
        return act_kinds("violence", content_tokens(text))

    assert kinds("guards opened fire on the man as he waded into the river") == {"shooting"}
    assert kinds("a soldier was shot in the leg") == {"shooting"}
    assert kinds("he had been beaten by his platoon leader for weeks") == {"beating"}
    assert kinds("the guards kicked her until she fell") == {"beating"}
    assert kinds("women held at the station were sexually abused") == {"sexual_assault"}
    assert kinds("he was mistreated in custody") == frozenset()


def test_a_shooting_and_a_beating_of_one_story_are_two_acts() -> None:
    """ "Troops fired at the private as he ran across" and "he fled after being beaten by his
    superiors", told of one soldier on one day, are two acts of violence: never one event."""
    a, b = two_reports(
        "violence",
        "Troops on the northern side fired several shots at the private as he ran.",
        "The private fled after being beaten repeatedly by his sergeants.",
        b={"where": HYESAN},
        count=(1, 1),
    )
    r = compare_events(a, b)
    assert r.conflict and "different acts of violence" in r.conflict, r.summary()


def test_two_tellings_of_one_shooting_agree_on_its_kind() -> None:
    """ "Guards opened fire on the man" and "the man was shot by guards": one kind, a detail in
    common."""
    a, b = two_reports(
        "violence",
        "Border guards opened fire on a man crossing the ice.",
        "A man crossing the frozen river was shot by border guards.",
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert not r.conflict, r.summary()
    assert "same kind of violence (shooting)" in r.summary()


def test_kinds_of_camp() -> None:
    """The three kinds of camp, however hyphenated or spelt; a camp of no kind names none."""
    assert camp_kinds(["was sent to a political prison camp"]) == {"political_prison_camp"}
    assert camp_kinds(["received 12 years in a reform-through-labor camp"]) == {"reform_through_labour"}
    assert camp_kinds(["was sent to the kyohwaso at Kaechon"]) == {"reform_through_labour"}
    assert camp_kinds(["sent to a labour-training camp for three months"]) == {"labour_training"}
    assert camp_kinds(["was jailed for two years"]) == frozenset()
    assert camp_kinds(["the unit's political officer was dismissed"]) == frozenset()


def test_a_political_prison_camp_and_a_reform_camp_are_two_punishments() -> None:
    """ "Two traders got ten years in a reform-through-labour camp" and "the dealer's wife and
    daughter were sent to a political prison camp", one town, one trial month: both confinement,
    but of two kinds, so the act differs (and the two kinds lend no "same kind" detail)."""
    a, b = two_reports(
        "punishment",
        "Two traders were each sentenced to ten years in a reform-through-labour camp.",
        "Two women are believed to have been sent to a political prison camp.",
        b={"where": HYESAN},
        count=(2, 2),
    )
    r = compare_events(a, b)
    assert r.other_act, r.summary()
    assert "same kind of punishment" not in r.summary()


def test_one_kind_of_camp_told_twice_is_the_same_kind() -> None:
    """ "Sent to a labour-training camp for six months" and "six months of labor training":
    one kind, told alike."""
    a, b = two_reports(
        "punishment",
        "The students were sent to a labour-training camp for six months.",
        "The students got six months of labor training.",
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert not r.other_act, r.summary()


def test_an_act_told_as_an_earlier_occasion() -> None:
    """Words that tell an act as someone's history, before the story's."""
    assert told_as_prior(["a woman who had already been sent back once, in 2019"])
    assert told_as_prior(["he had previously been held by the police"])
    assert told_as_prior(["he had once been jailed for smuggling"])
    assert told_as_prior(["she had tried once before"])
    assert not told_as_prior(["they will be sent back once the paperwork is done"])
    assert not told_as_prior(["once they have been handed over they face questioning"])
    assert not told_as_prior(["the eight were sent back on Tuesday"])


def test_an_earlier_return_is_not_the_feared_one() -> None:
    """ "The eight face being sent back" and, of one of them, "who had already been sent back
    once": her earlier return is not the one feared now."""
    a, b = two_reports(
        "repatriation",
        "The eight North Koreans held in the city face forced repatriation.",
        "Among them is a woman who had already been repatriated once.",
        a={"status": "at_risk", "when": None},
        b={"when": None, "where": HYESAN},
    )
    b.victims = Victims("a woman", 1, 1, "individual")
    r = compare_events(a, b)
    assert r.other_act, r.summary()
    assert "earlier occasion" in r.summary()
