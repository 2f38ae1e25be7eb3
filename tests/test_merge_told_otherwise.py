"""Merge rules of issue 13 for one event told otherwise by two reports: a count of one read from
words that name nobody, some members of a family against the group counted whole, a country no
words of the report name, a day read from another clause of the story, and a fear told after
its step was taken. Every report here is invented."""

from __future__ import annotations

from dataclasses import replace

from merge_fixtures import NK, ev
from tessera.merge import compare_events, merge_events
from tessera.merge.profile import profile
from tessera.merge.text import names_kin, names_no_one
from tessera.merge.weights import trying
from tessera.model import Place, Victims

TUMEN = Place("Tumen", "CN", "Jilin", None, 42.97, 129.84, "city")
KHABAROVSK = Place("Khabarovsk", "RU", "Khabarovsk Krai", None, 48.48, 135.08, "city")
CHINA_NAMED = Place("China", "CN", precision="country", text="China")
VIENTIANE_PROVINCE = Place("Vientiane Province", "LA", "Vientiane Province", None, 18.6, 102.6, "province")


def _people(e, text: str, n: int, group: str = "residents"):  # type: ignore[no-untyped-def]
    e.victims = Victims(text, n, n, group)
    return e


def _groups(merged: list) -> list[list[str]]:
    return sorted(sorted(m.member_ids) for m in merged)


def test_a_count_of_one_from_words_that_name_nobody_is_no_count() -> None:
    assert names_no_one("government") and names_no_one("every guard on the post")
    assert names_no_one("Each of the workers")
    assert not names_no_one("a woman in her forties") and not names_no_one("he")
    assert not names_no_one("the soldier") and not names_no_one(None)
    assert not names_no_one("Colonel Ri") and names_no_one("Everyone in the unit")
    # "A ministry spokesman condemned the return of some forty people", the extractor counting
    # the "spokesman" it found as the one victim.
    told = _people(
        ev(
            "a",
            "docA",
            "China sent about forty North Koreans back across the river at Tumen on Tuesday.",
            when=("2026-02-03", "2026-02-03"),
            published="2026-02-05",
            origin=TUMEN,
            destination=NK,
        ),
        "about forty North Koreans",
        40,
    )
    retold = _people(
        ev(
            "b",
            "docB",
            "The ministry deplored China's return of dozens of North Koreans through Tumen on 3 February.",
            when=("2026-02-03", "2026-02-03"),
            published="2026-02-06",
            origin=TUMEN,
            destination=NK,
        ),
        "spokesman",
        1,
    )
    assert profile(retold).cmin is None
    assert compare_events(told, retold).eligible
    # One person told with a determiner is a count, and one is not forty.
    one = _people(replace(retold), "a man", 1)
    assert compare_events(told, one).conflict


def test_some_members_of_a_family_are_part_of_the_group_counted_whole() -> None:
    assert names_kin("the couple") and names_kin("his wife and teenage son")
    assert not names_kin("three soldiers")
    whole = _people(
        ev(
            "w",
            "docA",
            "Police in Tumen detained a family of six on Tuesday.",
            "arrest",
            when=("2026-03-10", "2026-03-10"),
            published="2026-03-12",
            where=TUMEN,
        ),
        "a family of six",
        6,
        "family",
    )
    part = _people(
        ev(
            "p",
            "docB",
            "The couple were taken away by police in Tumen on 10 March, a neighbour said.",
            "arrest",
            when=("2026-03-10", "2026-03-10"),
            published="2026-03-13",
            where=TUMEN,
        ),
        "the couple",
        2,
    )
    r = compare_events(whole, part)
    assert r.conflict is None and r.eligible
    # Two strangers are not two of the six: a count that names no kin still disagrees.
    strangers = _people(replace(part), "two men", 2)
    assert compare_events(whole, strangers).conflict
    # "His wife" and "her parents" name different members, not a part of a whole.
    wife = _people(replace(part, id="w1"), "his wife", 1)
    parents = _people(
        replace(part, id="p2", evidence=whole.evidence, sources=whole.sources), "her parents", 2
    )
    assert compare_events(wife, parents).conflict
    # People counted by a role hold no household: "his wife and son" are not two of "four
    # accomplices" sentenced at the same trial.
    accomplices = _people(replace(whole, id="w2"), "four accomplices", 4, "other")
    kin = _people(replace(part, id="p3"), "his wife and teenage son", 2, "other")
    assert compare_events(accomplices, kin).conflict
    # Seven North Koreans (people counted by their plight) may hold the couple.
    seven = _people(replace(whole, id="w3"), "seven North Koreans", 7, "residents")
    assert compare_events(seven, part).conflict is None


