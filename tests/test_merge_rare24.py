"""Merge signal of issue 13 (merge24): a rare kind of happening (an escape, a public execution, a
crackdown (merge38), a campaign both reports name by one kind) on overlapping dates in one place. Every report here is
invented."""

from __future__ import annotations

from merge_fixtures import HOERYONG, HYESAN, two_reports
from tessera.merge import compare_events
from tessera.model import Place

RYANGGANG = Place("Ryanggang Province", "KP", "Ryanggang", None, 41.2, 128.1, "province")


def _pair(etype: str, text_a: str, text_b: str, **kw):
    side_b = {
        "when": kw.pop("when_b", ("2025-03-01", "2025-03-31")),
        "status": kw.pop("status_b", "occurred"),
        "where": kw.pop("where_b", RYANGGANG),
        "published": "2025-04-25",
    }
    side_a = {"when": ("2025-03-10", "2025-03-20"), "precision": "days", "where": HYESAN}
    return two_reports(etype, text_a, text_b, a=side_a, b=side_b, **kw)


def _rare(r) -> bool:
    return any("rare kind of happening" in x for x in r.reasons)


def test_two_reports_of_one_execution_in_a_town_and_its_province() -> None:
    """ "Two men were shot before a crowd in Hyesan in mid-March" and "the public execution of two
    people in Ryanggang Province in March": one execution, the town inside the province."""
    a, b = _pair(
        "execution",
        "Two men were shot before a crowd in Hyesan in mid-March.",
        "The public execution of two people in Ryanggang Province in March was confirmed.",
        count=(2, 2),
    )
    r = compare_events(a, b)
    assert _rare(r) and r.eligible, r.summary()


def test_an_arrest_gets_no_rare_bonus() -> None:
    """Arrests of two people in one town and month are routine: no such agreement."""
    a, b = _pair(
        "arrest",
        "Two men were detained in Hyesan in mid-March.",
        "Police in Ryanggang Province arrested two people in March.",
        count=(2, 2),
    )
    assert not _rare(compare_events(a, b))


def test_periods_that_meet_or_another_town_are_not_one_escape() -> None:
    """ "Tried to sail south in March" and "fled by boat in April": periods that meet, and a try
    against the deed; an escape from Hoeryong and one from Hyesan are placed apart."""
    a, b = _pair(
        "escape",
        "A fisherman from Hyesan fled across the river in mid-March.",
        "A fisherman fled across the river in April.",
        count=(1, 1),
        when_b=("2025-04-01", "2025-04-30"),
    )
    assert not _rare(compare_events(a, b))
    a, b = _pair(
        "escape",
        "A fisherman tried to flee across the river from Hyesan in mid-March.",
        "A fisherman fled across the river in March.",
        count=(1, 1),
        status_b="attempted",
    )
    assert not _rare(compare_events(a, b))
    a, b = _pair(
        "escape",
        "A fisherman fled across the river from Hyesan in mid-March.",
        "A fisherman fled across the river from Hoeryong in March.",
        count=(1, 1),
        where_b=HOERYONG,
    )
    assert not _rare(compare_events(a, b))


def test_one_campaign_named_by_its_kind_in_a_town_and_its_province() -> None:
    """ "A crackdown on Chinese mobile phones in Hyesan since March" and "the province-wide campaign
    against illegal Chinese phones that began in March": one campaign of one kind."""
    a, b = _pair(
        "crackdown",
        "Security agents have waged a crackdown on Chinese mobile phones in Hyesan since March.",
        "A campaign against illegal Chinese phones began across Ryanggang Province in March.",
    )
    assert _rare(compare_events(a, b)), compare_events(a, b).summary()


def test_one_campaign_whatever_each_report_calls_its_target() -> None:
    """merge38: "a sweeping crackdown on anti-socialist behaviour in Hyesan since March" and "the
    inspection group sent from Pyongyang in March is still hunting across Ryanggang Province": a
    town or province sees one campaign at a time (`CAMPAIGN_TYPES`), so two reports of one on
    overlapping dates in one place agree even when neither names a kind of target. In another
    town, or named by two different targets (test below), they get no such agreement."""
    a, b = _pair(
        "crackdown",
        "Security agents have waged a sweeping crackdown on anti-socialist behaviour in Hyesan since March.",
        "The inspection group sent from Pyongyang in March is still hunting across Ryanggang Province.",
    )
    r = compare_events(a, b)
    assert _rare(r), r.summary()
    a, b = _pair(
        "crackdown",
        "Security agents have waged a sweeping crackdown on anti-socialist behaviour in Hyesan since March.",
        "The inspection group sent from Pyongyang in March is still hunting in Hoeryong.",
        where_b=HOERYONG,
    )
    assert not _rare(compare_events(a, b))


def test_kinds_of_crackdown_trade_and_foreign_media() -> None:
    """A campaign against market sales or smuggling and one against foreign media are two
    objects; "foreign media" names its object as USB sticks and dramas do."""
    from tessera.merge.text import act_kinds, content_tokens

    def kinds(text: str) -> frozenset[str]:
        return act_kinds("crackdown", content_tokens(text))

    assert kinds("a crackdown on foreign media in the city") == {"foreign_media"}
    assert kinds("police cracked down on sales of imported goods at the market") == {"trade"}
    assert kinds("a campaign against smugglers along the river") == {"trade"}
    assert kinds("a crackdown on phones smuggled from China") == {"phones", "trade"}


def test_a_crackdown_on_foreign_media_and_one_on_market_sales_are_two() -> None:
    """ "A crackdown on foreign media in Hyesan" and "authorities cracked down on sales of Chinese
    goods at the market": two campaigns of one month in one city, told by their objects."""
    a, b = _pair(
        "crackdown",
        "A crackdown on foreign media has been under way in Hyesan since March.",
        "Authorities cracked down on sales of imported goods at the Hyesan market in March.",
    )
    r = compare_events(a, b)
    assert r.other_act and not r.eligible, r.summary()
