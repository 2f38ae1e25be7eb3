"""Tests that read ../shared skip with a reason in a fresh clone and fail in CI (CI=true)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import conftest
from conftest import shared_file

TESTS = Path(__file__).resolve().parent


def test_absent_shared_data_skips_with_its_reason(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(conftest, "SHARED", tmp_path / "no-shared")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-shared/gold/dev.jsonl is absent"):
        shared_file("gold", "dev.jsonl")


def test_absent_shared_data_fails_in_ci(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(conftest, "SHARED", tmp_path / "no-shared")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="is absent"):
        shared_file("gold", "dev.jsonl")


def test_present_shared_data_is_returned(monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "seed.jsonl").write_text("{}\n")
    monkeypatch.setattr(conftest, "SHARED", tmp_path)
    assert shared_file("gold", "seed.jsonl") == tmp_path / "gold" / "seed.jsonl"


def test_every_test_reaches_shared_data_through_shared_file() -> None:
    """No test builds a path into ../shared itself (it would crash or pass unseen without it)."""
    direct = re.compile(r"""SHARED\b|["']shared["']|/\s*["']\.\./shared""")
    offenders = [
        f"{path.name}:{n}"
        for path in sorted(TESTS.glob("*.py"))
        if path.name not in ("conftest.py", Path(__file__).name)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line.split("#")[0])
    ]
    assert offenders == []
