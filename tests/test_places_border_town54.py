"""Places (session 54): an act of the North read only at its border region (by the border words of
its own sentence, "helping people with border crossings"), in a report whose story is told in a
town of a border province, happened in that town, even when no scene was set before the act.

Every test reads invented text and failed before the change was made.
"""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_border_words_of_the_acts_own_sentence_yield_to_the_border_town_it_names():
    text = (
        "A man convicted of helping people with border crossings was publicly executed in Manpo, "
        "Chagang Province, on 3 April. Two others were given long prison terms in the same trial."
    )
    shot, jailed = _place(text, _event(text, "execution", "convicted"), _event(text, "punishment", "given"))
    assert shot.where is not None and shot.where.name == "Manpo"
    assert jailed.where is not None and jailed.where.name == "Manpo"
