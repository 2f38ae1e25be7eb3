"""Speed changes of session 61: each helper gives what the slower search it replaced gave."""

from __future__ import annotations

import itertools

from tessera.events.victims import _holds_a_marker, total_markers
from tessera.places.gazetteer import load
from tessera.places.mentions import _JOINERS, _joined_run, _words, match_gazetteer


def _held_slowly(words: list[str], markers: tuple[list[str], ...]) -> bool:
    """The search `_holds_a_marker` replaced: every marker tried at every word."""
    return any(words[k : k + len(m)] == m for m in markers for k in range(len(words)))


def test_marker_found_in_a_sentence() -> None:
    words = ["eleven", "people", "were", "moved", "to", "a", "farm", "in", "all", "."]
    assert _holds_a_marker(words, total_markers())


def test_marker_words_apart_are_no_marker() -> None:
    # "in" and "all" both stand in the sentence, but not as "in all"
    words = ["all", "of", "them", "were", "taken", "in", "for", "questioning", "."]
    assert not _holds_a_marker(words, total_markers())


def test_marker_search_agrees_with_the_slow_one() -> None:
    vocabulary = ["in", "all", "total", "told", "altogether", "people", "."]
    markers = total_markers()
    for size in range(4):
        for words in itertools.product(vocabulary, repeat=size):
            assert _holds_a_marker(list(words), markers) == _held_slowly(list(words), markers)


def test_empty_marker_is_held_by_any_words() -> None:
    assert _holds_a_marker(["x"], ([],))
    assert not _holds_a_marker([], ([],))


def test_joined_run_stops_at_a_comma() -> None:
    text = "They fled Hyesan, Musan and the Democratic People's Republic of Korea."
    words = _words(text)
    at = next(k for k, w in enumerate(words) if w[2] == "hyesan")
    assert _joined_run(text, words, at, 5) == 1
    dprk = next(k for k, w in enumerate(words) if w[2] == "democratic")
    assert _joined_run(text, words, dprk, 5) == 5
    assert _joined_run(text, words, dprk, 2) == 2


def test_joined_run_agrees_with_each_gap_tested() -> None:
    text = "Guards in Hoe-ryong, Onsong County and Sinuiju - near the river - held them; then Musan."
    words = _words(text)
    for i in range(len(words)):
        most = min(6, len(words) - i)
        slow = max(
            n
            for n in range(1, most + 1)
            if all(
                _JOINERS.match(text[a[1] : b[0]])
                for a, b in zip(words[i : i + n], words[i + 1 : i + n], strict=False)
            )
        )
        assert _joined_run(text, words, i, most) == slow


def test_places_still_found_and_a_list_not_read_as_one_name() -> None:
    text = "Police in Onsong County detained two traders; a third was held in Hyesan, Musan officials said."
    names = [m.text for m in match_gazetteer(text, load())]
    assert "Onsong County" in names
    assert "Hyesan" in names
    assert "Hyesan, Musan" not in names
