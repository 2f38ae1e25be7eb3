"""A fate feared for a group and the fate done to as many people (merge61): a group of two or more
counted exactly alike on both sides is the group feared for, even when no place agrees, so long as
no place costs. Every report here is invented."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import compare_events
from tessera.model import Event, Place, Span, Victims

PYONGYANG = Place("Pyongyang", "KP", "Pyongyang", None, 39.03, 125.75, "city")
KANGGYE = Place("Kanggye", "KP", "Chagang", None, 40.97, 126.59, "city")
HYESAN = Place("Hyesan", "KP", "Ryanggang", None, 41.40, 128.18, "city")
PROJECTION = "a feared punishment is a projection, not the one later done"
REASON = "a feared punishment of as many people, placed nowhere apart"


def _fear(count: tuple[int, int | None] = (6, 6), where: Place = PYONGYANG) -> Event:
    return ev(
        "fear",
        "docA",
        "The six mine workers will almost certainly be sent to a labour training camp, a source said.",
        "punishment",
        status="at_risk",
        published="2028-03-02",
        count=count,
        where=where,
    )


def _terms(count: tuple[int, int] = (6, 6)) -> Event:
    return ev(
        "terms",
        "docB",
        "Six young miners from Kanggye were given six months each in a labour training camp.",
        "punishment",
        when=("2028-03-13", "2028-03-19"),
        precision="week",
        published="2028-03-22",
        count=count,
        where=KANGGYE,
    )


def test_a_fate_feared_for_six_and_done_to_six_is_no_projection() -> None:
    # The fear is placed in the capital no words of its report name: a place that says nothing.
    r = compare_events(_fear(), _terms())
    assert r.conflict is None, r.summary()
    assert REASON in r.summary(), r.summary()


def test_a_fate_feared_for_six_and_done_to_four_stays_a_projection() -> None:
    r = compare_events(_fear(), _terms(count=(4, 4)))
    assert r.conflict is not None, r.summary()


def test_a_fate_feared_for_one_person_stays_a_projection() -> None:
    # One person feared for and one person sentenced are every story's: no detail in common.
    r = compare_events(_fear(count=(1, 1)), _terms(count=(1, 1)))
    assert r.conflict == PROJECTION, r.summary()


def test_a_group_bounded_from_below_stays_a_projection() -> None:
    r = compare_events(_fear(count=(6, None)), _terms())
    assert r.conflict == PROJECTION, r.summary()


def test_a_fate_done_in_another_town_of_the_country_stays_apart() -> None:
    # Kanggye and Hyesan, two towns each report's place names: the places cost or conflict.
    r = compare_events(_fear(where=HYESAN), _terms())
    assert r.conflict is not None, r.summary()
    assert REASON not in r.summary(), r.summary()


def _one_fear(text: str, victims: str) -> Event:
    return _fear(count=(1, 1)).with_(
        victims=Victims(victims, 1, 1, None), evidence=[Span("docA", 0, len(text), text)], summary=text
    )


def _one_term(victims: str) -> Event:
    text = f"{victims} was given ten years in a reform-through-labour camp at a closed trial."
    return _terms(count=(1, 1)).with_(
        victims=Victims(victims, 1, 1, None), evidence=[Span("docB", 0, len(text), text)], summary=text
    )


def test_one_person_feared_for_and_sentenced_told_by_one_role_is_no_projection() -> None:
    fear = _one_fear("The ferry captain is expected to get a long camp term.", "The ferry captain")
    r = compare_events(fear, _one_term("The captain of the Kanggye ferry"))
    assert r.conflict is None, r.summary()
    assert "one person described alike" in r.summary(), r.summary()


def test_one_woman_feared_for_and_another_woman_sentenced_stay_apart() -> None:
    # "Woman" is a word any person is called: it tells nobody in particular.
    fear = _one_fear("The woman is expected to be sent to a labour camp.", "The woman")
    r = compare_events(fear, _one_term("A woman from Kanggye"))
    assert r.conflict == PROJECTION, r.summary()
