"""Near-duplicate detection: MinHash signatures and LSH bands kept in the database.

Syndicated copies of one story differ in small ways: another outlet's
dateline, a paragraph dropped or added, typos fixed, different "Baca juga"
lines. Word shingles of the clean body survive such edits: a copy with one
paragraph of ten removed still shares about 90% of its shingles.

Each article gets a :class:`datasketch.MinHash` signature (``NUM_PERM``
permutations) over its word ``SHINGLE``-grams. The signature is cut into
``BANDS`` bands of ``ROWS`` values; each band is hashed to one 64-bit key and
stored in the ``lsh_bands`` table. Two articles become *candidates* when they
share a band key; a candidate is *confirmed* when the estimated Jaccard
similarity of the two signatures reaches ``THRESHOLD``. Confirmed pairs are
merged into clusters (connected components), so the result does not depend on
the order in which articles arrive, which keeps parallel, resumed and repeated
runs consistent.

Keeping the bands in the database (rather than an in-memory
``datasketch.MinHashLSH``) is what makes a resumed run see exactly the state
that was committed, and keeps memory flat: each new article costs one indexed
lookup of its ``BANDS`` keys, so detection is near-linear in corpus size.
Exact copies always share every band, and are also matched by content id.
"""

from __future__ import annotations

import hashlib
import struct

import numpy as np
from datasketch import MinHash

from warta.corpus.search import words

NUM_PERM = 128
SHINGLE = 4
BANDS = 32
ROWS = 4  # BANDS * ROWS == NUM_PERM; candidate curve midpoint near (1/32)**(1/4) = 0.42
THRESHOLD = 0.5
SEED = 1
_ROW_BYTES = 4


def shingles(text: str) -> set[bytes]:
    """Word ``SHINGLE``-grams of the folded body (fewer words: the words themselves)."""
    tokens = words(text)
    if len(tokens) < SHINGLE:
        return {t.encode("utf-8") for t in tokens}
    return {
        " ".join(tokens[i : i + SHINGLE]).encode("utf-8") for i in range(len(tokens) - SHINGLE + 1)
    }


def signature(text: str) -> bytes | None:
    """The MinHash signature as ``NUM_PERM`` little-endian uint32 values (None if no words)."""
    grams = shingles(text)
    if not grams:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED)
    minhash.update_batch(list(grams))
    return minhash.hashvalues.astype("<u4").tobytes()


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per band (fits SQLite INTEGER and PostgreSQL BIGINT)."""
    size = ROWS * _ROW_BYTES
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(
            band.to_bytes(2, "little") + sig[band * size : (band + 1) * size], digest_size=8
        ).digest()
        keys.append(struct.unpack("<q", digest)[0])
    return keys


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity: the share of equal MinHash values."""
    va = np.frombuffer(a, dtype="<u4")
    vb = np.frombuffer(b, dtype="<u4")
    if va.shape != vb.shape:
        return 0.0
    return float(np.count_nonzero(va == vb)) / len(va)


def jaccard(a: str, b: str) -> float:
    """Exact shingle Jaccard similarity (for tests and tuning, not for the store)."""
    sa, sb = shingles(a), shingles(b)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)
