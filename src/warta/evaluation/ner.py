"""Chunk-level NER scoring with conlleval semantics.

A chunk counts as correct only when both its span and its type match the
gold chunk exactly. Chunks are read the way conlleval reads them: an ``I-X``
that does not continue an ``X`` chunk opens a new one, so a tagger that emits
``I-`` without ``B-`` is scored as the Perl script would score it.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from warta.ner.conll import ENTITY_TYPES, format_conll, read_conll

Chunk = tuple[int, int, str]


class SentenceTagger(Protocol):
    """Anything that tags pre-tokenised sentences (the evaluation needs nothing more)."""

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]: ...


def chunks(tags: Sequence[str]) -> list[Chunk]:
    """Return ``(start, end_exclusive, type)`` chunks of one sentence, conlleval style."""
    found: list[Chunk] = []
    start = -1
    kind = ""
    for i, tag in enumerate(tags):
        prefix, _, this = tag.partition("-")
        continues = prefix == "I" and start >= 0 and this == kind
        if start >= 0 and not continues:
            found.append((start, i, kind))
            start = -1
        if prefix in ("B", "I") and not continues:
            start, kind = i, this
    if start >= 0:
        found.append((start, len(tags), kind))
    return found


def _prf(correct: int, gold: int, predicted: int) -> dict[str, float | int]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "gold": gold,
        "predicted": predicted,
        "correct": correct,
    }


def score_chunks(
    gold_sents: Sequence[Sequence[str]], pred_sents: Sequence[Sequence[str]]
) -> dict[str, object]:
    """Score predicted tag sequences against gold ones.

    Returns micro precision/recall/F1 over all chunks, ``macro_f1`` (the mean
    of per-type F1 over every type seen in gold or prediction, so inventing a
    type costs), and ``per_type``. Sentences must align one to one.
    """
    if len(gold_sents) != len(pred_sents):
        raise ValueError(f"{len(gold_sents)} gold sentences but {len(pred_sents)} predicted")
    gold_n: dict[str, int] = {}
    pred_n: dict[str, int] = {}
    good_n: dict[str, int] = {}
    tokens = 0
    for gold, pred in zip(gold_sents, pred_sents, strict=True):
        if len(gold) != len(pred):
            raise ValueError("a predicted sentence differs in length from its gold sentence")
        tokens += len(gold)
        gold_chunks = set(chunks(gold))
        pred_chunks = set(chunks(pred))
        for _, _, kind in gold_chunks:
            gold_n[kind] = gold_n.get(kind, 0) + 1
        for _, _, kind in pred_chunks:
            pred_n[kind] = pred_n.get(kind, 0) + 1
        for _, _, kind in gold_chunks & pred_chunks:
            good_n[kind] = good_n.get(kind, 0) + 1
    kinds = sorted(set(gold_n) | set(pred_n), key=_type_order)
    per_type = {k: _prf(good_n.get(k, 0), gold_n.get(k, 0), pred_n.get(k, 0)) for k in kinds}
    micro = _prf(sum(good_n.values()), sum(gold_n.values()), sum(pred_n.values()))
    macro = sum(float(per_type[k]["f1"]) for k in kinds) / len(kinds) if kinds else 0.0
    return {
        "precision": micro["precision"],
        "recall": micro["recall"],
        "micro_f1": micro["f1"],
        "macro_f1": round(macro, 4),
        "per_type": per_type,
        "sentences": len(gold_sents),
        "tokens": tokens,
    }


def bootstrap_interval(
    gold_sents: Sequence[Sequence[str]],
    pred_sents: Sequence[Sequence[str]],
    samples: int = 1000,
    level: float = 0.95,
    seed: int = 13,
) -> dict[str, float | int]:
    """Percentile bootstrap interval of type-macro F1, resampling whole sentences.

    A valid split of a few hundred sentences gives a macro F1 that moves by a
    point or more with the sample; the interval says how far, so two models
    (or a model and a target) are not compared on a difference the data
    cannot resolve. Sentences are drawn with replacement ``samples`` times
    (fixed ``seed``, so the interval is reproducible).
    """
    import numpy as np

    if samples < 1:
        raise ValueError("the bootstrap needs at least one sample")
    if len(gold_sents) != len(pred_sents):
        raise ValueError(f"{len(gold_sents)} gold sentences but {len(pred_sents)} predicted")
    per_sentence = [
        (set(chunks(g)), set(chunks(p))) for g, p in zip(gold_sents, pred_sents, strict=True)
    ]
    kinds = sorted({k for g, p in per_sentence for *_, k in g | p}, key=_type_order)
    # counts[i, t] = (gold, predicted, correct) chunks of type t in sentence i
    counts = np.zeros((len(per_sentence), len(kinds), 3))
    for i, (gold, pred) in enumerate(per_sentence):
        for t, kind in enumerate(kinds):
            counts[i, t, 0] = sum(1 for *_, k in gold if k == kind)
            counts[i, t, 1] = sum(1 for *_, k in pred if k == kind)
            counts[i, t, 2] = sum(1 for *_, k in gold & pred if k == kind)
    rng = np.random.default_rng(seed)
    n = len(per_sentence)
    scores = np.zeros(samples)
    for b in range(samples):
        total = counts[rng.integers(0, n, n)].sum(axis=0) if n else np.zeros((len(kinds), 3))
        gold_n, pred_n, good_n = total[:, 0], total[:, 1], total[:, 2]
        with np.errstate(divide="ignore", invalid="ignore"):
            precision = np.where(pred_n > 0, good_n / pred_n, 0.0)
            recall = np.where(gold_n > 0, good_n / gold_n, 0.0)
            f1 = np.where(
                precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0
            )
        present = (gold_n + pred_n) > 0  # a type absent from the sample does not count
        scores[b] = f1[present].mean() if present.any() else 0.0
    tail = (1.0 - level) / 2 * 100
    low, high = np.percentile(scores, [tail, 100 - tail])
    return {
        "level": level,
        "low": round(float(low), 4),
        "high": round(float(high), 4),
        "samples": samples,
    }


def _type_order(kind: str) -> tuple[int, str]:
    """Known types first, in warta's fixed order, so reports read the same every time."""
    return (ENTITY_TYPES.index(kind) if kind in ENTITY_TYPES else len(ENTITY_TYPES), kind)


