"""Events stage: events the lexicon or the rules missed, by kind (recall31): people stopped so
that they can be checked (the stop is no denial of the check); kin who heard nothing from or
about someone, never saw them again, or know nowhere they were taken; people flown back home; a
campaign named by what it targets ("the phone campaign"); a boat's crew and a representative are
people; boats kept in port, none allowed to sea, fishing permits cancelled; "jailed"; leaving
tried with nothing left and no goal named.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text)]


def test_people_stopped_to_have_their_phones_checked_is_a_search() -> None:
    text = "Police in Kanggye stopped young people to check their phones."
    assert "search" in _types(text)


def test_stopping_a_check_is_still_no_search() -> None:
    text = "Police in Kanggye stopped checking phones last month."
    assert "search" not in _types(text)


def test_stopped_from_crossing_is_still_no_flight() -> None:
    text = "Guards stopped the two women from crossing the river."
    assert "escape" not in _types(text)


def test_nothing_heard_from_people_is_a_disappearance() -> None:
    text = "Two of the workers were sent back in March; nothing has been heard from the other four."
    assert "disappearance" in _types(text)


def test_heard_nothing_about_people_is_a_disappearance() -> None:
    text = "The boatmen were detained in June, and their wives have heard nothing about them since."
    assert "disappearance" in _types(text)


def test_never_saw_them_again_is_a_disappearance() -> None:
    text = "Agents took the two teachers from the school in 2019, and their pupils never saw them again."
    assert "disappearance" in _types(text)


def test_nothing_heard_about_a_meeting_is_no_disappearance() -> None:
    text = "Nothing has been heard about the trade talks since April."
    assert "disappearance" not in _types(text)


def test_people_flown_back_are_returned() -> None:
    text = "The four sailors were flown back to Pyongyang via Beijing last week."
    assert "repatriation" in _types(text)


def test_an_official_flying_back_is_no_return() -> None:
    text = "The foreign minister flew back to Pyongyang after the talks."
    assert "repatriation" not in _types(text)


def test_a_campaign_named_by_its_target_is_a_crackdown() -> None:
    text = "Residents say the summer phone campaign in Hyesan was the harshest in years."
    assert "crackdown" in _types(text)


def test_a_campaign_of_planting_is_no_crackdown() -> None:
    text = "Students joined the spring tree-planting campaign in Hyesan."
    assert "crackdown" not in _types(text)


def test_a_boat_crew_are_people() -> None:
    text = "The crew of the fishing boat were flown back to Chongjin via Vladivostok."
    assert "repatriation" in _types(text)


def test_a_trade_representative_is_a_person() -> None:
    text = "A North Korean trade representative was seized by agents from his own embassy in March."
    assert "arrest" in _types(text)


def test_boats_kept_in_port_is_a_restriction() -> None:
    text = "Since the shooting, all fishing boats in Kangryong have been kept in port, residents said."
    assert "movement_restriction" in _types(text)


def test_boats_ordered_back_to_port_is_a_restriction() -> None:
    text = "Since March, fishing boats in Sinpo have been ordered back to the harbour by 6 p.m."
    assert "movement_restriction" in _types(text)


def test_no_boats_allowed_to_put_to_sea_is_a_restriction() -> None:
    text = "Since April, no private boats have been allowed to put to sea from Haeju."
    assert "movement_restriction" in _types(text)


def test_fishing_permits_cancelled_is_a_restriction() -> None:
    text = "Officials in Sinpo cancelled the fishing permits of every cooperative in the port in May."
    assert "movement_restriction" in _types(text)


def test_a_boat_kept_in_port_for_repairs_is_no_restriction() -> None:
    text = "The ferry was kept in port for repairs."
    assert "movement_restriction" not in _types(text)


def test_jailed_for_years_is_a_punishment() -> None:
    text = "A court in Incheon said the broker was jailed on Friday for four years."
    assert "punishment" in _types(text)


def test_leaving_tried_with_no_goal_is_an_attempted_flight() -> None:
    text = "Another soldier tried to leave in May but was caught by guards on the riverbank."
    assert [e.status for e in events_of(text) if e.type == "escape"] == ["attempted"]


def test_leaving_a_meeting_tried_is_no_flight() -> None:
    text = "The delegate tried to leave the meeting early."
    assert "escape" not in _types(text)


def test_nobody_knows_where_people_were_taken_is_a_disappearance() -> None:
    text = "Agents took the two brothers away in May, and nobody in the village knows where they were sent."
    assert "disappearance" in _types(text)
