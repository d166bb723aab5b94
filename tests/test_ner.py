"""Tests of the NER model, its CoNLL reader, the chunk scorer and the CLI commands."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from warta.cli_ner import register
from warta.errors import WartaInputError
from warta.evaluation.ner import bootstrap_interval, chunks, evaluate_ner, score_chunks
from warta.ner.conll import normalise_tag, parse_conll, read_conll, to_bio, to_bioes
from warta.ner.features import FeatureConfig, FeatureExtractor
from warta.ner.tagger import NerTagger
from warta.ner.train import train_ner

HERE = Path(__file__).resolve().parent
TINY = HERE / "data" / "ner-tiny.conll"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
MODEL_META = HERE.parent / "src" / "warta" / "models" / "ner-id-1.json"


# --- CoNLL reading ---------------------------------------------------------------------------


def test_tag_aliases_map_to_warta_names() -> None:
    assert normalise_tag("B-PER") == "B-PERSON"
    assert normalise_tag("I-ORG") == "I-ORGANISATION"
    assert normalise_tag("B-LOC") == "B-PLACE"
    assert normalise_tag("O") == "O"
    assert normalise_tag("B-PLACE") == "B-PLACE"


def test_iob1_becomes_bio() -> None:
    assert to_bio(["I-PER", "I-PER", "O", "I-LOC", "I-ORG"]) == [
        "B-PER",
        "I-PER",
        "O",
        "B-LOC",
        "B-ORG",
    ]


def test_read_tiny_file() -> None:
    sentences = read_conll(TINY)
    assert len(sentences) == 3
    tokens, tags = sentences[0]
    assert tokens[:3] == ["Presiden", "Joko", "Widodo"]
    assert tags[:3] == ["O", "B-PERSON", "I-PERSON"]
    assert tags[9] == "B-PLACE"
    assert sentences[1][1][:3] == ["B-ORGANISATION", "I-ORGANISATION", "I-ORGANISATION"]


def test_malformed_line_is_an_input_error() -> None:
    with pytest.raises(WartaInputError, match="line 2"):
        parse_conll(["Jakarta\tB-LOC", "broken", ""])


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(WartaInputError, match="no such file"):
        read_conll(tmp_path / "absent.txt")


# --- chunk scoring ---------------------------------------------------------------------------


def test_chunks_follow_conlleval() -> None:
    # An I- without B- opens a chunk; a type change inside I- splits it.
    assert chunks(["I-PER", "I-PER", "O"]) == [(0, 2, "PER")]
    assert chunks(["B-PER", "I-LOC", "I-LOC"]) == [(0, 1, "PER"), (1, 3, "LOC")]
    assert chunks(["B-PER", "B-PER", "O", "B-LOC"]) == [(0, 1, "PER"), (1, 2, "PER"), (3, 4, "LOC")]
    assert chunks(["O", "O"]) == []


def test_score_hand_computed() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["I-ORG", "O"]]
    result = score_chunks(gold, pred)
    # Correct: PER (0,2) and ORG in sentence 2 (I- without B- still counts). Wrong: LOC->ORG.
    assert result["precision"] == round(2 / 3, 4)
    assert result["recall"] == round(2 / 3, 4)
    per_type = result["per_type"]
    assert per_type["PER"]["f1"] == 1.0  # type: ignore[index]
    assert per_type["LOC"]["f1"] == 0.0  # type: ignore[index]
    assert per_type["ORG"]["f1"] == round(2 * 0.5 * 1.0 / 1.5, 4)  # type: ignore[index]
    assert result["macro_f1"] == round((1.0 + 0.0 + round(2 / 3, 4)) / 3, 4)


def test_partial_span_is_wrong() -> None:
    result = score_chunks([["B-PER", "I-PER"]], [["B-PER", "O"]])
    assert result["micro_f1"] == 0.0


def test_bootstrap_interval_brackets_the_score() -> None:
    # 20 sentences: PER always right, LOC right in half of them, so macro F1 varies by sample.
    gold = [["B-PER", "O", "B-LOC"]] * 20
    pred = [["B-PER", "O", "B-LOC"]] * 10 + [["B-PER", "O", "O"]] * 10
    point = score_chunks(gold, pred)["macro_f1"]
    interval = bootstrap_interval(gold, pred, samples=300)
    assert interval["low"] < point < interval["high"]
    assert interval["samples"] == 300 and interval["level"] == 0.95
    assert bootstrap_interval(gold, pred, samples=300) == interval  # seeded: reproducible
    perfect = bootstrap_interval(gold, gold, samples=50)
    assert perfect["low"] == perfect["high"] == 1.0
    with pytest.raises(ValueError):
        bootstrap_interval(gold, pred, samples=0)


def test_cli_eval_bootstrap_adds_an_interval() -> None:
    result = CliRunner().invoke(_app(), ["eval", "ner", str(TINY), "--bootstrap", "200"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    interval = report["macro_f1_interval"]
    assert interval["low"] <= report["macro_f1"] <= interval["high"]
    assert "macro_f1_interval" not in json.loads(
        CliRunner().invoke(_app(), ["eval", "ner", str(TINY)]).stdout
    )


def test_cli_eval_negative_bootstrap_is_refused() -> None:
    result = CliRunner().invoke(_app(), ["eval", "ner", str(TINY), "--bootstrap", "-5"])
    assert result.exit_code != 0
    assert "--bootstrap" in result.output and "Traceback" not in result.output


# --- packaged model --------------------------------------------------------------------------


def test_packaged_model_tags_obvious_entities() -> None:
    tagger = NerTagger.load()
    tokens = "Presiden Joko Widodo bertemu Menteri Keuangan Sri Mulyani di Jakarta .".split()
    tags = tagger.tag(tokens)
    assert len(tags) == len(tokens)
    found = {(" ".join(tokens[s:e]), kind) for s, e, kind in chunks(tags)}
    assert ("Joko Widodo", "PERSON") in found
    assert ("Sri Mulyani", "PERSON") in found
    assert ("Jakarta", "PLACE") in found
    assert tagger.tag([]) == []
    assert NerTagger.load() is tagger  # cached
    # the model card's tag scheme is the one the CRF really learned
    learned = "bioes" if any(x.startswith("S-") for x in tagger.crf_labels) else "bio"
    assert tagger.meta.get("crf_tags", "bio") == learned


def test_capitalisation_buckets_separate_names_from_common_words() -> None:
    tagger = NerTagger.load()
    assert tagger.capitalisation("Jakarta") == tagger.capitalisation("jakarta") == "4"
    assert tagger.capitalisation("Namun") in ("0", "1")
    assert tagger.capitalisation("qwzxv") == "u"


def test_known_name_reads_the_models_gazetteer() -> None:
    tagger = NerTagger.load()
    assert "P" in tagger.known_name(["Garut"])  # a regency
    assert "M" in tagger.known_name(["Kementerian", "Dalam", "Negeri"])  # warta's own list
    assert tagger.known_name(["Kementerian", "Dalam"]) == ""  # a prefix is no name
    assert tagger.known_name(["qwzxv"]) == ""


def test_part_of_speech_reads_the_models_lexicon() -> None:
    tagger = NerTagger.load()
    assert tagger.part_of_speech("Melansir") == "VB"
    assert tagger.part_of_speech("menurut") == "IN"
    assert tagger.part_of_speech("qwzxv") == ""


def test_tag_sentences_keeps_order_and_lengths() -> None:
    tagger = NerTagger.load()
    sentences = [["Bandung"], ["KPK", "memeriksa", "Setya", "Novanto", "."]]
    tagged = tagger.tag_sentences(sentences)
    assert [len(t) for t in tagged] == [1, 5]


def test_capitalised_run_features() -> None:
    extractor = FeatureExtractor(None, None, FeatureConfig())
    tokens = "Kepala Pusat Perencanaan dan Pendayagunaan SDM di Jakarta .".split()
    feats = extractor.sentence(tokens)
    # A title ends a run; a connector between capitalised words stays inside one.
    assert "rhc=per" in feats[0] and "rp=S" in feats[0]
    for i in range(1, 6):
        assert "rh=pusat" in feats[i] and "rt=sdm" in feats[i] and "rb=kepala" in feats[i]
    assert "rp=B" in feats[1] and "rp=I" in feats[3] and "rp=E" in feats[5]
    assert not any(f.startswith("rh=") for f in feats[6])
    assert "rb=di" in feats[7] and "rp=S" in feats[7]


def test_old_model_metadata_keeps_its_features(tmp_path: Path) -> None:
    out = tmp_path / "old.crfsuite"
    config = FeatureConfig(clusters=False, capratio=False, pos=False, gazetteer=False)
    train_ner([TINY], [], out, config=config, params={"max_iterations": 5})
    meta_path = tmp_path / "old.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    for key in ("caprun", "nbr_clusters", "brackets"):
        del meta["features"][key]
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    config = NerTagger.load(out).extractor.config
    assert not config.caprun and not config.nbr_clusters and not config.brackets


@pytest.mark.parametrize(
    ("token", "word"),
    [
        ("(Nigeria)", "Nigeria"),
        ("(PKB),", "PKB"),
        ("(Demokrat", "Demokrat"),
        ("Australia)", "Australia"),
        ("(24/8)", "24/8"),
        ("(", "("),
        (")", ")"),
        ("Jokowi-JK", "Jokowi-JK"),
        ("Rp", "Rp"),
    ],
)
def test_bare_word_drops_only_glued_brackets(token: str, word: str) -> None:
    from warta.ner.features import bare_word

    assert bare_word(token) == word


def test_a_bracketed_token_is_looked_up_as_its_word() -> None:
    """The news corpus glues brackets to words ("Rodrigo Gularte (Brasil)"): the
    word's resources and the gazetteer must see "Brasil", and a feature says it was
    bracketed. With the switch off (models trained before), the token stays as is."""
    from warta.ner.features import WordInfo, WordTable
    from warta.ner.gazetteer import Gazetteer

    words = WordTable({"brasil": WordInfo(("3", "17", "250"), "4", "NNP")})
    gazetteer = Gazetteer({"brasil": "C"})
    tokens = ["Rodrigo", "Gularte", "(Brasil)", "dan", "Brasil"]
    plain = FeatureExtractor(words, gazetteer, FeatureConfig()).sentence(tokens)
    for feature in ("w=brasil", "c2=250", "pos=NNP", "title", "g=C:B"):
        assert feature in plain[2] and feature in plain[4]
    assert "bracketed" in plain[2] and "bracketed" not in plain[4]
    assert "sh=(Xxxxxx)" in plain[2]
    old = FeatureExtractor(words, gazetteer, FeatureConfig(brackets=False)).sentence(tokens)
    assert "w=(brasil)" in old[2] and "pos=NNP" not in old[2] and "g=C:B" not in old[2]


# --- CLI -------------------------------------------------------------------------------------


def _app() -> typer.Typer:
    app = typer.Typer()
    train_app = typer.Typer()
    eval_app = typer.Typer()
    register(train_app, eval_app)
    app.add_typer(train_app, name="train")
    app.add_typer(eval_app, name="eval")
    return app


def test_cli_eval_prints_one_json_line(tmp_path: Path) -> None:
    out = tmp_path / "pred.tsv"
    result = CliRunner().invoke(_app(), ["eval", "ner", str(TINY), "--predictions", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    report = json.loads(lines[0])
    for key in ("precision", "recall", "micro_f1", "macro_f1", "per_type", "tokens_per_second"):
        assert key in report
    assert report["macro_f1"] >= 0.5
    rows = out.read_text(encoding="utf-8").split("\n\n")
    assert len(rows) == 3
    first = rows[0].splitlines()[1].split("\t")
    assert first[:2] == ["Joko", "B-PERSON"] and len(first) == 3


@pytest.mark.parametrize(
    ("folder", "option", "expected"),
    [
        ("nergrit", [], "wiki"),
        ("my-wiki-set", [], "wiki"),
        ("berita", [], "news"),
        ("nergrit", ["--domain", "news"], "news"),
    ],
)
def test_cli_eval_domain_follows_the_folder_unless_given(
    tmp_path: Path, folder: str, option: list[str], expected: str
) -> None:
    gold = tmp_path / folder / "valid.txt"
    gold.parent.mkdir()
    gold.write_text(TINY.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(_app(), ["eval", "ner", str(gold), *option])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["domain"] == expected


def test_cli_eval_unknown_domain_is_an_error() -> None:
    result = CliRunner().invoke(_app(), ["eval", "ner", str(TINY), "--domain", "sports"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and "auto, news, wiki" in result.stderr


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--self-train", "1"], "--no-neural"),  # self-training needs the networks
        (["--crf-tags", "iob1"], "bio, bioes"),  # an unknown tag scheme
        (["--net-tags", "bilou"], "bio, bioes"),  # an unknown scheme for the networks
        (["--net-tags", "bioes"], "--no-neural"),  # network labels without networks
        (["--pretrain", "3"], "--no-neural"),  # pretraining without networks
    ],
)
def test_cli_train_refuses_bad_options_before_training(
    tmp_path: Path, extra: list[str], message: str
) -> None:
    out = tmp_path / "m.crfsuite"
    args = ["train", "ner", "--train", str(TINY), "--valid", str(TINY), "--out", str(out)]
    result = CliRunner().invoke(_app(), [*args, "--no-neural", *extra])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert not out.with_name("m.crfsuite.gz").exists()  # refused before any training
    for option in ("--self-train", "--pretrain"):
        negative = CliRunner().invoke(_app(), [*args, option, "-1"])
        assert negative.exit_code != 0 and "Traceback" not in negative.output


def test_cli_eval_bad_path_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["eval", "ner", str(tmp_path / "nope.conll")])
    assert result.exit_code == 1
    assert "no such file" in result.stderr
    assert "Traceback" not in result.output


def test_cli_eval_malformed_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.conll"
    bad.write_text("Jakarta\tB-LOC\nbroken\n", encoding="utf-8")
    result = CliRunner().invoke(_app(), ["eval", "ner", str(bad)])
    assert result.exit_code == 1
    assert "line 2" in result.stderr


# --- training --------------------------------------------------------------------------------


def test_training_smoke(tmp_path: Path) -> None:
    config = FeatureConfig(clusters=False, capratio=False, pos=False, gazetteer=False)
    out = tmp_path / "tiny.crfsuite"
    scores = train_ner(
        [TINY], [TINY], out, config=config, params={"max_iterations": 30}, command="test"
    )
    meta = json.loads((tmp_path / "tiny.json").read_text(encoding="utf-8"))
    # the versions a bit-for-bit retrain needs; no network, so no PyTorch entry
    assert meta["software"]["numpy"] == np.__version__
    assert "torch" not in meta["software"]
    assert meta["software"]["machine"] and meta["software"]["blas"]  # kernels chosen per CPU
    assert scores[str(TINY)]["macro_f1"] > 0.8  # a model fits its own tiny train file
    tagger = NerTagger.load(out)
    assert len(tagger.tag(["Ganjar", "ke", "Semarang"])) == 3


def test_bioes_marks_single_and_last_tokens_and_reads_back_as_bio() -> None:
    bio = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PLACE", "B-PLACE", "I-PLACE", "O"]
    bioes = to_bioes(bio)
    assert bioes == ["B-PERSON", "I-PERSON", "E-PERSON", "O", "S-PLACE", "B-PLACE", "E-PLACE", "O"]
    assert to_bio([normalise_tag(t) for t in bioes]) == bio
    assert to_bioes(["B-ORGANISATION"]) == ["S-ORGANISATION"]


def test_a_bioes_crf_gives_bio_tags_and_probabilities(tmp_path: Path) -> None:
    config = FeatureConfig(clusters=False, capratio=False, pos=False, gazetteer=False)
    out = tmp_path / "tiny.crfsuite"
    train_ner([TINY], [], out, config=config, params={"max_iterations": 30}, crf_tags="bioes")
    meta = json.loads((tmp_path / "tiny.json").read_text(encoding="utf-8"))
    assert meta["crf_tags"] == "bioes"
    tagger = NerTagger.load(out)
    assert any(label.startswith("S-") for label in tagger.crf_labels)  # it did learn BIOES
    for tokens, _ in read_conll(TINY):
        tags = tagger.tag(tokens)
        assert not any(t.startswith(("S-", "E-")) for t in tags)
        probabilities = tagger.probabilities(tokens)
        assert probabilities.shape == (len(tokens), 7)
        assert np.allclose(probabilities.sum(axis=1), 1.0)  # S- and E- folded into B- and I-
    # and its own tags fit the file it was trained on
    fitted = [tagger.tag(tokens) for tokens, _ in read_conll(TINY)]
    assert score_chunks([gold for _, gold in read_conll(TINY)], fitted)["macro_f1"] > 0.8


# --- accuracy gate on the shared valid splits ------------------------------------------------


@pytest.mark.shared
@pytest.mark.parametrize(("dataset", "domain"), [("nergrit", "wiki"), ("idner-news-2k", "news")])
def test_accuracy_gate(dataset: str, domain: str) -> None:
    path = SHARED / "ner" / dataset / "valid.txt"
    if not path.is_file():
        pytest.skip(f"shared data absent: {path}")
    meta = json.loads(MODEL_META.read_text(encoding="utf-8"))
    measured = next(v for k, v in meta["valid_scores"].items() if k.startswith(dataset + "/"))
    result = evaluate_ner(path, NerTagger.load().with_domain(domain))
    assert result["macro_f1"] >= measured["macro_f1"] - 0.01


def test_gazetteer_counts_the_first_words_of_listed_people() -> None:
    """Only the people's lists (DBpedia persons "N", parliament "R") count, and only
    names of two words or more: a village called "Bambang" names nobody's first name."""
    from warta.ner.gazetteer import Gazetteer

    gazetteer = Gazetteer(
        {"bambang soesatyo": "R", "bambang brodjonegoro": "N", "bambang": "KV",
         "kota bambang": "P", "abu bakar": "NL"}
    )  # fmt: skip
    assert gazetteer.first_name_count("bambang") == 2
    assert gazetteer.first_name_count("abu") == 1
    assert gazetteer.first_name_count("kota") == 0
