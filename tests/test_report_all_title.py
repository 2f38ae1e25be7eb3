"""A report is never all title: a JSON-lines report whose text only repeats its title is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tessera.ingest import read_inputs
from tessera.pipeline import extract_documents

HEADLINE = "Border guards arrested three traders in Hyesan on 4 May 2023"


@pytest.mark.parametrize("text", [HEADLINE, HEADLINE + ".", HEADLINE + ".\n"])
def test_a_report_whose_text_is_its_title_is_read(tmp_path: Path, text: str) -> None:
    path = tmp_path / "reports.jsonl"
    path.write_text(json.dumps({"id": "r1", "title": HEADLINE, "text": text}) + "\n")
    (document,) = read_inputs([str(path)])
    ((_, events),) = extract_documents([document])
    assert [e.type for e in events] == ["arrest"]


def test_a_title_that_opens_a_longer_text_is_still_skipped(tmp_path: Path) -> None:
    path = tmp_path / "reports.jsonl"
    body = "Officials in Musan said the market would close for a week."
    record = {"id": "r1", "title": HEADLINE, "text": f"{HEADLINE}\n\n{body}"}
    path.write_text(json.dumps(record) + "\n")
    (document,) = read_inputs([str(path)])
    ((_, events),) = extract_documents([document])
    assert events == []  # the headline restates the body; it is not read as an event of its own


def test_a_title_that_runs_into_the_first_sentence_leaves_the_sentence_read(tmp_path: Path) -> None:
    """ "Update from the border: police detained four women in Hyesan": the headline opens the
    sentence, joined by a colon, and the rest of the sentence is the body's first news."""
    title = "Update from the border"
    text = f"{title}: Police detained four women in Hyesan on 2 May 2023. Officials gave no reason."
    path = tmp_path / "reports.jsonl"
    path.write_text(json.dumps({"id": "r1", "title": title, "text": text}) + "\n")
    (document,) = read_inputs([str(path)])
    ((_, events),) = extract_documents([document])
    assert [e.type for e in events] == ["arrest"]
    assert events[0].evidence[0].text.startswith("Police detained")
