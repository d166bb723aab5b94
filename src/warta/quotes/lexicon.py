"""Reporting cues as data, with a typo-tolerant lookup for cue verbs.

The cue list lives in ``data/cues-id.txt`` so that adding a verb is a data
change, not a code change. Lookups run once per token of every article, so
they are set membership first and only fall back to an edit-distance search
for long unknown ``me-``/``ber-`` words ("memperingatakan" is "memperingatkan").
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz.distance import Levenshtein

# Sentence-initial words that look like the start of a name but are connectives.
CONNECTIVES = frozenset(
    """sementara namun selain kemudian adapun terpisah sedangkan lebih lanjut dalam saat di pada
    menanggapi oleh sebelumnya ketika karena bahkan tetapi tapi meski meskipun walaupun jika
    kalau untuk dengan atas soal terkait mengenai tentang berdasarkan hal itu ini juga dan atau
    seperti sebagaimana selanjutnya akhirnya lalu kini hingga sejak usai seusai menurut baca
    maka sehingga agar supaya bagi kepada dari ke yakni yaitu apalagi padahal tak tidak""".split()
)
# Adverbs and auxiliaries that may stand between a speaker and the cue verb.
ADVERBS = frozenset(
    """juga pun telah sudah kembali lagi pula sebelumnya sendiri pernah hanya bahkan justru tetap
    masih sempat secara terpisah sekaligus langsung lantas lalu kemudian malah memang""".split()
)
DAY_NAMES = frozenset("senin selasa rabu kamis jumat sabtu minggu".split())
# Lower-case particles inside personal names ("Abdul bin Ahmad", "Van der Sar").
NAME_PARTICLES = frozenset("bin binti van der de da al el von di".split()) - {"di"}


@dataclass(frozen=True, slots=True)
class Cues:
    """The cue lexicon, by position of the cue relative to speaker and content."""

    after: frozenset[str]
    verb: frozenset[str]
    weak: frozenset[str]
    phrase: tuple[tuple[str, ...], ...]
    source: tuple[tuple[str, ...], ...]
    passive: frozenset[str]
    pronoun: frozenset[str]
    speaker: frozenset[str]
    anaphor: tuple[tuple[str, ...], ...]
    roles: tuple[tuple[str, ...], ...]


def _by_length(lines: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted({tuple(x.split()) for x in lines}, key=len, reverse=True))


@lru_cache(maxsize=1)
def cues() -> Cues:
    """Parse ``data/cues-id.txt`` (and the role list the entity layer uses)."""
    sections: dict[str, list[str]] = {}
    current = ""
    text = resources.files("warta.data").joinpath("cues-id.txt").read_text("utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            current = line[1 : line.index("]")]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line.lower())
    roles_text = resources.files("warta.data").joinpath("roles.txt").read_text("utf-8")
    roles = [x.strip() for x in roles_text.splitlines() if x.strip() and not x.startswith("#")]
    return Cues(
        after=frozenset(sections.get("after", ())),
        verb=frozenset(sections.get("verb", ())),
        weak=frozenset(sections.get("weak", ())),
        phrase=_by_length(sections.get("phrase", [])),
        source=_by_length(sections.get("source", [])),
        passive=frozenset(sections.get("passive", ())),
        pronoun=frozenset(sections.get("pronoun", ())),
        speaker=frozenset(sections.get("speaker", ())),
        anaphor=_by_length(sections.get("anaphor", [])),
        roles=_by_length(roles),
    )


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Words of the bundled word list: a real word is never taken for a cue typo."""
    path = resources.files("warta.data").joinpath("wordlist-id.tsv.gz")
    with path.open("rb") as handle, gzip.open(handle, "rt", encoding="utf-8") as lines:
        return frozenset(
            line.split("\t", 1)[0] for line in lines if line and not line.startswith("#")
        )


@lru_cache(maxsize=4096)
def verb_cue(word: str) -> str | None:
    """``"strong"``/``"weak"`` when ``word`` (lower case) is a cue verb, else None.

    A long unknown word one edit away from a strong cue verb counts as that
    verb, so reporters' slips do not hide a quote.
    """
    c = cues()
    if word in c.verb:
        return "strong"
    if word in c.weak:
        return "weak"
    if len(word) < 8 or not word.startswith(("me", "ber")) or not word.isalpha():
        return None
    candidates = [v for v in c.verb if abs(len(v) - len(word)) <= 1 and v[:3] == word[:3]]
    if not any(Levenshtein.distance(word, v, score_cutoff=1) <= 1 for v in candidates):
        return None
    return None if word in _known_words() else "strong"


@lru_cache(maxsize=4096)
def after_cue(word: str) -> tuple[str, bool] | None:
    """``(cue, pronoun)`` for a post-content cue ("kata", "ujarnya"), else None."""
    c = cues()
    if word in c.after:
        return word, False
    if word.endswith("nya") and word[:-3] in c.after:
        return word, True
    return None


def match_phrase(words: list[str], i: int, table: tuple[tuple[str, ...], ...]) -> int:
    """Length of the longest phrase of ``table`` starting at ``words[i]`` (0 if none)."""
    for phrase in table:
        n = len(phrase)
        if tuple(words[i : i + n]) == phrase:
            return n
    return 0
