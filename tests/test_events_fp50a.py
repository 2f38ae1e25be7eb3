"""Events stage, session 50 (false alarms): harm foreseen if people are sent back, questioning
read as a gerund setting, and acts an inquiry may find are no events of their own.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of_type, types_of


def test_harm_foreseen_if_people_are_sent_back_is_no_event() -> None:
    text = '"If they are sent back, they will face interrogation and torture," the group\'s director said.'
    kinds = types_of(text)
    assert "violence" not in kinds and "interrogation" not in kinds
    text = '"Once they are returned, the women will be beaten," a relative said.'
    assert "violence" not in types_of(text)


def test_harm_done_beside_a_feared_return_stays_an_event() -> None:
    text = (
        "Guards beat the two men in the detention centre last week, and they could be sent back within days."
    )
    assert "violence" in types_of(text)


def test_questioning_read_as_a_gerund_setting_joins_the_questioning_told() -> None:
    text = (
        "Two money changers were arrested by state security agents in Musan on Monday and taken to "
        "the county office, where they were interrogated about their suppliers. The woman was "
        "beaten during questioning for refusing to name them, a source said."
    )
    assert len(events_of_type(text, "interrogation")) == 1
    assert "violence" in types_of(text)


def test_an_act_an_inquiry_may_find_is_no_event() -> None:
    text = "She faces a long sentence if investigators conclude that she tried to reach the South, a source said."
    assert "escape" not in types_of(text)
    text = "The wives were told they will be sent to a farm if it turns out their husbands went south."
    assert "escape" not in types_of(text)


def test_an_act_an_inquiry_found_stays_an_event() -> None:
    assert "escape" in types_of("Police found that the two men had fled to China in May.")
