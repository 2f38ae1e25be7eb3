"""Who did it (helper session perp25): a sending back told with no doer, an execution's court,
a broker who does the act, bare guards at the border, and a worksite's managers (invented
sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of


def kinds(text: str, event_type: str) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[0].perpetrators}


@pytest.mark.parametrize(
    "text",
    [
        "The eleven refugees were handed over at the border crossing on March 3, a rights group said.",
        "Activists fear the couple will be sent back to North Korea within weeks.",
    ],
)
def test_sending_back_with_no_doer_is_the_police(text: str) -> None:
    assert any(kind == "police" for _, kind in kinds(text, "repatriation"))


def test_sending_back_from_a_named_country_is_its_police() -> None:
    text = "The five women were deported from Laos to China in April."
    assert ("LA", "police") in kinds(text, "repatriation")


def test_workers_sent_home_with_no_arrest_by_state_security() -> None:
    text = "Four workers at the shipyard in Nakhodka were sent back to Pyongyang last month."
    assert ("KP", "state_security") in kinds(text, "repatriation")


def test_south_korea_returns_its_own_catch() -> None:
    text = "South Korea returned the two fishermen across the sea border on Friday."
    assert ("KR", "other") in kinds(text, "repatriation")


def test_people_in_the_south_are_not_the_doer_of_a_return_told_as_a_noun() -> None:
    text = (
        "Weeks after the May return of forty people through Dandong, families in South Korea "
        "still have no news of them."
    )
    assert ("KR", "other") not in kinds(text, "repatriation")


@pytest.mark.parametrize(
    "text",
    [
        "Two men were publicly executed at a stadium in Kimchaek in early May.",
        "North Korea executed a fisherman in Haeju last month for listening to foreign radio.",
    ],
)
def test_execution_was_sentenced_by_a_court(text: str) -> None:
    assert any(kind == "court" for _, kind in kinds(text, "execution"))


def test_killing_on_the_spot_has_no_court() -> None:
    text = "Soldiers summarily executed a deserter on the spot near Kaesong in June."
    found = [e for e in events_of(text) if e.type == "execution"]
    assert all(a.kind != "court" for e in found for a in e.perpetrators)


def test_broker_who_beats_is_a_perpetrator() -> None:
    text = "The two women said they were beaten by the brokers in a flat in Shenyang in April."
    assert any(kind == "broker" for _, kind in kinds(text, "violence"))


@pytest.mark.parametrize(
    "text",
    [
        "A woman who went down to the river at night was shot by guards in Musan last week.",
        "Guards caught two teenagers on the riverbank in Junggang County last month.",
    ],
)
def test_bare_guards_at_the_river_are_border_guards(text: str) -> None:
    found = [e for e in events_of(text) if e.perpetrators]
    assert found, text
    assert any(a.kind == "border_guard" for e in found for a in e.perpetrators)


def test_guards_of_a_holding_centre_are_not_border_guards() -> None:
    text = "At the holding centre near the border, guards beat the detainees every night in May."
    found = [e for e in events_of(text) if e.type == "violence"]
    assert all(a.kind != "border_guard" for e in found for a in e.perpetrators)


def test_site_managers_keep_and_search_workers() -> None:
    text = "Since then, managers have searched the lockers of the workers who remain at the plant."
    assert ("KP", "other") in kinds(text, "search")


@pytest.mark.parametrize(
    "text",
    [
        "Three accomplices of the smuggler received long terms in a labour camp in March.",
        "The two guides face charges of organising illegal crossings, police in Yanji said in May.",
    ],
)
def test_a_sentence_is_a_courts(text: str) -> None:
    assert any(kind == "court" for _, kind in kinds(text, "punishment"))


def test_guards_posted_by_others_do_not_act() -> None:
    # the authorities post the guards; the guards are not who barred the residents
    text = (
        "Residents of Manpo have been banned from going near the river since May, "
        "and armed guards have been posted along the bank."
    )
    found = [e for e in events_of(text) if e.type == "movement_restriction"]
    assert found
    assert all(a.kind != "border_guard" for e in found for a in e.perpetrators)


def test_execution_keeps_the_force_carried_to_it() -> None:
    text = (
        "Soldiers of the border unit arrested a deserter in Kaesong in May. "
        "He was executed in June, a source said."
    )
    assert {"court", "military"} <= {kind for _, kind in kinds(text, "execution")}
