"""Places the reports name that the gazetteer did not know or the world index was not asked for:
the South's cities GeoNames files with their unit suffix, Vietnam's provinces along Laos and
Cambodia, towns of the Russian Far East, a Chinese county named by its seat, and a town named by
its own police or court (invented sentences)."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event, placed
from tessera.language import analyse
from tessera.model import Document
from tessera.places import find_places


def _place(text: str, words: str) -> tuple[str | None, str | None, str | None]:
    """(name, country, precision) of the place read at `words` of the report."""
    for m in find_places(analyse(Document(id="d", text=text))):
        if m.text.startswith(words) and m.chosen is not None:
            return m.chosen.name, m.chosen.country, m.chosen.precision
    return None, None, None


# (invented sentence, the place's words in it, expected country, expected precision)
NAMED = [
    ("The broker was questioned in Ansan on Monday and let go.", "Ansan", "KR", "city"),
    ("She has lived in Uijeongbu since she reached the South.", "Uijeongbu", "KR", "city"),
    ("Border guards caught the three women in Nghe An province in June.", "Nghe An", "VN", "province"),
    ("The couple was stopped near the Moc Bai border gate on Saturday.", "Moc Bai", "VN", "city"),
    ("A logger was beaten at a camp in the Zeya district last spring.", "Zeya", "RU", "city"),
    ("Border guards boarded the schooner in Posyet Bay at dawn.", "Posyet Bay", "RU", "city"),
    ("Two women were held in Shandong's Yinan County for a week.", "Yinan", "CN", "county"),
    ("Nong Khai immigration police detained the two women on Monday.", "Nong Khai", "TH", "city"),
    ("The Mukdahan provincial court fined each of them.", "Mukdahan", "TH", "city"),
]


@pytest.mark.parametrize("text,words,country,precision", NAMED)
def test_place_is_known(text: str, words: str, country: str, precision: str) -> None:
    _, got_country, got_precision = _place(text, words)
    assert (got_country, got_precision) == (country, precision)


def test_bare_name_not_taken_from_a_chinese_city() -> None:
    """Jinan-gun keeps its suffix: the bare "Jinan" is Shandong's capital."""
    _, country, _ = _place("The two women were caught at a bus station in Jinan last week.", "Jinan")
    assert country == "CN"


def test_town_police_place_the_arrest() -> None:
    text = (
        "A woman from Musan crossed into China in 2019. "
        "Nong Khai immigration police arrested her on Monday night near the river."
    )
    ev = placed(text, anchored_event(text, "arrest", "arrested"))[0]
    assert ev.where is not None and ev.where.country == "TH"


def test_questioned_in_a_southern_city() -> None:
    text = (
        "A woman from Hoeryong reached the South last year. "
        "The broker who arranged her passage was questioned in Ansan on Monday."
    )
    ev = placed(text, anchored_event(text, "interrogation", "questioned"))[0]
    assert ev.where is not None and ev.where.country == "KR"


def test_pronoun_before_investigators_is_no_town() -> None:
    """ "She" is also a Chinese county's name; "She told investigators" names no town's authority."""
    places = find_places(
        analyse(Document(id="d", text="She told investigators that she was held for a month."))
    )
    assert [m.text for m in places if m.chosen is not None] == []


def test_pyongyang_neighbourhood() -> None:
    name, country, _ = _place("Workers were killed when scaffolding fell at a Sopho apartment site.", "Sopho")
    assert (name, country) == ("Sopho", "KP")
