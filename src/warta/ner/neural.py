"""A small convolutional tagger that runs beside the CRF, in plain numpy.

Why a second model: the CRF sees sparse indicator features; this network
sees dense word vectors (learned by warta from unlabelled text, see
:func:`warta.ner.clusters.word_vectors`), characters through a small
convolution, and the same gazetteer, cluster, capitalisation and cue
resources as the CRF. The two make different mistakes, so averaging their
per-token label probabilities and decoding the average under BIO
constraints beats either alone (measured in ``docs/models.md``).

Architecture (trained with PyTorch by :mod:`warta.ner.neural_train`; this
module needs numpy only):

- inputs per token: word vector (64), character CNN (16-d characters,
  width-3 convolution, 48 filters, max-pooled), embeddings of eight
  categorical features (shape class, capitalisation-ratio bucket, POS
  lexicon tag, cue class, capitalised-run position x head class, three
  cluster granularities) and 18 gazetteer bits (9 sources x B/I);
- three width-3 convolutions over tokens (dilations 1, 2, 3; residual from
  the second on), ReLU, 200 channels: a receptive field of 13 tokens;
- one linear output layer per domain (``news`` and ``wiki``), because the
  two training corpora annotate differently (see the CRF's domain features).

Weights live in ``<stem>.neural.npz``: word vectors as int8 with one scale
per row, everything else float16, about 1 MB per network compressed. The file
may hold an ensemble: the first network's arrays under their plain names,
the others' under ``member1/``, ``member2/``… (vocabulary and character set
are shared); :class:`ConvTagger` averages their probabilities.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from warta.errors import WartaModelError
from warta.ner.conll import normalise_tag
from warta.ner.features import CACHE_LIMIT, FeatureExtractor, _Cached, capitalised_runs
from warta.ner.lexicon import ORG_HEADS, PERSON_TITLES, PLACE_HEADS, PLACE_PREPOSITIONS

LABELS: tuple[str, ...] = (
    "O",
    "B-PERSON",
    "I-PERSON",
    "B-ORGANISATION",
    "I-ORGANISATION",
    "B-PLACE",
    "I-PLACE",
)
LABEL_INDEX = {label: i for i, label in enumerate(LABELS)}
# A network may also be trained on BIOES labels (`NEURAL_PARAMS["tags"]`): its output
# layer then has these labels, the BIO ones first, and its `S-`/`E-` probabilities are
# added to the `B-`/`I-` columns, so every network hands the mix BIO probabilities.
NETWORK_LABELS: dict[str, tuple[str, ...]] = {
    "bio": LABELS,
    "bioes": (
        *LABELS,
        *(f"{edge}-{kind}" for kind in ("PERSON", "ORGANISATION", "PLACE") for edge in "ES"),
    ),
}
DOMAIN_INDEX = {"news": 0, "wiki": 1}
MAX_CHARS = 16
GAZETTEER_CODES = "CGKLMNPRV"
CAP_BUCKETS = ("u", "0", "1", "2", "3", "4")
POS_TAGS = (
    "", "NNP", "NN", "VB", "FW", "NUM", "JJ", "CD", "ADV", "SC", "PR", "IN", "SYM", "X", "DT",
    "CC", "UH", "RB", "NND", "NEG", "RP", "PRP", "Z", "WH",
)  # fmt: skip
_RUN_POSITIONS = {"S": 1, "B": 2, "I": 3, "E": 4}
_RUN_COLUMN = 4  # the column of Encoded.categories that holds run position x head class
_HEAD_CLASSES = {"org": 1, "plc": 2, "per": 3}
# Sizes of the categorical inputs, in the column order of Encoded.categories.
CATEGORY_SIZES: tuple[int, ...] = (8, 6, len(POS_TAGS), 5, 20, 33, 129, 513)
CATEGORY_DIMS: tuple[int, ...] = (4, 4, 8, 4, 8, 8, 8, 8)
_DIGIT = re.compile(r"\d")
# The network's matrix products are small: a multi-threaded BLAS only adds
# hand-off cost, and with one warta worker per core (``warta ingest``) its
# threads fight the workers (measured: 11 -> 37 articles/s with 2 workers).
_BLAS = ThreadpoolController()


def normalise_word(token: str) -> str:
    """The word-vector key: lower case, every digit 0 (years and counts share vectors)."""
    return _DIGIT.sub("0", token.lower())


def _shape_class(token: str) -> int:
    if token.isupper() and len(token) > 1:
        return 1
    if token[:1].isupper():
        return 2
    if token.islower():
        return 3
    if token.isdigit():
        return 4
    if any(c.isdigit() for c in token):
        return 5
    if not any(c.isalnum() for c in token):
        return 6
    return 7


# (word id, character ids padded to MAX_CHARS, categories with the run column 0)
_TokenRow = tuple[int, list[int], tuple[int, ...]]


@dataclass(frozen=True)
class Encoded:
    """Integer and binary inputs for one sentence (``n`` tokens)."""

    words: np.ndarray  # (n,) int64, 0 pad, 1 unknown
    chars: np.ndarray  # (n, MAX_CHARS) int64, 0 pad, 1 unknown
    categories: np.ndarray  # (n, 8) int64
    gazetteer: np.ndarray  # (n, 18) float32


class InputEncoder:
    """Turn tokens into network inputs, reusing the CRF extractor's resources and caches."""

    def __init__(
        self, vocabulary: Sequence[str], charset: Sequence[str], extractor: FeatureExtractor
    ) -> None:
        self.vocabulary = list(vocabulary)
        self.charset = list(charset)
        self.word_index = {w: i + 2 for i, w in enumerate(self.vocabulary)}
        self.char_index = {c: i + 2 for i, c in enumerate(self.charset)}
        self.extractor = extractor
        self._pos_index = {p: i for i, p in enumerate(POS_TAGS)}
        self._rows: dict[str, _TokenRow] = {}

    def encode(self, tokens: Sequence[str], domain: str = "news") -> Encoded:
        n = len(tokens)
        ex = self.extractor
        ctx = ex.token_contexts(tokens, domain)
        rows = [self._token_row(t, c) for t, c in zip(tokens, ctx, strict=True)]
        words = np.fromiter((r[0] for r in rows), dtype=np.int64, count=n)
        chars = np.array([r[1] for r in rows], dtype=np.int64).reshape(n, MAX_CHARS)
        categories = np.array([r[2] for r in rows], dtype=np.int64).reshape(n, len(CATEGORY_SIZES))
        for span in capitalised_runs(ctx):
            head = _HEAD_CLASSES.get(span.head, 0)
            for k in range(span.start, span.end):
                categories[k, _RUN_COLUMN] = _RUN_POSITIONS[span.position(k)] * 4 + head
        gazetteer = np.zeros((n, 2 * len(GAZETTEER_CODES)), dtype=np.float32)
        if ex.gazetteer is not None:
            matches = ex.gazetteer_matches(ctx)
            for i, match in enumerate(matches):
                if match:
                    codes, position = match.split(":")
                    for code in codes:
                        k = GAZETTEER_CODES.find(code)
                        if k >= 0:
                            gazetteer[i, 2 * k + (position == "I")] = 1.0
        return Encoded(words, chars, categories, gazetteer)

    def _token_row(self, token: str, ctx: _Cached) -> _TokenRow:
        """Word id, character ids and the context-free categories of one token (cached).

        Only the capitalised-run column and the gazetteer bits depend on the
        neighbours; everything else is looked up once per distinct token.
        """
        row = self._rows.get(token)
        if row is not None:
            return row
        low = ctx.low
        info = self.extractor.words.get(low)
        cue = 0
        if low in PERSON_TITLES:
            cue = 1
        elif low in ORG_HEADS:
            cue = 2
        elif low in PLACE_HEADS:
            cue = 3
        elif low in PLACE_PREPOSITIONS:
            cue = 4
        clusters = [int(c) + 1 for c in info.clusters] if len(info.clusters) == 3 else [0, 0, 0]
        char_index = self.char_index
        chars = [char_index.get(ch, 1) for ch in token[:MAX_CHARS]]
        row = (
            # ctx.low is the word without glued brackets when the extractor strips them
            self.word_index.get(normalise_word(low), 1),
            chars + [0] * (MAX_CHARS - len(chars)),
            (
                _shape_class(token),
                CAP_BUCKETS.index(info.cap) if info.cap in CAP_BUCKETS else 0,
                self._pos_index.get(info.pos, 0),
                cue,
                0,  # capitalised-run column, filled per sentence
                *clusters,
            ),
        )
        if len(self._rows) >= CACHE_LIMIT:
            self._rows.clear()
        self._rows[token] = row
        return row


