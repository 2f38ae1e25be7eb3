"""merge32 (issue 13, merge recall on real coverage): rules for pairs the merge kept apart."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import candidates_key


def test_a_campaign_told_since_a_year_long_ago_is_looked_up_by_its_ends() -> None:
    """A lasting campaign told by its start ("the third such drive in the town since 2018") is
    read as 2018 to the report's day: it must still meet the report dating it "this spring"."""
    since = ev(
        "s",
        "docA",
        "The radio crackdown in Kimchaek is the third such drive in the town since 2018.",
        "crackdown",
        when=("2018-01-01", "2024-04-12"),
        precision="range",
        published="2024-04-12",
    )
    spring = ev(
        "p",
        "docB",
        "The spring radio drive in Kimchaek was the harshest yet.",
        "crackdown",
        when=("2024-03-01", "2024-05-31"),
        precision="season",
        published="2024-05-02",
    )
    assert set(candidates_key(since)) & set(candidates_key(spring))


def test_a_term_read_as_the_period_meets_the_sentence_dated_by_month() -> None:
    """'given terms of two to four years' read as the term (2023 to 2027) is the sentence another
    report dates 'earlier this month'; it still meets undated events as before."""
    term = ev(
        "t",
        "docA",
        "The nine traders have been given terms of two to four years in a labour camp.",
        "punishment",
        when=("2023-03-01", "2027-03-31"),
        precision="range",
        published="2023-03-20",
    )
    month = ev(
        "m",
        "docB",
        "Earlier this month nine traders were sentenced to between two and four years.",
        "punishment",
        when=("2023-03-01", "2023-03-10"),
        precision="range",
        published="2023-03-10",
    )
    keys = set(candidates_key(term))
    assert keys & set(candidates_key(month))
    assert "punishment|undated" in keys
    assert "punishment|2025" not in keys  # the years between the ends would meet every event of them


def _perpetrator_countries(text: str, event_type: str) -> set[str | None]:
    import tessera

    events = [
        e
        for e in tessera.extract(text, published="2024-05-09", outlet="Invented Wire")
        if e.type == event_type
    ]
    assert events
    return {a.country for e in events for a in e.perpetrators}


def test_a_force_named_as_a_raid_placed_abroad_is_that_countrys() -> None:
    """'arrested in a police raid in Yanji': the police of the town the raid was in, not North
    Korea's by default (the merge read a conflict of countries against 'Chinese police')."""
    text = "Four North Korean women who were arrested in a police raid in Yanji in March were sent back."
    assert _perpetrator_countries(text, "arrest") == {"CN"}


def test_a_station_of_a_force_placed_abroad_through_what_it_is_of() -> None:
    """'a police sweep of villages around Longjing', 'a border police station in Dongxing'."""
    sweep = "Six North Korean women were detained in a police sweep of villages around Longjing in March."
    station = "The family was detained at a border police station in Dongxing last week."
    assert _perpetrator_countries(sweep, "arrest") == {"CN"}
    assert _perpetrator_countries(station, "arrest") == {"CN"}


def test_a_force_placed_in_a_north_korean_town_keeps_the_default() -> None:
    text = "About a dozen traders were detained in a police sweep in Hyesan early in the month."
    assert _perpetrator_countries(text, "arrest") == {"KP"}


def test_custody_in_the_north_after_an_arrest_in_a_raid_abroad_is_an_event_of_its_own() -> None:
    """'arrested in a police raid in Yanji' was done in China, as 'arrested in Yanji' is: the
    women 'being held at the state security department in Onsong County' after their return are
    in the North's custody, a second arrest, not the Chinese arrest told again."""
    import tessera

    text = (
        "Four North Korean women who were arrested in a police raid in Yanji in March were handed"
        " over to North Korean border guards at Tumen. The women are being held at the state"
        " security department in Onsong County."
    )
    arrests = [
        e for e in tessera.extract(text, published="2024-05-09", outlet="Invented Wire") if e.type == "arrest"
    ]
    countries = sorted({a.country for a in e.perpetrators} == {"CN"} for e in arrests)
    assert len(arrests) == 2 and countries == [False, True]
