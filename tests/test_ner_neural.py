"""The convolutional NER tagger: numpy forward pass, BIO decoding, mixing with the CRF."""

from __future__ import annotations

import importlib.util
import itertools
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from warta.errors import WartaModelError
from warta.ner.conll import read_conll
from warta.ner.features import FeatureConfig, FeatureExtractor, WordInfo, WordTable
from warta.ner.neural import (
    CATEGORY_SIZES,
    LABELS,
    MAX_CHARS,
    NETWORK_LABELS,
    ConvTagger,
    InputEncoder,
    _conv,
    decode_bio,
    decode_bio_many,
    normalise_word,
    split_members,
)
from warta.ner.tagger import NerTagger

TINY = Path(__file__).parent / "data" / "ner-tiny.conll"
HAS_TORCH = importlib.util.find_spec("torch") is not None


def _naive_conv(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, dilation: int) -> np.ndarray:
    """Width-3 convolution written as loops, against which the im2col version is checked."""
    t, c = x.shape
    out = np.zeros((t, weight.shape[1]))
    blocks = weight.reshape(3, c, -1)
    for i in range(t):
        for k, offset in enumerate((-dilation, 0, dilation)):
            j = i + offset
            if 0 <= j < t:
                out[i] += x[j] @ blocks[k]
    return out + bias


@pytest.mark.parametrize("dilation", [1, 2, 3])
def test_conv_matches_the_loop_definition(dilation: int) -> None:
    rng = np.random.default_rng(dilation)
    x = rng.standard_normal((7, 5))
    weight = rng.standard_normal((15, 4))
    bias = rng.standard_normal(4)
    assert np.allclose(_conv(x, weight, bias, dilation), _naive_conv(x, weight, bias, dilation))


def test_conv_on_a_batch_equals_conv_per_item() -> None:
    rng = np.random.default_rng(0)
    x = rng.standard_normal((3, 6, 5))
    weight = rng.standard_normal((15, 2))
    bias = np.zeros(2)
    batched = _conv(x, weight, bias, 1)
    for b in range(3):
        assert np.allclose(batched[b], _conv(x[b], weight, bias, 1))


def test_decode_never_opens_a_chunk_with_i() -> None:
    probs = np.full((4, len(LABELS)), 0.01)
    probs[:, LABELS.index("I-PLACE")] = 0.9  # the most likely label everywhere is illegal first
    tags = decode_bio(probs / probs.sum(axis=1, keepdims=True))
    assert tags[0] != "I-PLACE"
    for previous, tag in zip(["O", *tags], tags, strict=False):
        if tag.startswith("I-"):
            assert previous[2:] == tag[2:]


def test_decode_follows_clear_probabilities() -> None:
    order = ["B-PERSON", "I-PERSON", "O", "B-PLACE"]
    probs = np.full((4, len(LABELS)), 0.01)
    for i, label in enumerate(order):
        probs[i, LABELS.index(label)] = 0.94
    assert decode_bio(probs) == order


def _best_path_by_enumeration(probs: np.ndarray) -> list[str]:
    """The highest-scoring legal BIO path, found by trying every label sequence."""
    best, best_score = None, -np.inf
    for path in itertools.product(range(len(LABELS)), repeat=len(probs)):
        tags = [LABELS[k] for k in path]
        legal = all(
            not tag.startswith("I-") or (prev != "O" and prev[2:] == tag[2:])
            for prev, tag in zip(["O", *tags], tags, strict=False)
        )
        score = sum(np.log(probs[i, k] + 1e-9) for i, k in enumerate(path))
        if legal and score > best_score:
            best, best_score = tags, score
    assert best is not None
    return best


def test_decoding_finds_the_best_legal_path() -> None:
    rng = np.random.default_rng(3)
    for n in (1, 2, 3, 4):
        for _ in range(5):
            probs = rng.dirichlet(np.full(len(LABELS), 0.3), size=n)
            assert decode_bio(probs) == _best_path_by_enumeration(probs)


def test_batched_decoding_equals_decoding_one_by_one() -> None:
    rng = np.random.default_rng(4)
    lengths = [int(n) for n in rng.integers(0, 30, 120)] + [0, 1]
    probs = [rng.dirichlet(np.full(len(LABELS), 0.3), size=n) for n in lengths]
    expected = [decode_bio(p) if len(p) else [] for p in probs]
    assert decode_bio_many(probs, batch=9) == expected  # batches mix lengths and padding
    assert decode_bio_many([]) == []


