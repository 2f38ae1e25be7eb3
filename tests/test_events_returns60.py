"""Returns (helper session ret60): a state abroad returning people to a town of the North,
workers withdrawn from a site abroad, an officer recalled from a post abroad named by its own
place (an embassy in a country the regional gazetteer does not hold), and the look-alikes that
stay unread (invented sentences)."""

from __future__ import annotations

import tessera


def returns(text: str) -> list:
    return [e for e in tessera.extract(text, published="2031-05-20") if e.type == "repatriation"]


def test_a_state_abroad_returning_people_to_a_northern_town() -> None:
    text = (
        "Nine sailors whom Russia returned to Chongjin in early May are being held by state "
        "security in the port, a source in North Hamgyong said."
    )
    found = returns(text)
    assert found
    assert found[0].destination is not None and found[0].destination.country == "KP"


def test_chinese_police_catching_a_man_and_returning_him_to_a_border_town() -> None:
    text = (
        "The woman said Chinese police arrested her brother at a farm outside Helong in 2019 "
        "and returned him to Musan a week later."
    )
    assert returns(text)


def test_goods_returned_to_a_northern_town_are_no_return_of_people() -> None:
    text = (
        "Customs officers in Dandong returned two truckloads of seafood to Sinuiju last week "
        "after the papers were found to be forged."
    )
    assert not returns(text)


def test_a_delegation_that_returned_from_a_visit_is_no_return() -> None:
    text = "A North Korean trade delegation returned to Pyongyang from Beijing on Tuesday after a five-day visit."
    assert not returns(text)


def test_workers_withdrawn_from_factories_abroad() -> None:
    text = (
        "A monitoring group says that about 30 North Korean seamstresses were withdrawn from "
        "garment factories in Jilin in March after two of them went missing."
    )
    found = returns(text)
    assert found
    assert found[0].status == "occurred"


def test_money_withdrawn_from_a_bank_abroad_is_no_return() -> None:
    text = "The trading company withdrew its savings from a bank in Dalian in March, a source said."
    assert not returns(text)


def test_an_officer_recalled_from_an_embassy_in_a_far_country() -> None:
    text = (
        "A trade counsellor who was recalled from North Korea's embassy in Portugal in January "
        "was sent to a political prison camp in April, a source in Pyongyang said."
    )
    found = returns(text)
    assert found


def test_an_official_recalled_from_a_post_inside_the_north_is_no_return() -> None:
    text = "A party secretary who was recalled from a factory in Hamhung in January has been dismissed."
    assert not returns(text)


def test_workers_ordered_home_in_a_report_set_abroad() -> None:
    text = (
        "Inspectors from Pyongyang searched the dormitories of North Korean loggers near "
        "Khabarovsk in April. Two men caught with a smuggled radio were ordered home in May, a "
        "source said."
    )
    assert returns(text)


def test_pupils_ordered_home_from_fields_in_the_north_are_no_return() -> None:
    text = (
        "Heavy rain flooded the rice fields outside Anju in June. Pupils mobilised for the "
        "planting were ordered home by the county office."
    )
    assert not returns(text)


def test_a_recall_joined_to_another_clause_with_its_own_subject() -> None:
    text = (
        "Inspectors searched a North Korean restaurant in Vientiane in March. The manager was "
        "dismissed, and the six waitresses were recalled from the restaurant in Vientiane."
    )
    assert returns(text)


def test_workers_in_a_far_country_ordered_home_beside_a_penalty_at_home() -> None:
    text = (
        "The foreman's parents were moved to a farm in Ryanggang Province in May, and the "
        "remaining 40 builders in Qatar have been ordered home, the source said."
    )
    assert returns(text)
