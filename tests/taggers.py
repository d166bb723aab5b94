"""A hand-built tagger for tests: tests build mentions by hand instead of loading a model."""

from __future__ import annotations


class DictionaryTagger:
    """Tags the longest listed name at each position, BIO style (up to three tokens)."""

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
