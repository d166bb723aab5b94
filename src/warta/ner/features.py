"""Token features for the NER CRF.

Speed comes from caching: everything that depends on a token string alone
(shape, affixes, clusters, POS, capitalisation ratio, cue-word flags) is
computed once per distinct string and reused, including the prefixed copies
that neighbours contribute. Per sentence only the gazetteer match, the
bigrams and the list concatenation remain.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warta.ner.gazetteer import Gazetteer
from warta.ner.lexicon import ORG_HEADS, PERSON_TITLES, PLACE_HEADS, PLACE_PREPOSITIONS

_SHAPE_TABLE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
    "X" * 26 + "x" * 26 + "d" * 10,
)
_SQUEEZE = re.compile(r"(.)\1+")
CACHE_LIMIT = 200_000


def word_shape(token: str) -> str:
    """Letters to X/x, digits to d; other characters kept (long words are truncated)."""
    return token[:12].translate(_SHAPE_TABLE)


_BRACKETS_RE = re.compile(r"^[(\[]+(?=\w)|(?<=\w)[)\]]+[,.;:]?$")


def bare_word(token: str) -> str:
    """The word inside brackets glued to it: "(Nigeria)" -> "Nigeria", "(PKB)," -> "PKB".

    The news NER corpus keeps a bracketed word as one token ("Rodrigo Gularte
    (Brasil)", "Lingkaran Survei Indonesia (LSI)"); every word resource
    (clusters, POS, capitalisation ratio, gazetteer, word vectors) must see
    the word, not an unknown "(nigeria)". Other tokens come back unchanged.
    """
    return _BRACKETS_RE.sub("", token) if token[:1] in "([" or token[-1:] in ")],.;:" else token


def _cap_bucket(ratio: float | None) -> str:
    if ratio is None:
        return "u"
    if ratio < 0.05:
        return "0"
    if ratio < 0.3:
        return "1"
    if ratio < 0.7:
        return "2"
    if ratio < 0.95:
        return "3"
    return "4"


@dataclass(frozen=True)
class WordInfo:
    """What the unlabelled-text and POS resources know about one lower-cased word."""

    clusters: tuple[str, ...]
    cap: str
    pos: str


@dataclass
class WordTable:
    """Lower-cased word -> :class:`WordInfo`, stored as one gzip TSV in the package."""

    words: dict[str, WordInfo] = field(default_factory=dict)

    def get(self, low: str) -> WordInfo:
        return self.words.get(low, _UNKNOWN)

    def write(self, path: Path) -> None:
        lines = [
            f"{w}\t{','.join(i.clusters)}\t{i.cap}\t{i.pos}\n"
            for w, i in sorted(self.words.items())
        ]
        with gzip.GzipFile(path, "wb", mtime=0) as raw:
            raw.write("".join(lines).encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> WordTable:
        words: dict[str, WordInfo] = {}
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                w, clusters, cap, pos = line.rstrip("\n").split("\t")
                words[w] = WordInfo(tuple(clusters.split(",")) if clusters else (), cap, pos)
        return cls(words)

    @classmethod
    def build(
        cls,
        clusters: dict[str, tuple[int, ...]],
        cap_ratios: dict[str, float],
        pos: dict[str, str],
    ) -> WordTable:
        words = {}
        for w in set(clusters) | set(cap_ratios) | set(pos):
            if "\t" in w or "\n" in w or not w:
                continue
            ids = tuple(str(c) for c in clusters.get(w, ()))
            words[w] = WordInfo(ids, _cap_bucket(cap_ratios.get(w)), pos.get(w, ""))
        return cls(words)


_UNKNOWN = WordInfo((), "u", "")


@dataclass(frozen=True)
class FeatureConfig:
    """Switches for the feature groups, so each one's worth can be measured (ablation)."""

    clusters: bool = True
    capratio: bool = True
    pos: bool = True
    gazetteer: bool = True
    cues: bool = True
    window: int = 2
    domains: bool = True
    caprun: bool = True
    nbr_clusters: bool = True
    brackets: bool = True  # look words up without glued brackets (see bare_word)


class FeatureExtractor:
    """Turn a token list into CRF feature lists (strings are binary features)."""

    def __init__(
        self,
        words: WordTable | None,
        gazetteer: Gazetteer | None,
        config: FeatureConfig | None = None,
    ) -> None:
        self.config = config or FeatureConfig()
        self.words = words if (words is not None) else WordTable()
        self.gazetteer = gazetteer if self.config.gazetteer else None
        self.offsets = [o for o in range(-self.config.window, self.config.window + 1) if o]
        self._cache: dict[tuple[str, str], _Cached] = {}

    def _static(self, token: str, word: str) -> tuple[list[str], list[str], str, str, int]:
        """Features of a token by itself, its signature for neighbours, lower form, short shape.

        ``word`` is the token without glued brackets (the token itself when the
        model does not strip them): the word every resource looks up.
        """
        cfg = self.config
        low = word.lower()
        shape = word_shape(token)
        short = _SQUEEZE.sub(r"\1", shape)
        info = self.words.get(low)
        feats = [
            "b",
            "w=" + low,
            "sh=" + shape,
            "ss=" + short,
            "p1=" + low[:1],
            "p2=" + low[:2],
            "p3=" + low[:3],
            "p4=" + low[:4],
            "s1=" + low[-1:],
            "s2=" + low[-2:],
            "s3=" + low[-3:],
            "s4=" + low[-4:],
            "len=" + str(min(len(token), 10)),
        ]
        if word != token:
            feats.append("bracketed")  # the shape features say which bracket
        if word[:1].isupper():
            feats.append("title")
        if word.isupper() and len(word) > 1:
            feats.append("upper")
        if "-" in token:
            feats.append("hyphen")
        signature = ["w=" + low, "ss=" + short]
        near: list[str] = []
        if cfg.clusters and info.clusters:
            feats.extend(f"c{i}={c}" for i, c in enumerate(info.clusters))
            signature.append("c=" + info.clusters[1 if len(info.clusters) > 1 else 0])
            if cfg.nbr_clusters:
                near = [f"c{i}={c}" for i, c in enumerate(info.clusters) if i != 1]
        if cfg.capratio:
            feats.append("cap=" + info.cap)
            signature.append("cap=" + info.cap)
            if word[:1].isupper():
                feats.append("tcap=" + info.cap)
        if cfg.pos and info.pos:
            feats.append("pos=" + info.pos)
            signature.append("pos=" + info.pos)
        if cfg.cues:
            for name, words in (
                ("per", PERSON_TITLES),
                ("org", ORG_HEADS),
                ("plc", PLACE_HEADS),
                ("prep", PLACE_PREPOSITIONS),
            ):
                if low in words:
                    feats.append("cue=" + name)
                    signature.append("cue=" + name)
        return feats, signature + near if near else signature, low, short, len(signature)

    def _context(self, token: str, domain: str) -> _Cached:
        """Everything about ``token`` that does not depend on its neighbours, ready to concatenate.

        Neighbour contributions are stored already prefixed by their offset
        (and duplicated for the domain), so a sentence costs list joins only.
        """
        key = (domain, token)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        word = bare_word(token) if self.config.brackets else token
        feats, signature, low, short, far = self._static(token, word)
        tag = domain + "|" if self.config.domains else ""
        if tag:
            feats = feats + [tag + f for f in feats]
        neighbours = {}
        for off in self.offsets:
            prefixed = [f"{off}:{f}" for f in (signature if -1 <= off <= 1 else signature[:far])]
            neighbours[off] = prefixed + [tag + f for f in prefixed] if tag else prefixed
        head = ""
        if low in ORG_HEADS:
            head = "org"
        elif low in PLACE_HEADS:
            head = "plc"
        elif low in PERSON_TITLES:
            head = "per"
        common = self.words.get(low).cap in ("0", "1")
        cached = _Cached(feats, neighbours, word, low, short, token[:1].isupper(), head, common)
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()
        self._cache[key] = cached
        return cached

    def token_contexts(self, tokens: Sequence[str], domain: str = "news") -> list[_Cached]:
        """The cached per-token record of every token (lower-cased form, cue class, features).

        Shared by the CRF features and the network's input encoder, so both
        read one cache and one definition of capitalisation and cues.
        """
        return [self._context(t, domain) for t in tokens]

    def gazetteer_matches(self, ctx: Sequence[_Cached]) -> list[str]:
        """The gazetteer's match per token, on the words inside glued brackets."""
        assert self.gazetteer is not None
        return self.gazetteer.match([c.word for c in ctx], [c.low for c in ctx])

    def sentence(self, tokens: list[str], domain: str = "news") -> list[list[str]]:
        """Feature lists for each token of one sentence.

        With ``config.domains`` every feature also appears prefixed by the text's
        domain ("frustratingly easy" domain adaptation): the two NER corpora
        annotate differently (news leaves a country used as an actor untagged,
        NERGrit tags it), and shared plus domain-specific weights let one model
        learn both conventions instead of averaging them.
        """
        n = len(tokens)
        ctx = self.token_contexts(tokens, domain)
        gaz = self.gazetteer_matches(ctx) if self.gazetteer is not None else None
        runs = _cap_runs(ctx) if self.config.caprun else None
        tag = domain + "|" if self.config.domains else ""
        offsets = self.offsets
        out: list[list[str]] = []
        for i in range(n):
            here = ctx[i]
            feats = list(here.feats)
            for off in offsets:
                j = i + off
                if 0 <= j < n:
                    feats += ctx[j].neighbours[off]
            extra: list[str] = []
            if i == 0:
                extra.append("BOS")
            else:
                left = ctx[i - 1]
                extra.append("bl=" + left.low + "|" + here.low)
                extra.append("bs=" + left.short + "|" + here.short)
            if i + 1 < n:
                right = ctx[i + 1]
                extra.append("br=" + here.low + "|" + right.low)
                extra.append("bsr=" + here.short + "|" + right.short)
            else:
                extra.append("EOS")
            if gaz is not None:
                match = gaz[i]
                if match:
                    codes, pos = match.split(":")
                    extra.extend([f"g={c}:{pos}" for c in codes])
                    extra.append("gz:" + pos)
                if i > 0 and gaz[i - 1]:
                    extra.append("g-1=" + gaz[i - 1])
                if i + 1 < n and gaz[i + 1]:
                    extra.append("g+1=" + gaz[i + 1])
            if runs is not None and runs[i] is not None:
                extra.extend(runs[i])
            feats += extra
            if tag:
                feats += [tag + f for f in extra]
            out.append(feats)
        return out


@dataclass(frozen=True, slots=True)
class _Cached:
    feats: list[str]
    neighbours: dict[int, list[str]]
    word: str  # the token without glued brackets, if the model strips them
    low: str
    short: str
    upper: bool
    head: str
    common: bool


_CONNECTORS = frozenset(
    {"dan", "of", "the", "&", "de", "van", "der", "bin", "binti", "al", "-", "la"}
)


@dataclass(frozen=True, slots=True)
class CapitalisedRun:
    """A run of capitalised words, ``tokens[start:end]``: one name candidate.

    ``head`` is the cue class of the run's first word (``org``, ``plc``,
    ``per`` or empty). The CRF turns runs into features (:func:`_cap_runs`);
    the network of :mod:`warta.ner.neural` embeds each token's position in
    its run together with ``head``.
    """

    start: int
    end: int
    head: str

    def position(self, k: int) -> str:
        """``S`` (single-word run), ``B``, ``I`` or ``E`` for token ``k`` of the run."""
        if self.end - self.start == 1:
            return "S"
        return "B" if k == self.start else ("E" if k == self.end - 1 else "I")


def capitalised_runs(ctx: Sequence[_Cached]) -> list[CapitalisedRun]:
    """The maximal runs of capitalised words in a sentence, left to right.

    A run may hold lower-case connectors (*dan*, *of*, *bin*) between
    capitalised words. A title (*Menteri*, *Kepala*) ends a run, and a
    sentence-initial word that is usually lower-case does not start one.
    """
    n = len(ctx)
    runs: list[CapitalisedRun] = []
    i = 0
    while i < n:
        if not ctx[i].upper or (i == 0 and ctx[i].common):
            i += 1
            continue
        end = i + 1
        while end < n and ctx[end - 1].head != "per":
            if ctx[end].upper:
                end += 1
            elif ctx[end].low in _CONNECTORS and end + 1 < n and ctx[end + 1].upper:
                end += 2
            else:
                break
        runs.append(CapitalisedRun(i, end, ctx[i].head))
        i = end
    return runs


def _cap_runs(ctx: Sequence[_Cached]) -> list[list[str] | None]:
    """CRF features shared by all tokens of a capitalised run (a name candidate).

    Each token of the run learns the run's first word and its cue class
    (*Kementerian* -> org, *Kota* -> plc), the last word, the word just
    before the run, its length and the token's position in it: the head of
    a long organisation name is often out of the +-2 window.
    """
    out: list[list[str] | None] = [None] * len(ctx)
    for run in capitalised_runs(ctx):
        before = ctx[run.start - 1].low if run.start > 0 else "<s>"
        shared = [
            "rh=" + ctx[run.start].low,
            "rhc=" + run.head,
            "rt=" + ctx[run.end - 1].low,
            "rb=" + before,
            "rn=" + str(min(run.end - run.start, 5)),
        ]
        for k in range(run.start, run.end):
            pos = run.position(k)
            out[k] = [*shared, "rp=" + pos, "rhp=" + run.head + pos]
    return out
