"""Train the convolutional tagger of :mod:`warta.ner.neural` with PyTorch.

PyTorch is needed only here, at training time (``pip install -e '.[train]'``);
tagging runs the exported weights in numpy. Training is seeded and runs on
one thread, so a retrain on the same machine and library versions gives the
same weights.

Settings (epochs, dropout, learning rate, the CRF/network mixing weight)
were chosen on a held-out 15 % of the train splits (``bench/tune_ner.py``);
the valid splits were scored once, at the end (``docs/models.md``).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from warta.errors import WartaInputError
from warta.ner.conll import to_bioes
from warta.ner.neural import (
    CATEGORY_DIMS,
    CATEGORY_SIZES,
    DOMAIN_INDEX,
    GAZETTEER_CODES,
    MAX_CHARS,
    MEMBER_PREFIX,
    NETWORK_LABELS,
    Encoded,
    InputEncoder,
)

NEURAL_PARAMS: dict[str, Any] = {
    "epochs": 30,
    "batch_size": 32,
    "learning_rate": 2e-3,
    "dropout": 0.4,
    "word_dropout": 0.1,
    "hidden": 200,
    "char_filters": 48,
    "mix": 0.5,  # weight of the network(s) in the averaged probabilities
    # Output labels: "bio", or "bioes" (one-word names and name ends get labels of
    # their own; summed back into BIO at tagging time, see warta.ner.neural).
    "tags": "bio",
    # Seeds of the further networks of the ensemble (the first uses the run's --seed).
    "extra_seeds": [7, 21],
    # Self-training (`warta train ner --self-train R`): machine-tagged news sentences
    # added to each epoch, R per gold sentence, drawn from this many IndoSum sentences
    # tagged by the first round's ensemble and the CRF. Off by default: in five-fold
    # cross-validation it gains on NERGrit, not on news, and doubles training time.
    "silver_ratio": 0.0,
    "silver_pool": 30000,
    # Masked-word pretraining (`warta train ner --pretrain N`): before the NER training,
    # the layers learn for N epochs to guess hidden words of unlabelled news from their
    # neighbours (see `pretrain_network`). Off by default; `make train-ner` passes
    # --pretrain 5, the setting five-fold cross-validation chose (docs/models.md).
    "pretrain_epochs": 0,
    "pretrain_mask": 0.15,  # share of the tokens hidden
    "pretrain_targets": 10000,  # the most frequent words it learns to guess
    "pretrain_batch": 64,
}

Progress = Callable[[str, float | None], None]


def _torch() -> Any:
    try:
        import torch
    except ImportError:
        raise WartaInputError(
            "training the neural tagger needs PyTorch, which is not installed",
            hint="pip install -e '.[train]' (training only; tagging needs numpy alone)",
        ) from None
    return torch


def _network(torch: Any, vectors: np.ndarray, n_chars: int, params: dict[str, Any]) -> Any:
    nn = torch.nn
    functional = torch.nn.functional
    hidden = params["hidden"]
    filters = params["char_filters"]
    n_labels = len(NETWORK_LABELS[params["tags"]])

    class ConvNet(nn.Module):  # type: ignore[misc,name-defined]
        def __init__(self) -> None:
            super().__init__()
            self.word_emb = nn.Embedding(len(vectors) + 2, vectors.shape[1], padding_idx=0)
            with torch.no_grad():
                self.word_emb.weight[2:] = torch.tensor(vectors) * 3.0
            self.char_emb = nn.Embedding(n_chars + 2, 16, padding_idx=0)
            self.char_conv = nn.Conv1d(16, filters, 3, padding=1)
            self.cats = nn.ModuleList(
                nn.Embedding(size, dim)
                for size, dim in zip(CATEGORY_SIZES, CATEGORY_DIMS, strict=True)
            )
            width = vectors.shape[1] + filters + sum(CATEGORY_DIMS) + 2 * len(GAZETTEER_CODES)
            self.drop = nn.Dropout(params["dropout"])
            self.conv1 = nn.Conv1d(width, hidden, 3, padding=1)
            self.conv2 = nn.Conv1d(hidden, hidden, 3, padding=2, dilation=2)
            self.conv3 = nn.Conv1d(hidden, hidden, 3, padding=3, dilation=3)
            self.head = nn.Linear(hidden, len(DOMAIN_INDEX) * n_labels)

        def forward(self, words: Any, chars: Any, cats: Any, gaz: Any, word_dropout: float) -> Any:
            h3 = self.features(words, chars, cats, gaz, word_dropout)
            b, t = words.shape
            out = self.head(self.drop(h3))
            return out.view(b, t, len(DOMAIN_INDEX), n_labels)

        def features(self, words: Any, chars: Any, cats: Any, gaz: Any, word_dropout: float) -> Any:
            """The last convolution's output, (batch, tokens, hidden): what the heads read."""
            if self.training and word_dropout:
                drop = (torch.rand(words.shape) < word_dropout) & (words > 0)
                words = torch.where(drop, torch.ones_like(words), words)
            b, t = words.shape
            c = self.char_emb(chars.view(b * t, MAX_CHARS)).transpose(1, 2)
            c = functional.relu(self.char_conv(c)).max(dim=2).values.view(b, t, -1)
            parts = [self.word_emb(words), c]
            parts += [emb(cats[..., i]) for i, emb in enumerate(self.cats)]
            x = self.drop(torch.cat([*parts, gaz], dim=-1)).transpose(1, 2)
            h1 = functional.relu(self.conv1(x))
            h2 = functional.relu(self.conv2(self.drop(h1))) + h1
            h3 = functional.relu(self.conv3(self.drop(h2))) + h2
            return h3.transpose(1, 2)

    return ConvNet()


