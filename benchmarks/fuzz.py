"""Fuzzing: generated hostile inputs through the readers, the extractor and every export.

    .venv/bin/python benchmarks/fuzz.py [--inputs 10000] [--seed 1] [--save DIR]

Each input is a report file (.txt, .jsonl or .html) made by mutating invented reports (the
project's own `tests/fixtures/invented_gold*.jsonl` and generated sentences): control characters,
bidi overrides, NUL bytes, other encodings, random bytes, huge and empty fields, wrong JSON types,
truncated JSON, tag soup. Every input is read with `read_inputs` (which must answer with
Documents and one-line InputErrors, never raise), every Document is extracted (evidence offsets
must index the text exactly) and the events are exported in every format (the JSON must parse,
no CSV text cell may start a formula). Prints each crash (kind, input number, exception, where)
and the count; exits 1 if any was found. The same seed makes the same inputs.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tessera.export import LeftOut, export_events
from tessera.export.acled import NUMERIC_COLUMNS
from tessera.export.cells import FORMULA_STARTS
from tessera.ingest import InputError, read_inputs
from tessera.model import Document, Event
from tessera.pipeline import extract_documents

ROOT = Path(__file__).resolve().parent.parent
SEED_FILES = sorted((ROOT / "tests" / "fixtures").glob("invented_gold*.jsonl"))
KINDS = (".txt", ".jsonl", ".html")
BATCH = 16
# Long enough to cross the language stage's batching and the readers' line handling, short
# enough that 10,000 inputs run in minutes (reports over spaCy's million characters are
# the subject of their own tests).
LONG = 10_000

# Characters a hostile or broken report carries.
CONTROL = [chr(c) for c in range(0x00, 0x20)] + ["\x7f"] + [chr(c) for c in range(0x80, 0xA0)]
BIDI = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2069"]
ODD = ["\ufeff", "\u200b", "\u2028", "\u2029", "\ufffd", "\u0301", "\u00a0", "\u3000", "\U0001f600"]
SCRIPTS = ["북한", "朝鲜", "Корея", "كوريا", "קוריאה", "ñ", "ß", "İ", "ǅ", "\u1100\u1161"]
FORMULAS = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x.invalid")']
TEMPLATES = [
    "Border guards arrested {n} people near {p} on {d}.",
    "{n} defectors were repatriated from China to {p} in {m}.",
    "Security agents searched homes in {p} last week, a source said.",
    "A court in {p} sentenced {n} traders to labour camps on {d}.",
    "{n} people fled across the river from {p} in early {m}.",
]
PLACES = ["Hyesan", "Musan", "Sinuiju", "Hoeryong", "Shenyang", "Dandong", "Yanji", "Chongjin"]
MONTHS = ["January", "March", "May", "July", "October", "December"]


@dataclass
class Crash:
    number: int
    kind: str
    stage: str
    error: str
    where: str
    data: bytes


def seed_texts() -> list[str]:
    texts: list[str] = []
    for path in SEED_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def sentence(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        n=rng.choice(["3", "dozens of", "at least 12", "two", "1,000"]),
        p=rng.choice(PLACES),
        d=f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2030)}",
        m=rng.choice(MONTHS),
    )


def mutate(text: str, rng: random.Random) -> str:
    """One to four random edits of a text."""
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(10)
        i = rng.randint(0, len(text))
        if op == 0:
            text = text[:i] + "".join(rng.choices(CONTROL, k=rng.randint(1, 8))) + text[i:]
        elif op == 1:
            text = text[:i] + rng.choice(BIDI + ODD) * rng.randint(1, 3) + text[i:]
        elif op == 2:
            text = text[:i] + rng.choice(SCRIPTS) + text[i:]
        elif op == 3:
            j = rng.randint(i, len(text))
            text = text[:i] + text[j:]  # a cut
        elif op == 4 and len(text) < LONG // 4 and rng.random() < 0.2:
            text = text * rng.randint(2, max(2, LONG // max(1, len(text))))  # long, up to LONG
        elif op == 5:
            text = text[:i] + " " + sentence(rng) + " " + text[i:]
        elif op == 6:
            text = text[:i] + "\n" * rng.randint(1, 5) + text[i:]
        elif op == 7:
            text = rng.choice(["", " ", "\n\n", "\x00", "\t\t"]) + text
        elif op == 8:
            text = text[:i] + rng.choice(FORMULAS) + text[i:]
        else:
            text = (
                text[:i]
                + "".join(chr(rng.randint(0x20, 0x2FFF)) for _ in range(rng.randint(1, 30)))
                + text[i:]
            )
    return text


def encode(text: str, rng: random.Random) -> bytes:
    roll = rng.random()
    if roll < 0.80:
        return text.encode("utf-8", "replace")
    if roll < 0.88:
        return text.encode("utf-16", "replace")  # with a BOM
    if roll < 0.94:
        return text.encode("latin-1", "replace")
    data = bytearray(text.encode("utf-8", "replace"))
    for _ in range(rng.randint(1, 20)):  # flipped bytes: broken UTF-8 sequences
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def jsonl_input(base: str, rng: random.Random) -> str:
    lines = []
    for n in range(rng.randint(1, 4)):
        record: dict[str, object] = {"id": f"f{n}", "text": mutate(base, rng)}
        for key in ("title", "outlet", "url", "published"):
            if rng.random() < 0.5:
                record[key] = rng.choice(
                    [
                        mutate(sentence(rng), rng),
                        "2023-05-02",
                        "2023",
                        "",
                        None,
                        7,
                        ["x"],
                        {"a": 1},
                        "x" * 5000,
                    ]
                )
        if rng.random() < 0.15:
            record[rng.choice(["id", "text"])] = rng.choice([None, "", 3, [], {"t": "x"}, "  "])
        line = json.dumps(record, ensure_ascii=rng.random() < 0.5)
        roll = rng.random()
        if roll < 0.1:
            line = line[: rng.randint(0, len(line))]  # truncated
        elif roll < 0.15:
            line = rng.choice(["[1, 2]", "null", '"text"', "{", "}{", "{'id': 1}", "\x00"])
        lines.append(line)
    return "\n".join(lines) + rng.choice(["\n", "", "\n\n"])


def html_input(base: str, rng: random.Random) -> str:
    body = "".join(f"<p>{mutate(part, rng)}</p>" for part in base.split(". ") if rng.random() < 0.9)
    soup = rng.choice(
        ["", "<div><span>", "<script>alert(1)</script>", "<!--", "<table><tr><td>", "&#0;&#x1b;"]
    )
    title = mutate(sentence(rng), rng)
    page = (
        f"<html><head><title>{title}</title><meta name='date' content='2023-05-02'></head>"
        f"<body>{soup}<article><h1>{title}</h1>{body}</article>{'<div>' * rng.randint(0, 300)}</body></html>"
    )
    if rng.random() < 0.2:
        page = page[: rng.randint(0, len(page))]
    return page


def generate(number: int, seed: int, texts: list[str]) -> tuple[str, bytes]:
    """Input `number` of the run with `seed`: its kind (suffix) and its bytes."""
    rng = random.Random(seed * 1_000_003 + number)
    kind = KINDS[number % len(KINDS)]
    base = mutate(rng.choice(texts) if rng.random() < 0.7 else sentence(rng), rng)
    if kind == ".jsonl":
        return kind, encode(jsonl_input(base, rng), rng) if rng.random() < 0.2 else jsonl_input(
            base, rng
        ).encode()
    if kind == ".html":
        return kind, encode(html_input(base, rng), rng)
    if rng.random() < 0.03:
        return kind, bytes(rng.randrange(256) for _ in range(rng.randint(1, 4000)))  # not text at all
    return kind, encode(base, rng)


def check_events(doc: Document, events: list[Event]) -> None:
    for e in events:
        for span in e.evidence:
            if span.doc == doc.id:
                assert 0 <= span.start <= span.end <= len(doc.text), "evidence offsets outside the text"
                assert doc.text[span.start : span.end] == span.text, "evidence is not the text at its offsets"


def check_exports(events: list[Event]) -> None:
    for fmt in ("jsonl", "geojson", "acled-csv"):
        out = io.StringIO()
        left_out = LeftOut()  # the ACLED-style file leaves out (and counts) undated or unplaced events
        export_events(events, fmt, out, keep_vague_dates=True, left_out=left_out)
        text = out.getvalue()
        if fmt == "jsonl":
            # JSON lines are split at line feeds only: U+2028 and the like may stand inside a string.
            assert all(json.loads(line) for line in text.split("\n") if line)
        elif fmt == "geojson":
            assert len(json.loads(text)["features"]) == len(events)
        else:
            csv.field_size_limit(sys.maxsize)  # huge fields are legal CSV; Python's reader caps them
            rows = list(csv.DictReader(io.StringIO(text)))
            assert len(rows) + left_out.total == len(events)
            for row in rows:
                for column, value in row.items():
                    if column not in NUMERIC_COLUMNS:
                        assert value.lstrip()[:1] not in FORMULA_STARTS, f"formula in {column}"
    buffer = io.BytesIO()
    export_events(events, "parquet", buffer)


def _where(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "tessera" in f.filename]
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"


def run(
    inputs: int,
    seed: int = 1,
    progress: Callable[[int], None] | None = None,
    on_crash: Callable[[Crash], None] | None = None,
) -> tuple[list[Crash], int]:
    """Fuzz `inputs` generated inputs; returns the crashes and how many documents were extracted
    (each crash is also handed to `on_crash` as soon as it is found)."""
    texts = seed_texts()
    crashes: list[Crash] = []
    extracted = reported = 0
    with tempfile.TemporaryDirectory(prefix="tessera-fuzz-") as folder:
        for start in range(0, inputs, BATCH):
            batch: list[tuple[int, str, bytes, Document]] = []
            for number in range(start, min(start + BATCH, inputs)):
                kind, data = generate(number, seed, texts)
                path = Path(folder) / f"in{number}{kind}"
                path.write_bytes(data)
                try:
                    for item in read_inputs([str(path)]):
                        if isinstance(item, Document):
                            assert isinstance(item.text, str) and item.text.strip(), "empty document"
                            batch.append((number, kind, data, item))
                        else:
                            assert isinstance(item, InputError) and "\n" not in str(item).strip()
                except Exception as exc:  # noqa: BLE001 - a crash is what the fuzzer looks for
                    crashes.append(
                        Crash(number, kind, "read", f"{type(exc).__name__}: {exc}", _where(exc), data)
                    )
                path.unlink()
            crashes.extend(_extract_and_export(batch))
            extracted += len(batch)
            if on_crash:
                for crash in crashes[reported:]:
                    on_crash(crash)
            reported = len(crashes)
            if progress:
                progress(min(start + BATCH, inputs))
    return crashes, extracted


def _extract_and_export(batch: list[tuple[int, str, bytes, Document]]) -> Iterator[Crash]:
    failed: dict[int, BaseException] = {}
    by_doc = {id(doc): (number, kind, data) for number, kind, data, doc in batch}

    def on_error(doc: Document, exc: Exception) -> None:
        failed[id(doc)] = exc

    try:
        results = list(extract_documents((doc for *_, doc in batch), on_error=on_error))
    except Exception:  # noqa: BLE001 - the language stage failed the batch: find which input
        if len(batch) == 1:
            number, kind, data, _ = batch[0]
            exc = sys.exc_info()[1]
            assert exc is not None
            yield Crash(number, kind, "analyse", f"{type(exc).__name__}: {exc}", _where(exc), data)
            return
        for one in batch:
            yield from _extract_and_export([one])
        return
    for doc, events in results:
        number, kind, data = by_doc[id(doc)]
        if id(doc) in failed:
            exc = failed[id(doc)]
            yield Crash(number, kind, "extract", f"{type(exc).__name__}: {exc}", _where(exc), data)
            continue
        for stage, check, args in (
            ("events", check_events, (doc, events)),
            ("export", check_exports, (events,)),
        ):
            try:
                check(*args)
            except Exception as exc:  # noqa: BLE001
                yield Crash(number, kind, stage, f"{type(exc).__name__}: {exc}", _where(exc), data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--save", type=Path, help="Write each crashing input here.")
    args = parser.parse_args()
    started = time.monotonic()

    def progress(done: int) -> None:
        if done % 512 < BATCH:
            print(f"  {done} inputs, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)

    def report(c: Crash) -> None:
        message = " ".join(c.error.split())[:200].encode("unicode_escape").decode("ascii")
        print(f"crash: input {c.number} ({c.kind}) in {c.stage} at {c.where}: {message}", flush=True)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"crash_{c.number}{c.kind}").write_bytes(c.data)

    crashes, extracted = run(args.inputs, args.seed, progress, on_crash=report)
    print(
        f"{args.inputs} inputs ({extracted} documents extracted) in {time.monotonic() - started:.0f} s, "
        f"seed {args.seed}: {len(crashes)} crashes"
    )
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
