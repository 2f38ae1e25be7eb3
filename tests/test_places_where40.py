"""Places conventions found failing, by kind, on the open development sets of session 40: a
town's or county's name before "River" or "Mountain" names the river or the mountain, not the unit;
a flight told again ("he has fled to China") went where the retelling word's own "to" goes; what
happened "since their return" happened back in the North.

Every test reads invented text; each failed before the rule it names was added (but the guard that
a wish told again is still no destination, which held before too).
"""

from __future__ import annotations

import tessera
from events_helpers import place_of
from places_helpers import anchored_event, placed
from tessera.places.gazetteer import load
from tessera.places.mentions import find_mentions


def _names(text: str) -> list[str]:
    return [c.name for m in find_mentions(text, None, load()) for c in m.candidates]


def test_a_county_name_before_river_names_the_river() -> None:
    assert "Songchon" not in _names("Crowds gathered on the bank of the Songchon River at dawn.")
    assert "Taedong" not in _names("The boat capsized on the Taedong River.")
    # the unit with its own word, or alone, is still the unit
    assert "Songchon" in _names("He was arrested in Songchon County last month.")
    assert "Taedong" in _names("Officials in Taedong said the road was closed.")


def test_a_town_name_before_mountain_names_the_mountain() -> None:
    assert "Changbai" not in _names("Tourists climbed Changbai Mountain in July.")


def test_an_execution_by_a_river_in_a_city_happened_in_the_city() -> None:
    text = (
        "A trader was executed by firing squad on the bank of the Songchon River in Hamhung on "
        "15 May, a source in South Hamgyong Province said."
    )
    (ev,) = [e for e in tessera.extract(text, published="2024-05-20") if e.type == "execution"]
    assert ev.where is not None and ev.where.name == "Hamhung"


def test_a_flight_told_again_goes_where_the_retelling_word_goes() -> None:
    text = (
        "The soldier, a 20-year-old conscript from Wonsan, left his barracks near Samjiyon with his "
        "rifle, residents said. Officials suspect he has fled to China."
    )
    (ev,) = placed(text, anchored_event(text, "escape", "left", also=["fled"]))
    assert ev.destination is not None and ev.destination.name == "China"


def test_a_worker_told_again_as_fled_to_the_south_went_to_the_south() -> None:
    text = (
        "A logger from Kanggye left his camp outside Tynda in May, a source said. His managers "
        "believe he has fled to South Korea."
    )
    (ev,) = placed(text, anchored_event(text, "escape", "left", also=["fled"]))
    assert ev.destination is not None and ev.destination.name == "South Korea"


def test_a_wish_told_again_is_no_destination() -> None:
    # the retelling's "to" names where they wished to go, not where they went
    text = (
        "Two women crossed the Tumen River near Hoeryong last week, a source said. "
        "They hoped to flee to South Korea."
    )
    (ev,) = placed(text, anchored_event(text, "escape", "crossed", also=["flee"]))
    assert ev.destination is None or ev.destination.country != "KR"


def _where_of(text: str, etype: str) -> tuple[str | None, str | None]:
    return place_of(text, etype, published="2024-06-10")


def test_questioned_since_their_return_is_back_in_the_north() -> None:
    text = (
        "Two women from Musan were arrested by Chinese police in Yanji in March and handed back in "
        "April, a source said. Since their return they have been questioned almost daily about "
        "their contacts."
    )
    assert _where_of(text, "interrogation")[1] == "KP"


def test_beaten_upon_their_return_is_back_in_the_north() -> None:
    text = (
        "Chinese police detained three North Korean traders in Changbai last month and sent them "
        "home. Upon their return they were beaten by guards."
    )
    assert _where_of(text, "violence")[1] == "KP"


def test_whereabouts_since_his_return_are_in_the_north() -> None:
    text = (
        "A logger who ran away from a camp near Tynda was caught by Russian police and deported in "
        "May, a source said. His whereabouts since his return are unknown."
    )
    assert _where_of(text, "disappearance")[1] == "KP"
