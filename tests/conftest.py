"""Shared fixtures: the project's own test reports, and the shared folder beside the repository."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


def shared_file(*parts: str) -> Path:
    """A file of ../shared (the project's reference data, beside the repository, never copied
    into it). Absent, as in a fresh clone, the test is skipped with the reason; but CI lays
    shared/ beside the clone, so there (CI=true) its absence is a failure, never a silent skip."""
    path = SHARED.joinpath(*parts)
    if path.exists():
        return path
    reason = f"{path} is absent: the shared reference data lies beside the repository in CI"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def sample_report() -> Path:
    return FIXTURES / "sample_report.txt"


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed `tessera` command as a user would."""
    exe = Path(sys.executable).parent / "tessera"
    return subprocess.run(
        [str(exe), *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        timeout=300,
    )