def _batch(torch: Any, items: Sequence[tuple[Encoded, np.ndarray, int]]) -> tuple[Any, ...]:
    length = max(len(e.words) for e, _, _ in items)
    size = len(items)
    words = torch.zeros(size, length, dtype=torch.long)
    chars = torch.zeros(size, length, MAX_CHARS, dtype=torch.long)
    cats = torch.zeros(size, length, len(CATEGORY_SIZES), dtype=torch.long)
    gaz = torch.zeros(size, length, 2 * len(GAZETTEER_CODES))
    gold = torch.full((size, length), -100, dtype=torch.long)
    domains = torch.zeros(size, dtype=torch.long)
    for i, (enc, tags, domain) in enumerate(items):
        n = len(enc.words)
        words[i, :n] = torch.from_numpy(enc.words)
        chars[i, :n] = torch.from_numpy(enc.chars)
        cats[i, :n] = torch.from_numpy(enc.categories)
        gaz[i, :n] = torch.from_numpy(enc.gazetteer)
        if len(tags):  # unlabelled (pretraining) sentences have none
            gold[i, :n] = torch.from_numpy(tags)
        domains[i] = domain
    return words, chars, cats, gaz, gold, domains


def train_network(
    sentences: Sequence[tuple[list[str], list[str], str]],
    encoder: InputEncoder,
    vectors: np.ndarray,
    out: Path,
    seed: int = 13,
    params: dict[str, Any] | None = None,
    progress: Progress | None = None,
    checkpoints: Collection[int] = (),
    silver: Sequence[tuple[list[str], list[str], str]] = (),
    init: dict[str, Any] | None = None,
) -> None:
    """Fit the network on BIO-tagged ``(tokens, tags, domain)`` sentences; write ``out`` (.npz).

    ``checkpoints`` names epochs after which the weights are also written to
    ``<out>.epoch<N>.npz``, so tuning can score several training lengths from
    one run.

    ``silver`` holds machine-tagged sentences (self-training): each epoch
    adds a fresh sample of them, ``params["silver_ratio"]`` times as many as
    the gold sentences, so the network sees many silver sentences over its
    training but never more silver than gold in one epoch (at ratio 1).

    ``init`` holds pretrained weights (:func:`pretrain_network`) for every
    layer but the output layer, which always starts afresh.
    """
    torch = _torch()
    params = {**NEURAL_PARAMS, **(params or {})}
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    rng = random.Random(seed)
    scheme = params["tags"]
    if scheme not in NETWORK_LABELS:
        raise WartaInputError(f"network tags must be one of {', '.join(NETWORK_LABELS)}")
    data = [_encoded(encoder, tokens, tags, domain, scheme) for tokens, tags, domain in sentences]
    pool = [_encoded(encoder, tokens, tags, domain, scheme) for tokens, tags, domain in silver]
    per_epoch = min(round(float(params.get("silver_ratio", 0)) * len(data)), len(pool))
    model = _network(torch, vectors, len(encoder.charset), params)
    if init is not None:
        missing, unexpected = model.load_state_dict(init, strict=False)
        if unexpected or any(not key.startswith("head.") for key in missing):
            raise ValueError(f"pretrained weights do not fit the network: {missing + unexpected}")
    optimiser = torch.optim.Adam(model.parameters(), lr=params["learning_rate"], weight_decay=1e-6)
    epochs = int(params["epochs"])
    size = int(params["batch_size"])
    for epoch in range(epochs):
        model.train()
        epoch_data = data + rng.sample(pool, per_epoch) if per_epoch else data
        rng.shuffle(epoch_data)
        for start in range(0, len(epoch_data), size):
            batch = epoch_data[start : start + size]
            words, chars, cats, gaz, gold, domains = _batch(torch, batch)
            logits = model(words, chars, cats, gaz, params["word_dropout"])
            logits = logits[torch.arange(len(domains)), :, domains]
            loss = torch.nn.functional.cross_entropy(
                logits.reshape(-1, len(NETWORK_LABELS[scheme])), gold.reshape(-1), ignore_index=-100
            )
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimiser.step()
        if progress is not None:
            progress(f"network epoch {epoch + 1}/{epochs}", (epoch + 1) / epochs)
        if epoch + 1 in checkpoints:
            export(model, encoder, checkpoint_path(out, epoch + 1))
    export(model, encoder, out)


