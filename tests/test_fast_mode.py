"""Fast mode: names tagged by the CRF alone, in the library, the tagger and both commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import warta
from warta import pipeline
from warta.cli import app
from warta.corpus import open_corpus
from warta.ner.neural import ConvTagger
from warta.ner.tagger import NerTagger

runner = CliRunner()

ARTICLE = (
    "Menkeu Tinjau Pelabuhan\n\nSURABAYA, KOMPAS.com - Menteri Keuangan Sri Mulyani meninjau "
    "Pelabuhan Tanjung Perak di Surabaya, Jawa Timur, pada Kamis (12/10/2023). Ia didampingi "
    "Gubernur Jawa Timur Khofifah Indar Parawansa.\n\n“Arus barang harus lancar,” kata Sri "
    "Mulyani kepada wartawan.\n\nPenulis: Dimas Prakoso | Editor: Rina"
)


def _no_network(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the network ran")


def test_fast_view_has_no_networks_and_leaves_the_model_whole() -> None:
    full = NerTagger.load()
    tokens = "Menteri Keuangan Sri Mulyani tiba di Surabaya kemarin .".split()
    before = full.tag(tokens)
    fast = full.fast()
    assert fast.neural is None
    assert full.neural is not None and full.tag(tokens) == before
    tags = fast.tag(tokens)
    assert tags[2:4] == ["B-PERSON", "I-PERSON"]
    assert tags[6] == "B-PLACE"
    # the view shares the word resources the entity layer reads
    assert fast.capitalisation("Surabaya") == full.capitalisation("Surabaya")


def test_fast_analysis_never_runs_the_networks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ConvTagger, "probabilities_many", _no_network)
    article = warta.analyze(ARTICLE, fast=True)
    people = {e["name"]: e for e in article.entities if e["type"] == "PERSON"}
    assert "Sri Mulyani" in people and "Khofifah Indar Parawansa" in people
    assert "Menteri Keuangan" in people["Sri Mulyani"]["roles"]
    with pytest.raises(AssertionError, match="network ran"):
        warta.analyze(ARTICLE)


def test_analyze_command_fast(tmp_path: Path) -> None:
    path = tmp_path / "menkeu.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["analyze", "--fast", str(path)])
    assert result.exit_code == 0, result.output
    names = {e["name"] for e in json.loads(result.stdout)["entities"]}
    assert {"Sri Mulyani", "Surabaya"} <= names


def test_ingest_without_fast_analyses_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "menkeu.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "warta.db")
    result = runner.invoke(
        app, ["ingest", "--fast", "--db", db, "-w", "1", "-f", "json", str(path)]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["new"] == 1
    calls: list[bool] = []
    original = pipeline.analyze_raw

    def counting(raw: object, **options: object) -> warta.Article:
        calls.append(bool(options.get("fast")))
        return original(raw, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "analyze_raw", counting)
    with open_corpus(db) as corpus:
        # the same input in the same mode is skipped; the full model analyses it again
        assert corpus.ingest([str(path)], workers=1, fast=True).unchanged == 1
        assert calls == []
        corpus.ingest([str(path)], workers=1)
        assert calls == [False]
        assert corpus.ingest([str(path)], workers=1).unchanged == 1
        assert calls == [False]
        assert corpus.count() == 1
