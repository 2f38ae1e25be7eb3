"""A return to a place of work, custody or residence inside the country is no repatriation."""

from __future__ import annotations

from events_helpers import type_list_of


def test_sent_back_to_the_fields_is_no_repatriation() -> None:
    text = "A farmer who left his brigade to sell beans was fined by police and sent back to the fields."
    assert "repatriation" not in type_list_of(text)


def test_returned_to_the_site_is_no_repatriation() -> None:
    text = "He spent two months in a labour training camp. Afterwards he was returned to the same site."
    assert "repatriation" not in type_list_of(text)


def test_sent_back_to_a_cell_is_no_repatriation() -> None:
    text = "A teacher in Hamhung who was beaten in custody has been sent back to a detention cell after a week in hospital."
    assert "repatriation" not in type_list_of(text)


def test_return_to_the_north_stays_a_repatriation() -> None:
    assert "repatriation" in type_list_of("Chinese police sent the four women back to the North last week.")


def test_return_from_abroad_to_hometowns_stays_a_repatriation() -> None:
    assert "repatriation" in type_list_of(
        "The two women were sent back from Dandong to their hometowns in May."
    )