def pretrain_network(
    sentences: Sequence[list[str]],
    encoder: InputEncoder,
    vectors: np.ndarray,
    seed: int = 13,
    params: dict[str, Any] | None = None,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Masked-word pretraining on unlabelled sentences; the weights of every layer but the head.

    Why: 3,100 labelled sentences teach the convolutions little about how
    Indonesian news text runs; the unlabelled text (about 1.2 M tokens, see
    :func:`warta.ner.corpus.pretraining_sentences`) can. Each epoch hides a
    random ``pretrain_mask`` share of the tokens (the word becomes the unknown
    word; its characters, categories and gazetteer bits are blanked) and the
    network learns to name the hidden word among the ``pretrain_targets``
    most frequent ones from the neighbours it sees through its convolutions
    (a cloze task, as in masked language modelling). The prediction layer is
    thrown away; :func:`train_network` starts from the rest (``init``).
    """
    torch = _torch()
    params = {**NEURAL_PARAMS, **(params or {})}
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    rng = random.Random(seed)
    model = _network(torch, vectors, len(encoder.charset), params)
    targets = min(int(params["pretrain_targets"]), len(encoder.vocabulary))
    predict = torch.nn.Linear(int(params["hidden"]), targets)
    optimiser = torch.optim.Adam(
        [*model.parameters(), *predict.parameters()], lr=params["learning_rate"], weight_decay=1e-6
    )
    no_labels = np.zeros(0, dtype=np.int64)
    data = [(encoder.encode(tokens, "news"), no_labels, 0) for tokens in sentences]
    epochs = int(params["pretrain_epochs"])
    size = int(params["pretrain_batch"])
    steps = max(1, -(-len(data) // size))
    for epoch in range(epochs):
        model.train()
        rng.shuffle(data)
        recent = 0.0  # running mean of the loss, shown with the progress
        for step, start in enumerate(range(0, len(data), size)):
            words, chars, cats, gaz, _, _ = _batch(torch, data[start : start + size])
            hidden = (torch.rand(words.shape) < params["pretrain_mask"]) & (words > 0)
            known = hidden & (words >= 2) & (words < targets + 2)
            if not bool(known.any()):
                continue
            answers = words[known] - 2  # word ids 2.. are the vocabulary, most frequent first
            words = torch.where(hidden, torch.ones_like(words), words)
            chars[hidden] = 0
            cats[hidden] = 0
            gaz[hidden] = 0
            features = model.features(words, chars, cats, gaz, params["word_dropout"])
            logits = predict(model.drop(features[known]))
            loss = torch.nn.functional.cross_entropy(logits, answers)
            optimiser.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimiser.step()
            value = float(loss.detach())
            recent = value if not recent else 0.98 * recent + 0.02 * value
            if progress is not None and step % 50 == 0:
                progress(
                    f"pretraining epoch {epoch + 1}/{epochs} (loss {recent:.2f})",
                    (epoch + step / steps) / epochs,
                )
    state = model.state_dict()
    return {k: v.detach().clone() for k, v in state.items() if not k.startswith("head.")}


_LABEL_INDEX = {
    scheme: {label: i for i, label in enumerate(names)} for scheme, names in NETWORK_LABELS.items()
}


def _encoded(
    encoder: InputEncoder, tokens: list[str], tags: list[str], domain: str, scheme: str = "bio"
) -> tuple[Encoded, np.ndarray, int]:
    if scheme == "bioes":
        tags = to_bioes(tags)
    index = _LABEL_INDEX[scheme]
    labels = np.array([index.get(t, 0) for t in tags], dtype=np.int64)
    return encoder.encode(tokens, domain), labels, DOMAIN_INDEX[domain]


def checkpoint_path(out: Path, epoch: int) -> Path:
    """Where :func:`train_network` writes the weights after ``epoch``."""
    return out.with_name(f"{out.name.removesuffix('.npz')}.epoch{epoch}.npz")


def export(model: Any, encoder: InputEncoder, out: Path) -> None:
    """Write the weights in the layout :class:`warta.neural.ConvTagger` reads."""
    state = {k: v.detach().cpu().numpy().astype(np.float32) for k, v in model.state_dict().items()}
    words = state["word_emb.weight"]
    scale = np.abs(words).max(axis=1) / 127.0 + 1e-12
    arrays: dict[str, np.ndarray] = {
        "vocabulary": np.array(encoder.vocabulary, dtype=str),
        "charset": np.array(encoder.charset, dtype=str),
        "word_q": np.round(words / scale[:, None]).astype(np.int8),
        "word_scale": scale.astype(np.float32),
        "char_emb": state["char_emb.weight"],
        "head_w": state["head.weight"].T.copy(),
        "head_b": state["head.bias"],
    }
    for i in range(len(CATEGORY_SIZES)):
        arrays[f"cat{i}"] = state[f"cats.{i}.weight"]
    for name, key in (
        ("char_conv", "char_conv"),
        ("conv1", "conv1"),
        ("conv2", "conv2"),
        ("conv3", "conv3"),
    ):
        weight = state[f"{key}.weight"]  # (out, in, 3)
        arrays[f"{name}_w"] = weight.transpose(2, 1, 0).reshape(-1, weight.shape[0]).copy()
        arrays[f"{name}_b"] = state[f"{key}.bias"]
    for key, value in list(arrays.items()):
        if value.dtype == np.float32 and key != "word_scale":
            arrays[key] = value.astype(np.float16)
    _write_npz(arrays, out)


def combine_networks(paths: Sequence[Path], out: Path) -> None:
    """Write the networks in ``paths`` (files of :func:`export`) as one ensemble file.

    The first keeps its plain array names, the n-th (n >= 1) is stored under
    ``member<n>/``; all must share the vocabulary and character set, which
    they do when trained from the same :class:`InputEncoder`.
    """
    arrays: dict[str, np.ndarray] = {}
    for index, path in enumerate(paths):
        with np.load(path, allow_pickle=False) as data:
            member = {k: data[k] for k in data.files}
        shared = {k: member.pop(k) for k in ("vocabulary", "charset")}
        if index == 0:
            arrays.update(shared)
        elif any(not np.array_equal(arrays[k], v) for k, v in shared.items()):
            raise ValueError(f"{path}: vocabulary or character set differs from {paths[0]}")
        prefix = MEMBER_PREFIX.format(index) if index else ""
        arrays.update({prefix + k: v for k, v in member.items()})
    _write_npz(arrays, out)


def _write_npz(arrays: dict[str, np.ndarray], out: Path) -> None:
    """Write compressed arrays through a temporary file, so a crash never leaves half a model."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name.removesuffix(".npz") + ".tmp.npz")
    np.savez_compressed(tmp, **arrays)
    tmp.replace(out)
