"""Merge signals of issue 13: whom the victims' descriptions name, which kind of punishment the
evidence names, border areas that lie on both sides of the line, and fears that the story bonus
does not join. Every report here is invented."""

from __future__ import annotations

from datetime import date

import pytest

from merge_fixtures import CHINA, HOERYONG, NK, ev
from tessera.merge import compare_events, merge_events, review_pairs
from tessera.merge.places import relate
from tessera.merge.text import act_kinds, content_tokens, names_border, names_relatives
from tessera.merge.weights import trying, weights
from tessera.model import Actor, Place, Victims

TUMEN = Place("Tumen", "CN", "Jilin", None, 42.97, 129.84, "city")
POLICE = Actor("police", "KP", "police")
BORDER = Place("the border area", "KP", None, None, 41.8, 128.3, "region")


def _groups(merged: list) -> list[list[str]]:
    return sorted(sorted(m.member_ids) for m in merged)


def test_a_description_of_someone_s_relatives_is_told_apart() -> None:
    assert names_relatives("the runaway teacher's cousins")
    assert names_relatives("relatives of the escapee")
    assert not names_relatives("a family of three")
    assert not names_relatives("two border guards")


def test_a_household_of_someone_names_relatives_and_a_household_of_a_number_does_not() -> None:
    assert names_relatives("the families of the two pilots")
    assert names_relatives("the household of those who deserted")
    assert not names_relatives("a family of five")
    assert not names_relatives("families of about twenty people")
    assert not names_relatives("his family")


def test_families_of_the_punished_and_their_relatives_are_one_banishment() -> None:
    """One banishment told as "the families of" the executed men and as their "relatives": both
    name the kin of the men, so the descriptions agree and the two reports merge."""
    a = ev(
        "a",
        "docA",
        "The families of the two smugglers were exiled to a remote farm the next day.",
        "punishment",
        when=("2025-04-22", "2025-04-22"),
        published="2025-04-28",
        where=HOERYONG,
    )
    b = ev(
        "b",
        "docB",
        "Relatives of the men shot last week were banished to a farm in the countryside.",
        "punishment",
        when=("2025-04-21", "2025-04-27"),
        precision="week",
        published="2025-04-29",
        where=HOERYONG,
    )
    a.victims = Victims("The families of the two smugglers", None, None, "family")
    b.victims = Victims("Relatives of the men", None, None, "residents")
    r = compare_events(a, b)
    assert not r.other_people, r.summary()
    with trying(victims_differ=-3.0):
        assert len(merge_events([a, b])) == 1


def test_victims_described_as_other_people_cost_and_are_kept_for_review() -> None:
    """Two questionings in one town reported the same week: of the sentries on duty, and of the
    missing man's relatives. Agreeing on time and place alone, they would merge."""
    guards = ev(
        "g",
        "docA",
        "Sentries who were on duty that night are being grilled by their unit.",
        "interrogation",
        when=("2025-04-21", "2025-04-30"),
        precision="month_part",
        published="2025-05-02",
        perps=[POLICE],
        where=HOERYONG,
    )
    kin = ev(
        "k",
        "docB",
        "Officers summoned the runaway's grandparents for a talk.",
        "interrogation",
        published="2025-05-03",
        perps=[POLICE],
        where=HOERYONG,
    )
    guards.victims = Victims("sentries who were on duty that night", None, None, "officials")
    kin.victims = Victims("the runaway's grandparents", None, None, "residents")
    with trying(victims_differ=0.0):
        alike = compare_events(guards, kin)
        assert alike.eligible  # time and place agree: the merge before this signal
    r = compare_events(guards, kin)
    assert r.other_people and "victims described differently (officials vs relatives)" in r.summary()
    assert r.score == pytest.approx(alike.score + weights().victims_differ)
    assert not r.eligible and r.reviewable
    assert len(merge_events([guards, kin])) == 2
    pairs = review_pairs([guards, kin], [["g"], ["k"]])
    assert [(a, b) for a, b, _ in pairs] == [("g", "k")]


