"""Events stage (esc57): a flight told by the water it was made through or by the bank it reached
("floated across the Tumen on a tractor tyre", "swam to the Chinese bank"), and a flight abroad told
as help sought from a foreign mission. Every sentence here is invented for these tests."""

from __future__ import annotations

from events_helpers import events_of_type


def test_floating_across_a_border_river_is_an_escape() -> None:
    text = "Last week two brothers from Onsong floated across the Tumen on a tractor tyre."
    escapes = events_of_type(text, "escape")
    assert len(escapes) == 1
    assert escapes[0].status == "occurred"


def test_floating_across_tried_and_caught_is_an_attempt() -> None:
    text = (
        "Guards caught a young man from Manpo on Sunday as he tried to float across the Yalu "
        "on a bundle of empty jerry cans."
    )
    escapes = events_of_type(text, "escape")
    assert [e.status for e in escapes] == ["attempted"]


def test_reaching_the_far_bank_by_water_is_an_escape() -> None:
    text = "In early May a mother and her daughter from Musan swam to the Chinese bank of the Tumen at night."
    assert len(events_of_type(text, "escape")) == 1


def test_wading_toward_the_far_bank_tells_only_the_way() -> None:
    text = "A smuggler from Hyesan was shot in the arm on Friday as he waded toward the Chinese bank."
    assert events_of_type(text, "escape") == []


def test_a_floating_population_is_no_flight() -> None:
    text = "The city launched a campaign last month against the floating population at its markets."
    assert events_of_type(text, "escape") == []


def test_help_sought_from_a_foreign_consulate_is_a_suspected_flight() -> None:
    text = (
        "Three North Korean welders left their site in Khabarovsk in March and are thought to have "
        "sought help from a foreign consulate, a local church worker said."
    )
    escapes = events_of_type(text, "escape")
    assert "suspected" in {e.status for e in escapes}


def test_help_sought_from_a_doctor_is_no_flight() -> None:
    text = "The miner's wife sought help from a doctor in Hamhung after the accident last week."
    assert events_of_type(text, "escape") == []


def test_swam_across_read_as_a_noun_is_still_an_escape() -> None:
    # (the tagger reads this "swam" as a noun: the phrase must hold all the same)
    text = "A young soldier in his twenties swam across the Tumen River into Russia in early July."
    assert len(events_of_type(text, "escape")) == 1


def test_things_floated_across_are_no_escape() -> None:
    text = "Last spring a church group floated bottles of rice across the Yalu from an island near Dandong."
    assert events_of_type(text, "escape") == []
