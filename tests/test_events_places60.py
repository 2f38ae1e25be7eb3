"""Places by the acting body's country (session 60): an arrest or search whose doers are another
state's forces ("a Chinese border patrol") happened on that state's side of the border, not in the
North's town the story is set in; an arrest by the North's own security police at the North's town
its sentence names happened there, though a town abroad was named before it (where the people came
from). Every sentence here is invented for these tests; the first and third failed before the rule.
"""

from __future__ import annotations

import tessera

PUBLISHED = "2024-06-20"


def _where(text: str, event_type: str = "arrest") -> tuple[str | None, str | None]:
    found = [e for e in tessera.extract(text, published=PUBLISHED) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    where = found[0].where
    return (where.name, where.country) if where is not None else (None, None)


def test_an_arrest_by_a_chinese_patrol_is_on_chinas_side() -> None:
    text = (
        "Five labourers repairing the embankment along the Amnok in Sakju County pushed a raft into "
        "the river on Friday night and let it drift to the Chinese bank near Kuandian, a source in "
        "North Phyongan Province said.\n\nThe raft had no motor. They reached the shore after an "
        "hour, but were picked up before dawn by a Chinese border patrol that had been warned by the "
        "North Korean side."
    )
    assert _where(text) == ("Kuandian", "CN")


def test_an_arrest_by_guards_of_no_named_state_stays_in_the_north() -> None:
    text = (
        "Two soldiers deserted their post in Hyesan on Sunday night, a source in Ryanggang Province "
        "said.\n\nThey were arrested by border guards the next morning."
    )
    assert _where(text) == ("Hyesan", "KP")


def test_an_arrest_by_state_security_is_at_the_norths_town_named() -> None:
    text = (
        "A Korean-Chinese merchant from Yanji who went to Hoeryong in June to buy dried squid has "
        "been detained by state security, his wife said."
    )
    assert _where(text) == ("Hoeryong", "KP")


def test_an_abduction_by_the_norths_agents_abroad_stays_abroad() -> None:
    text = (
        "North Korean state security agents seized a woman from Hoeryong in Yanji last week, a pastor said."
    )
    assert _where(text) == ("Yanji", "CN")
