"""ROUGE with the Indonesian tokenizer, checked against values computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from warta.cli_summary import register
from warta.evaluation.summary import (
    SummaryDataError,
    evaluate_summaries,
    lcs_length,
    read_references,
    rouge,
    rouge_tokenize,
    select_split,
)


def test_tokenizer_keeps_numbers_and_dates_whole() -> None:
    text = "Harga naik Rp 1,25 triliun pada 11/9/2023 (27 / 3), masing-masing Jum'at pukul 17.30."
    assert rouge_tokenize(text) == [
        "harga", "naik", "rp", "1,25", "triliun", "pada", "11/9/2023", "27/3",
        "masing-masing", "jum'at", "pukul", "17.30",
    ]  # fmt: skip


def test_tokenizer_does_not_glue_a_list_of_numbers() -> None:
    assert rouge_tokenize("pada 2017, 10 orang") == ["pada", "2017", "10", "orang"]


def test_rouge_by_hand() -> None:
    scores = rouge("Harga beras naik tajam.", "harga beras naik")
    # unigrams: 3 of 4 candidate, 3 of 3 reference
    assert scores["rouge1"].precision == pytest.approx(3 / 4)
    assert scores["rouge1"].recall == pytest.approx(1.0)
    assert scores["rouge1"].f1 == pytest.approx(6 / 7)
    # bigrams: (harga beras) (beras naik) match, (naik tajam) does not
    assert scores["rouge2"].precision == pytest.approx(2 / 3)
    assert scores["rouge2"].f1 == pytest.approx(0.8)
    assert scores["rougeL"].f1 == pytest.approx(6 / 7)


def test_rouge_clips_repeated_words_and_orders_lcs() -> None:
    scores = rouge("naik naik naik", "harga naik")
    assert scores["rouge1"].precision == pytest.approx(1 / 3)
    assert scores["rouge1"].recall == pytest.approx(1 / 2)
    assert lcs_length(["a", "b", "c", "d"], ["b", "d", "a"]) == 2
    assert rouge("", "harga naik")["rougeL"].f1 == 0.0


def test_optional_stemming_matches_affixed_forms() -> None:
    assert rouge("pembangunan jalan", "membangun jalan")["rouge1"].f1 == pytest.approx(0.5)
    assert rouge("pembangunan jalan", "membangun jalan", stem=True)["rouge1"].f1 == 1.0


def _write(path: Path, records: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


ARTICLE = (
    "Pemerintah Kota Bandung menutup tiga ruas jalan selama perbaikan saluran air. "
    "Penutupan berlaku mulai Senin hingga akhir bulan. "
    "Warga diminta memakai jalur alternatif lewat Jalan Merdeka. "
    '"Kami mohon maaf atas ketidaknyamanan ini," kata Kepala Dinas Perhubungan Asep Nugraha.'
)


def test_read_references_accepts_a_list_summary(tmp_path: Path) -> None:
    path = _write(tmp_path / "ref.jsonl", [{"text": ARTICLE, "summary": ["A.", "B."]}])
    assert read_references(path)[0]["summary"] == "A. B."


@pytest.mark.parametrize(
    "line",
    ['{"text": "x"', '{"summary": "x"}', '["not", "an", "object"]', '{"text": "x", "summary": 3}'],
)
def test_read_references_rejects_malformed_lines(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(SummaryDataError, match=r"bad\.jsonl:1"):
        read_references(path)


def test_evaluate_summaries_scores_ours_and_lead(tmp_path: Path) -> None:
    summary = "Pemerintah Kota Bandung menutup tiga ruas jalan selama perbaikan saluran air."
    path = _write(tmp_path / "ref.jsonl", [{"id": "a", "text": ARTICLE, "summary": summary}])
    result = evaluate_summaries(path, size=1)
    assert result["articles"] == 1
    assert result["rouge1"] == pytest.approx(1.0)
    assert result["lead1"]["rouge1"] == pytest.approx(1.0)
    assert result["articles_per_second"] > 0


def test_split_is_by_id_order() -> None:
    records = [{"id": i} for i in "dcba"]
    assert [r["id"] for r in select_split(records, "tune")] == ["a", "b"]
    assert [r["id"] for r in select_split(records, "held-out")] == ["c", "d"]
    with pytest.raises(SummaryDataError):
        select_split(records, "test")


@pytest.fixture()
def cli() -> typer.Typer:
    app = typer.Typer()
    eval_app = typer.Typer()
    app.add_typer(eval_app, name="eval")
    register(eval_app)
    return app


def test_cli_prints_one_json_line(cli: typer.Typer, tmp_path: Path) -> None:
    path = _write(tmp_path / "ref.jsonl", [{"text": ARTICLE, "summary": ARTICLE}] * 2)
    result = CliRunner().invoke(cli, ["eval", "summary", str(path), "--limit", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["articles"] == 1 and "lead3" in data and "rougeL" in data


@pytest.mark.parametrize("content", [None, "{broken\n", ""])
def test_cli_bad_input_is_one_clear_line(
    cli: typer.Typer, tmp_path: Path, content: str | None
) -> None:
    path = tmp_path / "ref.jsonl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "summary", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output
