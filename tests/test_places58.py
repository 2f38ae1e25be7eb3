"""Places (session 58): towns abroad from the widened world index (every GeoNames town of 5,000
outside the focus countries, with its spellings). Such a town is taken in a country the report
names (by a country only the world index knows, "Kuwait", or by its authorities, "Qatari police"),
or right after "in" when its name is one country's town's own name or a close spelling of it, and
not otherwise (invented sentences)."""

from __future__ import annotations

from places_helpers import anchored_event, placed
from tessera.places.gazetteer import load
from tessera.places.mentions import acting_countries, match_gazetteer, world_mentions
from tessera.places.world import load_world, unambiguous_abroad


def _world_names(text: str) -> list[tuple[str, str]]:
    """(text, country) of each world-index mention in `text` (read without the language model)."""
    known = match_gazetteer(text, load())
    return [
        (m.text, m.candidates[0].country)
        for m in world_mentions(text, None, known, None, acting_countries(load(), text))
    ]


def test_a_small_town_of_an_authority_named_country_is_taken() -> None:
    """A town of 6,000 by its English spelling ("Mesaieed" for GeoNames' "Musay'id") in a report that
    names the country only by its police."""
    text = "Two North Korean welders were arrested at a camp in Mesaieed last week, Qatari police said."
    (ev,) = placed(text, anchored_event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country == "QA" and ev.where.precision == "city"


def test_a_country_only_the_world_index_knows_names_the_country() -> None:
    text = "Officers in Oman held four North Korean builders at their lodgings in Sohar on Friday."
    assert ("Sohar", "OM") in _world_names(text)


def test_an_unambiguous_town_abroad_after_in_is_taken() -> None:
    """No country named: "Fahaheel" is a spelling of one Kuwaiti town's own name."""
    text = "A North Korean worker was beaten by his supervisor at a labour camp in Fahaheel on Monday."
    (ev,) = placed(text, anchored_event(text, "violence", "beaten"))
    assert ev.where is not None and ev.where.country == "KW"


def test_an_unrelated_alternate_name_is_not_a_town() -> None:
    """GeoNames lists "Thai" among Alor Setar's names and "Africa" among Mahdia's: neither is
    a spelling of the town's own name, so neither word is read as that town."""
    text = "The men were caught near the Thai border after years of work in Africa."
    assert all(country not in ("MY", "TN") for _, country in _world_names(text))


def test_a_north_korean_unit_that_needs_its_unit_word_stays_unread_abroad() -> None:
    """ "Anak" is a North Korean county's name only with "County"; a Saudi town answers to it too."""
    text = "The man who ran the farm office in Anak was tried in Haeju."
    assert ("Anak", "SA") not in _world_names(text)


def test_a_small_town_abroad_without_its_country_needs_the_locative() -> None:
    """After "to" (people are written there too), the unnamed country's small town is not taken."""
    text = "The letter was passed to Fahaheel contacts by the broker."
    assert ("Fahaheel", "KW") not in _world_names(text)


def test_a_name_two_countries_share_is_not_unambiguous() -> None:
    entries = load_world().entries("victoria")
    assert len({e.country for e in entries}) > 1 and not unambiguous_abroad(entries, "victoria")


def test_a_name_before_a_noun_is_no_town_abroad() -> None:
    """ "at Sunam market": a part of a town of the North the curated gazetteer lacks, not India's
    Sunam (a modifier of "market", as the language model parses it)."""
    text = "Police in Chongjin detained four teenagers at Sunam market last week."
    (ev,) = placed(text, anchored_event(text, "arrest", "detained"))
    assert ev.where is None or ev.where.country == "KP"