def test_a_country_no_words_of_the_report_name_does_not_cost() -> None:
    # "North Korean agents have been hunting three workers who fled a site in Khabarovsk": one
    # extractor placed the hunt in North Korea from the agents' nationality.
    hunt = _people(
        ev(
            "h",
            "docA",
            "Agents from the consulate have been searching building sites in Khabarovsk for three workers.",
            "search",
            when=("2026-04-01", "2026-04-20"),
            precision="range",
            published="2026-04-20",
            where=KHABAROVSK,
        ),
        "three workers",
        3,
        "workers",
    )
    supplied = replace(NK, text=None)
    other = _people(
        ev(
            "o",
            "docB",
            "The three set off a manhunt by North Korean agents, a source said.",
            "search",
            when=("2026-04-05", "2026-04-19"),
            precision="range",
            published="2026-04-19",
            where=supplied,
        ),
        "the three",
        3,
        "workers",
    )
    unnamed = compare_events(hunt, other)
    named = compare_events(hunt, replace(other, where=replace(NK, text="North Korea")))
    assert "a country its report does not name" in unnamed.summary()
    assert "different countries" in named.summary()
    assert unnamed.score > named.score


def test_a_day_read_from_another_clause_may_be_a_week_off() -> None:
    # "Lao police detained nine North Koreans on 14 March" against a report of the 20th that
    # tells the arrest ("they were picked up near the border") and the handover "on Thursday",
    # the arrest given the handover's Thursday.
    first = _people(
        ev(
            "a",
            "docA",
            "Lao police detained nine North Koreans in Vientiane Province on 14 March.",
            "arrest",
            when=("2026-03-14", "2026-03-14"),
            published="2026-03-15",
            where=VIENTIANE_PROVINCE,
        ),
        "nine North Koreans",
        9,
    )
    later = _people(
        ev(
            "b",
            "docB",
            "The nine were picked up in Vientiane Province.",
            "arrest",
            when=("2026-03-19", "2026-03-19"),
            published="2026-03-20",
            where=VIENTIANE_PROVINCE,
        ),
        "the nine",
        9,
    )
    later.when = replace(later.when, text="Thursday")  # named outside its evidence
    assert profile(later).borrowed_day
    r = compare_events(first, later)
    assert r.conflict is None and "read from outside its evidence" in r.summary()
    # More than a week off is another day, borrowed or not.
    day = first.when.start.replace(day=10)
    earlier = replace(first, when=replace(first.when, start=day, end=day))
    assert compare_events(earlier, later).conflict
    # A day the evidence names itself stays exact.
    own_words = "The nine were picked up on 19 March."
    own = replace(
        later,
        when=replace(later.when, text="19 March"),
        evidence=[replace(later.evidence[0], text=own_words)],
    )
    assert compare_events(first, own).conflict


def test_a_fear_told_after_its_step_was_taken_is_of_the_next_step() -> None:
    # Report A (5 May): seven arrested in Laos, relatives fear they will be sent back. Report B
    # (9 May): the same arrest, Laos handed them to China on Thursday, and they now risk being
    # returned to North Korea. The extractor sent both fears to North Korea; B's fear follows
    # the handover B tells as done, so it is not A's fear of that handover.
    arrest_a = ev(
        "aa",
        "docA",
        "Lao police detained seven North Koreans in Vientiane Province on 2 May.",
        "arrest",
        when=("2026-05-02", "2026-05-02"),
        count=(7, 7),
        published="2026-05-05",
        where=VIENTIANE_PROVINCE,
    )
    arrest_b = ev(
        "ab",
        "docB",
        "Seven defectors were arrested by police in Vientiane Province on 2 May.",
        "arrest",
        when=("2026-05-02", "2026-05-02"),
        count=(7, 7),
        published="2026-05-09",
        where=VIENTIANE_PROVINCE,
    )
    fear_a = ev(
        "fa",
        "docA",
        "Relatives fear at least seven will be sent back within weeks.",
        status="at_risk",
        count=(7, None),
        published="2026-05-05",
        destination=NK,
    )
    done_b = ev(
        "db",
        "docB",
        "Lao officers handed the seven to Chinese police at the border on Thursday.",
        when=("2026-05-07", "2026-05-07"),
        count=(7, 7),
        published="2026-05-09",
        destination=CHINA_NAMED,
    )
    fear_b = ev(
        "fb",
        "docB",
        "They now risk being returned to North Korea.",
        status="at_risk",
        count=(7, 7),
        published="2026-05-09",
        destination=NK,
    )
    assert not compare_events(fear_a, fear_b).eligible
    with trying(story_bonus=2.5, threshold=4.5):
        groups = _groups(merge_events([arrest_a, arrest_b, fear_a, done_b, fear_b]))
    assert ["aa", "ab"] in groups
    assert not any({"fa", "fb"} <= set(g) for g in groups)
    # Without the done handover in report B, its fear is of the same step as report A's.
    with trying(story_bonus=2.5, threshold=4.5):
        assert ["fa", "fb"] in _groups(merge_events([arrest_a, arrest_b, fear_a, fear_b]))


