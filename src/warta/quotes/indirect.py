"""Indirect quotes: reported speech without quote marks, one per sentence.

Four shapes cover Indonesian newswriting: a cue verb after its subject
("Ali mengatakan (bahwa) …"), a source phrase before the speaker ("menurut
Ali, …", "dikutip dari CNN, …"), a post-content cue between commas
("…, kata Ali, …") and a passive ("Hal itu disampaikan oleh Ali"). When a
sentence offers more than one, the earliest cue wins: it is the one the
sentence is built around.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.article import Token
from warta.quotes.lexicon import ADVERBS, CONNECTIVES, after_cue, cues, match_phrase, verb_cue
from warta.quotes.speaker import phrase_after, phrase_before, pronoun_at

# Words that open an adjunct between a cue verb and its content
# ("mengatakan kepada wartawan di Jakarta, Senin, …").
_ADJUNCT = frozenset(
    "pada kepada di dalam saat ketika seusai usai melalui dari via lewat sebelum setelah dengan "
    "dalam seperti".split()
)
_MIN_WORDS = 3


@dataclass(slots=True)
class Found:
    """One indirect quote as token ranges of its sentence."""

    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    pronoun: bool
    content: tuple[int, int]  # token range; ends exclude final punctuation
    anaphoric: bool = False  # content is the previous sentence ("Hal itu disampaikan …")


def _words(toks: list[Token], a: int, b: int) -> int:
    return sum(1 for t in toks[a:b] if t.text[0].isalnum())


def _trim(toks: list[Token], a: int, b: int) -> tuple[int, int]:
    while a < b and toks[a].text in ",:;-–—":
        a += 1
    while b > a and toks[b - 1].text in ".,;:-–—":
        b -= 1
    return a, b


def _lead_tail(toks: list[Token], cue_start: int, after_speaker: int) -> tuple[int, int] | None:
    """Content around a parenthetical cue: the tail if it is a clause, else the lead."""
    tail = _trim(toks, after_speaker, len(toks))
    if _words(toks, *tail) >= _MIN_WORDS:
        return tail
    lead = _trim(toks, 0, cue_start)
    lead_words = [t.text.lower() for t in toks[lead[0] : lead[1]] if t.text[0].isalnum()]
    if len(lead_words) >= _MIN_WORDS and not all(w in CONNECTIVES for w in lead_words):
        return lead
    return None


def _source(toks: list[Token], words: list[str]) -> Found | None:
    for i in range(len(toks)):
        n = match_phrase(words, i, cues().source)
        if not n:
            continue
        if words[i] == "menurutnya":
            return _finish(toks, i, i + 1, None, True)
        if pronoun_at(toks, i + n):
            return _finish(toks, i, i + n, (i + n, i + n + 1), True)
        span = phrase_after(toks, i + n)
        if span:
            return _finish(toks, i, i + n, span, False)
    return None


def _finish(
    toks: list[Token], i: int, cue_end: int, span: tuple[int, int] | None, pronoun: bool
) -> Found | None:
    speaker_end = span[1] if span else cue_end
    content = _lead_tail(toks, i, speaker_end)
    if content is None:
        return None
    return Found((i, cue_end), span, pronoun, content)


def _after(toks: list[Token], words: list[str]) -> Found | None:
    for i in range(1, len(toks)):
        if toks[i - 1].text != ",":
            continue
        hit = after_cue(words[i])
        if not hit:
            continue
        if hit[1]:
            found = _finish(toks, i, i + 1, None, True)
        elif pronoun_at(toks, i + 1):
            found = _finish(toks, i, i + 1, (i + 1, i + 2), True)
        else:
            span = phrase_after(toks, i + 1)
            found = _finish(toks, i, i + 1, span, False) if span else None
        if found:
            return found
    return None


def _passive(toks: list[Token], words: list[str]) -> Found | None:
    table = cues()
    for i in range(1, len(toks)):
        if words[i] not in table.passive:
            continue
        k = i + 1
        if k < len(toks) and words[k] == "oleh":
            k += 1
        span = phrase_after(toks, k)
        if not span or not (toks[span[0]].text[0].isupper() or words[span[0]] in table.speaker):
            continue
        lead = _trim(toks, 0, i)
        a = lead[0]
        while a < lead[1] and words[a] in CONNECTIVES and not match_phrase(words, a, table.anaphor):
            a += 1
        n = match_phrase(words, a, table.anaphor)
        if n and a + n >= lead[1] - 1:
            return Found((i, i + 1), span, False, (0, 0), anaphoric=True)
        if _words(toks, *lead) >= _MIN_WORDS:
            return Found((i, i + 1), span, False, lead)
    return None


def _verb(toks: list[Token], words: list[str]) -> Found | None:
    table = cues()
    for i in range(1, len(toks)):
        kind = verb_cue(words[i])
        n = 1
        if not kind:
            n = match_phrase(words, i, table.phrase)
            if not n:
                continue
            kind = "strong"
        j = i
        while j > 0 and words[j - 1] in ADVERBS:
            j -= 1
        pronoun = pronoun_at(toks, j - 1)
        span = (j - 1, j) if pronoun else phrase_before(toks, j)
        if span is None and j > 1 and toks[j - 1].text == ",":
            # "Kepala Dinas X, Rina Wulandari, mengatakan …": the speaker closes
            # an apposition with a comma before the cue verb.
            span = phrase_before(toks, j - 1)
        if span is None:
            continue
        k = i + n
        if k < len(toks) and toks[k].text in ",:":
            k += 1
        if k < len(toks) and words[k] == "bahwa":
            k += 1
        elif k < len(toks) and words[k] in _ADJUNCT:
            rest = words[k:]
            if "bahwa" in rest:
                k += rest.index("bahwa") + 1
            elif "," in rest:
                k += rest.index(",") + 1
            else:
                continue
        elif kind == "weak" and toks[k - 1].text not in ",:":
            continue
        content = _trim(toks, k, len(toks))
        if _words(toks, *content) >= _MIN_WORDS:
            return Found((i, i + n), span, pronoun, content)
    return None


def find(toks: list[Token]) -> Found | None:
    """The indirect quote of one sentence, if any (earliest cue wins)."""
    if len(toks) < 4:
        return None
    words = [t.text.lower() for t in toks]
    found = [f for f in (_source(toks, words), _after(toks, words), _passive(toks, words),
                         _verb(toks, words)) if f]  # fmt: skip
    return min(found, key=lambda f: f.cue[0]) if found else None