def _tiny_encoder() -> InputEncoder:
    words = WordTable({"jakarta": WordInfo(("1", "2", "3"), "4", "NNP")})
    config = FeatureConfig(gazetteer=False)
    return InputEncoder(
        ["jakarta", "ke", "0000"],
        list("abcdefghijklmnopqrstuvwxyz"),
        FeatureExtractor(words, None, config),
    )


def test_encoder_shapes_and_unknowns() -> None:
    enc = _tiny_encoder().encode(["Ke", "Jakarta", "tahun", "2024", "Éé"])
    assert enc.words.tolist() == [3, 2, 1, 4, 1]  # 0 pad, 1 unknown; digits normalised
    assert enc.chars.shape == (5, MAX_CHARS)
    assert enc.chars[4, 0] == 1  # a character outside the charset is "unknown", not padding
    assert enc.categories.shape == (5, len(CATEGORY_SIZES))
    assert enc.categories[1, 5:].tolist() == [2, 3, 4]  # cluster ids shifted by one (0 = none)
    assert (enc.categories < np.array(CATEGORY_SIZES)).all()
    assert normalise_word("Tahun2024") == "tahun0000"


def test_encoder_reads_the_same_capitalised_runs_as_the_crf() -> None:
    encoder = _tiny_encoder()
    tokens = "Kepala Pusat Perencanaan dan Pendayagunaan SDM di Jakarta .".split()
    crf = encoder.extractor.sentence(tokens)
    run_column = encoder.encode(tokens).categories[:, 4]
    # position code (S 1, B 2, I 3, E 4) * 4 + head class (org 1, plc 2, per 3); 0 outside runs
    positions = {"S": 1, "B": 2, "I": 3, "E": 4}
    heads = {"org": 1, "plc": 2, "per": 3}
    for i, feats in enumerate(crf):
        named = dict(f.split("=", 1) for f in feats if f.startswith(("rp=", "rhc=")))
        expected = positions[named["rp"]] * 4 + heads.get(named["rhc"], 0) if named else 0
        assert run_column[i] == expected, tokens[i]
    assert run_column[0] == 1 * 4 + 3  # "Kepala": a title is a one-word run of its own
    assert run_column[1] // 4 == 2  # "Pusat" opens the next run


def test_a_bracketed_word_has_the_vector_of_the_word() -> None:
    """ "(Jakarta)" (a token of the news corpus) is the word "jakarta" to the network;
    its characters keep the brackets, so it can still tell them apart."""
    enc = _tiny_encoder().encode(["(Jakarta)", "Jakarta", "(ke"])
    assert enc.words.tolist() == [2, 2, 3]
    assert enc.chars[0].tolist() != enc.chars[1].tolist()


def test_long_token_is_truncated_not_an_error() -> None:
    enc = _tiny_encoder().encode(["a" * 100])
    assert enc.chars.shape == (1, MAX_CHARS) and (enc.chars[0] > 0).all()


def test_packaged_model_mixes_network_and_crf() -> None:
    tagger = NerTagger.load()
    if tagger.neural is None:
        pytest.fail("the packaged model should carry its network (ner-id-1.neural.npz)")
    tokens = "Gubernur Jawa Barat Ridwan Kamil meninjau banjir di Bekasi .".split()
    probs = tagger.probabilities(tokens)
    assert probs.shape == (len(tokens), len(LABELS))
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-3)
    tags = tagger.tag(tokens)
    assert tags[3:5] == ["B-PERSON", "I-PERSON"]
    assert tags[8] == "B-PLACE"


def test_model_without_network_metadata_ignores_a_stray_file(tmp_path: Path) -> None:
    """A CRF-only model stays CRF-only even if a .neural.npz lies beside it."""
    from warta.ner.train import train_ner

    config = FeatureConfig(clusters=False, capratio=False, pos=False, gazetteer=False)
    out = tmp_path / "tiny.crfsuite"
    train_ner([TINY], [TINY], out, config=config, params={"max_iterations": 20})
    (tmp_path / "tiny.neural.npz").write_bytes(b"not a network")
    tagger = NerTagger.load(out)
    assert tagger.neural is None
    tokens = read_conll(TINY)[0][0]
    assert len(tagger.tag(tokens)) == len(tokens)


