"""Train the NER model: build word resources and gazetteer, fit the CRF, score it.

One call does everything so that a retrain is one command and reproducible:
resources are derived deterministically (fixed seed, sorted output) from the
shared data, and L-BFGS training is deterministic for fixed input.
"""

from __future__ import annotations

import datetime as _dt
import gzip
import json
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pycrfsuite

from warta.errors import WartaInputError
from warta.evaluation.ner import score_chunks
from warta.ner.conll import read_conll, to_bioes
from warta.ner.features import FeatureConfig, FeatureExtractor, WordTable
from warta.ner.gazetteer import Gazetteer, build_gazetteer
from warta.ner.neural import ConvTagger, InputEncoder
from warta.ner.tagger import NerTagger, domain_of, model_files

Progress = Callable[[str, float | None], None]
DomainSentence = tuple[list[str], list[str], str]

CRF_TAGS = ("bio", "bioes")
"""The tag schemes the CRF can be trained on; BIOES is the default (docs/models.md)."""

DEFAULT_PARAMS: dict[str, Any] = {
    "c1": 0.02,
    "c2": 0.05,
    "max_iterations": 250,
    "feature.possible_transitions": True,
}

KNOWN_LICENCES = {
    "nergrit": "NERGrit via IndoNLU, Apache-2.0",
    "idner-news-2k": "idner-news-2k (Khairunnisa et al. 2020), MIT",
}

PRETRAINING_SOURCE = (
    "pretraining text of the networks: IndoSum dev, BaPOS train and nlp-id sentences,"
    " less every sentence of the NER train and valid files"
)
RESOURCE_SOURCES = [
    "summaries/indosum/dev.jsonl: unlabelled text for clusters and capitalisation (CC BY-SA 4.0)",
    "pos/bapos/train.txt: POS lexicon, clusters (Apache-2.0)",
    "pos/nlp-id/postag.txt: POS lexicon, clusters (MIT)",
    "gazetteers/wilayah: region names (MIT)",
    "gazetteers/dbpedia-id: person/place/organisation names (Alfina et al., free to use)",
    "gazetteers/dpr-2014: members of parliament 2014-2019 (public data)",
]


def _quiet(_message: str, _fraction: float | None) -> None:
    return None


def find_data_dir(train: Sequence[Path]) -> Path | None:
    """The shared data root: a train file ancestor with ``gazetteers/``, or ../shared/data."""
    for path in train:
        for parent in Path(path).resolve().parents:
            if (parent / "gazetteers").is_dir() and (parent / "summaries").is_dir():
                return parent
    fallback = Path.cwd().resolve().parent / "shared" / "data"
    return fallback if (fallback / "gazetteers").is_dir() else None


def build_word_table(data_dir: Path, train: Sequence[Path], seed: int) -> WordTable:
    """Clusters, capitalisation ratios and POS lexicon from training-only text."""
    from warta.ner.clusters import build_clusters, capitalisation_ratios
    from warta.ner.corpus import unlabelled_sentences
    from warta.ner.pos import build_pos_lexicon

    sentences = list(unlabelled_sentences(data_dir, list(train)))
    return WordTable.build(
        build_clusters(sentences, seed=seed),
        capitalisation_ratios(sentences),
        build_pos_lexicon(data_dir),
    )


class _Trainer(pycrfsuite.Trainer):
    """A crfsuite trainer that reports each L-BFGS iteration to a progress callback."""

    def __init__(self, progress: Progress, iterations: int) -> None:
        super().__init__(verbose=False)
        self._progress = progress
        self._iterations = iterations

    def on_iteration(self, log: str, info: dict[str, Any]) -> None:
        done = int(info.get("num", 0))
        self._progress(f"CRF iteration {done}", min(done / self._iterations, 1.0))