def test_the_same_people_described_alike_are_not_charged() -> None:
    a = ev("a", "docA", "Five soldiers were beaten by their officers.", "violence", published="2025-05-02")
    b = ev("b", "docB", "Officers beat five conscripts.", "violence", published="2025-05-03")
    a.victims = Victims("five soldiers", 5, 5, "soldiers")
    b.victims = Victims("five conscripts", 5, 5, "soldiers")
    assert not compare_events(a, b).other_people


def test_punishments_of_different_kinds_cost() -> None:
    assert act_kinds("punishment", content_tokens("was sentenced to five years in a labour camp")) == {
        "confinement"
    }
    assert act_kinds("punishment", content_tokens("the family was banished to a mountain village")) == {
        "banishment"
    }
    assert act_kinds("arrest", content_tokens("jailed")) == frozenset()
    jail = ev(
        "j",
        "docA",
        "A court in Hyesan jailed the 12 smugglers for three years.",
        "punishment",
        count=(12, 12),
        published="2024-02-03",
    )
    exile = ev(
        "x",
        "docB",
        "The 12 smugglers were banished to a remote farm.",
        "punishment",
        count=(12, 12),
        published="2024-02-04",
    )
    with trying(act_differs=0.0):
        alike = compare_events(jail, exile)
        assert alike.eligible  # reported the same week, the same twelve: the merge before
    r = compare_events(jail, exile)
    assert r.other_act and "different kinds of punishment (confinement vs banishment)" in r.summary()
    assert r.score == pytest.approx(alike.score + weights().act_differs)
    assert not r.eligible and r.reviewable


def test_goods_confiscated_and_a_banishment_are_two_punishments() -> None:
    """An owner's goods seized and a family sent to a remote village are two penalties, even of
    one town in one week: confiscation is a kind of punishment of its own."""
    assert act_kinds("punishment", content_tokens("three traders had their stock confiscated")) == {
        "confiscation"
    }
    assert act_kinds("punishment", content_tokens("their boats were seized by the county")) == {
        "confiscation"
    }
    seized = ev(
        "s",
        "docA",
        "Two fishermen in Kimchaek have had their boats confiscated.",
        "punishment",
        published="2024-05-03",
    )
    exile = ev(
        "e",
        "docB",
        "The two fishermen were sent into internal exile in a mountain village.",
        "punishment",
        published="2024-05-04",
    )
    r = compare_events(seized, exile)
    assert r.other_act and "confiscation vs banishment" in r.summary()


def test_a_border_area_lies_on_both_sides_of_the_line() -> None:
    assert names_border("the border area") and names_border("the Demilitarized Zone")
    assert not names_border("Tumen")
    rel = relate(BORDER, TUMEN)
    assert rel.kind == "vague" and "either side" in rel.text
    assert relate(NK, CHINA).kind == "conflict"  # two countries still disagree
    kunming = Place("Kunming", "CN", "Yunnan", None, 25.04, 102.72, "city")
    assert relate(BORDER, kunming).kind == "conflict"  # far from that border: another one
    a = ev(
        "a",
        "docA",
        "About 200 people were handed over on 3 April.",
        when=("2025-04-03", "2025-04-03"),
        count=(200, 200),
        where=BORDER,
    )
    b = ev(
        "b",
        "docB",
        "Some 200 detainees were sent back from Tumen on 3 April.",
        when=("2025-04-03", "2025-04-03"),
        count=(200, 200),
        where=TUMEN,
    )
    assert "different countries" not in compare_events(a, b).summary()


def _linked_reports() -> list:
    """Two reports that share a repatriation (dated, counted) and each fear what comes next."""
    text_a = "China sent 30 people back across the river on 10 June."
    text_b = "Thirty North Koreans were returned on 10 June."
    return [
        ev("ra", "docA", text_a, when=("2025-06-10", "2025-06-10"), count=(30, 30), published="2025-06-12"),
        ev("rb", "docB", text_b, when=("2025-06-10", "2025-06-10"), count=(30, 30), published="2025-06-13"),
    ]


