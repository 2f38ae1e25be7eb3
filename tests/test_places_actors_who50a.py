"""Places (who50a): one lexicon (actors.tsv) for the readers of acting authorities: the South's own
authorities named in the sentence before an act ("the South's navy"), a town's court or force named
with the capitalised words of its own name ("the Suwon District Court"), read by the actors'
pattern and by the gazetteer's cue alike (invented sentences)."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event, placed
from tessera.language import analyse
from tessera.model import Document
from tessera.places import find_places
from tessera.places.actors import acting_country, names_authorities_of
from tessera.places.gazetteer import load


@pytest.mark.parametrize(
    "sentence, named",
    [
        ("The South's navy towed the boat to Incheon.", True),
        ("The South’s prosecutors indicted the broker on Friday.", True),
        ("Seoul's prosecutors indicted the broker on Friday.", True),
        ("He was fined by the Suwon District Court on Friday.", True),
        ("A South Hamgyong court sentenced him to ten years.", False),
        ("South Pyongan provincial police held him for a week.", False),
        ("Chinese police detained four women in Dandong.", False),
    ],
)
def test_the_souths_authorities_are_the_lexicons(sentence: str, named: bool) -> None:
    assert names_authorities_of(load(), sentence, "KR") is named


def test_a_town_court_named_in_full_acts_in_its_country() -> None:
    assert acting_country(load(), "The man was fined by the Suwon District Court.", south=True) == "KR"


def test_the_souths_forces_in_the_sentence_before_keep_the_act_there() -> None:
    """ "The South's marines picked him up near Yeonpyeong. He was taken into custody and
    questioned in Incheon": the custody is the South's own (its forces named the sentence before)."""
    text = (
        "A North Korean soldier swam across the estuary last week. The South's marines picked him "
        "up near the island. He was taken into custody and questioned in Incheon."
    )
    (ev,) = placed(text, anchored_event(text, "interrogation", "questioned"))
    assert ev.where is not None and ev.where.country == "KR"


def test_a_town_named_by_its_district_court_is_a_place() -> None:
    """ "the Mukdahan District Court": a capitalised unit of the court's own name (the lexicon's
    town modifiers) still names the town it sits in."""
    places = find_places(
        analyse(Document(id="d", text="The Mukdahan District Court fined each of them 4,000 baht."))
    )
    assert any(m.text.startswith("Mukdahan") and m.chosen is not None for m in places)
