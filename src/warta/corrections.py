"""Likely typos in the body, each with a suggestion.

Conservative by design: a suggestion is made only for a lower-case word that
never occurs in the word list warta builds from its corpora, when exactly one
frequent word lies within a small edit distance ("tersbut" -> "tersebut",
"memperingatakan" -> "memperingatkan"), or two nearby letters of a frequent word
are exchanged ("senjaga" -> "sengaja"). A word that lingua's character models
take for English ("influence", "assists") is quoted, not misspelt, and is left
alone. Capitalised words are names and are
never checked against the list; misspelt *names* are corrected only through
entity resolution ("Korea Utra" resolved to "Korea Utara").

The word list is built by ``warta train wordlist`` from the Indonesian corpora
in ``../shared/data`` and shipped in the package as ``data/wordlist-id.tsv.gz``.
Valid words those corpora miss ("instal", "ricek") are listed by hand in
``data/words-extra.txt``. Two right spellings of a name (an umlaut written out,
"Muenchen"; an English adjective, "Indonesian") are no entity typo.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

WORDLIST_NAME = "wordlist-id.tsv.gz"
_WORD_RE = re.compile(r"[a-zA-Z]+")
_CHECK_RE = re.compile(r"(?<![\w-])[a-z]{5,}(?![\w-])")
_MIN_SUGGESTION_COUNT = 20
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
_PREFIXES = ("di", "ke", "se")
_ENGLISH_BAR = 0.8


# --- building ------------------------------------------------------------------------


def count_words(paths: Iterable[Path]) -> Counter[str]:
    """Lower-case word counts from CoNLL files (first column) and JSON Lines (``text``)."""
    counts: Counter[str] = Counter()
    for path in paths:
        with path.open(encoding="utf-8", errors="replace") as handle:
            if path.suffix == ".jsonl":
                for line in handle:
                    try:
                        text = json.loads(line).get("text", "")
                    except ValueError:
                        continue
                    counts.update(w.lower() for w in _WORD_RE.findall(text))
            else:
                for line in handle:
                    token = line.split("\t", 1)[0].strip()
                    if token and _WORD_RE.fullmatch(token):
                        counts[token.lower()] += 1
    return counts


def write_wordlist(counts: Counter[str], out: Path, *, min_count: int, provenance: dict) -> int:
    """Write ``word TAB count`` lines (most frequent first) behind a JSON provenance header."""
    kept = [(w, c) for w, c in counts.most_common() if c >= min_count and len(w) > 1]
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("# " + json.dumps(provenance, ensure_ascii=False) + "\n")
        for word, count in kept:
            handle.write(f"{word}\t{count}\n")
    return len(kept)


# --- using -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def wordlist() -> dict[str, int]:
    """The packaged word list (empty if it has not been built)."""
    resource = resources.files("warta.data").joinpath(WORDLIST_NAME)
    if not resource.is_file():
        return {}
    words: dict[str, int] = {}
    with resource.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            word, _, count = line.rstrip("\n").partition("\t")
            words[word] = int(count)
    return words


@lru_cache(maxsize=1)
def _frequent_by_initial() -> dict[str, list[str]]:
    buckets: dict[str, list[str]] = {}
    for word, count in wordlist().items():
        if count >= _MIN_SUGGESTION_COUNT and len(word) >= 4:
            buckets.setdefault(word[0], []).append(word)
    return buckets


@lru_cache(maxsize=1)
def _stemmer() -> tuple[Any, frozenset[str]]:
    """Sastrawi's Indonesian stemmer and its dictionary of about 30,000 root words."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    factory = StemmerFactory()
    return factory.create_stemmer(), frozenset(factory.get_words())


