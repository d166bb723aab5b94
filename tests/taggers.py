"""A hand-built tagger for tests: tests build mentions by hand instead of loading a model."""

from __future__ import annotations

from typing import Any

from warta import analyze
from warta.entities import Tagger, find_entities


class DictionaryTagger:
    """Tags the longest listed name at each position, BIO style (names of any length)."""

    def __init__(self, names: dict[tuple[str, ...], str]) -> None:
        self.names = names
        self.longest = max((len(k) for k in names), default=1)

    def tag(self, tokens: list[str]) -> list[str]:
        tags = ["O"] * len(tokens)
        i = 0
        while i < len(tokens):
            for n in range(self.longest, 0, -1):
                label = self.names.get(tuple(tokens[i : i + n]))
                if label:
                    tags[i : i + n] = [f"B-{label}"] + [f"I-{label}"] * (n - 1)
                    i += n
                    break
            else:
                i += 1
        return tags


def entities_by_name(text: str, tagger: Tagger) -> dict[str, dict[str, Any]]:
    """The entities warta resolves in ``text`` with ``tagger``, by name; every mention's
    offsets are checked against the clean text on the way."""
    article = analyze(text)
    found = find_entities(article.text, article.sentences, tagger)
    for entity in found:
        for mention in entity["mentions"]:
            assert article.text[mention["start"] : mention["end"]] == mention["text"]
    return {e["name"]: e for e in found}