@pytest.mark.skipif(not HAS_TORCH, reason="PyTorch (the [train] extra) is not installed")
@pytest.mark.parametrize("scheme", ["bio", "bioes"])
def test_numpy_forward_matches_torch(tmp_path: Path, scheme: str) -> None:
    import torch

    from warta.ner.neural import bio_folding
    from warta.ner.neural_train import NEURAL_PARAMS, _network, export

    encoder = _tiny_encoder()
    vectors = np.random.default_rng(1).standard_normal((3, 64)).astype(np.float32)
    torch.manual_seed(0)
    model = _network(torch, vectors, len(encoder.charset), {**NEURAL_PARAMS, "tags": scheme})
    model.eval()
    out = tmp_path / "net.npz"
    export(model, encoder, out)
    network = ConvTagger.load(out, encoder.extractor)
    tokens = ["Ke", "Jakarta", "tahun", "2024", "."]
    enc = encoder.encode(tokens)
    with torch.no_grad():
        logits = model(
            torch.from_numpy(enc.words)[None],
            torch.from_numpy(enc.chars)[None],
            torch.from_numpy(enc.categories)[None],
            torch.from_numpy(enc.gazetteer)[None],
            0.0,
        )[0, :, 0]
    expected = torch.softmax(logits, dim=-1).numpy()
    if scheme == "bioes":
        expected = expected @ bio_folding(NETWORK_LABELS["bioes"])
    # float16 weights and int8 word vectors: close, not identical
    assert np.allclose(network.probabilities(tokens, "news"), expected, atol=0.02)


@pytest.mark.skipif(HAS_TORCH, reason="checks the message shown where PyTorch is absent")
def test_training_the_network_without_torch_is_a_clear_error(tmp_path: Path) -> None:
    from warta.errors import WartaInputError
    from warta.ner.train import train_ner

    config = FeatureConfig(clusters=False, capratio=False, pos=False, gazetteer=False)
    with pytest.raises(WartaInputError) as caught:
        train_ner([TINY], [TINY], tmp_path / "m.crfsuite", config=config, neural=True)
    assert "PyTorch" in str(caught.value)
    assert not (tmp_path / "m.crfsuite.gz").exists()  # refused before the CRF fit


def _single_network_file(arrays: dict[str, np.ndarray], path: Path) -> Path:
    np.savez(path, **arrays)
    return path


def _packaged_network() -> dict[str, np.ndarray]:
    """The arrays of the packaged network file (all its members)."""
    packaged = resources.files("warta.models") / "ner-id-1.neural.npz"
    with resources.as_file(packaged) as path, np.load(path) as data:
        return {k: data[k] for k in data.files}


def test_ensemble_file_averages_its_networks(tmp_path: Path) -> None:
    """Several networks in one file: the tagger returns the mean of their probabilities."""
    from warta.ner.neural_train import combine_networks

    arrays = _packaged_network()
    shared = {k: arrays[k] for k in ("vocabulary", "charset")}
    first = {**shared, **split_members(arrays)[0]}
    second = {**first, "head_b": first["head_b"] + np.float16(1.5) * (np.arange(14) % 3 == 0)}
    second["conv3_w"] = first["conv3_w"] * np.float16(0.5)
    one = _single_network_file(first, tmp_path / "one.npz")
    two = _single_network_file(second, tmp_path / "two.npz")
    combine_networks([one, two], tmp_path / "both.npz")

    extractor = NerTagger.load().extractor
    a, b, both = (ConvTagger.load(p, extractor) for p in (one, two, tmp_path / "both.npz"))
    assert len(both.members) == 2
    sentences = [
        "Presiden Prabowo Subianto tiba di Bandara Soekarno-Hatta .".split(),
        "KPK memeriksa pejabat Pemkab Bogor .".split(),
    ]
    pa, pb, pboth = (n.probabilities_many(sentences, "news") for n in (a, b, both))
    assert not np.allclose(pa[0], pb[0], atol=1e-3)  # the two networks really differ
    for x, y, mean in zip(pa, pb, pboth, strict=True):
        assert np.allclose(mean, (x + y) / 2, atol=1e-6)


def test_combining_networks_with_different_vocabularies_is_refused(tmp_path: Path) -> None:
    from warta.ner.neural_train import combine_networks

    arrays = _packaged_network()
    first = {k: v for k, v in arrays.items() if "/" not in k}
    other = {**first, "vocabulary": np.array(["lain", *first["vocabulary"][1:]])}
    one = _single_network_file(first, tmp_path / "one.npz")
    two = _single_network_file(other, tmp_path / "two.npz")
    with pytest.raises(ValueError, match="vocabulary"):
        combine_networks([one, two], tmp_path / "both.npz")
    assert not (tmp_path / "both.npz").exists()


