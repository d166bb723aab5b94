"""Load a trained NER model and tag token sequences.

A model is a small family of files sharing one stem, e.g. ``ner-id-1``:

- ``ner-id-1.crfsuite.gz``: the CRF weights, gzipped (5.5 MB -> 2 MB; read into
  memory with ``open_inmemory``, so no temporary file is needed);
- ``ner-id-1.json``: provenance, scores and the feature configuration;
- ``ner-id-1.words.tsv.gz``: word clusters, capitalisation ratios, POS lexicon;
- ``ner-id-1.gazetteer.tsv.gz``: the compiled gazetteer;
- ``ner-id-1.neural.npz`` (optional): the convolutional tagger of
  :mod:`warta.ner.neural`. When present, its label probabilities are averaged
  with the CRF's marginals and the average is decoded under BIO constraints.

The packaged default lives in :mod:`warta.models` and is loaded once per
process (``NerTagger.load()`` is cached), since the gazetteer takes a few
tenths of a second to build.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pycrfsuite

from warta.errors import WartaModelError
from warta.ner.conll import normalise_tag, to_bio
from warta.ner.features import FeatureConfig, FeatureExtractor, WordTable
from warta.ner.gazetteer import Gazetteer
from warta.ner.neural import ConvTagger, bio_folding, decode_bio, decode_bio_many

DEFAULT_MODEL = "ner-id-1"
DOMAINS: tuple[str, ...] = ("news", "wiki")
# Feature switches missing from an older model's metadata: that model was
# trained without them.
LEGACY_FEATURES: dict[str, bool] = {"caprun": False, "nbr_clusters": False, "brackets": False}


def domain_of(path: Path) -> str:
    """The annotation domain of a CoNLL file: ``wiki`` for NERGrit-style data, else ``news``.

    Decided by the dataset folder name (``nergrit`` or a name containing
    ``wiki``), because CoNLL files carry no metadata of their own. Training
    and ``warta eval ner`` share this rule, so a file is scored under the
    conventions it was annotated with.
    """
    name = Path(path).resolve().parent.name.lower()
    return "wiki" if ("nergrit" in name or "wiki" in name) else "news"


def model_files(path: Path) -> dict[str, Path]:
    """The files of the model whose CRF file (or any sibling with the same stem) is ``path``."""
    path = Path(path)
    name = path.name
    stem = name.split(".", 1)[0] if "." in name else name
    folder = path.parent
    return {
        "crf": folder / f"{stem}.crfsuite.gz",
        "meta": folder / f"{stem}.json",
        "words": folder / f"{stem}.words.tsv.gz",
        "gazetteer": folder / f"{stem}.gazetteer.tsv.gz",
        "neural": folder / f"{stem}.neural.npz",
    }


class NerTagger:
    """A CRF NER tagger: tokens in, BIO tags (PERSON / ORGANISATION / PLACE) out."""

    def __init__(
        self,
        crf_path: Path,
        extractor: FeatureExtractor,
        meta: dict[str, Any],
        neural: ConvTagger | None = None,
        mix: float = 0.5,
    ) -> None:
        self._tagger = pycrfsuite.Tagger()
        try:
            # crfsuite reads the model in place: keep the bytes alive with the tagger.
            self._model_bytes = gzip.decompress(Path(crf_path).read_bytes())
            self._tagger.open_inmemory(self._model_bytes)
        except (OSError, ValueError, EOFError) as exc:
            raise WartaModelError(f"{crf_path}: cannot open CRF model ({exc})") from None
        self.extractor = extractor
        self.meta = meta
        self.domain = "news"
        self.neural = neural
        self.mix = mix
        self._crf_labels = tuple(self._tagger.labels())
        # A CRF trained on BIOES has S- and E- labels too: their marginals are
        # added to the B- and I- columns, so every CRF yields BIO probabilities.
        self._to_bio = bio_folding(self._crf_labels)

    @property
    def crf_labels(self) -> tuple[str, ...]:
        """The labels the CRF learned: BIO, or BIOES (``S-``/``E-`` too) for a BIOES model."""
        return self._crf_labels

    def with_domain(self, domain: str) -> NerTagger:
        """A view of this tagger for another text domain (``news`` or ``wiki``).

        The CRF is shared, not copied. ``news`` is the default because warta
        reads news; ``wiki`` applies the encyclopaedic annotation conventions
        of NERGrit.
        """
        if domain not in DOMAINS:
            raise ValueError(f"unknown domain {domain!r}; expected one of {', '.join(DOMAINS)}")
        return self._view(domain=domain)

    def fast(self) -> NerTagger:
        """A view of this tagger that tags with the CRF alone (Viterbi), skipping the networks.

        About twice as fast and a little less accurate (docs/models.md, "Fast
        mode"): for a large backlog where speed matters more than the last
        points of F1. The view shares the CRF and word resources with this one.
        """
        return self._view(neural=None)

    def _view(self, **changes: Any) -> NerTagger:
        """A shallow copy with ``changes`` applied: models and resources are shared."""
        view = object.__new__(NerTagger)
        view.__dict__.update(self.__dict__, **changes)
        return view

    @classmethod
    def load(cls, path: Path | None = None) -> NerTagger:
        """Load a model by path, or the packaged default (cached) when ``path`` is None."""
        if path is None:
            return _default_tagger()
        return cls._load_files(Path(path))

    @classmethod
    def _load_files(cls, path: Path) -> NerTagger:
        files = model_files(path)
        if not files["crf"].is_file():
            raise WartaModelError(f"{files['crf']}: no such model file")
        meta: dict[str, Any] = {}
        if files["meta"].is_file():
            try:
                meta = json.loads(files["meta"].read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise WartaModelError(
                    f"{files['meta']}: unreadable model metadata ({exc})"
                ) from None
        # Feature groups added after a model was trained are off for that model.
        stored = {**LEGACY_FEATURES, **meta.get("features", {})}
        config = FeatureConfig(**stored)
        try:
            words = WordTable.load(files["words"]) if files["words"].is_file() else None
            gazetteer = (
                Gazetteer.load(files["gazetteer"])
                if config.gazetteer and files["gazetteer"].is_file()
                else None
            )
        except (OSError, ValueError, EOFError) as exc:
            raise WartaModelError(f"{path}: corrupt model resource ({exc})") from None
        if config.gazetteer and gazetteer is None:
            config = FeatureConfig(**{**stored, "gazetteer": False})
        extractor = FeatureExtractor(words, gazetteer, config)
        neural = None
        settings = meta.get("neural")
        if settings and files["neural"].is_file():
            neural = ConvTagger.load(files["neural"], extractor)
        mix = float(settings.get("mix", 0.5)) if settings else 0.5
        return cls(files["crf"], extractor, meta, neural, mix)

    def capitalisation(self, word: str) -> str:
        """How often ``word`` is capitalised inside a sentence, as the model's bucket.

        ``"0"`` (under 5 % of its occurrences in the unlabelled text), ``"1"``
        (under 30 %) up to ``"4"``; ``"u"`` for a word seen too rarely. The
        entity layer uses it to drop a sentence's capitalised first word that
        is usually lower-case ("Jelang ...", "Belanja ...").
        """
        return self.extractor.words.get(word.lower()).cap

    def known_name(self, words: list[str]) -> str:
        """The model gazetteer's source codes for exactly ``words`` ("" if not listed):
        "P" for a province, regency or city, "M" for a state body, ministry or party, ...
        (see :mod:`warta.ner.gazetteer`). The entity layer uses it to see where a
        known name ends inside a longer chunk ("Kementerian Dalam Negeri | Bahtiar")."""
        return self.extractor.gazetteer.table.get(" ".join(w.lower() for w in words)) or ""

    def first_name_count(self, word: str) -> int:
        """How many people the model's gazetteer lists whose name opens with ``word``
        (any case). The entity layer uses it to give a person back a first name the
        role before it took ("Kepala Humas Masjid Istiqlal Abu | Hurairah ...")."""
        return self.extractor.gazetteer.first_name_count(word.lower())

    def part_of_speech(self, word: str) -> str:
        """The most frequent BaPOS/nlp-id tag of ``word`` ("VB", "IN", "NNP", ...; "" if
        unseen), from the model's POS lexicon. The entity layer uses it to drop a
        verb or preposition opening a sentence ("Melansir Entertainment Weekly")."""
        return self.extractor.words.get(word.lower()).pos

    def tag(self, tokens: list[str]) -> list[str]:
        """BIO tags for one tokenised sentence; the tokens are used exactly as given."""
        if not tokens:
            return []
        features = self.extractor.sentence(tokens, self.domain)
        if self.neural is None:
            labels = self._tagger.tag(pycrfsuite.ItemSequence(features))
            return to_bio([normalise_tag(label) for label in labels])
        return decode_bio(self.probabilities(tokens, features))

    def probabilities(
        self, tokens: list[str], features: list[list[str]] | None = None
    ) -> np.ndarray:
        """(n, 7) label probabilities: CRF marginals, mixed with the network's when there is one.

        Columns follow :data:`warta.ner.neural.LABELS`.
        """
        crf = self._crf_marginals(tokens, features)
        if self.neural is None:
            return crf
        network = self.neural.probabilities(tokens, self.domain)
        return self.mix * network + (1.0 - self.mix) * crf

    def _crf_marginals(self, tokens: list[str], features: list[list[str]] | None) -> np.ndarray:
        if features is None:
            features = self.extractor.sentence(tokens, self.domain)
        tagger = self._tagger
        tagger.set(pycrfsuite.ItemSequence(features))
        positions = range(len(tokens))
        marginals = np.array(
            [[tagger.marginal(label, i) for i in positions] for label in self._crf_labels]
        )
        return marginals.T @ self._to_bio

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags for many sentences, in order (the network runs them in batches)."""
        if self.neural is None:
            return [self.tag(tokens) for tokens in sentences]
        networks = self.neural.probabilities_many(sentences, self.domain)
        mixed = [
            self.mix * network + (1.0 - self.mix) * self._crf_marginals(tokens, None)
            if tokens
            else network
            for tokens, network in zip(sentences, networks, strict=True)
        ]
        return decode_bio_many(mixed)


@lru_cache(maxsize=1)
def _default_tagger() -> NerTagger:
    package = resources.files("warta.models")
    crf = package / f"{DEFAULT_MODEL}.crfsuite.gz"
    if not crf.is_file():
        raise WartaModelError(f"the packaged NER model {DEFAULT_MODEL} is missing")
    with resources.as_file(crf) as crf_path:
        return NerTagger._load_files(Path(crf_path))
