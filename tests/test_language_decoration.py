"""Reports ruled off with long runs of "=" (or other marks) are read in reasonable time, with
every offset and quote taken from the report's own text."""

from __future__ import annotations

import time
from functools import cache

import pytest

from tessera.language import analyse
from tessera.language.analysis import undecorated
from tessera.model import Document
from tessera.pipeline import extract_documents

SENTENCES = [
    "Border guards arrested three traders in Hyesan on 4 May 2023 as they tried to cross the river.",
    "State security agents questioned two families in Musan about mobile phones in early June.",
    "Chinese police repatriated five defectors to Sinuiju on 12 July, a source said.",
]


def ruled_report(chars: int, rule: str, between: str = "\n\n") -> str:
    """Invented sentences, each followed by `rule`: a paragraph of its own, or inline."""
    parts: list[str] = []
    i = 0
    while sum(map(len, parts)) < chars:
        parts += [SENTENCES[i % len(SENTENCES)], f"{between}{rule}{between}"]
        i += 1
    return "".join(parts)


@cache
def plain_types(text: str) -> set[str]:
    ((_, events),) = extract_documents([Document(id="ruled", text=text)])
    return {e.type for e in events}


def test_undecorated_blanks_long_runs_and_keeps_every_offset() -> None:
    text = (
        "Arrests reported.\n"
        + "=" * 40
        + "\n\nGuards -=-=-=-=-=-=-=-=-=-= seized * * * * * * * * * * * * men."
    )
    calm = undecorated(text)
    assert len(calm) == len(text)
    assert [i for i, c in enumerate(calm) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    # The first mark and the last three are kept; a line break ends a run.
    assert calm.startswith("Arrests reported.\n=" + " " * 36 + "===\n\nGuards -" + " " * 16 + "=-= seized *")
    assert calm.endswith("seized *" + " " * 17 + "* * * men.")
    # Punctuation as language uses it is left alone.
    for usual in ("U.S. officials -- and others... said so?!", "a (2023) [sic] 'quote' — “this”", ""):
        assert undecorated(usual) == usual


RULES = ["=" * 2000, "-" * 3000, "*" * 2500, "= " * 1500, "=-" * 1200]


@pytest.mark.parametrize("between", ["\n\n", " "])
@pytest.mark.parametrize("rule", RULES)
def test_a_report_ruled_with_long_runs_of_marks_is_read_quickly(rule: str, between: str) -> None:
    text = ruled_report(50_000, rule, between)
    started = time.monotonic()
    ((_, events),) = extract_documents([Document(id="ruled", text=text)])
    elapsed = time.monotonic() - started
    assert elapsed < 20, f"{elapsed:.0f} s"  # it took minutes (and gigabytes) before
    # A rule is a few tokens, not one a mark (spaCy split each mark off the run's end in turn).
    assert len(analyse(Document(id="ruled", text=text)).doc) < len(text) // 20
    assert events, "the report's events are read"
    # The same kinds of event as when ruled off briefly (how often a repeated sentence is told
    # as its own event depends on how far apart its tellings are).
    assert {e.type for e in events} == plain_types(ruled_report(50_000, "===", between))
    for event in events:
        for span in event.evidence:
            assert text[span.start : span.end] == span.text  # offsets and quotes: the report's own
            assert len(span.text) < 300  # a quote never runs on into a rule


def test_the_analysis_keeps_the_report_text() -> None:
    text = "Police detained two men in Hyesan." + "\n\n" + "#" * 500 + "\n\nThey were released."
    analysis = analyse(Document(id="d", text=text))
    assert analysis.text == text and len(analysis.doc.text) == len(text)
    assert analysis.doc.user_data["tessera_text"] == text


def test_a_spaced_hyphen_is_read_as_a_dash_at_the_same_offsets() -> None:
    from tessera.language.analysis import spaced_dashes

    text = "a group of five - three women and two men - was held; a 10-year-old boy"
    out = spaced_dashes(text)
    assert len(out) == len(text) and out.count("\u2013") == 2 and "10-year-old" in out