def _length_batches(lengths: Sequence[int], batch: int) -> Iterator[list[int]]:
    """Indices of the non-empty items, shortest first, in groups of ``batch``.

    Items of similar length share a padded batch, so little work goes to padding.
    """
    order = sorted((k for k, n in enumerate(lengths) if n), key=lambda k: lengths[k])
    for first in range(0, len(order), batch):
        yield order[first : first + batch]


def _conv(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, dilation: int) -> np.ndarray:
    """Width-3 'same' convolution along axis -2 of ``x`` (..., T, C) -> (..., T, O).

    ``weight`` is already laid out as (3*C, O), blocks for offsets -d, 0, +d;
    positions outside the sequence read zeros.
    """
    t, c = x.shape[-2], x.shape[-1]
    cols = np.zeros((*x.shape[:-2], t, 3 * c), dtype=x.dtype)
    if dilation < t:
        cols[..., dilation:, :c] = x[..., : t - dilation, :]
        cols[..., : t - dilation, 2 * c :] = x[..., dilation:, :]
    cols[..., c : 2 * c] = x
    return cols @ weight + bias


MEMBER_PREFIX = "member{}/"


@dataclass(frozen=True)
class _Member:
    """The weights of one network of an ensemble."""

    word_vectors: np.ndarray
    params: dict[str, np.ndarray]
    category_tables: list[np.ndarray]
    n_labels: int  # outputs per domain: 7 (BIO) or 13 (BIOES)
    to_bio: np.ndarray | None  # (n_labels, 7) sums BIOES probabilities into BIO; None for BIO


