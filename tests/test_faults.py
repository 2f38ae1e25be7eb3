"""Faults during a write: a kill inside the merge step, a PostgreSQL restart, a full disk. Each
time nothing committed is lost, a re-run completes, and the store equals one clean run.
(A kill during the ingest of documents is in test_store_cli.py.)"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

import store_helpers
from store_helpers import snapshot, write_corpus
from tessera.cli import app
from tessera.store import Store

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url
runner = CliRunner()
RESTART_ENV = "TESSERA_TEST_PG_RESTART"  # a shell command that restarts the test server

# An ingest whose merge step, on its Nth call, signals and then hangs inside the document's
# transaction: the test kills the process there.
SLOW_MERGE = """
import sys, time, pathlib
from tessera.store import merging
marker, nth, calls, real = pathlib.Path(sys.argv[1]), int(sys.argv[2]), [0], merging.default_merge()
def merge_then_hang(*args, **kwargs):
    groups = real(*args, **kwargs)
    calls[0] += 1
    if calls[0] == nth:
        marker.touch()
        time.sleep(600)
    return groups
merging.default_merge = lambda: merge_then_hang
from tessera.cli import main
sys.argv = ["tessera", "ingest", *sys.argv[3:]]
main()
"""


def ingest(corpus: Path, db: str) -> tuple[int, str, str]:
    # Not --quiet: the final line (what was stored) is read below.
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    return result.exit_code, result.stdout, result.stderr


def documents(db: str) -> int:
    with Store.open(db, use_merge=False) as store:
        return store.counts()["documents"]


def clean_run(corpus: Path, tmp_path: Path) -> dict:
    clean = str(tmp_path / f"clean-{uuid.uuid4().hex[:6]}.db")
    assert ingest(corpus, clean)[0] == 0
    return snapshot(clean)


def wait_for(condition, seconds: float = 180) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_sigkill_inside_the_merge_step_then_rerun_equals_one_clean_run(db_url: str, tmp_path: Path) -> None:
    n = 40
    corpus = write_corpus(tmp_path / "corpus", n)
    marker = tmp_path / "in-merge"
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_MERGE, str(marker), "6", str(corpus), "--db", db_url, "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "TESSERA_DB": ""},
    )
    try:
        wait_for(lambda: marker.exists() or proc.poll() is not None)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert marker.exists(), proc.stderr.read().decode()
    stored = documents(db_url)
    assert 0 < stored < n, stored  # the document being merged was not committed, earlier ones were
    code, out, err = ingest(tmp_path / "corpus", db_url)
    assert code == 0 and f"{n - stored} documents stored" in out, (out, err)
    assert snapshot(db_url) == clean_run(corpus, tmp_path)


def _restart_command() -> str:
    command = os.environ.get(RESTART_ENV)
    if command:
        return command
    if os.environ.get("CI") == "true":
        pytest.fail(f"{RESTART_ENV} is not set: CI must test a PostgreSQL restart mid-ingest")
    pytest.skip(f"{RESTART_ENV} not set (a command that restarts the test server; .ci/run sets it)")
    return ""


def test_postgresql_restarted_mid_ingest_loses_nothing(pg_url: str, tmp_path: Path) -> None:
    restart = _restart_command()
    n = 60
    corpus = write_corpus(tmp_path / "corpus", n)
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "tessera"), "ingest", str(corpus), "--db", pg_url, "-q"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "TESSERA_DB": ""},
    )
    wait_for(lambda: documents(pg_url) >= 5 or proc.poll() is not None)
    assert proc.poll() is None, "the ingest ended before the restart"
    subprocess.run(
        shlex.split(restart), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120
    )
    out, err = proc.communicate(timeout=600)
    # The ingest waits for the server and goes on; at worst it stops with one line.
    assert proc.returncode == 0 or len(err.decode().strip().splitlines()) == 1, err.decode()
    code, rerun, _ = ingest(corpus, pg_url)
    assert code == 0 and "inputs failed" in rerun
    assert documents(pg_url) == n
    assert snapshot(pg_url) == clean_run(corpus, tmp_path)


@pytest.fixture
def small_disk(tmp_path: Path):  # noqa: ANN201
    """A 640 KB file system (tmpfs) of its own: the store fills it."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=640k", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        reason = f"cannot mount a small tmpfs here ({done.stderr.decode().strip()}): needs root"
        if os.environ.get("CI") == "true" and os.geteuid() == 0:
            pytest.fail(reason)
        pytest.skip(reason)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_stops_the_ingest_in_one_line_and_a_rerun_completes(
    small_disk: Path, tmp_path: Path
) -> None:
    n = 80
    corpus = write_corpus(tmp_path / "corpus", n)
    db = str(small_disk / "store.db")
    code, out, err = ingest(corpus, db)
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "the disk is full" in lines[0], (code, out, err)
    assert "run the same ingest again to finish" in lines[0]
    stored = documents(db)
    assert 0 < stored < n
    stored_before = snapshot(db)["documents"]
    # Room again: the same command finishes the work, and nothing stored before is lost.
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    code, out, err = ingest(corpus, db)
    assert code == 0 and f"{n - stored} documents stored" in out, (out, err)
    after = snapshot(db)
    assert set(stored_before) <= set(after["documents"])
    assert after == clean_run(corpus, tmp_path)