def test_two_reports_fears_are_not_joined_by_the_story() -> None:
    fear_a = ev(
        "fa",
        "docA",
        "State security is expected to hold them for questioning.",
        "interrogation",
        status="at_risk",
        published="2025-06-12",
    )
    fear_b = ev(
        "fb",
        "docB",
        "Agents will question them.",
        "interrogation",
        status="at_risk",
        published="2025-06-13",
    )
    # Both name whom they fear for ("them": the people sent back): a questioning naming nobody
    # costs on its own (merge28).
    fear_a.victims = fear_b.victims = Victims("them", None, None)
    events = [*_linked_reports(), fear_a, fear_b]
    alone = compare_events(fear_a, fear_b)
    assert not alone.eligible and not alone.reviewable
    with trying(story_bonus=2.5, threshold=4.5):
        groups = _groups(merge_events(events))
        assert ["ra", "rb"] in groups and ["fa"] in groups and ["fb"] in groups
        # Not joined, but not hidden: the pair the story would have carried waits for a person.
        assert ("fa", "fb") in [(a, b) for a, b, _ in review_pairs(events, groups)]
        assert ("fa", "fb") not in [
            (a, b) for a, b, _ in review_pairs(events, [["ra"], ["rb"], ["fa"], ["fb"]])
        ]


def test_a_fear_and_its_fulfilment_are_still_joined_by_the_story() -> None:
    fear = ev(
        "fa",
        "docA",
        "They may be sent back to North Korea.",
        "repatriation",
        status="at_risk",
        published="2025-06-12",
        where=NK,
    )
    done = ev(
        "fb",
        "docB",
        "All of them were later sent back to North Korea, a source said.",
        "repatriation",
        published="2025-06-13",
        where=NK,
    )
    assert not compare_events(fear, done).eligible
    with trying(story_bonus=2.5, threshold=4.5):
        groups = _groups(merge_events([*_linked_reports(), fear, done]))
    assert ["fa", "fb"] in groups


def test_a_feared_fate_after_the_story_is_not_the_one_later_done() -> None:
    """ "They may end up in a labour camp" is the outlet's projection of the usual fate; the term
    later passed ("were later put in a labour camp") is told as its own event, even in a story
    two reports share (compare._status: only the handover is a pending step)."""
    fear = ev(
        "fa",
        "docA",
        "They may end up in a labour camp.",
        "punishment",
        status="at_risk",
        published="2025-06-12",
        where=NK,
    )
    done = ev(
        "fb",
        "docB",
        "All of them were later put in a labour camp, a source said.",
        "punishment",
        published="2025-06-13",
        where=NK,
    )
    assert compare_events(fear, done).conflict
    with trying(story_bonus=2.5, threshold=4.5):
        groups = _groups(merge_events([*_linked_reports(), fear, done]))
    assert ["fa"] in groups and ["fb"] in groups


def test_a_fate_feared_for_as_many_people_as_the_deed_is_the_deed_foretold() -> None:
    """ "The five miners are expected to be sent to a labour camp" and, ten days later, "the
    five miners were each given a year in a labour camp": a fate feared for a group that the
    other report counts the same is one sentence told before and after it was passed
    (compare._projected_fate), while a fear that counts nobody stays a projection."""
    fear = ev(
        "fa",
        "docA",
        "The five miners are expected to be sent to a labour camp.",
        "punishment",
        status="at_risk",
        count=(5, 5),
        published="2025-06-02",
        where=HOERYONG,
    )
    done = ev(
        "fb",
        "docB",
        "The five miners were each given a year in a labour camp, a source said.",
        "punishment",
        count=(5, 5),
        published="2025-06-12",
        where=HOERYONG,
    )
    assert not compare_events(fear, done).conflict
    assert _groups(merge_events([fear, done])) == [["fa", "fb"]]
    uncounted = ev(
        "fc",
        "docC",
        "Those held are expected to be sent to a labour camp.",
        "punishment",
        status="at_risk",
        published="2025-06-02",
        where=HOERYONG,
    )
    assert compare_events(uncounted, done).conflict


