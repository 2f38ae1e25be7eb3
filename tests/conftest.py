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
