"""Reading quantities written in digits or Indonesian words ("1,5", "dua puluh satu")."""

from __future__ import annotations

import re

from warta.temporal.lexicon import DIGITS_WORDS, TEENS_AND_TENS, VAGUE_QUANTITIES

_UNIT_WORD = "(?:" + "|".join(DIGITS_WORDS) + ")"

# A quantity: digits with a decimal comma or thousands dots, number words, or a
# vague quantity ("beberapa"); "satu setengah" and "setengah" are halves.
NUMBER = (
    r"(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?"
    rf"|(?:{_UNIT_WORD}\s+puluh(?:\s+{_UNIT_WORD})?|{_UNIT_WORD}\s+belas|sepuluh|sebelas"
    rf"|seratus|seribu|{_UNIT_WORD})(?:\s+setengah)?"
    r"|setengah|" + "|".join(VAGUE_QUANTITIES) + ")"
)

_SPACES = re.compile(r"\s+")


def parse_number(text: str) -> float | None:
    """The value of a quantity matched by :data:`NUMBER`; None when vague."""
    s = _SPACES.sub(" ", text.strip().lower())
    if not s:
        return None
    if s[0].isdigit():
        return float(s.replace(".", "").replace(",", "."))
    if s in VAGUE_QUANTITIES:
        return None
    half = 0.0
    if s.endswith("setengah"):
        half = 0.5
        s = s[: -len("setengah")].strip()
        if not s:
            return half
    words = s.split(" ")
    if len(words) == 1:
        w = words[0]
        base = DIGITS_WORDS.get(w, TEENS_AND_TENS.get(w))
        return None if base is None else base + half
    if words[1] == "belas":
        return 10 + DIGITS_WORDS[words[0]] + half
    if words[1] == "puluh":
        extra = DIGITS_WORDS[words[2]] if len(words) > 2 else 0
        return DIGITS_WORDS[words[0]] * 10 + extra + half
    return None
