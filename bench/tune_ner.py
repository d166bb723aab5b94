"""Tune the NER CRF's regularisation on a held-out part of the *train* splits.

The valid splits are never looked at here: 15% of each train file (fixed
seed) is held out, models are fitted on the rest, and the held-out
type-macro F1 (averaged over the two corpora) picks the setting that
``warta train ner`` then uses by default. Usage:

    .venv/bin/python bench/tune_ner.py [--data ../shared/data]

``--neural`` also trains the convolutional tagger on the same 85 % (needs
PyTorch: ``pip install -e '.[train]'``) and scores the CRF + network mix
for every weight in ``--mix`` and every epoch in ``--epochs``, e.g.
``--grid '{"c1": [0.02], "c2": [0.05]}' --neural --epochs 10,15,20,25,30``.

``--folds 5 --fold K`` holds out the K-th fifth of each train file instead
(K = 0 … 4) and fits on the rest in the order ``warta train ner`` uses; running
all five folds scores every train sentence once, which is how the network's
training length was chosen (docs/models.md):
``--grid '{"c1": [0.02], "c2": [0.05]}' --neural --folds 5 --fold 0
--epochs 20,25,30,40,50,60 --mix 0.4,0.5,0.6``.

``--silver R`` adds self-training: the fold's CRF + network tag IndoSum news
(``--silver-pool`` sentences), a student network is trained from scratch on
gold plus R silver sentences per gold one each epoch, and the student's mix
is scored beside the teacher's (docs/models.md):
``--grid '{"c1": [0.02], "c2": [0.05]}' --neural --folds 5 --fold K --epochs 30
--mix 0.5 --silver 1``.

``--crf-tags bioes`` fits the CRF on BIOES labels instead of BIO (the shipped
recipe since 2026-11-27; the default here stays ``bio`` so that the commands
of the earlier experiments in docs/models.md still reproduce them), and
``--net-tags bioes`` trains the network's output layer on them (the five-fold
comparisons in docs/models.md).

Feature ablations use ``--config``, e.g. ``--grid '{"c1": [0.02], "c2": [0.05]}'
--config '{"caprun": false}'`` scores the shipped setting without the
capitalised-run features on the same held-out split; ``--config '{"brackets":
false}'`` scores the features as they were before bracketed tokens were looked
up as their words.

``--pretrain N`` starts the network from N epochs of masked-word pretraining on
unlabelled news (``--pretrain-cache FILE`` keeps the weights for the other
folds), and ``--predictions PREFIX`` writes each held-out corpus as token, gold
and predicted tag, for reading a fold's errors (docs/models.md).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import tempfile
from pathlib import Path
from typing import Any

from warta.evaluation.ner import score_chunks
from warta.ner.conll import read_conll
from warta.ner.features import FeatureConfig, FeatureExtractor
from warta.ner.gazetteer import Gazetteer, build_gazetteer
from warta.ner.neural import NETWORK_LABELS
from warta.ner.tagger import NerTagger, domain_of
from warta.ner.train import CRF_TAGS, DEFAULT_PARAMS, build_word_table, fit_crf


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--grid", default='{"c1": [0.02, 0.1, 0.3], "c2": [0.005, 0.05]}')
    parser.add_argument("--config", default="{}", help="FeatureConfig overrides as JSON")
    parser.add_argument(
        "--news-copies", type=int, default=1, help="repeat each news training sentence (weighting)"
    )
    parser.add_argument("--crf-tags", default="bio", choices=CRF_TAGS)
    parser.add_argument("--net-tags", default="bio", choices=NETWORK_LABELS)
    parser.add_argument("--neural", action="store_true", help="also train and mix the network")
    parser.add_argument("--mix", default="0,0.3,0.4,0.5,0.6,0.7,1", help="network weights to score")
    parser.add_argument("--epochs", default="30", help="network epochs to score (checkpoints)")
    parser.add_argument("--neural-seed", type=int, default=13)
    parser.add_argument(
        "--net-params", default="{}", help="network settings overriding NEURAL_PARAMS, as JSON"
    )
    parser.add_argument(
        "--silver",
        type=float,
        default=0,
        help="self-training: train a student network with this many silver sentences per gold one",
    )
    parser.add_argument("--silver-pool", type=int, default=30000, help="silver sentences tagged")
    parser.add_argument(
        "--pretrain",
        type=int,
        default=0,
        help="masked-word pretraining epochs of the network on unlabelled news before NER training",
    )
    parser.add_argument(
        "--pretrain-cache",
        type=Path,
        help="keep the pretrained weights here and reuse them (they do not depend on the fold)",
    )
    parser.add_argument(
        "--predictions",
        type=Path,
        help="write the held-out sentences (token, gold, predicted; CoNLL) here, one file per"
        " corpus and model: PREFIX.<corpus>.<n>.conll",
    )
    parser.add_argument("--folds", type=int, default=0, help="k-fold split instead of 15 %%")
    parser.add_argument("--fold", type=int, default=0, help="which fold to hold out (0-based)")
    args = parser.parse_args()
    if args.folds and not 0 <= args.fold < args.folds:
        parser.error(f"--fold must lie in 0..{args.folds - 1}")
    files = [
        args.data / "ner" / "nergrit" / "train.txt",
        args.data / "ner" / "idner-news-2k" / "train.txt",
    ]
    rng = random.Random(args.seed)
    fit, held = [], {}
    for path in files:
        sents = read_conll(path)
        rng.shuffle(sents)
        if args.folds:
            low, high = (len(sents) * k // args.folds for k in (args.fold, args.fold + 1))
        else:
            low, high = 0, len(sents) * 15 // 100
        held[path.parent.name] = (sents[low:high], domain_of(path))
        copies = args.news_copies if domain_of(path) == "news" else 1
        rest = sents[:low] + sents[high:]
        fit.extend((*s, domain_of(path)) for s in rest for _ in range(copies))
    if args.folds:
        random.Random(args.seed).shuffle(fit)  # the order `warta train ner` fits in
    config = FeatureConfig(**json.loads(args.config))
    words = build_word_table(args.data, files, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        gaz_path = Path(tmp) / "g.tsv.gz"
        build_gazetteer(args.data, gaz_path)
        extractor = FeatureExtractor(words, Gazetteer.load(gaz_path), config)
        grid = json.loads(args.grid)
        for values in itertools.product(*grid.values()):
            params = {**DEFAULT_PARAMS, **dict(zip(grid, values, strict=True))}
            model = Path(tmp) / "m.crfsuite"
            fit_crf(fit, extractor, model, params, tags=args.crf_tags)
            taggers = {"crf": NerTagger(model, extractor, {})}
            if args.neural:
                taggers = _mixed_taggers(args, files, fit, extractor, model, Path(tmp))
            for number, (label, tagger) in enumerate(taggers.items()):
                scores = {}
                for name, (sents, domain) in held.items():
                    tagger.domain = domain
                    pred = tagger.tag_sentences([t for t, _ in sents])
                    scores[name] = score_chunks([g for _, g in sents], pred)["macro_f1"]
                    if args.predictions:
                        _write_predictions(args.predictions, name, number, sents, pred)
                mean = sum(scores.values()) / len(scores)
                print(
                    json.dumps(
                        {
                            "params": dict(zip(grid, values, strict=True)),
                            "model": label,
                            **scores,
                            "mean": round(mean, 4),
                        }
                    ),
                    flush=True,
                )


def _write_predictions(
    prefix: Path,
    corpus: str,
    number: int,
    sentences: list[tuple[list[str], list[str]]],
    predicted: list[list[str]],
) -> None:
    """Held-out sentences as token, gold tag, predicted tag (the layout of ``warta eval
    ner --predictions``), for reading a fold's errors."""
    path = prefix.with_name(f"{prefix.name}.{corpus}.{number}.conll")
    with path.open("w", encoding="utf-8") as out:
        for (tokens, gold), tags in zip(sentences, predicted, strict=True):
            for row in zip(tokens, gold, tags, strict=True):
                out.write("\t".join(row) + "\n")
            out.write("\n")


