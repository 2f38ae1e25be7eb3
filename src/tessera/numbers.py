"""Numbers of people as reports write them, in figures or in words ("14", "fourteen",
"twenty-five", "a couple").

The events stage reads how many people an act befell, and the merge reads the numbers an event's
evidence names; both read them here, outside either stage, so that the merge needs no language
model to load.
"""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "a": 1, "an": 1, "single": 1, "both": 2, "couple": 2,
}  # fmt: skip


# Nouns that count the people they name by their own size: "a trio of doctors" is three people,
# "the trio" three. The events stage reads a victims' count from them, the merge a number the
# evidence names ("a trio from the hospital, two physicians and a nurse, were hauled off").
SIZED_GROUP_NOUNS = {"trio": 3, "threesome": 3, "quartet": 4}

# The words of NUMBER_WORDS that are cardinals a count of time can use ("forty days", "fifty
# years ago"): not the article, "single", "both" or "couple", nor "hundred" or "thousand", which
# take a cardinal before them ("one hundred days").
_NOT_COUNTS = frozenset({"a", "an", "single", "both", "couple", "hundred", "thousand"})


def cardinal_words() -> dict[str, int]:
    """English cardinals from one to ninety-nine as words, the compounds hyphenated as news
    writes them ("twenty-five"), with their values."""
    words = {w: n for w, n in NUMBER_WORDS.items() if w not in _NOT_COUNTS}
    units = [(w, n) for w, n in words.items() if n < 10]
    tens = [(w, n) for w, n in words.items() if n >= 20 and n % 10 == 0]
    return words | {f"{t}-{u}": tn + un for t, tn in tens for u, un in units}


def parse_number(text: str) -> int | None:
    """The number a word or a figure names ("1,200", "twenty-five", "both"), or None."""
    cleaned = text.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+", cleaned):
        return int(cleaned)
    if "-" in cleaned:  # twenty-five
        parts = [NUMBER_WORDS.get(p) for p in cleaned.split("-")]
        if all(parts):
            return sum(p for p in parts if p)
    return NUMBER_WORDS.get(cleaned)