def test_periods_that_meet_cost_half_of_periods_apart() -> None:
    # "Two traders were arrested in Hyesan in recent weeks" against "since the start of this
    # month" in a later report: periods told relative to each report, not months named (two
    # named months are two arrests: test_merge_mprec31).
    hyesan = Place("Hyesan", "KP", "Ryanggang", None, 41.40, 128.18, "city")
    text = "Security agents arrested two traders in Hyesan."
    march = ev(
        "m",
        "docA",
        text,
        "arrest",
        when=("2026-03-01", "2026-03-31"),
        precision="range",
        count=(2, 2),
        where=hyesan,
    )
    april = ev(
        "a",
        "docB",
        text,
        "arrest",
        when=("2026-04-01", "2026-04-30"),
        precision="range",
        count=(2, 2),
        where=hyesan,
    )
    later = ev(
        "l",
        "docC",
        text,
        "arrest",
        when=("2026-04-10", "2026-04-30"),
        precision="range",
        count=(2, 2),
        where=hyesan,
    )
    with trying(date_gap=-2.0):
        meet, apart = compare_events(march, april), compare_events(march, later)
    assert "periods that meet" in meet.summary() and "days apart" in apart.summary()
    assert abs((meet.score - apart.score) - 1.0) < 1e-9


def test_counts_one_apart_cost_their_own_weight() -> None:
    # "Police detained eight North Koreans, including two children" against "nine North Koreans
    # were caught": outlets that count a child or a guide differently tell one group.
    text = "Police detained North Koreans near the river in Vientiane Province."
    eight = ev(
        "a", "docA", text, "arrest", when=("2026-06-02", "2026-06-02"), count=(8, 8), where=VIENTIANE_PROVINCE
    )
    nine = ev(
        "b", "docB", text, "arrest", when=("2026-06-02", "2026-06-02"), count=(9, 9), where=VIENTIANE_PROVINCE
    )
    with trying(count_near=0.0):
        free = compare_events(eight, nine).score
    with trying(count_near=-1.5, victims_differ=-3.0):
        r = compare_events(eight, nine)
    assert "one apart" in r.summary() and abs(r.score - (free - 1.5)) < 1e-9


def test_a_fear_is_read_by_its_report_not_by_a_day_of_another_clause() -> None:
    # Two reports of one fear for six people held in Laos: one gives the fear the weekend of the
    # detention its next sentence tells, the other the week of the appeal it quotes.
    luang = Place("Luang Namtha", "LA", "Luang Namtha", None, 20.95, 101.4, "province", text="Luang Namtha")
    text_a = "Officials are working to prevent the six from being sent back."
    text_b = "Activists urged Vientiane not to hand the six back to Beijing."
    fear_a = _people(
        ev(
            "fa",
            "docA",
            text_a,
            when=("2026-10-10", "2026-10-11"),
            precision="days",
            status="at_risk",
            published="2026-10-13",
            origin=luang,
            where=luang,
        ),
        "the six",
        6,
    )
    fear_b = _people(
        ev(
            "fb",
            "docB",
            text_b,
            when=("2026-10-15", "2026-10-15"),
            status="at_risk",
            published="2026-10-15",
            origin=luang,
            where=luang,
        ),
        "the six",
        6,
    )
    assert not profile(fear_a).dated and not profile(fear_b).dated
    r = compare_events(fear_a, fear_b)
    assert not r.conflict and not any(x.startswith("dates") for x in r.reasons)


def test_between_two_fears_a_destination_no_words_name_says_nothing() -> None:
    luang = Place("Luang Namtha", "LA", "Luang Namtha", None, 20.95, 101.4, "province", text="Luang Namtha")
    named = ev(
        "fa",
        "docA",
        "He feared the six would be handed back to China.",
        status="at_risk",
        count=(6, 6),
        published="2026-10-13",
        origin=luang,
        destination=CHINA_NAMED,
    )
    supplied = ev(
        "fb",
        "docB",
        "Officials are working to prevent the six from being sent back.",
        status="at_risk",
        count=(6, 6),
        published="2026-10-14",
        origin=luang,
        destination=NK,
    )
    r = compare_events(named, supplied)
    assert not r.goes_elsewhere and any("does not name" in x for x in r.reasons)
    # A return that happened keeps its supplied destination: people sent back go to North Korea.
    done = replace(supplied, id="db", status="occurred")
    assert compare_events(named, done).goes_elsewhere


def test_one_number_hedged_by_both_reports_is_a_detail() -> None:
    text_a = "Chinese police sent approximately 40 North Koreans back through Tumen on Tuesday."
    text_b = "China had sent around 40 North Koreans back across the river."
    a = ev("a", "docA", text_a, when=("2026-02-03", "2026-02-03"), count=(30, 50), published="2026-02-05")
    b = ev("b", "docB", text_b, count=(30, 50), published="2026-02-08")
    near = ev("c", "docC", text_b, count=(30, 60), published="2026-02-08")
    same = compare_events(a, b)
    assert any("victims 30-50 vs 30-50" in x for x in same.reasons)
    assert same.score - compare_events(a, near).score == 0.5