def test_last_week_read_a_few_days_off_still_agrees_with_the_day() -> None:
    """A Wednesday report's "last week" read as the calendar week before misses a Monday that
    another outlet names by two days: a reading, not another time. Two exact days still differ."""
    day = ev(
        "d",
        "docA",
        "About 80 people were sent back on Monday.",
        when=("2025-03-10", "2025-03-10"),
        count=(80, 80),
        published="2025-03-11",
    )
    week = ev(
        "w",
        "docB",
        "Some 80 detainees were returned last week.",
        when=("2025-03-01", "2025-03-07"),
        precision="week",
        count=(80, 80),
        published="2025-03-12",
    )
    r = compare_events(day, week)
    assert "a relative period" in r.summary() and "days apart (" not in r.summary()
    assert r.eligible
    other_day = ev(
        "o", "docC", "80 people were sent back.", when=("2025-03-12", "2025-03-12"), count=(80, 80)
    )
    assert compare_events(day, other_day).conflict
    far = week.with_(id="f", when=week.when.__class__(date(2025, 2, 20), date(2025, 2, 26), "week"))
    assert "a relative period" not in compare_events(day, far).summary()


def test_a_town_one_report_lists_lies_in_that_list() -> None:
    listed = Place("Hunchun, Tumen and Dandong", "CN", None, None, 42.0, 128.0, "region")
    rel = relate(listed, TUMEN)
    assert rel.kind == "inside" and rel.weight == 1.0
    yanji = Place("Yanji", "CN", "Jilin", None, 42.9, 129.5, "city")
    assert relate(listed, yanji).kind == "vague"  # not listed: it may still lie in the area


def test_an_undated_report_of_a_lasting_state_agrees_with_its_start_months_before() -> None:
    ordered = ev(
        "o",
        "docA",
        "Guards were told to shoot anyone near the fence from 1 August.",
        "movement_restriction",
        when=("2024-08-01", "2024-08-01"),
        published="2024-07-30",
    )
    in_force = ev(
        "f",
        "docB",
        "A fenced zone now keeps residents from the river.",
        "movement_restriction",
        published="2024-10-20",
    )
    assert "dated within the weeks before the undated report" in compare_events(ordered, in_force).summary()
    arrest = ordered.with_(id="a", type="arrest")
    assert "dated within the weeks" not in compare_events(arrest, in_force.with_(type="arrest")).summary()


def test_a_crossing_by_sea_and_one_through_the_dmz_are_two_escapes() -> None:
    assert act_kinds("escape", content_tokens("a family drifted south on a small vessel")) == {"by_sea"}
    assert act_kinds("escape", content_tokens("a private dashed over the demarcation line")) == {
        "across_the_dmz"
    }
    assert act_kinds("escape", content_tokens("a soldier defected to the South on Monday")) == frozenset()
    sea = ev(
        "s",
        "docA",
        "A North Korean man reached the South by boat on Tuesday.",
        "escape",
        when=("2025-05-06", "2025-05-06"),
        count=(1, 1),
        published="2025-05-06",
    )
    land = ev(
        "l",
        "docB",
        "A North Korean man crossed the Demilitarized Zone on Tuesday.",
        "escape",
        when=("2025-05-06", "2025-05-06"),
        count=(1, 1),
        published="2025-05-07",
    )
    r = compare_events(sea, land)
    assert r.other_act and "different kinds of escape" in r.summary()
    told_plainly = land.with_(
        id="p", evidence=[sea.evidence[0].__class__("docC", 0, 10, "defected on Tuesday")]
    )
    assert not compare_events(sea, told_plainly).other_act


