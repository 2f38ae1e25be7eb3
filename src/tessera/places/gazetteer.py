"""The shipped gazetteer: loaded once per process into an index of folded name tokens."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tessera.places.variants import key_tokens

_SURFACE_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*", re.UNICODE)

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
PLACES = DATA / "places.tsv"
BARE_STOP = DATA / "sources" / "needs_unit_word.txt"
# Words that name a unit: a spaced personal name ("Kim Jong Suk") is a place only with one of these.
UNIT_WORDS = frozenset(
    [
        "county",
        "gun",
        "kun",
        "city",
        "si",
        "shi",
        "province",
        "do",
        "to",
        "district",
        "guyok",
        "kuyok",
        "up",
        "eup",
        "town",
    ]
)
PERSON_NAME_START = frozenset({"kim", "gim"})


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str
    parent: str
    country: str
    admin1: str
    admin2: str
    lat: float | None
    lon: float | None
    precision: str
    source: str

    @property
    def display_name(self) -> str:
        """The canonical name as reports write it: "Pochon County", "Ryanggang Province"."""
        if self.country == "KP" and self.kind == "county":
            return f"{self.name} County"
        if self.country == "KP" and self.kind == "province":
            return f"{self.name} Province"
        return self.name


@dataclass(frozen=True)
class Key:
    """One indexed spelling: which entry, and which of its words are capitalised (must be in text)."""

    entry: Entry
    caps: tuple[bool, ...]


class Gazetteer:
    def __init__(self, entries: list[Entry], names: dict[str, list[str]], stop: frozenset[str]) -> None:
        self.entries = {e.id: e for e in entries}
        self.index: dict[tuple[str, ...], list[Key]] = {}
        for e in entries:
            canonical = key_tokens(e.name)  # (once per entry, not per spelling: built at every start)
            for surface in [e.name, *names.get(e.id, [])]:
                toks = key_tokens(surface)
                if not toks or self._needs_unit_word(toks, stop, canonical):
                    continue
                caps = tuple([w[:1].isupper() for w in _SURFACE_WORD.findall(surface)])
                if len(caps) != len(toks):
                    caps = (surface[:1].isupper(),) + (False,) * (len(toks) - 1)
                bucket = self.index.setdefault(toks, [])
                for n, k in enumerate(bucket):
                    if k.entry.id == e.id:  # keep the least demanding capitalisation of one key
                        bucket[n] = Key(e, tuple(a and b for a, b in zip(k.caps, caps, strict=False)))
                        break
                else:
                    bucket.append(Key(e, caps))
        self.max_len = max(len(k) for k in self.index)
        self.first_words = frozenset(k[0] for k in self.index)

    @staticmethod
    def _needs_unit_word(toks: tuple[str, ...], stop: frozenset[str], canonical: tuple[str, ...]) -> bool:
        if toks[-1] in UNIT_WORDS:
            return False
        if len(toks) > 1 and toks[0] in PERSON_NAME_START:
            return True  # "Kim Jong Suk" alone is the person; "Kim Jong Suk County" the place
        # a listed name's every bare spelling: Chung's RR "Jung" is as much a surname as "Chung"
        return " ".join(toks) in stop or " ".join(canonical) in stop

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def parent_chain(self, entry: Entry) -> list[Entry]:
        chain, seen = [], set()
        cur = self.entries.get(entry.parent)
        while cur is not None and cur.id not in seen:
            seen.add(cur.id)
            chain.append(cur)
            cur = self.entries.get(cur.parent)
        return chain

    def country(self, code: str) -> Entry | None:
        return self.entries.get(code.lower())


def _float(s: str) -> float | None:
    return float(s) if s else None


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Read places.tsv once per process (well under 0.5 s: see benchmarks/places_vs_baseline.py)."""
    with PLACES.open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    entries, names = [], {}
    for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        e = Entry(
            r["id"], r["name"], r["kind"], r["parent"], r["country"], r["admin1"], r["admin2"],
            _float(r["lat"]), _float(r["lon"]), r["precision"], r["source"],
        )  # fmt: skip
        entries.append(e)
        names[e.id] = r["names"].split("|") if r["names"] else []
    stop = frozenset(
        " ".join(key_tokens(line))
        for line in BARE_STOP.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    return Gazetteer(entries, names, stop)
