"""Near copies: the same wire story lightly edited by another outlet (a word changed, a line of
credit added, a paragraph cut) is one report, not two.

Each stored document's text is cut into word 5-shingles ("police arrested three women in",
"arrested three women in hyesan", ...) and summarised by a MinHash signature (datasketch); the
signature is cut into bands, and each band's hash is stored (`document_bands`), so the LSH index is
the database itself: a new text's candidates are the stored documents sharing one of its band
hashes, found by SQL in every run. A candidate is a near copy when the Jaccard similarity of the
two texts' shingle sets, computed exactly, is at least `THRESHOLD`.

0.8 keeps what syndication changes (a sentence reworded or dropped in a report of twenty) and
leaves apart two outlets' own reports of one event, which share names and numbers but few runs of
five words.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np

SHINGLE_WORDS = 5
THRESHOLD = 0.8
NUM_PERM = 80
# 16 bands of 5 rows: a pair at Jaccard 0.8 shares a band with probability 1 - (1 - 0.8**5)**16 =
# 0.998, a pair at 0.5 with 0.40, at 0.2 with 0.005. Sharing a band only makes a candidate (the
# exact similarity decides), so the bands are set to miss almost no pair at the threshold.
BANDS, ROWS = 16, 5
# A text of fewer shingles is too short to tell a light edit from another report of the same facts.
MIN_SHINGLES = 20
# Fixed, with the permutation scheme named: band hashes stored by one run (or one datasketch
# version) must match those the next computes.
SEED = 1
SCHEME = "affine32"
# Stored documents sharing the most bands with a new text whose texts are compared with it.
CANDIDATES = 5

_WORD = re.compile(r"\w+")


def _minhash_class() -> type:
    """datasketch's MinHash, imported when a text is first signed: datasketch pulls in scipy,
    a third of a second that every command line run paid, `tessera extract` included, though
    only storing a document signs one."""
    from datasketch import MinHash

    return MinHash


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    return _minhash_class()(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def shingles(text: str) -> frozenset[str]:
    """The text's runs of five words, lower-cased (punctuation and spacing ignored)."""
    words = _WORD.findall(text.lower())
    return frozenset(" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))


@lru_cache(maxsize=32)
def signature(text: str) -> tuple[frozenset[str], tuple[int, ...]]:
    """The text's shingles and its LSH band hashes (none when it is too short to compare)."""
    found = shingles(text)
    if len(found) < MIN_SHINGLES:
        return found, ()
    minhash = _minhash_class()(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME)
    minhash.update_batch(s.encode("utf-8") for s in sorted(found))
    values = minhash.hashvalues
    bands = []
    for b in range(BANDS):
        digest = hashlib.blake2b(
            bytes([b]) + values[b * ROWS : (b + 1) * ROWS].tobytes(), digest_size=8
        ).digest()
        bands.append(int.from_bytes(digest, "big", signed=True))  # fits a BIGINT column
    return found, tuple(bands)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
