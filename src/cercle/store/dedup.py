"""Near-duplicate families (syndicated copies with small edits) with MinHash.

datasketch computes the signatures; its ``MinHashLSH`` index lives only in
memory, so the LSH bands are kept in the ``article_bands`` table instead: a new
process finds an article's family with one indexed query, without loading every
signature. A candidate is confirmed by the estimated Jaccard similarity of the
two signatures.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata

import numpy as np
from datasketch import MinHash

from ..resolve.keys import _ACRONYM_DOTS

_NON_WORD = re.compile(r"[^0-9a-z&]+")


def _drop_marks(text: str) -> str:
    """``text`` without its combining marks. An article has a handful of distinct marks (acute,
    grave, cedilla…): one ``str.replace`` each costs about half a translate table over every
    character (32 vs 61 µs on a ~1,100-character article)."""
    for ch in set(text):
        if ch >= "\u0300" and unicodedata.combining(ch):
            text = text.replace(ch, "")
    return text


def fold_text(text: str) -> str:
    """``resolve.keys.fold`` for a whole article: the same string, with the accents dropped by a
    few ``str.replace`` instead of a Python loop over every character."""
    text = _ACRONYM_DOTS.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _drop_marks(unicodedata.normalize("NFKD", text))
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    return " ".join(_NON_WORD.sub(" ", text).split())

NUM_PERM = 64
BANDS, ROWS = 16, 4          # LSH S-curve threshold ≈ (1/16)^(1/4) ≈ 0.5
THRESHOLD = 0.6              # estimated Jaccard of 5-word shingles to call two articles copies
SHINGLE = 5
SCHEME = "affine32"         # pinned: signatures stored in the store must stay comparable


def _minhash(**kw) -> MinHash:
    try:
        return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, **kw)
    except TypeError:  # datasketch < 2.0 has a single scheme and no ``scheme`` argument
        return MinHash(num_perm=NUM_PERM, seed=1, **kw)


_PERMUTATIONS = None


def _fresh() -> MinHash:
    """An empty MinHash fed with hashes already taken (``signature``); its permutations (the costly
    part of making one) are computed once."""
    global _PERMUTATIONS
    if _PERMUTATIONS is None:
        _PERMUTATIONS = _minhash().permutations
    return _minhash(permutations=_PERMUTATIONS, hashfunc=_taken)


def _taken(h: int) -> int:
    return h


def signature(text: str) -> MinHash:
    words = fold_text(text).split()
    if len(words) < SHINGLE:
        shingles = {" ".join(words)}
    else:
        shingles = set(map(" ".join, zip(*(words[i:] for i in range(SHINGLE)))))
    # datasketch's default hash function, sha1_hash32 (the first 4 bytes of SHA-1, little-endian),
    # applied here without a Python call per shingle; datasketch then applies its permutations to
    # these hashes as usual. Same signature bytes as ``update_batch`` of the encoded shingles
    # (tests/store/test_dedup.py).
    digests = b"".join([hashlib.sha1(s.encode("utf-8")).digest()[:4] for s in shingles])
    m = _fresh()
    m.update_batch(np.frombuffer(digests, dtype="<u4").tolist())
    return m


def to_blob(m: MinHash) -> bytes:
    return m.hashvalues.astype(np.uint64).tobytes()


def from_blob(blob: bytes) -> MinHash:
    return _minhash(hashvalues=np.frombuffer(blob, dtype=np.uint64))


def bands(m: MinHash) -> list[tuple[int, str]]:
    values = m.hashvalues.astype(np.uint64)
    return [(b, hashlib.sha1(values[b * ROWS:(b + 1) * ROWS].tobytes()).hexdigest()[:16])
            for b in range(BANDS)]


# the articles sharing a band with the new one: a JSON array of its band hashes, the index of each
# being its band, one primary-key seek per band in a single statement (not one statement per band)
_CANDIDATES = ("SELECT id, family_id, minhash FROM articles WHERE id IN ("
               "SELECT b.article_id FROM json_each(?) j JOIN article_bands b ON b.band = j.key AND b.hash = j.value) "
               "ORDER BY seq")


def find_family(conn: sqlite3.Connection, m: MinHash, band_hashes: list[tuple[int, str]] | None = None
                ) -> tuple[str, float] | None:
    """(family id, similarity) of the closest stored copy of an article, if any; ``band_hashes``:
    ``bands(m)`` if the caller already has them."""
    best: tuple[str, float] | None = None
    band_hashes = band_hashes if band_hashes is not None else bands(m)
    rows = conn.execute(_CANDIDATES, (json.dumps([h for _b, h in band_hashes]),)).fetchall()
    values = m.hashvalues.astype(np.uint64)
    for _id, family, blob in rows:  # MinHash.jaccard, without building a MinHash per candidate
        sim = float(np.count_nonzero(values == np.frombuffer(blob, dtype=np.uint64))) / float(len(values))
        if sim >= THRESHOLD and (best is None or sim > best[1]):
            best = (family, sim)
    return best


def save_bands(conn: sqlite3.Connection, article_id: str, band_hashes: list[tuple[int, str]]) -> None:
    """Store an article's ``bands(m)``."""
    conn.executemany("INSERT OR IGNORE INTO article_bands VALUES (?, ?, ?)",
                     [(b, h, article_id) for b, h in band_hashes])
