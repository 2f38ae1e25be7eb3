"""Places (session 58): towns abroad from the widened world index (every GeoNames town of 5,000
outside the focus countries, with its spellings). Such a town is taken in a country the report
names, by a country only the world index knows ("Kuwait") or by its authorities ("Qatari police"),
and not otherwise (invented sentences)."""

from __future__ import annotations

from places_helpers import anchored_event, placed
from tessera.places.actors import authorities_named
from tessera.places.gazetteer import load
from tessera.places.mentions import match_gazetteer, world_mentions


def _world_names(text: str) -> list[tuple[str, str]]:
    """(text, country) of each world-index mention in `text` (read without the language model)."""
    known = match_gazetteer(text, load())
    return [
        (m.text, m.candidates[0].country)
        for m in world_mentions(text, None, known, None, authorities_named(load(), text))
    ]


def test_a_small_town_of_an_authority_named_country_is_taken() -> None:
    """A town of 6,000 by its English spelling ("Mesaieed" for GeoNames' "Musay'id") in a report that
    names the country only by its police."""
    text = "Two North Korean welders were arrested at a camp in Mesaieed last week, Qatari police said."
    (ev,) = placed(text, anchored_event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country == "QA" and ev.where.precision == "city"


def test_a_country_only_the_world_index_knows_names_the_country() -> None:
    """Oman is no country of the curated gazetteer: its name in the report lets its town be read."""
    text = "Officers in Oman held four North Korean builders at their lodgings in Sohar on Friday."
    assert ("Sohar", "OM") in _world_names(text)


def test_a_town_by_a_spelling_in_a_country_the_report_names() -> None:
    """ "Fahaheel" is a spelling GeoNames lists for Kuwait's "Al Fahahil" (a town of 68,000)."""
    text = "Police in Kuwait said a North Korean worker was beaten at a labour camp in Fahaheel."
    (ev,) = placed(text, anchored_event(text, "violence", "beaten"))
    assert ev.where is not None and ev.where.country == "KW" and ev.where.precision == "city"


def test_a_small_town_abroad_without_its_country_is_not_taken() -> None:
    """No country named: a town of 68,000 abroad is not worth the risk of a common word."""
    text = "A North Korean worker was beaten by his supervisor at a labour camp in Fahaheel on Monday."
    assert ("Fahaheel", "KW") not in _world_names(text)


def test_an_alternate_name_of_a_small_town_abroad_is_not_read_unnamed() -> None:
    """GeoNames lists "Thai" among Alor Setar's names and "Africa" among Mahdia's: without Malaysia
    or Tunisia named, neither word is read as that town."""
    text = "The men were caught near the Thai border after years of work in Africa."
    assert all(country not in ("MY", "TN") for _, country in _world_names(text))


def test_a_big_city_abroad_is_still_read_by_its_own_name() -> None:
    text = "The two students were last seen in Warsaw in March."
    assert ("Warsaw", "PL") in _world_names(text)
