"""Events stage (join39): one act told twice in a report is one event.

- "according to two witnesses interviewed separately, the four were shot": an adverb of the
  participle that tells how the sources were heard sets no act apart ("In a separate case, …"
  still does);
- "a man who spent two years in a camp … he was sentenced to four years": a pronoun points back,
  so the time served and the term given are one punishment; two groups named by their own words
  with different terms stay two.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of_type


def test_sources_heard_separately_do_not_set_the_act_apart() -> None:
    text = (
        "A human rights group has recorded the public execution of four traders from Chongjin in "
        "March. According to three residents interviewed separately, the four were shot by a "
        "firing squad beside the city's river before a large crowd."
    )
    assert len(events_of_type(text, "execution")) == 1


def test_a_separate_case_still_stays_apart() -> None:
    text = (
        "Police in Hyesan detained two women on 3 May for selling Chinese phones. In a separate "
        "case, police in Musan detained two men on 3 May."
    )
    assert len(events_of_type(text, "arrest")) == 2


def test_time_served_and_term_of_a_pronoun_are_one_punishment() -> None:
    text = (
        "A man who spent two years in a labour camp in Kaechon spoke at a forum in Seoul on Friday. "
        "He said he had been arrested in Hoeryong in 2015 for calling relatives in China. He was "
        "sentenced to four years in the camp but was released early under an amnesty."
    )
    assert len(events_of_type(text, "punishment")) == 1


def test_two_groups_given_other_terms_stay_two_punishments() -> None:
    text = (
        "A court in Hamhung sentenced the driver to 15 years in a labour camp. "
        "The two brokers were given eight years each."
    )
    assert len(events_of_type(text, "punishment")) == 2
