"""Events stage, session 52 (false alarms): a measure or a campaign the reader already knows,
named only as the point a change is counted from or as the rule an offence broke, is no
measure of its own.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import types_of


def test_a_change_counted_from_a_known_closure_tells_no_restriction() -> None:
    text = "Arrivals by sea have fallen sharply since the pandemic border closure, officials said."
    assert "movement_restriction" not in types_of(text)
    text = "Traders said the cloth had been bought before the lockdown."
    assert "movement_restriction" not in types_of(text)


def test_a_restriction_imposed_stays_a_measure() -> None:
    assert "movement_restriction" in types_of("Authorities imposed a curfew on Hyesan on Monday.")


def test_a_measure_an_offence_broke_is_no_measure() -> None:
    text = "A boat crossed the river in violation of the border closure, and police arrested six traders."
    kinds = types_of(text)
    assert "movement_restriction" not in kinds and "arrest" in kinds
    text = "A man who broke the curfew to look for firewood was beaten by police."
    kinds = types_of(text)
    assert "movement_restriction" not in kinds and "violence" in kinds


def test_a_change_despite_a_known_crackdown_tells_no_crackdown() -> None:
    text = (
        "Smuggling of scrap metal across the Tumen has surged this year despite the crackdown, a source said."
    )
    assert "crackdown" not in types_of(text)


def test_a_crackdown_arrests_were_made_in_stays_a_crackdown() -> None:
    text = "Police arrested six traders in Hyesan last week during a crackdown on mobile phones."
    assert "crackdown" in types_of(text)
    assert "crackdown" in types_of("The arrests came after a crackdown launched on Monday.")


def test_an_illness_the_family_was_told_of_is_no_second_death() -> None:
    text = "The police told his mother that he had died of an illness."
    assert "violence" not in types_of(text)
    text = "The family signed a paper saying he had died of heart failure."
    assert "violence" not in types_of(text)


def test_deaths_of_illness_told_as_news_stay_events() -> None:
    assert "violence" in types_of("Two women in her cell died of illness.")
    text = "A former inmate told reporters that two prisoners in his unit had died of disease in the camp last winter."
    assert "violence" in types_of(text)


def test_a_campaign_an_act_is_a_sign_of_tells_no_crackdown() -> None:
    text = (
        "Two men were sentenced to ten years in a labour camp in Hamhung last week for selling films, "
        "the latest sign of Pyongyang's campaign against foreign media."
    )
    kinds = types_of(text)
    assert "crackdown" not in kinds and "punishment" in kinds
