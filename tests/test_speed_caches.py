"""Shortcuts taken for speed give what the plain computation gives (invented texts)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tessera.events.clauses import holds_any_phrase, holds_phrase
from tessera.language.analysis import load_nlp
from tessera.time.attach import _PARAGRAPH_BREAK, paragraph_of

# Blank lines, runs of them, spaces between them, a line ending after a quote or a bracket, a line
# ending mid-sentence (no break), and a text ending in breaks.
PARAGRAPHED = (
    "SEOUL -- Guards detained three women near the river.\n\n\n"
    'A relative said "they were taken at night."\n'
    "The source added that the women\nhad crossed before (in March).\n \t\n"
    "Nothing more was heard of them!\n\n  \n\n"
)


def _paragraph_by_scan(text: str, offset: int) -> int:
    return sum(1 for _ in _PARAGRAPH_BREAK.finditer(text, 0, offset))


@pytest.mark.parametrize("text", [PARAGRAPHED, "", "One line only.", "\n\n", "Ends.\n"])
def test_paragraph_of_counts_as_a_scan_to_the_offset(text: str) -> None:
    # every offset, inside breaks too (a break cut by the offset may still count, shorter)
    for offset in range(-1, len(text) + 2):
        assert paragraph_of(text, offset) == _paragraph_by_scan(text, offset), offset


def test_holds_any_phrase_is_any_holds_phrase() -> None:
    doc = load_nlp()("The five were sent to a labour-training camp in a county detention centre.")
    words = list(doc)
    phrases = [("detention", "centre"), ("labour", "training"), ("re-education",), ("prison", "camp")]
    for chosen in ([], phrases[:1], phrases[1:2], phrases[2:], phrases):
        assert holds_any_phrase(words, chosen) == any(holds_phrase(words, p) for p in chosen)
    assert holds_any_phrase(words, phrases[2:]) is False
    assert holds_any_phrase(words, phrases) is True


def test_the_command_line_loads_no_database_library() -> None:
    # `tessera extract` never opens a store: SQLAlchemy and Alembic load with the commands that do.
    code = "import sys, tessera.cli; print(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_store_package_still_gives_its_names() -> None:
    import tessera.store
    from tessera.store import Store, StoreError
    from tessera.store.engine import StoreError as EngineStoreError

    assert StoreError is EngineStoreError and Store.__name__ == "Store"
    assert all(hasattr(tessera.store, name) for name in tessera.store.__all__)
