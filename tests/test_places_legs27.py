"""Places (legs27): a return from a third country told with its next leg in the same sentence ends
with its own receivers, not at the next leg's goal."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "Thai police detained six North Koreans in Chiang Khong on Sunday. Activists fear the "
            "six could be sent back to Laos, from where they would face deportation to the North.",
            "sent back",
        ),
        (
            "Lao police arrested four North Koreans in Luang Prabang last week. They are held at a "
            "police station and could be handed over to Chinese police within days, the group said, "
            "adding that in China they would be returned to North Korea.",
            "handed over",
        ),
    ],
)
def test_the_goal_of_a_later_clause_is_the_next_leg(text: str, trigger: str) -> None:
    (ev,) = _place(text, _event(text, "repatriation", trigger))
    assert ev.destination is not None and ev.destination.country in ("LA", "CN")


def test_people_returned_to_a_states_police_go_to_that_state() -> None:
    text = (
        "A rights group said Lao soldiers returned nine North Korean refugees to Chinese border "
        "police at Boten last week."
    )
    (ev,) = _place(text, _event(text, "repatriation", "returned"))
    assert ev.destination is not None and ev.destination.country == "CN"
    assert ev.origin is not None and ev.origin.country == "LA"


def test_a_stop_on_the_way_in_the_same_clause_still_ends_in_the_north() -> None:
    text = "The woman will be sent to Tumen and then back to North Korea, her family said."
    (ev,) = _place(text, _event(text, "repatriation", "sent"))
    assert ev.destination is not None and ev.destination.country == "KP"


def test_a_return_from_a_border_town_read_to_a_province_ends_in_the_town_across() -> None:
    text = (
        "Chinese police sent 40 North Koreans back over the Tumen from Tumen city on Monday. They "
        "are held by the North Hamgyong provincial security department, a source at the Namyang "
        "end of the bridge said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent"))
    assert ev.destination is not None and ev.destination.name == "Namyang"


def test_a_return_handed_over_at_a_town_of_the_province_it_is_taken_to_ends_there() -> None:
    text = (
        "Thirty women returned from China were handed over at Hyesan customs on Friday and taken "
        "to the Ryanggang provincial police detention centre."
    )
    (ev,) = _place(text, _event(text, "repatriation", "returned"))
    assert ev.destination is not None and ev.destination.name == "Hyesan"


def test_a_later_act_told_before_being_handed_on_has_its_own_place() -> None:
    text = (
        "Police found the six in a maize field in Chiang Khong district. They are likely to be "
        "fined before being handed to immigration officers in Bangkok, an officer said."
    )
    (ev,) = _place(text, _event(text, "punishment", "fined"))
    assert ev.where is not None and ev.where.name != "Bangkok"


def test_a_clause_joined_after_the_one_a_fine_hangs_from_tells_another_act() -> None:
    text = (
        "Police detained the six in Chiang Khong district on May 2. Officials said a provincial "
        "court fined each of them 3,000 baht; the fines were paid by a charity and the six were "
        "moved the next day to a detention centre in Bangkok."
    )
    (ev,) = _place(text, _event(text, "punishment", "fined"))
    assert ev.where is not None and ev.where.name != "Bangkok"


@pytest.mark.parametrize(
    "text",
    [
        "China sent 40 North Koreans back on Monday, prompting Seoul to express regret to Beijing. "
        "They had been held at a centre in the border city of Hunchun.",
        "China sent 40 North Koreans back on Monday, and Seoul said it had raised the matter with "
        "Beijing. They had been held at a centre in the border city of Hunchun.",
    ],
)
def test_a_capital_told_something_is_its_government_not_where_a_return_began(text: str) -> None:
    (ev,) = _place(text, _event(text, "repatriation", "sent"))
    assert ev.origin is not None and ev.origin.name != "Beijing"


@pytest.mark.parametrize(
    "text, origin_country, destination",
    [
        ("A young man crossed the Tumen River near Nanping on Sunday night, traders said.", "KP", "Nanping"),
        ("In May 2014 I crossed the frozen Tumen near Onsong and was taken to Yanji.", "KP", None),
    ],
)
def test_an_escape_never_ends_in_the_north(text: str, origin_country: str, destination: str | None) -> None:
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.country == origin_country
    assert ev.destination is None or ev.destination.country != "KP"
    if destination is not None:
        assert ev.destination is not None and ev.destination.name == destination
