"""Word clusters and capitalisation statistics learned from unlabelled text.

Clusters: each frequent word is described by the words seen just left and
just right of it (positive PMI over counts), the description is reduced to a
dense vector by a randomised SVD, and spherical k-means groups the vectors at
several granularities. Coarse and fine cluster ids then act like the prefixes
of a Brown-cluster path: they let the CRF generalise from *Surabaya* in train
to *Semarang* in test. The neural tagger's initial word vectors
(:func:`word_vectors`) come from the same PPMI + SVD recipe with a wider
context; both are built at training time only.

Capitalisation ratio: how often a word is capitalised away from sentence
starts. It separates names (*Jokowi* ~ 1.0) from common words that merely
open a sentence (*Pemerintah* ~ 0.2), which is the most frequent error of a
shape-only tagger.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

GRANULARITIES: tuple[int, ...] = (32, 128, 512)


def capitalisation_ratios(
    sentences: Iterable[Sequence[str]], min_count: int = 3
) -> dict[str, float]:
    """Share of non-initial occurrences of each lower-cased word that start upper-case."""
    seen: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for sentence in sentences:
        for i, token in enumerate(sentence):
            if i == 0 or not token[:1].isalpha() or sentence[i - 1] in ('"', "“", "'", ":"):
                continue
            low = token.lower()
            seen[low] += 1
            if token[0].isupper():
                upper[low] += 1
    return {w: upper[w] / n for w, n in seen.items() if n >= min_count}


def build_clusters(
    sentences: Sequence[Sequence[str]],
    seed: int = 13,
    min_count: int = 4,
    max_words: int = 30000,
    contexts: int = 1500,
    dims: int = 80,
) -> dict[str, tuple[int, ...]]:
    """Return word -> one cluster id per granularity in :data:`GRANULARITIES`."""
    import numpy as np

    rng = np.random.default_rng(seed)
    lowered = [[t.lower() for t in s] for s in sentences]
    vocab, vectors = _context_vectors(lowered, (-1, 1), min_count, max_words, contexts, dims, rng)
    assignments = [_spherical_kmeans(vectors, k, rng) for k in GRANULARITIES]
    return {w: tuple(int(a[i]) for a in assignments) for i, w in enumerate(vocab)}


def _context_vectors(
    lowered: Sequence[Sequence[str]],
    offsets: Sequence[int],
    min_count: int,
    max_words: int,
    contexts: int,
    dims: int,
    rng: Any,
) -> tuple[list[str], Any]:
    """Vocabulary and unit word vectors: positive PMI of each frequent word with the
    ``contexts`` most frequent words at each of ``offsets``, reduced by a randomised SVD."""
    import numpy as np

    freq: Counter[str] = Counter(t for s in lowered for t in s)
    vocab = [w for w, n in freq.most_common(max_words) if n >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_index = {w: i for i, w in enumerate(vocab[:contexts])}
    rows: list[int] = []
    cols: list[int] = []
    for s in lowered:
        ids = [index.get(t, -1) for t in s]
        cids = [ctx_index.get(t, -1) for t in s]
        for i, wid in enumerate(ids):
            if wid < 0:
                continue
            for block, off in enumerate(offsets):
                j = i + off
                if 0 <= j < len(s) and cids[j] >= 0:
                    rows.append(wid)
                    cols.append(block * contexts + cids[j])
    matrix = np.zeros((len(vocab), len(offsets) * contexts), dtype=np.float32)
    np.add.at(matrix, (np.asarray(rows), np.asarray(cols)), 1.0)
    total = matrix.sum()
    row_sum = matrix.sum(axis=1, keepdims=True)
    col_sum = matrix.sum(axis=0, keepdims=True) ** 0.75
    col_sum *= total / col_sum.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(matrix * total / (row_sum @ col_sum))
    matrix = np.nan_to_num(np.maximum(pmi, 0.0), posinf=0.0, neginf=0.0).astype(np.float32)

    # Randomised SVD with one power iteration: exact SVD of a 30k x 3k matrix is
    # needlessly slow for vectors that only get clustered or fine-tuned.
    probe = matrix @ rng.standard_normal((matrix.shape[1], dims + 20)).astype(np.float32)
    probe = matrix @ (matrix.T @ probe)
    basis, _ = np.linalg.qr(probe)
    u, sigma, _ = np.linalg.svd(basis.T @ matrix, full_matrices=False)
    vectors = (basis @ u[:, :dims]) * np.sqrt(sigma[:dims])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-8
    return vocab, vectors


def _spherical_kmeans(vectors: object, k: int, rng: object, iterations: int = 25) -> object:
    """Cosine k-means, seeded from frequent words so the common vocabulary anchors clusters."""
    import numpy as np

    data = np.asarray(vectors)
    generator: np.random.Generator = rng  # type: ignore[assignment]
    pool = min(len(data), max(4 * k, 2000))
    centres = data[generator.choice(pool, size=k, replace=False)].copy()
    labels = np.zeros(len(data), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(data @ centres.T, axis=1)
        for c in range(k):
            members = data[labels == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) + 1e-8)
    return labels


def word_vectors(
    sentences: Sequence[Sequence[str]],
    normalise: Callable[[str], str],
    seed: int = 13,
    min_count: int = 3,
    max_words: int = 20000,
    contexts: int = 1500,
    dims: int = 64,
) -> tuple[list[str], Any]:
    """Dense word vectors for the neural tagger: PPMI over +-2 neighbours, randomised SVD.

    The same recipe as the clusters, with two words of context each side and
    no clustering: the network wants the vectors themselves. Returns the
    vocabulary (most frequent first) and a float32 (words x dims) array of
    unit rows.
    """
    import numpy as np

    lowered = [[normalise(t) for t in s] for s in sentences]
    rng = np.random.default_rng(seed)
    vocab, vectors = _context_vectors(
        lowered, (-1, 1, -2, 2), min_count, max_words, contexts, dims, rng
    )
    return vocab, vectors.astype(np.float32)


def character_set(
    sentences: Iterable[Sequence[str]], size: int = 200, min_count: int = 5
) -> list[str]:
    """The most frequent characters of the unlabelled text (the rest share one id)."""
    counts: Counter[str] = Counter(c for s in sentences for t in s for c in t)
    return [c for c, n in counts.most_common(size) if n >= min_count]
