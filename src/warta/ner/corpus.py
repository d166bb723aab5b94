"""Unlabelled and POS-tagged text used to learn word resources for NER.

Only training material is read here: IndoSum articles (CC BY-SA 4.0, as
unlabelled text), the BaPOS train split and the nlp-id POS data (tokens and
tags), and the NER train splits' tokens. Valid splits never feed a resource.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

_SENTENCE_END = frozenset({".", "!", "?"})


def read_tagged(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Yield sentences of ``(token, tag)`` from a token<TAB>tag file (tags as written)."""
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip():
                if sentence:
                    yield sentence
                    sentence = []
                continue
            token, _, tag = line.partition("\t")
            sentence.append((token.strip(), tag.strip()))
    if sentence:
        yield sentence


def indosum_sentences(path: Path) -> Iterator[list[str]]:
    """Yield whitespace-token sentences from IndoSum articles (already tokenised upstream)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            for paragraph in article["text"].split("\n\n"):
                sentence: list[str] = []
                for token in paragraph.split():
                    sentence.append(token)
                    if token in _SENTENCE_END:
                        yield sentence
                        sentence = []
                if sentence:
                    yield sentence


def indosum_news_sentences(path: Path) -> Iterator[list[str]]:
    """Yield IndoSum sentences split and tokenised by warta's own segmenter.

    IndoSum's text keeps the full stop on the word before it ("online."), so
    :func:`indosum_sentences` yields whole paragraphs; this reads it the way
    ``warta.analyze`` reads an article, which is what machine-tagged
    (self-training) sentences must look like. Related-article lines ("Baca
    juga: …", "Simak juga …") are skipped by the structure layer's rule.
    """
    from warta.segment import split_paragraphs, split_sentences, tokenize
    from warta.structure import related_label

    with path.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            for p_start, p_end in split_paragraphs(text):
                if related_label(text[p_start:p_end]):
                    continue
                for start, end in split_sentences(text, p_start, p_end):
                    yield [token.text for token in tokenize(text, start, end)]


def unlabelled_sentences(data_dir: Path, ner_train: list[Path]) -> Iterator[list[str]]:
    """All cased training sentences warta may learn word statistics from."""
    yield from indosum_sentences(data_dir / "summaries" / "indosum" / "dev.jsonl")
    for path in (
        data_dir / "pos" / "bapos" / "train.txt",
        data_dir / "pos" / "nlp-id" / "postag.txt",
    ):
        for sentence in read_tagged(path):
            yield [token for token, _ in sentence]
    for path in ner_train:
        for sentence in read_tagged(path):
            yield [token for token, _ in sentence]


def pretraining_sentences(
    data_dir: Path,
    exclude: Iterable[Path] = (),
    min_tokens: int = 4,
    max_tokens: int = 80,
) -> list[list[str]]:
    """Unlabelled news sentences for the network's masked-word pretraining.

    IndoSum split by warta's own segmenter (the way ``warta.analyze`` reads
    an article), plus the tokens of BaPOS train and the nlp-id POS data.
    Every sentence that also occurs in one of the ``exclude`` files (the NER
    train and valid splits) is dropped, lower-cased and compared whole: BaPOS
    shares a few sentences with the NER valid splits, and the pretraining text
    must not hold text that is scored, nor the held-out folds of
    cross-validation. Deduplicated, in a fixed order.
    """
    skip = {
        " ".join(token for token, _ in sentence).lower()
        for path in exclude
        for sentence in read_tagged(path)
    }
    sources: list[Iterator[list[str]]] = [
        indosum_news_sentences(data_dir / "summaries" / "indosum" / "dev.jsonl")
    ]
    for path in (
        data_dir / "pos" / "bapos" / "train.txt",
        data_dir / "pos" / "nlp-id" / "postag.txt",
    ):
        sources.append([token for token, _ in tagged] for tagged in read_tagged(path))
    seen: set[str] = set()
    sentences: list[list[str]] = []
    for source in sources:
        for tokens in source:
            key = " ".join(tokens).lower()
            if min_tokens <= len(tokens) <= max_tokens and key not in seen and key not in skip:
                seen.add(key)
                sentences.append(tokens)
    return sentences