def test_a_bioes_network_hands_the_mix_bio_probabilities(tmp_path: Path) -> None:
    """An output layer over BIOES labels is summed back into the seven BIO columns.

    The BIOES head here copies each B- column into S- and each I- column into E-,
    so every name label appears twice: folded back, the network must give the BIO
    network's probabilities with every name label's weight doubled.
    """
    arrays = {k: v for k, v in _packaged_network().items() if "/" not in k}
    head_w, head_b = arrays["head_w"], arrays["head_b"]
    bioes = NETWORK_LABELS["bioes"]
    source = [LABELS.index(label.replace("S-", "B-").replace("E-", "I-")) for label in bioes]
    columns = [d * len(LABELS) + k for d in range(2) for k in source]
    extended = {**arrays, "head_w": head_w[:, columns], "head_b": head_b[columns]}
    extractor = NerTagger.load().extractor
    bio_net = ConvTagger.load(_single_network_file(arrays, tmp_path / "bio.npz"), extractor)
    bioes_net = ConvTagger.load(_single_network_file(extended, tmp_path / "e.npz"), extractor)
    tokens = "Gubernur Jawa Tengah Ahmad Luthfi meninjau Pelabuhan Tanjung Emas .".split()
    for domain in ("news", "wiki"):
        bio, folded = bio_net.probabilities(tokens, domain), bioes_net.probabilities(tokens, domain)
        assert folded.shape == bio.shape == (len(tokens), len(LABELS))
        weighted = bio * np.array([1.0] + [2.0] * (len(LABELS) - 1))
        assert np.allclose(folded, weighted / weighted.sum(axis=1, keepdims=True), atol=1e-4)
    wrong = {**arrays, "head_b": head_b[:10]}
    with pytest.raises(WartaModelError, match="head_b"):
        ConvTagger.load(_single_network_file(wrong, tmp_path / "wrong.npz"), extractor)


def test_bioes_training_labels_mark_name_ends_and_one_word_names() -> None:
    from warta.ner.neural_train import _encoded

    encoder = _tiny_encoder()
    tokens = ["Menurut", "Joko", "Widodo", ",", "Polri", "siap", "."]
    tags = ["O", "B-PERSON", "I-PERSON", "O", "B-ORGANISATION", "O", "O"]
    _, bio, _ = _encoded(encoder, tokens, tags, "news")
    _, bioes, _ = _encoded(encoder, tokens, tags, "news", "bioes")
    assert [LABELS[i] for i in bio] == tags
    names = NETWORK_LABELS["bioes"]
    assert [names[i] for i in bioes] == [
        "O", "B-PERSON", "E-PERSON", "O", "S-ORGANISATION", "O", "O",
    ]  # fmt: skip


