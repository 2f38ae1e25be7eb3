"""Dating conventions of the when32 round, on invented text.

A report written as one paragraph summarises in its first sentence and tells the details in the
next: an undated event of the opening sentence takes the first date of the sentence after it."""

from __future__ import annotations

from datetime import date

from test_time_wave17 import _told


def test_an_undated_opening_sentence_takes_the_next_sentences_date() -> None:
    text = (
        "A fisherman from a village near Sinpo has gone missing, and his family believes he was "
        "taken by the coast guard, a relative said. He set out in his boat on the morning of "
        "March 3 and did not come back. Officials have refused to answer the family's questions."
    )
    (missing,) = _told(text, "2027-03-12", [("missing", "disappearance", "occurred")])
    assert (missing.when.start, missing.when.end) == (date(2027, 3, 3), date(2027, 3, 3))


def test_the_next_sentences_date_of_another_kind_of_event_does_not_date_the_opening() -> None:
    text = (
        "Two fishermen detained in Busan are being held at an immigration centre, a lawyer said. "
        "The men deserted their ship in mid-May and hid with a friend for weeks."
    )
    detained, deserted = _told(
        text, "2027-07-01", [("detained", "arrest", "occurred"), ("deserted", "escape", "occurred")]
    )
    assert deserted.when.start == date(2027, 5, 11)
    assert detained.when.start != date(2027, 5, 11)


def test_a_vanishing_told_by_the_last_sighting_runs_to_when_it_was_found() -> None:
    text = (
        "A family of three has gone missing from a farm near Musan, a source said. "
        "They were last seen at the market on May 4, and a neighbour found their house empty "
        "two days later."
    )
    (missing,) = _told(text, "2027-05-20", [("missing", "disappearance", "occurred")])
    assert (missing.when.start, missing.when.end) == (date(2027, 5, 4), date(2027, 5, 6))


def test_a_vanishing_told_by_the_last_sighting_alone_is_dated_by_the_sighting() -> None:
    text = (
        "A family of three has gone missing from a farm near Musan, a source said. "
        "They were last seen at the market on May 4."
    )
    (missing,) = _told(text, "2027-05-20", [("missing", "disappearance", "occurred")])
    assert (missing.when.start, missing.when.end) == (date(2027, 5, 4), date(2027, 5, 4))


def test_a_period_counted_since_in_the_next_sentence_is_not_a_detail() -> None:
    text = (
        "Police have launched a crackdown on smuggling in the county, residents said. "
        "At least ten people have been arrested since the campaign began in late April."
    )
    (crackdown,) = _told(text, "2027-05-20", [("crackdown", "crackdown", "occurred")])
    assert crackdown.when.end != date(2027, 4, 30)
