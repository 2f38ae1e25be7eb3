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

