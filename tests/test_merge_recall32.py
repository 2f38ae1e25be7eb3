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
