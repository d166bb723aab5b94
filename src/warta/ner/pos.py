"""A part-of-speech lexicon learned from BaPOS and nlp-id.

A contextual POS tagger would cost a second CRF pass per sentence; for NER
the useful signal is mostly lexical (is this word usually a proper noun, a
verb, a preposition?), so warta keeps each word's most frequent tag. Both
corpora use the IDN Tagged Corpus tag set; BaPOS's B-/I- multi-word prefixes
are dropped.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from warta.ner.corpus import read_tagged


def build_pos_lexicon(data_dir: Path, min_count: int = 2) -> dict[str, str]:
    """Map each lower-cased word seen ``min_count`` times to its most frequent tag."""
    counts: dict[str, Counter[str]] = {}
    for path in (
        data_dir / "pos" / "bapos" / "train.txt",
        data_dir / "pos" / "nlp-id" / "postag.txt",
    ):
        for sentence in read_tagged(path):
            for token, tag in sentence:
                if len(tag) > 2 and tag[1] == "-":
                    tag = tag[2:]
                counts.setdefault(token.lower(), Counter())[tag] += 1
    lexicon = {}
    for word, tags in counts.items():
        if sum(tags.values()) >= min_count:
            lexicon[word] = min(tags.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return lexicon
