"""Background told beside the news (events/background.py): the teller's own act in a relative
clause with neither a date nor a place ("a miner whose son was caught said …",
`describes_the_teller`), and what may befall the kin of one of a kind ("a deserter's parents may
be banished", `_kin_of_one_of_a_kind`)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted, extracted_types

_events = partial(extracted, published="2031-05-20")
_types = partial(extracted_types, published="2031-05-20")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A miner whose son was caught said the price of a bribe had doubled since spring.", "arrest"),
        (
            "Prices of rice rose sharply in the market, according to a cook who was detained with him.",
            "arrest",
        ),
        (
            "The checkpoint was moved closer to the river, the group said, citing a porter who was questioned there.",
            "interrogation",
        ),
    ],
)
def test_undated_act_of_the_teller_is_background(text: str, kind: str) -> None:
    assert kind not in _types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a date, a place or a sequel makes the teller's act news the gold keeps
        (
            "A miner who was caught in March 2030 said the price of a bribe had doubled since spring.",
            "arrest",
        ),
        ("A cook who was detained in Kanggye told the group that guards beat the prisoners.", "arrest"),
        ("Prices rose sharply in the market, according to a porter who later fled to China.", "escape"),
        # a relative clause on someone who is not the teller is left as it was
        ("A guard who was questioned was dismissed from the army, a source in Musan said.", "interrogation"),
    ],
)
def test_teller_look_alikes_stay(text: str, kind: str) -> None:
    assert kind in _types(text)


def test_what_may_befall_the_kin_of_one_of_a_kind_is_no_event() -> None:
    text = "A deserter's parents in Kanggye might be questioned, banished to a farm or sent to a camp."
    assert _types(text) == []


def test_the_kin_of_someone_told_of_still_face_a_risk() -> None:
    # "the deserter's", "his": particular people, for whom the act looms
    events = _events("The deserter's parents in Kanggye might be sent to a camp, a source said.")
    assert [(e.type, e.status) for e in events] == [("punishment", "at_risk")]
