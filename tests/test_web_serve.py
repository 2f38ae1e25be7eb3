"""`tessera serve` as a user starts it, report upload through the app (a real ingest), and a CLI
that still starts without loading the web stack."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from web_helpers import login, seeded_app  # noqa: E402

REPORT = (
    "Guards held traders\n\n"
    "Border guards arrested four traders in Hyesan on 12 March 2024, a resident told the paper. "
    "The traders were taken to a holding centre.\n"
)


def test_the_command_line_starts_without_the_web_stack() -> None:
    code = "import sys, tessera.cli; print(sorted(m for m in ('fastapi', 'uvicorn', 'argon2') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_serve_answers_on_its_port_until_stopped(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).parent / "tessera"
    proc = subprocess.Popen(
        [str(exe), "serve", "--db", str(tmp_path / "s.db"), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        deadline = time.time() + 60
        body = None
        while time.time() < deadline and body is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    body = r.read()
            except OSError:
                time.sleep(0.2)
        assert body == b'{"status":"ok"}'
        with pytest.raises(urllib.error.HTTPError) as denied:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events", timeout=5)
        assert denied.value.code == 401
    finally:
        proc.terminate()
        proc.wait(20)


def test_a_reviewer_uploads_a_report_and_it_is_ingested(tmp_path: Path) -> None:
    s = seeded_app(str(tmp_path / "upload.db"))
    try:
        before = len(s.event_ids)
        client = TestClient(s.app)
        csrf = login(client, "reviewer")
        r = client.post(
            "/reports",
            data={"csrf_token": csrf},
            files={"report": ("guards.txt", REPORT.encode(), "text/plain")},
        )
        assert r.status_code == 200 and "1 reports stored" in r.text
        api = {"Authorization": f"Bearer {s.tokens['reviewer']}"}
        again = client.post(
            "/api/reports", files={"report": ("guards.txt", REPORT.encode(), "text/plain")}, headers=api
        )
        assert again.json() == {"stored": 0, "known": 1, "events": 0, "failures": []}
        wrong = client.post(
            "/api/reports", files={"report": ("x.exe", b"MZ", "application/octet-stream")}, headers=api
        )
        assert wrong.status_code == 422
        reports = client.get("/api/reports", headers=api).json()
        uploaded = next(rep for rep in reports if rep["title"] == "Guards held traders")
        page = client.get(f"/reports/{uploaded['sha256']}")
        assert "arrest" in page.text and uploaded["events"] >= 1
        viewer = {"Authorization": f"Bearer {s.tokens['viewer']}"}
        assert client.get("/api/events", headers=viewer).json()["count"] > before
        refused = client.post(
            "/api/reports", files={"report": ("b.txt", b"text", "text/plain")}, headers=viewer
        )
        assert refused.status_code == 403
        # One entry for the report stored; the second upload changed nothing and wrote none.
        uploads = [e for e in s.app.state.audit.entries() if e.action == "report.upload"]
        assert [(e.actor, e.detail["file"], e.detail["events"]) for e in uploads] == [
            ("reviewer", "guards.txt", uploaded["events"])
        ]
    finally:
        s.store.close()