def _mixed_taggers(
    args: argparse.Namespace,
    files: list[Path],
    fit: list[tuple[list[str], list[str], str]],
    extractor: FeatureExtractor,
    model: Path,
    tmp: Path,
) -> dict[str, NerTagger]:
    """CRF + network taggers for every (epoch, mix) pair; the network trains once."""
    from warta.ner.neural import ConvTagger
    from warta.ner.neural_train import checkpoint_path, train_network
    from warta.ner.train import network_inputs

    encoder, vectors = network_inputs(args.data, files, extractor, args.seed)
    epochs = [int(e) for e in args.epochs.split(",")]
    out = tmp / "net.npz"
    settings = {
        "epochs": max(epochs),
        "tags": args.net_tags,
        "pretrain_epochs": args.pretrain,
        **json.loads(args.net_params),
    }
    init = _pretrained(args, files, encoder, vectors, settings) if args.pretrain else None
    train_network(
        fit, encoder, vectors, out, args.neural_seed, settings, checkpoints=epochs, init=init
    )
    mixes = [float(m) for m in args.mix.split(",")]

    def checkpoint_taggers(weights: Path, label: str) -> dict[str, NerTagger]:
        found = {}
        for epoch in epochs:
            network = ConvTagger.load(checkpoint_path(weights, epoch), extractor)
            for mix in mixes:
                found[f"{label}epoch {epoch}, mix {mix}"] = NerTagger(
                    model, extractor, {}, network, mix
                )
        return found

    taggers = checkpoint_taggers(out, "")
    if args.silver:
        from warta.ner.train import silver_sentences

        teacher = NerTagger(model, extractor, {}, ConvTagger.load(out, extractor), 0.5)
        silver = silver_sentences(args.data, teacher, args.silver_pool, args.seed)
        student = tmp / "student.npz"
        train_network(
            fit, encoder, vectors, student, args.neural_seed,
            {**settings, "silver_ratio": args.silver},
            checkpoints=epochs, silver=silver, init=init,
        )  # fmt: skip
        taggers |= checkpoint_taggers(student, "student ")
    return taggers


def _pretrained(
    args: argparse.Namespace,
    files: list[Path],
    encoder: Any,
    vectors: Any,
    settings: dict[str, Any],
) -> dict[str, Any]:
    """Pretrained network weights, from ``--pretrain-cache`` when it holds them.

    The pretraining text leaves out every NER train and valid sentence, and
    the encoder is built from the whole train files, so the weights are the
    same for every fold: five folds need one pretraining run, not five.
    """
    import torch

    from warta.ner.corpus import pretraining_sentences
    from warta.ner.neural_train import pretrain_network

    cache = args.pretrain_cache
    if cache is not None and cache.exists():
        return torch.load(cache)
    exclude = [*files, *(p.with_name("valid.txt") for p in files)]
    sentences = pretraining_sentences(args.data, [p for p in exclude if p.exists()])
    state = pretrain_network(sentences, encoder, vectors, args.neural_seed, settings)
    if cache is not None:
        torch.save(state, cache)
    return state


if __name__ == "__main__":
    main()