_MEMBER_ARRAYS = (
    "word_q", "word_scale", "char_emb", "char_conv_w", "char_conv_b", "conv1_w", "conv1_b",
    "conv2_w", "conv2_b", "conv3_w", "conv3_b", "head_w", "head_b",
    *(f"cat{i}" for i in range(len(CATEGORY_SIZES))),
)  # fmt: skip


def _member(arrays: dict[str, np.ndarray]) -> _Member:
    """One network's weights, checked whole at load time rather than failing mid-tagging."""
    missing = [name for name in _MEMBER_ARRAYS if name not in arrays]
    if missing:
        raise KeyError(", ".join(missing))
    scale = arrays["word_scale"].astype(np.float32)
    skip = ("word_q", "word_scale")
    params = {k: v.astype(np.float32) for k, v in arrays.items() if k not in skip}
    n_labels = len(params["head_b"]) // len(DOMAIN_INDEX)
    labels = next((ls for ls in NETWORK_LABELS.values() if len(ls) == n_labels), None)
    if labels is None:
        raise KeyError(f"head_b (an output layer of {n_labels} labels per domain)")
    return _Member(
        arrays["word_q"].astype(np.float32) * scale[:, None],
        params,
        [params[f"cat{i}"] for i in range(len(CATEGORY_SIZES))],
        n_labels,
        None if labels == LABELS else bio_folding(labels),
    )


