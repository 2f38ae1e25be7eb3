"""False alarms of session 58: what may befall a kind of people, told as a rule or a general risk."""

from __future__ import annotations

from events_helpers import events_of_type, types_of


def test_penalty_for_a_bare_plural_class_is_no_event() -> None:
    text = (
        "Officials in Musan say that traders caught with Chinese phones may be fined or sent to "
        "labour training units, a source said."
    )
    assert "punishment" not in types_of(text)


def test_penalty_for_parents_as_a_class_is_no_event() -> None:
    text = "Parents may be fined if their children are caught, the source said."
    assert "punishment" not in types_of(text)


def test_either_sex_pronouns_are_whoever_it_may_be() -> None:
    text = "If your brother is caught in Laos, he or she may be handed to Chinese police within days."
    assert "repatriation" not in types_of(text)


def test_counted_people_at_risk_keep_their_act() -> None:
    text = (
        "Police arrested five women in Hyesan on Monday. The five could be sent to a prison "
        "camp, a source said."
    )
    punished = events_of_type(text, "punishment")
    assert [e.status for e in punished] == ["at_risk"]


def test_detainees_named_by_their_custody_keep_their_act() -> None:
    text = (
        "Police arrested 20 people in Hoeryong last week. Detainees who cannot pay a fine of "
        "100,000 won will be sent to a labour training camp, the source said."
    )
    assert [e.status for e in events_of_type(text, "punishment")] == ["at_risk"]


def test_class_of_people_that_suffered_an_act_keeps_it() -> None:
    # the rule is for what may come: an act told as done to a bare plural stays
    text = "Traders caught with Chinese phones were fined in Hyesan last week, a source said."
    assert [e.status for e in events_of_type(text, "punishment")] == ["occurred"]


def test_people_of_a_named_place_keep_their_risk() -> None:
    text = "Defectors in Yanji fear being caught and sent back to North Korea."
    assert [e.status for e in events_of_type(text, "repatriation")] == ["at_risk"]


def test_counted_plural_keeps_its_risk() -> None:
    text = (
        "Police arrested 40 people in Yanji on Monday. Dozens more North Koreans are still held "
        "in Chinese detention centres and could be returned within weeks."
    )
    assert [e.status for e in events_of_type(text, "repatriation")] == ["at_risk"]
