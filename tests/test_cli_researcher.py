"""The researcher's first hour at the command line: fast start, the version, what the store holds,
and filters that say when a value is wrong instead of answering with an empty table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

import store_helpers
from store_helpers import write_corpus
from tessera import __version__
from tessera.cli import app
from tessera.places.lookup import canonical_admin1, country_code

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url

runner = CliRunner()


def tessera(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_commands_that_read_no_text_do_not_load_the_language_model() -> None:
    probe = "import sys, tessera.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_version() -> None:
    code, out, _ = tessera("--version")
    assert code == 0 and out.strip() == f"tessera {__version__}"


def test_info_names_the_database_and_counts_what_it_holds(db_url: str, tmp_path: Path) -> None:
    if db_url.startswith("postgresql"):
        # A password in the URL is never printed (the test server trusts any password).
        scheme, rest = db_url.split("://", 1)
        user, host = rest.split("@", 1)
        db_url = f"{scheme}://{user}:s3cret-pw@{host}"
    corpus = write_corpus(tmp_path / "corpus", 4)
    assert tessera("ingest", str(corpus), "--db", db_url, "-q")[0] == 0
    code, out, _ = tessera("events", "--db", db_url, "--format", "jsonl")
    event_id = json.loads(out.splitlines()[0])["id"]
    assert tessera("review", event_id, "confirmed", "--db", db_url)[0] == 0
    code, out, _ = tessera("info", "--db", db_url)
    assert code == 0 and "s3cret-pw" not in out
    lines = dict(line.split(":", 1) for line in out.splitlines())
    assert lines["documents"].strip() == "4"
    assert "confirmed 1" in lines["reviews"] and "unreviewed" in lines["reviews"]
    assert lines["schema"].strip() not in ("", "none")
    assert db_url.rsplit("/", 1)[-1] in lines["database"]


def test_unknown_filter_values_are_errors_listing_the_valid_ones(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    code, _, err = tessera("events", "--db", db, "--type", "arrests")
    assert code == 2 and "--type must be one of" in err and "arrest," in err
    code, _, err = tessera("events", "--db", db, "--status", "happened")
    assert code == 2 and "at_risk" in err
    code, _, err = tessera("events", "--db", db, "--review", "ok")
    assert code == 2 and "confirmed" in err
    code, _, err = tessera("events", "--db", db, "--country", "Atlantis")
    assert code == 2 and "Atlantis" in err
    code, _, err = tessera("export", "--db", db, "--admin1", "Atlantis Province")
    assert code == 2 and "--admin1" in err


def test_country_and_province_filters_take_any_known_spelling() -> None:
    assert [country_code(t) for t in ("kp", "North Korea", "china", "Laos", "Narnia")] == [
        "KP",
        "KP",
        "CN",
        "LA",
        None,
    ]
    assert {canonical_admin1(t) for t in ("Yanggang", "Ryanggang Province", "ryanggang")} == {"Ryanggang"}
    assert canonical_admin1("Hyesan") is None  # a city is not a province


def test_a_province_filter_in_another_spelling_finds_the_same_events(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    corpus = write_corpus(tmp_path / "corpus", 8)
    assert tessera("ingest", str(corpus), "--db", db, "-q")[0] == 0
    code, out, _ = tessera("events", "--db", db, "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    provinces = {
        p["admin1"] for r in rows for p in (r["where"], r["origin"], r["destination"]) if p and p["admin1"]
    }
    assert provinces, "the invented corpus names provinces"
    for province in provinces:
        canonical = tessera("events", "--db", db, "--format", "jsonl", "--admin1", province)[1]
        variant = tessera(
            "events", "--db", db, "--format", "jsonl", "--admin1", province.upper() + " Province"
        )
        assert canonical.strip() and variant[0] == 0 and variant[1] == canonical


def test_a_query_with_place_filters_does_not_load_the_language_model(tmp_path: Path) -> None:
    db = str(tmp_path / "q.db")
    probe = (
        "import sys\n"
        "from tessera.cli import app\n"
        "try:\n"
        f"    app(['events', '--db', {db!r}, '--country', 'North Korea', '--admin1', 'Yanggang'])\n"
        "except SystemExit as exc:\n"
        "    assert exc.code in (0, None), exc.code\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"