def bio_folding(labels: Sequence[str]) -> np.ndarray:
    """A 0/1 matrix that sums probabilities over ``labels`` (BIO or BIOES, a network's or a
    CRF's) into :data:`LABELS` columns; a label of another entity type adds to none."""
    fold = np.zeros((len(labels), len(LABELS)), dtype=np.float32)
    for i, label in enumerate(labels):
        column = LABEL_INDEX.get(normalise_tag(label))
        if column is not None:
            fold[i, column] = 1.0
    return fold


def split_members(arrays: dict[str, np.ndarray]) -> list[dict[str, np.ndarray]]:
    """The weight sets of an ensemble file: unprefixed keys, then ``member1/``, ``member2/``…

    A file written before ensembles existed has only unprefixed keys: one member.
    """
    members = [{k: v for k, v in arrays.items() if "/" not in k}]
    index = 1
    while any(k.startswith(MEMBER_PREFIX.format(index)) for k in arrays):
        prefix = MEMBER_PREFIX.format(index)
        members.append({k[len(prefix) :]: v for k, v in arrays.items() if k.startswith(prefix)})
        index += 1
    return members


class ConvTagger:
    """Numpy forward pass of the trained network(s): tokens -> label probabilities.

    A model file may hold several networks trained alike from different
    seeds; their probabilities are averaged. One training run of this small
    network moves the valid F1 by about 0.02, and averaging runs removes much
    of that noise (docs/models.md). The networks share the input encoding,
    which is computed once per batch.
    """

    def __init__(self, arrays: dict[str, np.ndarray], encoder: InputEncoder) -> None:
        self.encoder = encoder
        self.members = [_member(weights) for weights in split_members(arrays)]

    @classmethod
    def load(cls, path: Path, extractor: FeatureExtractor) -> ConvTagger:
        try:
            with np.load(path, allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
        except (OSError, ValueError, EOFError) as exc:
            raise WartaModelError(f"{path}: cannot read neural tagger ({exc})") from None
        try:
            vocabulary = [str(w) for w in arrays.pop("vocabulary")]
            charset = [str(c) for c in arrays.pop("charset")]
            return cls(arrays, InputEncoder(vocabulary, charset, extractor))
        except KeyError as exc:
            raise WartaModelError(f"{path}: neural tagger lacks the array {exc}") from None

    def probabilities(self, tokens: Sequence[str], domain: str = "news") -> np.ndarray:
        """(n, 7) label probabilities in :data:`LABELS` order."""
        return self.probabilities_many([tokens], domain)[0]

    def probabilities_many(
        self, sentences: Sequence[Sequence[str]], domain: str = "news", batch: int = 64
    ) -> list[np.ndarray]:
        """Label probabilities for many sentences, run as padded batches of similar length.

        Batching turns hundreds of small matrix products into a few large
        ones; padded positions are zeroed after every layer, so each sentence
        is computed exactly as it would be alone.
        """
        out: list[np.ndarray] = [np.zeros((0, len(LABELS)))] * len(sentences)
        for group in _length_batches([len(s) for s in sentences], batch):
            encoded = [self.encoder.encode(sentences[k], domain) for k in group]
            with _BLAS.limit(limits=1, user_api="blas"):
                results = self._forward(encoded, domain)
            for k, probs in zip(group, results, strict=True):
                out[k] = probs
        return out

    def _forward(self, encoded: list[Encoded], domain: str) -> list[np.ndarray]:
        lengths = [len(e.words) for e in encoded]
        width = max(lengths)
        mask = np.zeros((len(encoded), width, 1), dtype=np.float32)
        for b, n in enumerate(lengths):
            mask[b, :n] = 1.0
        words = np.concatenate([e.words for e in encoded])
        chars = np.concatenate([e.chars for e in encoded])
        categories = np.concatenate([e.categories for e in encoded])
        gazetteer = np.concatenate([e.gazetteer for e in encoded])
        probs = sum(
            self._member_forward(m, words, chars, categories, gazetteer, lengths, mask, domain)
            for m in self.members
        )
        probs = probs / len(self.members)
        return [probs[b, :n] for b, n in enumerate(lengths)]

    @staticmethod
    def _member_forward(
        member: _Member,
        words: np.ndarray,
        chars: np.ndarray,
        categories: np.ndarray,
        gazetteer: np.ndarray,
        lengths: list[int],
        mask: np.ndarray,
        domain: str,
    ) -> np.ndarray:
        """(batch, width, labels) probabilities of one network; padded rows are meaningless."""
        p = member.params
        char_vectors = p["char_emb"][chars]
        char_feats = np.maximum(_conv(char_vectors, p["char_conv_w"], p["char_conv_b"], 1), 0.0)
        parts = [member.word_vectors[words], char_feats.max(axis=1)]
        parts += [table[categories[:, i]] for i, table in enumerate(member.category_tables)]
        parts.append(gazetteer)
        flat = np.concatenate(parts, axis=1)
        x = np.zeros((len(lengths), mask.shape[1], flat.shape[1]), dtype=np.float32)
        start = 0
        for b, n in enumerate(lengths):
            x[b, :n] = flat[start : start + n]
            start += n
        h1 = np.maximum(_conv(x, p["conv1_w"], p["conv1_b"], 1), 0.0) * mask
        h2 = (np.maximum(_conv(h1, p["conv2_w"], p["conv2_b"], 2), 0.0) + h1) * mask
        h3 = np.maximum(_conv(h2, p["conv3_w"], p["conv3_b"], 3), 0.0) + h2
        d = DOMAIN_INDEX[domain]
        n_labels = member.n_labels
        logits = h3 @ p["head_w"][:, d * n_labels : (d + 1) * n_labels]
        logits += p["head_b"][d * n_labels : (d + 1) * n_labels]
        logits -= logits.max(axis=-1, keepdims=True)
        e = np.exp(logits)
        probs = e / e.sum(axis=-1, keepdims=True)
        return probs if member.to_bio is None else probs @ member.to_bio


# --- decoding ---------------------------------------------------------------------------------

_ALLOWED = np.array([[not (b.startswith("I-") and a[2:] != b[2:]) for b in LABELS] for a in LABELS])
_TRANSITION = np.where(_ALLOWED, 0.0, -1e9)
_START = np.array([0.0 if not label.startswith("I-") else -1e9 for label in LABELS])


def decode_bio(probabilities: np.ndarray) -> list[str]:
    """Most probable label path under BIO constraints (an I-X only after B-X or I-X)."""
    return decode_bio_many([probabilities])[0]


def decode_bio_many(probabilities: Sequence[np.ndarray], batch: int = 64) -> list[list[str]]:
    """:func:`decode_bio` for many sentences at once: one Viterbi step covers a whole batch.

    Sentences of similar length are padded into batches; a padded position
    leaves its sentence's scores untouched, so each result equals
    ``decode_bio`` of that sentence alone.
    """
    out: list[list[str]] = [[] for _ in probabilities]
    for group in _length_batches([len(p) for p in probabilities], batch):
        lengths = np.array([len(probabilities[k]) for k in group])
        width = int(lengths.max())
        logp = np.zeros((len(group), width, len(LABELS)))
        for b, k in enumerate(group):
            logp[b, : lengths[b]] = np.log(probabilities[k] + 1e-9)
        score = _START + logp[:, 0]
        back = np.zeros((len(group), width, len(LABELS)), dtype=np.int64)
        for i in range(1, width):
            candidates = score[:, :, None] + _TRANSITION
            back[:, i] = candidates.argmax(axis=1)
            stepped = candidates.max(axis=1) + logp[:, i]
            score = np.where((i < lengths)[:, None], stepped, score)
        for b, k in enumerate(group):
            path = [int(score[b].argmax())]
            for i in range(int(lengths[b]) - 1, 0, -1):
                path.append(int(back[b, i, path[-1]]))
            out[k] = [LABELS[j] for j in reversed(path)]
    return out
