"""A corpus of invented reports for benchmarks: paragraphs in the style of the field, recombined.

The paragraphs are written for this project (plus the sample report the project ships as a
fixture), with counts, places and dates varied so that no two documents are the same.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "sample_report.txt"

PLACES = [
    "Hyesan",
    "Musan County",
    "Hoeryong",
    "Onsong County",
    "Sinuiju",
    "Manpo",
    "Kimjongsuk County",
    "Chongjin",
]
CHINA = ["Shenyang", "Dandong", "Yanji", "Tumen", "Changbai", "Qingdao", "Kunming"]
PROVINCES = ["Ryanggang Province", "North Hamgyong Province", "North Pyongan Province", "Jagang Province"]
PARAGRAPHS = [
    "A source in {province} told reporters on {day} that {n} residents of {place} were arrested by the "
    "Ministry of State Security after they were caught making calls on Chinese mobile phones.",
    "According to the source, a family of {n} from {place}, {province}, fled across the Tumen River in "
    "early {month} but was detained by Chinese police in {china} and is in danger of being repatriated.",
    "Border guards have set up additional checkpoints along the river and are preventing residents from "
    "travelling to the border area without a permit, the source added.",
    "\u201cSecurity agents are conducting house searches late at night and confiscating USB sticks,\u201d "
    "a second source in {province} said. \u201cPeople are afraid to talk to each other.\u201d",
    "On {day}, {n} people were publicly executed in {place} for distributing South Korean dramas, and "
    "local officials mobilized thousands of residents to watch.",
    "The authorities launched a crackdown on smuggling in {place} last month. More than {n} traders were "
    "questioned and several were sent to a labor training camp.",
    "Rights groups estimate that China forcibly repatriated more than {big} North Koreans through {china} "
    "in {month}, most of them women.",
    "Two soldiers who tried to cross the border near {place} were shot by guards, a source said. Their "
    "families were banished to a remote county.",
    "The market in {place} was closed for two weeks while inspectors checked the goods of every trader.",
    "A woman in her 40s who had been repatriated from {china} disappeared from her home in {place} in "
    "mid-{month}, and police suspect that she fled again.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]


def invented_documents(count: int, seed: int = 7) -> list[dict]:
    """`count` documents in the JSON-lines input shape: id, text, published, outlet."""
    rng = random.Random(seed)
    sample_paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n")[2:] if p.strip()]
    docs = []
    for i in range(count):
        published = date(2018, 1, 1) + timedelta(days=rng.randrange(2400))
        values = {
            "n": rng.randint(2, 12),
            "big": rng.choice([50, 80, 200, 500]),
            "place": rng.choice(PLACES),
            "china": rng.choice(CHINA),
            "province": rng.choice(PROVINCES),
            "month": rng.choice(MONTHS),
            "day": f"{rng.choice(MONTHS)} {rng.randint(1, 28)}",
        }
        chosen = rng.sample(PARAGRAPHS, rng.randint(3, 6)) + rng.sample(sample_paragraphs, 2)
        rng.shuffle(chosen)
        text = "\n\n".join(p.format(**values) for p in chosen)
        docs.append(
            {"id": f"bench-{i:05d}", "text": text, "published": published.isoformat(), "outlet": "Invented"}
        )
    return docs


def write_jsonl(docs: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path