def fit_crf(
    sentences: Sequence[DomainSentence],
    extractor: FeatureExtractor,
    model_path: Path,
    params: dict[str, Any],
    progress: Progress = _quiet,
    tags: str = "bioes",
) -> None:
    """Fit a CRF on ``sentences`` and write it gzipped to ``model_path``.

    ``tags="bioes"`` (the default, as in :func:`train_ner`) trains on BIOES
    labels, the gold BIO converted, which the tagger reads back into BIO
    probabilities; ``"bio"`` on the gold tags as they are.
    """
    if tags not in CRF_TAGS:
        raise ValueError(f"unknown CRF tag scheme {tags!r}; expected one of {CRF_TAGS}")
    trainer = _Trainer(progress, int(params.get("max_iterations", 100)))
    trainer.select("lbfgs")
    trainer.set_params(params)
    for tokens, gold, domain in sentences:
        labels = to_bioes(gold) if tags == "bioes" else gold
        trainer.append(pycrfsuite.ItemSequence(extractor.sentence(tokens, domain)), labels)
    model_path.parent.mkdir(parents=True, exist_ok=True)
    plain = model_path.with_name(model_path.name + ".tmp")
    try:
        trainer.train(str(plain))
        with gzip.GzipFile(model_path, "wb", compresslevel=9, mtime=0) as packed:
            packed.write(plain.read_bytes())
    finally:
        plain.unlink(missing_ok=True)


