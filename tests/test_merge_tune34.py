"""The two partial agreements made tunable in session 34 (`place_in_province`,
`date_within_month`): at their stored values a pair scores as before, and a tuning run's value
is what the pair adds. Invented text."""

from __future__ import annotations

from datetime import date

from merge_fixtures import ev
from tessera.merge import compare_events
from tessera.merge.weights import trying, weights
from tessera.model import Place, TimeSpan

HYESAN = Place("Hyesan", "KP", "Ryanggang", None, 41.40, 128.18, "city")
RYANGGANG = Place("Ryanggang", "KP", "Ryanggang", None, 41.40, 128.18, "province")


def test_the_partial_agreements_keep_their_hand_set_values() -> None:
    assert weights().place_in_province == 1.0
    assert weights().date_within_month == 1.0


def test_a_tuned_partial_agreement_changes_the_pairs_score() -> None:
    # "Arrested in Hyesan on 3 March" against "arrested in Ryanggang province in March": a town
    # inside the other's province, a day inside the other's month.
    day = ev("a", "docA", "police arrested a trader in Hyesan on 3 March", where=HYESAN).with_(
        when=TimeSpan(date(2027, 3, 3), date(2027, 3, 3), "day", "on 3 March")
    )
    month = ev("b", "docB", "a trader was arrested in Ryanggang province in March", where=RYANGGANG).with_(
        when=TimeSpan(date(2027, 3, 1), date(2027, 3, 31), "month", "in March")
    )
    stored = compare_events(day, month).score
    with trying(place_in_province=1.5, date_within_month=2.0):
        assert compare_events(day, month).score == stored + 1.5
