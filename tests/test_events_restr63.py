"""Events stage (restr63): movement restrictions the lexicon's words already named but that were
lost later, and a few told by words it lacked.

Lost later: a "since" that governs a date or a noun phrase ("since the fever order"), read as
if it subordinated the measure's clause (status.py); a rule in the simple present dated to "this
week" or reported as what people "have been told" (status.py). New
words: boats ordered off a river, a path fenced off, nobody allowed to leave a town, people
no longer let leave a site, no way out "without a pass".

Their look-alikes stay silent: a standing rule with no time, a meeting nobody could leave, a farmer's fence, a boat told off its course by the wind.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, types_of

RESTRICTIONS = [
    # "since" before a date or a noun phrase dates the measure, it subordinates nothing
    "The envoy also said that since October fishermen along the bay in Ongjin have been "
    "forbidden to approach the shore.",
    "Since the typhoon order we cannot go to another county at all.",
    # the rule in force now: dated to this week, or told to the people it binds
    "Farmers need a pass signed by the police to leave Musan this week.",
    "Families living near the dam have been told they need a permit from the security office to "
    "receive guests.",
    # words the lexicon lacked
    "Officials in Manpo have ordered all rowing boats off the river, a fisherman said.",
    "The soldiers fenced off the last track down to the beach in May, villagers said.",
    "Schools were closed on Friday, and nobody was allowed to leave the town until evening.",
    "The foremen took the builders' phones and no longer let them leave the site at weekends.",
    "For a week you could not get out of the county without a permit from the police.",
]


@pytest.mark.parametrize("text", RESTRICTIONS)
def test_a_restriction_lost_before_is_found(text: str) -> None:
    assert "movement_restriction" in types_of(text)


def test_a_rule_told_this_week_is_one_occurred_restriction() -> None:
    found = events_of_type(
        "Traders need a permit stamped by the police to leave Hoeryong this week.",
        "movement_restriction",
    )
    assert len(found) == 1
    assert found[0].status == "occurred"


LOOK_ALIKES = [
    # a standing rule told with no time: a habit, not news
    "Farmers need a pass to leave the county.",
    # nobody leaving something other than a place
    "Nobody was allowed to leave the meeting before the speech ended.",
    # a fence that keeps animals in
    "The farmer fenced off a corner of the yard for his goats.",
    # a "since" clause dating another act: the measure is background
    "It was the first return of workers since the two countries closed their border.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_is_no_restriction(text: str) -> None:
    assert "movement_restriction" not in types_of(text)