def train_ner(
    train: list[Path],
    valid: list[Path],
    out: Path,
    seed: int = 13,
    data_dir: Path | None = None,
    config: FeatureConfig | None = None,
    params: dict[str, Any] | None = None,
    progress: Progress = _quiet,
    command: str = "",
    neural: bool = False,
    neural_params: dict[str, Any] | None = None,
    crf_tags: str = "bioes",
) -> dict[str, Any]:
    """Train a model to ``out`` (the ``.crfsuite`` path) and return its valid scores by file.

    Without word resources or gazetteer (``config`` switching them off) no
    shared data is needed, which keeps the smoke test small. With ``neural``
    the convolutional tagger is trained too (needs PyTorch and the shared
    data) and mixed with the CRF.
    """
    config = config or FeatureConfig()
    params = {**DEFAULT_PARAMS, **(params or {})}
    started = time.perf_counter()
    train_sents = [(*s, domain_of(path)) for path in train for s in read_conll(path)]
    valid_sets = {str(path): read_conll(path) for path in valid}
    files = model_files(Path(out))
    for stale in (files["words"], files["gazetteer"], files["meta"], files["neural"]):
        stale.unlink(missing_ok=True)
    needs_data = config.clusters or config.capratio or config.pos or config.gazetteer or neural
    if neural:
        from warta.ner.neural_train import _torch

        _torch()  # fail before the long CRF fit, not after it
    if needs_data:
        data_dir = data_dir or find_data_dir(train)
        if data_dir is None:
            raise WartaInputError(
                "cannot find the shared data (gazetteers, unlabelled text)",
                hint="pass --data DIR or switch the resources off",
            )
    words = None
    if config.clusters or config.capratio or config.pos:
        progress("learning word clusters and lexicon", None)
        assert data_dir is not None
        words = build_word_table(data_dir, train, seed)
        files["words"].parent.mkdir(parents=True, exist_ok=True)
        words.write(files["words"])
    gazetteer = None
    if config.gazetteer:
        progress("compiling gazetteer", None)
        assert data_dir is not None
        build_gazetteer(data_dir, files["gazetteer"])
        gazetteer = Gazetteer.load(files["gazetteer"])
    extractor = FeatureExtractor(words, gazetteer, config)
    rng = random.Random(seed)
    order = list(range(len(train_sents)))
    rng.shuffle(order)
    fit_crf([train_sents[i] for i in order], extractor, files["crf"], params, progress, crf_tags)
    network = None
    settings: dict[str, Any] | None = None
    if neural:
        assert data_dir is not None
        network, settings = _train_network(
            data_dir, train, [train_sents[i] for i in order], extractor, files,
            seed, neural_params, progress, exclude=[*train, *valid],
        )  # fmt: skip

    progress("scoring valid splits", None)
    # Score with the extractor the CRF was trained with: the metadata on disk
    # is written only below, so loading by path would read stale settings.
    mix = settings["mix"] if settings else 0.5
    tagger = NerTagger(files["crf"], extractor, {}, network, mix)
    scores: dict[str, Any] = {}
    for name, sents in valid_sets.items():
        predicted = tagger.with_domain(domain_of(Path(name))).tag_sentences(
            [tokens for tokens, _ in sents]
        )
        scores[name] = score_chunks([tags for _, tags in sents], predicted)
    meta = {
        "name": files["crf"].stem,
        "task": "named-entity recognition (BIO over PERSON, ORGANISATION, PLACE)",
        "created": _dt.date.today().isoformat(),
        "command": command,
        "seed": seed,
        "crf_params": params,
        "crf_tags": crf_tags,
        "features": asdict(config),
        "neural": settings,
        "train": [_describe(p) for p in train],
        "train_sentences": len(train_sents),
        "resources": (RESOURCE_SOURCES if needs_data else [])
        + ([PRETRAINING_SOURCE] if settings and settings.get("pretrain_epochs") else []),
        "valid_scores": {
            _describe(Path(k)): {m: v[m] for m in ("precision", "recall", "micro_f1", "macro_f1")}
            | {"per_type_f1": {t: s["f1"] for t, s in v["per_type"].items()}}
            for k, v in scores.items()
        },
        "training_seconds": round(time.perf_counter() - started, 1),
        "software": _software_versions(neural),
    }
    files["meta"].write_text(
        json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return scores


def network_inputs(
    data_dir: Path, train: Sequence[Path], extractor: FeatureExtractor, seed: int
) -> tuple[InputEncoder, Any]:
    """The network's input encoder and initial word vectors, from training-only text."""
    from warta.ner.clusters import character_set, word_vectors
    from warta.ner.corpus import unlabelled_sentences
    from warta.ner.neural import normalise_word

    text = list(unlabelled_sentences(data_dir, list(train)))
    vocabulary, vectors = word_vectors(text, normalise_word, seed=seed)
    return InputEncoder(vocabulary, character_set(text), extractor), vectors


def silver_sentences(
    data_dir: Path,
    teacher: NerTagger,
    limit: int,
    seed: int,
    progress: Progress = _quiet,
) -> list[DomainSentence]:
    """Up to ``limit`` IndoSum news sentences tagged by ``teacher`` (news conventions).

    These are the machine-tagged ("silver") sentences of self-training: the
    CRF + network mix labels unlabelled news, and the networks then learn
    from gold and silver together. Sentences of 5 to 60 tokens, duplicates
    dropped, a seeded sample.
    """
    from warta.ner.corpus import indosum_news_sentences

    seen: set[tuple[str, ...]] = set()
    pool: list[list[str]] = []
    for tokens in indosum_news_sentences(data_dir / "summaries" / "indosum" / "dev.jsonl"):
        key = tuple(tokens)
        if 5 <= len(tokens) <= 60 and key not in seen:
            seen.add(key)
            pool.append(tokens)
    random.Random(seed).shuffle(pool)
    pool = pool[:limit]
    news = teacher.with_domain("news")
    tagged: list[DomainSentence] = []
    step = 256
    for start in range(0, len(pool), step):
        chunk = pool[start : start + step]
        tagged.extend(
            (tokens, tags, "news")
            for tokens, tags in zip(chunk, news.tag_sentences(chunk), strict=True)
        )
        progress("tagging silver sentences", min(1.0, (start + step) / len(pool)))
    return tagged


def _train_network(
    data_dir: Path,
    train: Sequence[Path],
    sentences: Sequence[DomainSentence],
    extractor: FeatureExtractor,
    files: dict[str, Path],
    seed: int,
    neural_params: dict[str, Any] | None,
    progress: Progress,
    exclude: Sequence[Path] = (),
) -> tuple[ConvTagger, dict[str, Any]]:
    """Word vectors from the unlabelled text, then the networks; returns them and their settings.

    One network is trained per seed (``seed`` first, then ``extra_seeds``),
    all from the same inputs, and written as one ensemble file. With
    ``silver_ratio`` above 0, that ensemble and the CRF are the teacher of a
    second round (self-training): they tag ``silver_pool`` IndoSum news
    sentences, and a network per seed is trained again on gold plus a fresh
    sample of silver sentences each epoch; the second round's ensemble is kept.

    With ``pretrain_epochs`` above 0, one masked-word pretraining run on
    unlabelled news (every sentence of the ``exclude`` files left out: the
    NER train and valid splits) gives every network its starting weights.
    """
    from warta.ner.neural_train import NEURAL_PARAMS

    progress("learning word vectors", None)
    encoder, vectors = network_inputs(data_dir, train, extractor, seed)
    settings = {**NEURAL_PARAMS, **(neural_params or {})}
    seeds = [seed, *settings["extra_seeds"]]
    rounds = 2 if settings["silver_ratio"] else 1
    out = files["neural"]

    def bars(round_index: int) -> Callable[[int], Progress]:
        return _network_progress(progress, round_index, rounds, len(seeds))

    init = None
    if settings["pretrain_epochs"]:
        from warta.ner.corpus import pretraining_sentences
        from warta.ner.neural_train import pretrain_network

        progress("reading text for pretraining", None)
        text = pretraining_sentences(data_dir, exclude)
        init = pretrain_network(text, encoder, vectors, seed, settings, progress)
    _train_ensemble(sentences, encoder, vectors, out, seeds, settings, (), bars(0), init)
    if rounds == 2:
        teacher = NerTagger(
            files["crf"], extractor, {}, ConvTagger.load(out, extractor), settings["mix"]
        )
        silver = silver_sentences(
            data_dir, teacher, settings["silver_pool"], seed, lambda m, _f: progress(m, 0.5)
        )  # the bar stays at the halfway mark while the teacher tags
        _train_ensemble(sentences, encoder, vectors, out, seeds, settings, silver, bars(1), init)
    return ConvTagger.load(out, extractor), settings


def _network_progress(
    progress: Progress, round_index: int, rounds: int, members: int
) -> Callable[[int], Progress]:
    """Progress callbacks for the networks of one round, all on one bar.

    Network ``index`` of round ``round_index`` reports its own fraction; the
    bar shows the share of all ``members * rounds`` networks done, not one bar
    restarting per network.
    """
    label = "" if rounds == 1 else ("teacher " if round_index == 0 else "student ")
    total = members * rounds

    def for_member(index: int) -> Progress:
        step = round_index * members + index

        def overall(message: str, fraction: float | None) -> None:
            done = None if fraction is None else (step + fraction) / total
            progress(f"{label}network {index + 1} of {members}: {message}", done)

        return overall

    return for_member


def _train_ensemble(
    sentences: Sequence[DomainSentence],
    encoder: InputEncoder,
    vectors: Any,
    out: Path,
    seeds: list[int],
    settings: dict[str, Any],
    silver: Sequence[DomainSentence],
    member_progress: Callable[[int], Progress],
    init: dict[str, Any] | None = None,
) -> None:
    """One network per seed, written together to ``out``; all start from ``init`` if given."""
    from warta.ner.neural_train import combine_networks, train_network

    stem = out.name.removesuffix(".npz")
    parts = [out.with_name(f"{stem}.part{i}.npz") for i in range(len(seeds))]
    try:
        for index, (member_seed, part) in enumerate(zip(seeds, parts, strict=True)):
            train_network(
                sentences,
                encoder,
                vectors,
                part,
                member_seed,
                settings,
                member_progress(index),
                silver=silver,
                init=init,
            )
        combine_networks(parts, out)
    finally:
        for part in parts:
            part.unlink(missing_ok=True)


def _software_versions(neural: bool) -> dict[str, str]:
    """The library versions a retrain must match to reproduce the weights bit for bit.

    Training is deterministic for fixed inputs, but numerical libraries change
    their kernels between releases: the network trained with another PyTorch
    comes out different (and scores differently by up to about 0.02). They also
    pick kernels by processor at run time (OpenBLAS's ``DYNAMIC_ARCH``,
    PyTorch's CPU capability), so the processor features they chose and
    PyTorch's full build string are recorded too.
    """
    import platform
    from importlib.metadata import PackageNotFoundError, version

    from threadpoolctl import threadpool_info

    names = ["numpy", "scipy", "python-crfsuite"] + (["torch"] if neural else [])
    found = {"python": platform.python_version(), "machine": platform.machine()}
    for name in names:
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "absent"
    blas = [i for i in threadpool_info() if i.get("user_api") == "blas"]  # numpy is loaded
    if blas:
        found["blas"] = f"{blas[0].get('internal_api')} {blas[0].get('architecture', '')}".strip()
    if neural and found["torch"] != "absent":
        import torch

        found["torch_build"] = f"{torch.__version__} {torch.backends.cpu.get_cpu_capability()}"
    return found


def _describe(path: Path) -> str:
    """A machine-independent name for a data file: ``dataset/split.txt`` plus its licence."""
    path = Path(path)
    dataset = path.parent.name
    licence = KNOWN_LICENCES.get(dataset)
    return f"{dataset}/{path.name}" + (f" ({licence})" if licence else "")