@lru_cache(maxsize=1)
def extra_words() -> frozenset[str]:
    """Valid words the corpora miss ("instal", "ricek"), from ``data/words-extra.txt``."""
    text = resources.files("warta.data").joinpath("words-extra.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def _known(word: str, words: dict[str, int]) -> bool:
    """In the word list or the hand-written extra words, or an affixed form of a known
    Indonesian root ("merendam")."""
    if word in words or word in extra_words():
        return True
    stemmer, roots = _stemmer()
    if word in roots or stemmer.stem(word) in roots:
        return True
    for clitic in _CLITICS:
        if word.endswith(clitic) and word[: -len(clitic)] in words:
            return True
    if word.endswith("in") and len(word) > 5 and (word[:-2] in words or word[:-2] in roots):
        return True  # colloquial -in for -kan/-i: "mainin", "bikinin", "kasihin"
    return any(word.startswith(p) and word[len(p) :] in words for p in _PREFIXES)


def suggest(word: str) -> str | None:
    """The single frequent word within a small edit distance of an unknown word, or None."""
    words = wordlist()
    if not words or _known(word, words):
        return None
    limit = 1 if len(word) < 12 else 2
    bucket = _frequent_by_initial().get(word[0], ())
    candidates = [w for w in bucket if abs(len(w) - len(word)) <= limit]
    found = process.extract(
        word, candidates, scorer=Levenshtein.distance, score_cutoff=limit, limit=3
    )
    swapped = [w for w in candidates if _near_swap(word, w)]
    if len(swapped) == 1 and not (found and words[found[0][0]] > 10 * words[swapped[0]]):
        # Two letters typed in each other's place ("senjaga" for "sengaja") cost two
        # edits, so a one-edit neighbour ("senjata") would otherwise win; unless that
        # neighbour is far more common ("dlolar": "dolar", not "dollar").
        return None if _looks_english(word) else swapped[0]
    if not found or _looks_english(word):
        return None
    best_distance = found[0][1]
    best = [w for w, d, _ in found if d == best_distance]
    if len(best) > 1:
        best.sort(key=lambda w: -words[w])
        if words[best[0]] < 5 * words[best[1]]:
            return None  # two equally close, equally common words: do not guess
    return best[0]


def _near_swap(word: str, other: str) -> bool:
    """``other`` is ``word`` with two letters at most two apart exchanged: "medai" /
    "media", "senjaga" / "sengaja". Farther swaps are more often two different real
    words ("diskrit" / "distrik", "paitan" / "pantai") than one slip."""
    if len(word) != len(other):
        return False
    diff = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] - diff[0] <= 2
        and word[diff[0]] == other[diff[1]]
        and word[diff[1]] == other[diff[0]]
    )


@lru_cache(maxsize=1)
def _english_or_indonesian() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.INDONESIAN).build()


def _looks_english(word: str) -> bool:
    """An English word quoted in Indonesian news ("influence", "assists") is no typo.

    Decided by lingua's character models, English against Indonesian; only asked
    about words that already look misspelt, so it costs nothing on clean text.
    The bar is high: real slips such as "tempot" or "worksop" stay under it.
    """
    from lingua import Language

    detector = _english_or_indonesian()
    return bool(detector.compute_language_confidence(word, Language.ENGLISH) >= _ENGLISH_BAR)


# German umlauts written out: "Muenchen" is "München", as right as "Munchen".
_UMLAUT_RE = re.compile(r"(?<=[a-z])([aou])e")


def _spelling_variant(surface: str, name: str) -> bool:
    """Two right spellings of one name, not a slip: an umlaut written out ("Bayern
    Muenchen" / "Bayern Munchen") or an English adjective of a country or people
    ("Indonesian Masters" holds "Indonesian", not a mistyped "Indonesia")."""
    a, b = surface.lower(), name.lower()
    if _UMLAUT_RE.sub(r"\1", a) == _UMLAUT_RE.sub(r"\1", b):
        return True
    return a == b + "n" or b == a + "n"


def find_corrections(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ``corrections`` layer: lexicon typos and misspelt entity names."""
    found: list[dict[str, Any]] = []
    cache: dict[str, str | None] = {}
    for match in _CHECK_RE.finditer(text):
        word = match.group()
        if word not in cache:
            cache[word] = suggest(word)
        suggestion = cache[word]
        if suggestion:
            found.append(
                {"start": match.start(), "end": match.end(), "text": word,
                 "suggestion": suggestion, "source": "lexicon"}
            )  # fmt: skip
    for entity in entities:
        name = entity["name"]
        for mention in entity["mentions"]:
            surface = mention["text"]
            if (
                surface != name
                and len(surface.split()) == len(name.split())
                and 0 < Levenshtein.distance(surface.lower(), name.lower()) <= 2
                and len(surface) >= 5
                and not _spelling_variant(surface, name)
            ):
                found.append(
                    {"start": mention["start"], "end": mention["end"], "text": surface,
                     "suggestion": name, "source": "entity"}
                )  # fmt: skip
    found.sort(key=lambda c: c["start"])
    return found
