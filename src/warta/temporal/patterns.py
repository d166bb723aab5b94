"""Regex fragments shared by the rules, built once from the lexicon."""

from __future__ import annotations

import re

from warta.temporal.lexicon import (
    COUNTED_NOUNS,
    ISLAMIC_HOLIDAYS,
    ISLAMIC_MONTHS,
    JAVANESE_MONTHS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PASARAN,
    WEEKDAYS,
)


def alternation(words: object) -> str:
    """A non-capturing alternation, longest first so "Sept" beats "Sep"."""
    items = sorted(words, key=len, reverse=True)  # type: ignore[call-overload]
    return "(?:" + "|".join(w.replace("'", "['’]?") for w in items) + ")"


FLAGS = re.IGNORECASE
WD = alternation(WEEKDAYS)
PAS = alternation(PASARAN)
MONTH = alternation(MONTHS) + r"\b"
ABBR = alternation(MONTH_ABBREVIATIONS) + r"\b\.?"
ISLAMIC = alternation(ISLAMIC_MONTHS) + r"\b"
ISLAMIC_DAY = alternation(ISLAMIC_HOLIDAYS) + r"\b"
JAVANESE = alternation(JAVANESE_MONTHS) + r"\b"
YEAR = r"(?:1[89]\d{2}|20\d{2})"
COUNTED = alternation(COUNTED_NOUNS) + r"\b"
TZ = r"(?:WIB|WITA|WIT)\b"
EDGE = r"\b"
# A day number that is not the tail of a larger number, a price or a fraction.
DAY = r"(?<![\d.,/:])(?P<d>[0-3]?\d)"
NUMERIC_DATE = (
    r"(?P<nd>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<nm>[01]?\d)(?:\s*(?P=sep)\s*(?P<ny>\d{4}|\d{2}))?"
)
MODIFIER = (
    r"(?:lebih\s+dari|kurang\s+dari|hampir|sekitar|kira-kira|setidaknya|sedikitnya|"
    r"paling\s+tidak|paling\s+lama|paling\s+cepat|kurang\s+lebih|lebih\s+kurang|minimal|"
    r"maksimal|hanya|selama-lamanya|sekurang-kurangnya)"
)