def test_two_reports_fears_of_the_handover_itself_are_joined_by_the_story() -> None:
    # The two reports share the arrest of seven people in Tumen; each fears they will be sent
    # back: the handover is the story's own next step, not a projection of what follows it.
    arrest_a = ev(
        "aa",
        "docA",
        "Chinese police detained seven North Koreans in Tumen on 2 May.",
        "arrest",
        when=("2025-05-02", "2025-05-02"),
        count=(7, 7),
        published="2025-05-06",
        where=TUMEN,
    )
    arrest_b = ev(
        "ab",
        "docB",
        "Seven defectors were arrested by police in Tumen on 2 May.",
        "arrest",
        when=("2025-05-02", "2025-05-02"),
        count=(7, 7),
        published="2025-05-09",
        where=TUMEN,
    )
    fear_a = ev(
        "fa",
        "docA",
        "Relatives fear the seven will be handed back within weeks.",
        status="at_risk",
        count=(7, 7),
        published="2025-05-06",
        origin=TUMEN,
        destination=NK,
    )
    fear_b = ev(
        "fb",
        "docB",
        "They face forced return to the North.",
        status="at_risk",
        published="2025-05-09",
        origin=TUMEN,
        destination=NK,
    )
    assert not compare_events(fear_a, fear_b).eligible
    with trying(story_bonus=2.5, threshold=4.5):
        groups = _groups(merge_events([arrest_a, arrest_b, fear_a, fear_b]))
    assert ["aa", "ab"] in groups and ["fa", "fb"] in groups
    # Without the shared arrest, the two fears stay apart.
    with trying(story_bonus=2.5, threshold=4.5):
        assert ["fa", "fb"] not in _groups(merge_events([fear_a, fear_b]))


def test_two_counts_one_apart_cost_less_than_the_agreement_of_place_month_and_agency() -> None:
    """One raid told as five residents detained and as six people taken in, in one town, one
    month, by one agency, reported four days apart: outlets count a neighbour or a child
    differently. The stored `count_near` lets the rest of the reports carry the merge, as the
    cross-validated tuning chose; the earlier -1.5 kept the two apart (-2.0 since one month told by
    both reports counts as nested periods, session 35)."""
    agents = Actor("state security agents", "KP", "state_security")
    month = ("2025-03-01", "2025-03-31")
    a = ev(
        "a",
        "docA",
        "Agents detained five residents in a raid on a market.",
        "arrest",
        when=month,
        precision="month",
        count=(5, 5),
        published="2025-04-02",
        perps=[agents],
        where=HOERYONG,
    )
    b = ev(
        "b",
        "docB",
        "Six people were taken in by security officers this month.",
        "arrest",
        when=month,
        precision="month",
        count=(6, 6),
        published="2025-04-06",
        perps=[agents],
        where=HOERYONG,
    )
    r = compare_events(a, b)
    assert "victims 5 vs 6 (one apart)" in r.summary()
    assert r.eligible and len(merge_events([a, b])) == 1
    with trying(count_near=-2.0):
        assert len(merge_events([a, b])) == 2


def test_a_crackdown_is_of_the_kind_its_object_names() -> None:
    """ "Security agents have stepped up the crackdown on Chinese mobile phones" and "officers
    are combing the town for illegal smartphones": one campaign's object; a hunt for USB sticks
    of South Korean dramas, or for Bibles, is another campaign."""
    phones = act_kinds("crackdown", content_tokens("stepped up the crackdown on Chinese mobile phones"))
    assert phones == {"phones"}
    assert act_kinds("crackdown", content_tokens("combing the town for illegal smartphones")) == {"phones"}
    assert act_kinds("search", content_tokens("checked homes for USB sticks with South Korean dramas")) == {
        "foreign_media",
        "thing:homes",
    }
    assert act_kinds("crackdown", content_tokens("a campaign against those hiding Bibles")) == {"religion"}
    assert act_kinds("crackdown", content_tokens("a campaign against anti-socialist behaviour")) == set()