def _fake_training(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """Replace the PyTorch training by one that writes the packaged network, shifted per seed.

    Returns the list the (seed, silver sentence count) of every call is appended to.
    """
    import warta.ner.neural_train as neural_train
    import warta.ner.train as train

    single = {k: v for k, v in _packaged_network().items() if "/" not in k}
    calls: list[tuple[int, int]] = []

    def fake_train(sentences, encoder, vectors, out, seed, params, progress, silver=(), init=None):  # type: ignore[no-untyped-def]
        calls.append((seed, len(silver)))
        progress("epoch 1/2", 0.5)
        progress("epoch 2/2", 1.0)
        # a distinct network per seed: shift one output bias
        np.savez(out, **{**single, "head_b": single["head_b"] + np.float16(seed / 100)})

    monkeypatch.setattr(train, "network_inputs", lambda *_: (None, None))
    monkeypatch.setattr(neural_train, "train_network", fake_train)
    return calls


def test_ensemble_training_writes_one_file_with_a_network_per_seed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each seed trains one network; the parts become one file; progress runs 0 -> 1 once."""
    import warta.ner.train as train

    calls = _fake_training(monkeypatch)
    reports: list[tuple[str, float | None]] = []
    extractor = NerTagger.load().extractor
    files = {"neural": tmp_path / "m.neural.npz", "crf": tmp_path / "m.crfsuite.gz"}
    network, settings = train._train_network(
        tmp_path, [], [], extractor, files, 13, {"extra_seeds": [7, 21], "silver_ratio": 0},
        lambda message, fraction: reports.append((message, fraction)),
    )  # fmt: skip
    assert calls == [(13, 0), (7, 0), (21, 0)]
    assert settings["extra_seeds"] == [7, 21]
    assert len(network.members) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.neural.npz"]  # parts removed
    fractions = [f for _, f in reports if f is not None]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert fractions[0] < 1 / 3 + 1e-9
    assert any(message.startswith("network 3 of 3") for message, _ in reports)


def test_self_training_teaches_a_second_ensemble_with_silver_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With silver_ratio, the first ensemble (and the CRF) tag unlabelled news and a
    second ensemble learns from gold plus those silver sentences; one bar over both."""
    import warta.ner.train as train

    calls = _fake_training(monkeypatch)
    reports: list[tuple[str, float | None]] = []
    packaged = NerTagger.load()
    crf = tmp_path / "m.crfsuite.gz"
    crf.write_bytes((resources.files("warta.models") / "ner-id-1.crfsuite.gz").read_bytes())
    teachers: list[NerTagger] = []

    def fake_silver(data_dir, teacher, limit, seed, progress):  # type: ignore[no-untyped-def]
        teachers.append(teacher)
        tokens = ["Presiden", "Joko", "Widodo", "tiba", "di", "Bandung", "."]
        return [(tokens, teacher.with_domain("news").tag(tokens), "news")] * 5

    monkeypatch.setattr(train, "silver_sentences", fake_silver)
    files = {"neural": tmp_path / "m.neural.npz", "crf": crf}
    network, _ = train._train_network(
        tmp_path, [], [], packaged.extractor, files, 13,
        {"extra_seeds": [7], "silver_ratio": 0.5},
        lambda message, fraction: reports.append((message, fraction)),
    )  # fmt: skip
    assert calls == [(13, 0), (7, 0), (13, 5), (7, 5)]  # teachers first, then students
    assert len(teachers) == 1 and teachers[0].neural is not None
    assert len(teachers[0].neural.members) == 2  # the whole first ensemble teaches
    assert len(network.members) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.crfsuite.gz", "m.neural.npz"]
    fractions = [f for _, f in reports if f is not None]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(message.startswith("student network 2 of 2") for message, _ in reports)


def test_network_file_missing_an_array_is_a_model_error(tmp_path: Path) -> None:
    from warta.errors import WartaModelError

    arrays = {k: v for k, v in _packaged_network().items() if k != "conv2_w"}
    path = _single_network_file(arrays, tmp_path / "broken.npz")
    with pytest.raises(WartaModelError, match="conv2_w"):
        ConvTagger.load(path, NerTagger.load().extractor)


def test_silver_sentences_are_indosum_news_tagged_by_the_teacher() -> None:
    """Self-training input: real news split by warta's segmenter, tagged under the news
    conventions, a seeded sample within the length bounds, no "Baca juga" lines."""
    from tests.conftest import shared_path
    from warta.ner.train import silver_sentences

    data = shared_path("data")
    shared_path("data", "summaries", "indosum", "dev.jsonl")
    teacher = NerTagger.load()
    first = silver_sentences(data, teacher, 40, seed=13)
    assert len(first) == 40
    assert first == silver_sentences(data, teacher, 40, seed=13)  # reproducible
    assert first != silver_sentences(data, teacher, 40, seed=14)
    for tokens, tags, domain in first:
        assert domain == "news" and 5 <= len(tokens) <= 60 and len(tags) == len(tokens)
        assert tokens[:2] != ["Baca", "juga"]
        assert tags == teacher.with_domain("news").tag(tokens)
    assert any(tag != "O" for _, tags, _ in first for tag in tags)


def test_news_sentences_skip_related_lines_like_the_structure_layer(tmp_path: Path) -> None:
    """Self-training text drops every related-article line the structure layer drops
    ("Baca juga", "Simak juga", "Berita terkait:"), not only "Baca juga"."""
    import json

    from warta.ner.corpus import indosum_news_sentences

    text = "\n\n".join(
        [
            "Hujan deras mengguyur Kota Bogor sejak pagi. Warga diminta waspada.",
            "Baca juga: Banjir Rendam Tiga Kecamatan",
            "Simak juga Pohon Tumbang di Jalan Pajajaran",
            "Berita terkait: Jalur Puncak Ditutup Sementara",
            "Petugas BPBD Kota Bogor berjaga di sejumlah titik rawan.",
        ]
    )
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    sentences = [" ".join(tokens) for tokens in indosum_news_sentences(path)]
    assert sentences == [
        "Hujan deras mengguyur Kota Bogor sejak pagi .",
        "Warga diminta waspada .",
        "Petugas BPBD Kota Bogor berjaga di sejumlah titik rawan .",
    ]


def test_pretraining_text_leaves_out_every_scored_sentence(tmp_path: Path) -> None:
    """Masked-word pretraining reads IndoSum (split by warta's segmenter) and the POS
    corpora, drops sentences of the excluded NER files (compared case-insensitively),
    duplicates and sentences outside the length bounds."""
    import json

    from warta.ner.corpus import pretraining_sentences

    (tmp_path / "summaries" / "indosum").mkdir(parents=True)
    (tmp_path / "pos" / "bapos").mkdir(parents=True)
    (tmp_path / "pos" / "nlp-id").mkdir(parents=True)
    article = "Harga cabai rawit di Pasar Kramat Jati naik lagi. Pedagang mengeluh sepi pembeli."
    (tmp_path / "summaries" / "indosum" / "dev.jsonl").write_text(
        json.dumps({"text": article}) + "\n", encoding="utf-8"
    )

    def tagged(*sentences: str) -> str:
        return "\n\n".join("\n".join(f"{t}\tX" for t in s.split()) for s in sentences) + "\n"

    (tmp_path / "pos" / "bapos" / "train.txt").write_text(
        tagged(
            "Gubernur Sulawesi Tengah meninjau lokasi longsor di Poso .",
            "Pedagang mengeluh sepi pembeli .",  # a duplicate of the IndoSum sentence
            "Ya .",  # too short
        ),
        encoding="utf-8",
    )
    (tmp_path / "pos" / "nlp-id" / "postag.txt").write_text(
        tagged("Tim SAR gabungan menemukan dua korban pada Kamis pagi ."), encoding="utf-8"
    )
    scored = tmp_path / "valid.txt"
    scored.write_text(tagged("gubernur sulawesi tengah meninjau lokasi longsor di poso ."))
    sentences = [" ".join(s) for s in pretraining_sentences(tmp_path, [scored])]
    assert sentences == [
        "Harga cabai rawit di Pasar Kramat Jati naik lagi .",
        "Pedagang mengeluh sepi pembeli .",
        "Tim SAR gabungan menemukan dua korban pada Kamis pagi .",
    ]
    assert len(pretraining_sentences(tmp_path)) == 4  # nothing excluded


@pytest.mark.skipif(not HAS_TORCH, reason="PyTorch (the [train] extra) is not installed")
def test_pretrained_layers_are_where_ner_training_starts(tmp_path: Path) -> None:
    """Pretraining learns to name hidden words (its loss falls) and hands over every
    layer but the output layer; a network given them starts from exactly those weights."""
    import torch

    from warta.ner.neural_train import NEURAL_PARAMS, pretrain_network, train_network

    encoder = _tiny_encoder()
    vectors = np.random.default_rng(1).standard_normal((3, 64)).astype(np.float32)
    text = [["ke", "jakarta", "ke", "jakarta", "2024"], ["Ke", "Jakarta", "2024", "ke"]] * 40
    losses: list[float] = []

    def report(message: str, _fraction: float | None) -> None:
        losses.append(float(message.rsplit("loss ", 1)[1].rstrip(")")))

    params = {"pretrain_epochs": 6, "pretrain_batch": 8, "pretrain_mask": 0.3}
    state = pretrain_network(text, encoder, vectors, seed=3, params=params, progress=report)
    assert not any(key.startswith("head.") for key in state)
    assert {"word_emb.weight", "conv1.weight", "conv3.weight", "char_conv.weight"} <= set(state)
    assert losses[-1] < losses[0] - 0.3  # three words to guess: it learns which
    out = tmp_path / "net.npz"
    sentences = [(["Ke", "Jakarta"], ["O", "B-PLACE"], "news")]
    train_network(sentences, encoder, vectors, out, 5, {**NEURAL_PARAMS, "epochs": 0}, init=state)
    with np.load(out) as weights:
        conv1 = weights["conv1_w"].astype(np.float32)
    expected = state["conv1.weight"].numpy().transpose(2, 1, 0).reshape(-1, conv1.shape[1])
    assert np.allclose(conv1, expected, atol=1e-2)
    broken = {**state, "conv1.weight": torch.zeros(1)}
    with pytest.raises(RuntimeError):
        train_network(sentences, encoder, vectors, out, 5, {"epochs": 0}, init=broken)
