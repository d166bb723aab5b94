"""What a rule may ask about its surroundings: the sentence, tense and case.

Rules are regular expressions; the few decisions a regex cannot make
(is this "Minggu" a Sunday? is the sentence about the future?) look at the
text around the match through this small object, built once per article.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right

_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)]*\s+|\n+")
_FUTURE = re.compile(
    r"\b(?:akan|bakal|hendak|rencananya|direncanakan|berencana|dijadwalkan|mendatang|nanti|"
    r"segera|ditargetkan|diharapkan|diperkirakan)\b",
    re.IGNORECASE,
)
# Months also point forward after delivery words: "pengiriman Januari" is a futures contract.
_FUTURE_MONTH = re.compile(
    r"\b(?:pengiriman|pengantaran|kontrak|target|hingga|sampai)\b", re.IGNORECASE
)
_PAST = re.compile(
    r"\b(?:sejak|telah|sudah|pernah|lalu|silam|semula|sebelumnya|tercatat|kata|katanya|ujar"
    r"|ujarnya|mengatakan|menyatakan|tutur|jelas|ungkap|menurut)\b",
    re.IGNORECASE,
)
_OPENERS = frozenset("\"'“‘(-–—")


class Context:
    """Per-article view used by the rules: text, reference date, sentence starts."""

    __slots__ = ("_starts", "ref", "text")

    def __init__(self, text: str, ref: dt.date | None) -> None:
        self.text = text
        self.ref = ref
        self._starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]

    def sentence_start(self, pos: int) -> int:
        """Offset where the sentence containing ``pos`` begins."""
        return self._starts[bisect_right(self._starts, pos) - 1]

    def opens_sentence(self, pos: int) -> bool:
        """True when only quotes or brackets separate ``pos`` from the sentence start."""
        head = self.text[self.sentence_start(pos) : pos]
        return all(ch.isspace() or ch in _OPENERS for ch in head)

    def tense(self, pos: int, month: bool = False) -> int:
        """+1 if the clause before ``pos`` looks ahead, -1 if it looks back, else 0.

        The marker nearest to ``pos`` wins, so "akan ... sejak Juni" is past.
        """
        lo = max(self.sentence_start(pos), pos - 80)
        best, best_end = 0, -1
        markers = (
            ((_FUTURE, 1), (_PAST, -1), (_FUTURE_MONTH, 1))
            if month
            else ((_FUTURE, 1), (_PAST, -1))
        )
        for regex, sign in markers:
            for m in regex.finditer(self.text, lo, pos):
                if m.end() > best_end:
                    best, best_end = sign, m.end()
        return best

    def word_before(self, pos: int) -> str:
        """The word just before ``pos``, lower-cased ("" at the start)."""
        i = pos
        while i > 0 and self.text[i - 1].isspace():
            i -= 1
        j = i
        while j > 0 and (self.text[j - 1].isalnum() or self.text[j - 1] in "-'"):
            j -= 1
        return self.text[j:i].lower()

    def sunday_reading(self, start: int, end: int, follower: str) -> str:
        """Decide what "minggu" at ``start`` means: "sunday", "week" or "none".

        Capitalised in mid-sentence, after "hari", before a date or after
        "Sabtu-" it is the weekday; lower case, or "Minggu lalu" opening a
        sentence, it is the week; in "Pasar Minggu" it is a place.
        """
        text = self.text
        before = self.word_before(start)
        if before == "pasar":
            return "none"
        tail = text[end : end + 4].lstrip(" ,")
        if tail[:1] == "(" or (tail[:1].isdigit()):
            return "sunday"
        if before in ("hari", "sabtu", "malam") or text[max(0, start - 6) : start].lower().endswith(
            ("sabtu-", "sabtu–")
        ):
            return "sunday"
        if not text[start].isupper():
            return "week"
        if self.opens_sentence(start) and follower:
            return "week"
        return "sunday"
