"""Mentions: the spans of text that name a person, organisation or place.

The entity layer works on mentions in three steps: find them (the tagger's chunks
cleaned in :mod:`warta.chunks`, more found across the article in
:mod:`warta.article_mentions`), give persons their roles (:mod:`warta.roles`), and group
them into entities (:mod:`warta.entities`). This module holds what the
steps share: the mention record, a cheap character-coverage index, and the
word lists that decide where a name starts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Honorifics and titles a model may include at the start of a person mention.
LEADING_TITLES = frozenset(
    """pak bu ibu bapak sdr saudara saudari ny tn nn prof profesor dr drg ir drs dra h hj haji
    hajjah kh tuan nyonya akbp akp kompol kombes brigjen irjen komjen jenderal pol plh plt
    letkol kolonel mayjen laksamana marsekal iptu ipda aiptu bripka brigadir ajun inspektur
    bripda briptu bharada mas mbak bang kak cak om tante bro sis romo pastor pater suster
    bruder kiai gus habib syekh alhamdulillah aduh wah astaga insyaallah assalamualaikum""".split()
)
NAME_ABBREVIATIONS = frozenset({"Muh", "Moh", "Mhd", "Moch", "Mohd", "Abd", "St"})
AGE_AFTER_RE = re.compile(r"\s*\(\d{1,3}\)")
# A person's initial or initials: "M", "K.H." (an acronym such as "KPU" is none).
INITIALS_RE = re.compile(r"^(?:[A-Z]|(?:[A-Z]\.)+)$")


@dataclass(slots=True)
class Mention:
    """One mention: character offsets into the clean body, its text, type and role."""

    start: int
    end: int
    text: str
    type: str
    role: str | None = None


class Coverage:
    """Which characters of the text are already inside a mention.

    A byte per character keeps overlap tests proportional to the span's length,
    not to the number of mentions (long documents have thousands).
    """

    def __init__(self, length: int, mentions: list[Mention]) -> None:
        self.covered = bytearray(length + 1)
        for m in mentions:
            self.add(m.start, m.end)

    def add(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self.covered[start:end]
