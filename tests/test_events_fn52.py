"""Events stage (fn52): missed events told by words the lexicon lacked.

"The guards made him sit motionless on the floor for hours", "she was deprived of sleep for a
week", "he was questioned at night and denied sleep", "subjected to sleep deprivation": being made to
hold still for hours and being kept from sleep are ill-treatment of someone held, told in
reports of detention as often as a beating (triggers.json, violence).

"Both were released on a fine of 3,000 yuan", "he was freed with a heavy fine": a fine told by
the release it bought is the penalty imposed, as one told by its payment already was
(triggers.json, punishment, beside "paid|paying ... fine").

"The branch director has been sentenced to death by a military tribunal": a death sentence
passed with no killing told is the penalty imposed, a punishment; an execution is the killing
(spec: "a judicial or public killing"), told when the report tells it: "sentenced to death and
shot on the spot" (retyping.py, `sentence_passed_only`).

"I was sent to the kyohwaso for two years. Of the women in my work unit, four died while I was
there": people told only by a number, dying just after the report puts its teller in a prison
or a camp, died in custody (deaths.py, `_counted_where_the_story_held_them`); a person named
("his mother died in 2012") or a camp of shelter is no such death.

"The farmer was taken in by the county state security department", "relatives have been taken
in as well": "taken in", the phrasal verb, is an arrest (triggers.json, arrest, `particle`);
"taken in covered lorries to a centre" has a preposition with its object, "taken in by a navy
patrol" at sea receives arrivals, and "taken in for questioning" tells the interrogation.

"His whereabouts have not been disclosed to his family": whereabouts kept from the family are
whereabouts not known to them, a disappearance (triggers.json, beside "not known|confirmed").

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

HELD_STILL_OR_SLEEPLESS = [
    "Guards at the county jail made the two brothers sit motionless on the concrete floor for hours.",
    "The detained trader was forced to sit motionless for most of the day, a relative said.",
    "In the holding cell in Musan she was deprived of sleep for six days, her sister said.",
    "The engineer was questioned every night and denied sleep, according to the source.",
    "He was subjected to sleep deprivation during three weeks of questioning in Onsong.",
]


@pytest.mark.parametrize("text", HELD_STILL_OR_SLEEPLESS)
def test_held_still_or_kept_from_sleep_is_violence(text: str) -> None:
    assert "violence" in types_of(text)


NO_ILL_TREATMENT = [
    "The children sat motionless in front of the television all afternoon.",
    "The new mother said the baby had deprived her of a good night's rest.",
]


@pytest.mark.parametrize("text", NO_ILL_TREATMENT)
def test_stillness_or_tiredness_alone_is_no_violence(text: str) -> None:
    assert "violence" not in types_of(text)


FINE_BY_RELEASE = [
    "The two smugglers caught near Hyesan were released on a fine of 3,000 yuan last week.",
    "After four days in the police station he was freed with a heavy fine, his cousin said.",
]


@pytest.mark.parametrize("text", FINE_BY_RELEASE)
def test_a_fine_told_by_the_release_or_its_payment_is_a_punishment(text: str) -> None:
    assert "punishment" in types_of(text)


def test_a_release_without_a_fine_is_no_punishment() -> None:
    assert "punishment" not in types_of("The two smugglers caught near Hyesan were released on Tuesday.")


SENTENCE_PASSED = [
    "The branch director has been sentenced to death by a military tribunal in Chongjin, sources said.",
    "A farm manager arrested in May has been sentenced to death, though it is not known whether "
    "the sentence has been carried out.",
]


@pytest.mark.parametrize("text", SENTENCE_PASSED)
def test_a_death_sentence_passed_is_a_punishment(text: str) -> None:
    types = types_of(text)
    assert "punishment" in types
    assert "execution" not in types


SENTENCE_CARRIED_OUT = [
    "The smuggler was sentenced to death at a public trial and shot on the spot.",
    "The man was shot in March, minutes after being sentenced to death at a public trial.",
    "The man was sentenced to death at a public trial held on a sports ground and shot by firing "
    "squad immediately afterwards.",
]


@pytest.mark.parametrize("text", SENTENCE_CARRIED_OUT)
def test_a_death_sentence_told_with_the_killing_stays_an_execution(text: str) -> None:
    assert "execution" in types_of(text)


COUNTED_DEATHS_IN_CUSTODY = [
    "I was sent to the Jongori kyohwaso for two years for crossing the border. Of the women in my "
    "work unit, four died while I was there.",
    "In the end I got four years at the Chongori camp. Q: And the others? A: One of them died there.",
    "She was sentenced to five years in the kyohwaso but released early in 2019. In my unit of 80 "
    "women, at least nine died in the first winter, she said.",
]


@pytest.mark.parametrize("text", COUNTED_DEATHS_IN_CUSTODY)
def test_people_counted_dying_after_custody_is_told_died_in_custody(text: str) -> None:
    assert "violence" in types_of(text)


NO_DEATH_IN_CUSTODY = [
    "He was sent to a prison camp in 2010. His mother died in 2012.",
    "They stayed two months in a refugee camp in Thailand. Two died there of fever.",
    "Her brother was held in a prison in Hyesan. She died in 2015.",
]


@pytest.mark.parametrize("text", NO_DEATH_IN_CUSTODY)
def test_a_death_of_someone_not_held_is_no_violence(text: str) -> None:
    assert "violence" not in types_of(text)


TAKEN_IN = [
    "The farmer's wife was taken in by the county state security department the next day.",
    "Relatives of some of the fishermen have been taken in as well, the source said.",
    "Two traders from Hyesan were taken in on Tuesday night.",
]


@pytest.mark.parametrize("text", TAKEN_IN)
def test_taken_in_is_an_arrest(text: str) -> None:
    assert "arrest" in types_of(text)


NOT_TAKEN_IN_CUSTODY = [
    "The children were taken in covered lorries to a relief centre.",
    "Three North Koreans in a small boat crossed the sea border on Monday and were taken in by a navy patrol.",
    "The fisherman drifted south for two days and was taken in by marines on the island.",
]


@pytest.mark.parametrize("text", NOT_TAKEN_IN_CUSTODY)
def test_taken_in_a_vehicle_or_by_a_navy_is_no_arrest(text: str) -> None:
    assert "arrest" not in types_of(text)


def test_whereabouts_not_disclosed_is_a_disappearance() -> None:
    text = (
        "The engineer was detained at the customs house in May and handed to state security. "
        "His whereabouts have not been disclosed to his family."
    )
    assert "disappearance" in types_of(text)
