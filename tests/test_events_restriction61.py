"""Restrictions and crackdowns told in colloquial wording: nobody let in or out, travel frozen,
transport stopped to outsiders, access cut, passes impossible to obtain, a team beginning its
work and radios called in (triggers.json; status.py _rule_for_whoever; teams.py _work_verb)."""

from __future__ import annotations

import pytest

import tessera


def _types(text: str) -> list[str]:
    return [e.type for e in tessera.extract(text, published="2031-05-20")]


@pytest.mark.parametrize(
    "text",
    [
        "Nobody without a pass has been let in since Tuesday, a trader in Musan said.",
        "Guards have not been letting people down to the water since the start of the month, a source said.",
        "Tourists may no longer enter the Rajin market, a Chinese tour operator said on Friday.",
        "Small traders in Changbai have been unable to obtain day passes since 1 March, a trader said.",
        "The port office has stopped issuing day passes to traders crossing to Hyesan, a source said.",
        "Travel between the counties froze after the outbreak in May, a source in Hamhung said.",
        "Trains have been halted to outsiders since the start of June, a rail worker in Chongjin said.",
        "Access to the work site has been cut off since the escape, a source said on Friday.",
        "Bathing and washing clothes in the river have been banned along the whole stretch since April.",
        "Since October, only people with a border-zone pass have been allowed on the riverside road.",
    ],
)
def test_restriction_in_colloquial_words(text: str) -> None:
    assert "movement_restriction" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Security officers ordered all households in the county to hand in radios last week, a source said.",
        "North Korea has stepped up control over young people sent to construction sites, a source said.",
        "A Central Committee inspection team began work in Ryanggang Province in mid-April, a source said.",
    ],
)
def test_crackdown_in_colloquial_words(text: str) -> None:
    assert "crackdown" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # (a rule explained, a hypothesis, a denial, goods rather than people)
        "Under the law, anyone who wants to visit a border county must obtain a pass in advance.",
        "If the border zone were widened, thousands of families would have to move, an analyst said.",
        "Officials denied that any roadblocks had been set up around the city.",
        "China has banned imports of North Korean coal and restricted the sale of fuel.",
        # (look-alikes of the new wording)
        "He said he could no longer travel because of his illness.",
        "The camera was installed at his home by his brother, who sells electronics.",
        "She said her family did not let her know in time about the funeral.",
        "The factory extended the working day and raised quotas this spring.",
        "Access to information has been cut off for years, according to the report.",
        "He was taken to a hospital for treatment after the accident.",
        "Only children with their parents are allowed in the museum, the guide said.",
        "He handed in his phone at the front desk before the meeting, his friend said.",
        "Nobody is let out of the dormitory after dark, a former student said.",
        "Cameras were installed at the entrances of every apartment block last month, a resident said.",
        "The inspection team that began work in April found nothing, a source said.",
        "Nobody is allowed to visit the old man, his daughter said.",
        # (people travelling who were stopped: their journey cut short, not travel halted)
        "About 20 defectors travelling south toward Laos were stopped by police in Yunnan last week.",
    ],
)
def test_look_alikes_stay_unread(text: str) -> None:
    types = _types(text)
    assert "movement_restriction" not in types and "crackdown" not in types


def test_a_headline_with_no_subject_is_read_without_error() -> None:
    """A perfect verb of leave with no subject at all ("Has been allowed in since Tuesday") asks
    the rule for its subject and finds none: it is read as no rule, without an error."""
    from tessera.events.status import _rule_for_whoever
    from tessera.language.analysis import load_nlp

    doc = load_nlp()("Has been allowed in since Tuesday: nobody.")
    allowed = next(t for t in doc if t.lower_ == "allowed")
    assert _rule_for_whoever(allowed) is False
    assert isinstance(_types("Has been allowed in since Tuesday: nobody. Guards stand at the bridge."), list)
