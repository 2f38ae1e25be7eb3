"""Events stage (mergeprec30): two handings over of one group told in one sentence.

"Nine North Koreans who were deported from Laos to China in early March were sent back to North
Korea across the Yalu last Friday": the relative clause tells the first handing over and the main
clause the second, each dated by a time phrase of its own, at times that do not meet. They are two
repatriations, and the second one's evidence is its own clause, not the relative clause that is
the first one's evidence.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import tessera


def returns_of(text: str) -> list:
    return [
        e for e in tessera.extract(text, published="2027-04-14", outlet="Test") if e.type == "repatriation"
    ]


TWO_HANDINGS = (
    "Nine North Koreans who were deported from Laos to China in early March were sent back across "
    "the Yalu River from Dandong to Sinuiju last Friday, a rights group said."
)


def test_two_handings_over_dated_apart_in_one_sentence_are_two_returns() -> None:
    assert len(returns_of(TWO_HANDINGS)) == 2


def test_the_second_return_is_told_by_its_own_clause() -> None:
    later = max(returns_of(TWO_HANDINGS), key=lambda e: e.evidence[0].start)
    assert later.evidence[0].text.startswith("were sent back")
    assert "deported" not in later.evidence[0].text


def test_one_return_told_with_one_date_stays_one() -> None:
    text = (
        "Nine North Koreans who had been held in Dandong since March were sent back across the "
        "Yalu River last Friday, a rights group said."
    )
    assert len(returns_of(text)) == 1