def evaluate_ner(
    path: Path,
    tagger: SentenceTagger,
    predictions: Path | None = None,
    bootstrap: int = 0,
) -> dict[str, object]:
    """Tag the tokens of a gold CoNLL file as given and score the result.

    ``tokens_per_second`` times tagging alone (not file reading or scoring).
    With ``predictions``, writes ``token, gold, predicted`` rows in input order.
    With ``bootstrap`` > 0, adds ``macro_f1_interval``: a 95 % percentile
    bootstrap interval over that many resamples of the sentences.
    """
    sentences = read_conll(path)
    token_lists = [tokens for tokens, _ in sentences]
    started = time.perf_counter()
    predicted = tagger.tag_sentences(token_lists)
    elapsed = time.perf_counter() - started
    result = score_chunks([tags for _, tags in sentences], predicted)
    n_tokens = int(result["tokens"])  # type: ignore[call-overload]
    result["tokens_per_second"] = round(n_tokens / elapsed) if elapsed > 0 else 0
    result["file"] = str(path)
    if bootstrap > 0:
        result["macro_f1_interval"] = bootstrap_interval(
            [tags for _, tags in sentences], predicted, samples=bootstrap
        )
    if predictions is not None:
        rows = [
            list(zip(tokens, gold, pred, strict=True))
            for (tokens, gold), pred in zip(sentences, predicted, strict=True)
        ]
        Path(predictions).write_text(format_conll(rows), encoding="utf-8")
    return result
