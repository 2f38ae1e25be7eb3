"""Events stage: background told beside the news (events/background.py) and the types the words
around a trigger give it (events/retyping.py).

Every sentence here is invented for these tests. Each rule has a negative (the background it must
drop, or the wrong type) and a positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str, published: str | None = "2024-06-01") -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published=published)))


def types_of(text: str) -> set[str]:
    return {e.type for e in events_of(text)}


NO_EVENT = [
    # people described by what a relative did
    ("Most of the women held are thought to have cousins who fled to Japan.", "escape"),
    ("Three households whose eldest sons ran away to South Korea were moved to a mountain farm.", "escape"),
    ("The parents of a nurse who escaped to China were questioned for days.", "escape"),
    # news travels, no one crosses
    ("Two traders were jailed in Kanggye, according to reports reaching Seoul.", "escape"),
    # a pattern in no particular time
    ("In past cases, migrants caught in Myanmar have been fined and deported.", "punishment"),
    ("Cambodia has sometimes deported migrants to Vietnam.", "repatriation"),
    (
        "In the past, runaways who crossed into Mongolia were usually flown on to Seoul.",
        "escape",
    ),
    ("Relatives of defectors have been banished to remote farms for decades.", "punishment"),
    ("The regime has a history of quietly purging its trade envoys.", "crackdown"),
    # people in general, named by what is done to people like them
    ("The envoy would not take questions about refugees held in Cambodian cells.", "arrest"),
    ("Inmates held on espionage charges can be moved to a prison camp without notice.", "arrest"),
    # a pattern covers the verbs conjoined to the one it is told with
    ("In past cases, runaways have been fined or handed suspended prison terms by judges.", "punishment"),
    # people named by a catching told before
    ("On Friday, four students detained in this way were forced to apologise to their class.", "arrest"),
    # an inquiry into a question, a rescue at sea
    ("The coast guard is investigating how the dinghy went unnoticed for hours.", "interrogation"),
    ("The four were picked up by a fishing boat off the coast.", "arrest"),
    # a habit
    ("Guards are known to beat women returned from China.", "violence"),
    # a statistic in a relative clause
    (
        "Their arrival takes to four the number of soldiers who defected across the border this year.",
        "escape",
    ),
    # a place described by what may happen there
    ("Activists fear the nine will be sent to a country where they will face torture.", "violence"),
    ("The men were taken to a border town where deportees are held.", "arrest"),
    # awaited, feared, denied
    ("Villagers expect the curfew to stay until the runaways are caught.", "arrest"),
    ("The sailors said they fled to escape hunger and forced labour.", "punishment"),
    ("There was no trial that any neighbour heard of.", "punishment"),
    # what did not happen
    ("One more night and the two would have been in Thailand, the broker said.", "escape"),
    # kinds of abuse listed, in the active or the passive; a pattern said to be rare
    ("The group has documented beatings in the camps.", "violence"),
    ("Torture has been documented in the camps by UN investigators.", "violence"),
    ("Brokers say police raids in the province have been rare.", "search"),
    # a fronted "for years" frames a pattern
    ("For years, young traders have waded across the river at night to sell goods.", "escape"),
    # kinds of abuse listed
    ("A UN panel found that abuses, including executions and torture, were widespread.", "execution"),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_background_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


KEPT = [
    # a dated act of a relative is news
    ("The parents of a nurse who escaped to China on 3 May were questioned for days.", "escape"),
    ("Two nurses who fled to China were caught in Yanji on Monday.", "arrest"),
    # "in the past two weeks" names a time, not a pattern
    ("Police have detained 14 traders in the past two weeks, a source said.", "arrest"),
    # the centre where these people are questioned now
    ("The four were taken to a camp where they are being interrogated.", "interrogation"),
    # "until" with a past tense: it happened
    ("The two were held in a cell until they were sent back to the North on 2 May.", "repatriation"),
    # fled a place, not a condition
    ("Three soldiers fled across the border on Sunday.", "escape"),
    # particular, dated people
    ("Migrants detained in Laos on 3 May were questioned for days.", "arrest"),
    # starting inspections of households is a campaign
    ("Police launched inspections of households in Musan.", "crackdown"),
    # a new catching, dated; an arrest by police
    ("Two more traders were caught this way on Monday.", "arrest"),
    ("The four were picked up by police off the coast on Monday.", "arrest"),
    # a guess about the past is no counterfactual
    ("Neighbours said the two may have fled to China.", "escape"),
    # "held for years" is a duration, not a pattern
    ("The pastor was held for years in a camp near Kaechon.", "arrest"),
    # a trial with no "no"
    ("The two were given a public trial in Hyesan last week.", "punishment"),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT)
def test_event_beside_background_is_kept(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers publicly shot two smugglers in Kanggye in March.",
        "The three were shot in front of villagers who had been gathered to watch.",
        "The state put four traders to death in Chongjin last month.",
    ],
)
def test_public_shooting_is_an_execution(text: str) -> None:
    found = types_of(text)
    assert "execution" in found
    assert "violence" not in found


def test_shooting_at_a_fleeing_man_stays_violence() -> None:
    found = types_of("Guards shot a man trying to cross the river near Musan on Friday.")
    assert "violence" in found
    assert "execution" not in found


def test_checks_of_homes_are_a_search() -> None:
    found = types_of("That week police carried out night-time checks of homes in the town.")
    assert "search" in found
    assert "crackdown" not in found


def test_summons_for_questioning_is_one_interrogation() -> None:
    found = [
        e.type
        for e in events_of("The teacher's parents were hauled in for questioning by the security department.")
    ]
    assert found == ["interrogation"]


def test_detention_for_questioning_stays_an_arrest() -> None:
    found = types_of("Police detained two porters in Hyesan on Monday for questioning.")
    assert "arrest" in found


def test_news_of_an_event_is_kept() -> None:
    found = types_of("The news that Laos deported the nine on Friday shocked their relatives.")
    assert "repatriation" in found


def test_onward_return_from_a_place_looms() -> None:
    events = events_of(
        "Activists fear the five will be sent to Laos, where they would be handed back to the North."
    )
    assert any(e.type == "repatriation" and "handed back" in e.evidence[0].text for e in events)


def test_raids_to_stop_a_practice_are_a_crackdown() -> None:
    found = types_of(
        "Inspectors have been raiding the bazaars of Kimchaek since May to stop private sales of fuel."
    )
    assert "crackdown" in found
    assert "search" not in found


def test_a_search_for_someone_stays_a_search() -> None:
    assert "search" in types_of("Police searched the house on Monday to find the runaway soldier.")


def test_a_measure_fled_stays() -> None:
    assert "crackdown" in types_of("Hundreds of traders fled the crackdown in Hyesan last month.")


@pytest.mark.parametrize(
    "text",
    [
        # "not allowed to leave" (the lexicon's phrase began with "no longer" only)
        "After the breakout, the other labourers were not allowed to leave the compound.",
        "Registered households have been warned they may not leave the county without approval.",
        "Permits to travel to Hamhung have been stopped for anyone not registered there.",
        "Travel passes were suspended for a week in March.",
    ],
)
def test_a_ban_on_leaving_is_a_movement_restriction(text: str) -> None:
    assert "movement_restriction" in types_of(text)


def test_a_trade_permit_revoked_is_no_movement_restriction() -> None:
    assert "movement_restriction" not in types_of("His trading permit was revoked in May.")


def test_controls_along_a_coast_restrict_movement() -> None:
    found = types_of("Pyongyang has tightened controls along the eastern shoreline this spring.")
    assert "movement_restriction" in found
    assert "crackdown" not in found


def test_control_over_trading_stays_a_crackdown() -> None:
    assert "crackdown" in types_of("In early May, control over market trading was tightened in the city.")


def test_a_crackdown_on_border_guards_stays_a_crackdown() -> None:
    found = types_of("The state has launched a crackdown on border guards who take bribes.")
    assert "crackdown" in found
    assert "movement_restriction" not in found
