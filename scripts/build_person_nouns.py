"""Build the events stage's list of nouns for people from Open English WordNet (run once, by hand).

Input: the folder `src/yaml/` of Open English WordNet (github.com/globalwordnet/english-wordnet;
CC BY 4.0, derived from Princeton WordNet under the WordNet licence), whose `entries-*.yaml`
files list each lemma's senses most frequent first, every sense key naming its lexicographer
file (`%1:18:` is noun.person).
Output: `src/tessera/data/events/person_nouns.json`: every one-word, lower-case lemma whose
FIRST noun sense is a person ("sergeant", "welder", "deserter", "widow"), so that a word that
usually names something else ("party", "source", "head") stays out. The rules that read who an
event happened to ("a young army sergeant walked across the line" is one person) take these
beside their own lists.

    python scripts/build_person_nouns.py /path/to/english-wordnet/src/yaml
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parents[1] / "src/tessera/data/events/person_nouns.json"
PERSON_LEXFILE = "18"  # noun.person in WordNet's numbering of lexicographer files
ONE_WORD = re.compile(r"[a-z][a-z-]+")
ABOUT = (
    "Nouns whose most frequent sense names a person, one lower-case word each: every such lemma "
    "of Open English WordNet (github.com/globalwordnet/english-wordnet, src/yaml/entries-*.yaml, "
    "sense keys of lexicographer file 18, noun.person), built by scripts/build_person_nouns.py. "
    "Open English WordNet is derived from Princeton WordNet (WordNet 3.0, Copyright 2006 by "
    "Princeton University, under the WordNet licence) and developed under the Creative Commons "
    "Attribution 4.0 International licence; this list is an adaptation of it under the same terms, "
    "with attribution to Princeton WordNet and the Open English Wordnet team."
)


def first_sense_is_person(entry: dict) -> bool:
    """Whether a lemma's first (most frequent) noun sense is filed under noun.person."""
    senses = (entry.get("n") or {}).get("sense") or []
    return bool(senses) and senses[0]["id"].split("%")[1].split(":")[1] == PERSON_LEXFILE


def person_nouns(folder: Path) -> list[str]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    nouns: set[str] = set()
    for path in sorted(folder.glob("entries-*.yaml")):
        entries = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        nouns.update(
            lemma
            for lemma, entry in entries.items()
            if ONE_WORD.fullmatch(lemma) and first_sense_is_person(entry)
        )
    return sorted(nouns)


def main(folder: str) -> None:
    nouns = person_nouns(Path(folder))
    OUT.write_text(
        json.dumps({"_about": ABOUT, "nouns": nouns}, indent=0, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(nouns)} nouns written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
