"""The command line: formats, several inputs, stdin and bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import check_article_dict
from warta.cli import app

runner = CliRunner()

ARTICLE = (
    "Banjir Rendam Semarang\n\nSEMARANG, KOMPAS.com - Banjir merendam ratusan rumah di Semarang "
    "pada Senin (11/9/2023). Warga mengungsi ke masjid.\n\nBaca juga: Hujan Deras Sepekan\n\n"
    "“Air naik cepat sekali,” kata Siti, warga Genuk.\n\nPenulis: Budi Santoso | Editor: Ani"
)


@pytest.fixture()
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "banjir.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_analyze_json(article_file: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article_file)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    check_article_dict(data)
    assert data["publisher"] == "Kompas"
    assert data["title"] == "Banjir Rendam Semarang"
    assert data["authors"] == ["Budi Santoso"]
    assert data["related"] == [{"title": "Hujan Deras Sepekan", "url": None}]
    assert data["source"] == {
        "path": str(article_file),
        "url": None,
        "format": "text",
        "line": None,
    }


def test_analyze_date_option(article_file: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article_file), "--date", "2023-09-11"])
    data = json.loads(result.stdout)
    assert (data["published"], data["published_source"]) == ("2023-09-11", "argument")
    bad = runner.invoke(app, ["analyze", str(article_file), "--date", "kemarin"])
    assert bad.exit_code == 2
    assert "invalid --date" in bad.stderr


def test_analyze_jsonl_and_several_inputs(article_file: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(
        app,
        [
            "analyze",
            str(article_file),
            str(empty),
            str(tmp_path / "missing.txt"),
            str(article_file),
            "-f",
            "jsonl",
        ],
    )
    assert result.exit_code == 1
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 2
    for line in lines:
        check_article_dict(json.loads(line))
    errors = result.stderr.strip().split("\n")
    assert errors == [
        f"error: {empty}: empty input",
        f"error: {tmp_path / 'missing.txt'}: no such file",
    ]


def test_json_with_several_articles_is_an_array(article_file: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article_file), str(article_file)])
    data = json.loads(result.stdout)
    assert isinstance(data, list) and len(data) == 2
    assert data[0]["id"] == data[1]["id"]


def test_pretty(article_file: Path) -> None:
    result = runner.invoke(app, ["analyze", str(article_file), "-f", "pretty"])
    assert result.exit_code == 0
    assert "Banjir Rendam Semarang" in result.stdout
    assert "Budi Santoso" in result.stdout
    assert "Hujan Deras Sepekan" in result.stdout
    for section in ("Summary", "Who said what", "Entities", "Times"):
        assert section in result.stdout
    assert "Air naik cepat sekali" in result.stdout


def test_stdin() -> None:
    result = runner.invoke(app, ["analyze", "-", "-f", "jsonl"], input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"]["path"] is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"  \n \n", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary input (a PNG image)"),
        (b"\x1f\x8b\x08\x00abc", "binary input (gzip-compressed data)"),
        (b"\x81\x8d\xfe\xff\x9d\x90", "not valid UTF-8"),
        (b"<html><body><nav>Menu</nav></body></html>", "no article text found in the HTML"),
    ],
)
def test_bad_input_gives_one_line_and_exit_1(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["analyze", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.strip().split("\n")
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 10)
    result = runner.invoke(app, ["analyze", str(path), "--max-bytes", "500"])
    assert result.exit_code == 1
    assert "over the limit of 500 bytes (raise it with --max-bytes)" in result.stderr


def test_decoded_fallback_warns_on_stderr(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    result = runner.invoke(app, ["analyze", str(path), "-f", "jsonl"])
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "windows-1252" in result.stderr
    quiet = runner.invoke(app, ["analyze", str(path), "-f", "jsonl", "--quiet"])
    assert quiet.stderr == ""


def test_directory_is_refused(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path)])
    assert result.exit_code == 1
    assert "is a directory" in result.stderr


def test_installed_entry_point_runs(article_file: Path) -> None:
    """The real console script, in a subprocess, as a user runs it."""
    proc = subprocess.run(
        [sys.executable, "-m", "warta", "analyze", str(article_file), "-f", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["publisher"] == "Kompas"
    missing = subprocess.run(
        [sys.executable, "-m", "warta", "analyze", "/nonexistent/x.txt"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert missing.returncode == 1
    assert missing.stderr.strip() == "error: /nonexistent/x.txt: no such file"


def test_exclude_layers(article_file: Path) -> None:
    result = runner.invoke(
        app, ["analyze", str(article_file), "-f", "jsonl", "-x", "entities,quotes"]
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    check_article_dict(data)
    assert data["entities"] == [] and data["quotes"] == []
    assert data["times"], "the time layer still runs"
    full = json.loads(runner.invoke(app, ["analyze", str(article_file), "-f", "jsonl"]).stdout)
    assert full["entities"] and full["quotes"]
    bad = runner.invoke(app, ["analyze", str(article_file), "--exclude", "bogus"])
    assert bad.exit_code == 2
    assert "unknown layer(s) for --exclude: bogus" in bad.stderr
