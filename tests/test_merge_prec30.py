"""Merge precision (mergeprec30): a report's two events joined into one through another report.

- A telling that opens "In a separate incident" (or "case") adds an act of its own to those the
  report told: it is not the report's first telling told again, even when another report's event
  agrees with both.
- "Lao immigration officers handed the group to Chinese border police … Chinese officers took
  all eight away": members of a force whose nationality is named ("Chinese officers") are that
  country's force, not the last force named with the same word.

Every sentence here is invented.
"""

from __future__ import annotations

import tessera
from merge_fixtures import ev
from tessera.merge import merge_events
from tessera.merge.text import names_others
from tessera.model import Actor, Place

HAEJU = Place("Haeju", "KP", "South Hwanghae", None, 38.04, 125.71, "city")
SOLDIERS = [Actor("soldiers", "KP", "military")]


def test_a_separate_incident_adds_an_act_to_the_report() -> None:
    assert names_others(["In a separate incident in the same town, soldiers beat a driver"])
    assert names_others(["In a separate case, a teacher was beaten by guards"])
    assert not names_others(["Soldiers beat a driver at the market last month"])


def test_a_separate_incident_is_not_joined_through_another_report() -> None:
    """Report A tells a beating of a cook and, "in a separate incident", a beating of a driver;
    report B tells the cook's beating. B joins the cook's, never both."""
    month = {"when": ("2025-03-01", "2025-03-31"), "precision": "month", "count": (1, 1), "perps": SOLDIERS}
    cook = ev("a1", "docA", "Soldiers beat a cook at a canteen in Haeju last month", "violence",
              published="2025-04-05", where=HAEJU, **month)  # fmt: skip
    driver = ev("a2", "docA", "In a separate incident in the same city, two soldiers beat a driver last month",
                "violence", published="2025-04-05", where=HAEJU, **month)  # fmt: skip
    other = ev("b1", "docB", "Soldiers beat a canteen cook in Haeju in March", "violence",
               published="2025-04-09", where=HAEJU, **month)  # fmt: skip
    groups = [sorted(m.member_ids) for m in merge_events([cook, driver, other])]
    assert not any({"a1", "a2"} <= set(g) for g in groups)


def test_members_of_a_force_named_by_nationality_are_that_country_s() -> None:
    text = (
        "Lao immigration officers drove the nine to the border crossing and handed them over to "
        "Chinese border police at Mohan, one of the sources said. Chinese officers took all nine "
        "away in a van."
    )
    events = tessera.extract(text, published="2027-03-24", outlet="Test")
    taken = next(e for e in events if e.type == "arrest" and "van" in e.evidence[0].text)
    assert {a.country for a in taken.perpetrators} == {"CN"}
