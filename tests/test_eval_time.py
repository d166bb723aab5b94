"""Tests of TimeML reading, time scoring and the ``warta eval time`` command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from warta.cli_time import register
from warta.evaluation.time import evaluate_timeml, read_timeml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "time-gold"

SMALL = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="TIME" value="2013-12-4">Rabu, 4 Desember 2013</TIMEX3></DCT>
<TITLE>Uji &amp; coba</TITLE>
<TEXT>
Ali berbicara &quot;di Jakarta&quot;, \
<TIMEX3 tid="t1" type="DATE" value="2013-12-04">Rabu (4/12/2013)</TIMEX3>, \
dan rapat berlangsung <TIMEX3 tid="t2" type="DURATION" value="PT2H">dua jam</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def small(tmp_path: Path) -> Path:
    path = tmp_path / "small.tml"
    path.write_bytes(SMALL.replace("\n", "\r\n").encode("utf-8"))
    return path


@pytest.fixture
def shared_dir() -> Path:
    """../shared/data relative to the repo root, or skip."""
    path = ROOT.parent / "shared" / "data"
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def test_read_timeml_offsets_and_dct(small: Path) -> None:
    title, text, dct, gold = read_timeml(small)
    assert title == "Uji & coba"
    assert dct == dt.date(2013, 12, 4)
    assert "\r" not in text
    assert [g["text"] for g in gold] == ["Rabu (4/12/2013)", "dua jam"]
    for g in gold:
        assert text[g["start"] : g["end"]] == g["text"]
    assert gold[1]["type"] == "DURATION" and gold[1]["value"] == "PT2H"


def test_read_timeml_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "cp.tml"
    path.write_bytes(SMALL.replace("di Jakarta", "“di Jakarta”").encode("cp1252"))
    _title, text, _dct, gold = read_timeml(path)
    assert "“di Jakarta”" in text
    assert text[gold[0]["start"] : gold[0]["end"]] == "Rabu (4/12/2013)"


def test_evaluate_small_file(small: Path) -> None:
    result = evaluate_timeml([small])
    assert result["files"] == 1 and result["gold"] == 2
    assert result["exact"]["f1"] == 1.0
    assert result["value_accuracy"] == 1.0
    assert result["normalisation_f1"]["f1"] == 1.0
    assert result["expressions_per_second"] > 0


def test_evaluate_partial_match(tmp_path: Path) -> None:
    path = tmp_path / "p.tml"
    path.write_text(
        SMALL.replace('value="PT2H">dua jam', 'value="PT3H">dua jam').replace(
            '<TIMEX3 tid="t1" type="DATE" value="2013-12-04">Rabu (4/12/2013)</TIMEX3>',
            'Rabu <TIMEX3 tid="t1" type="DATE" value="2013-12-04">(4/12/2013)</TIMEX3>',
        ),
        "utf-8",
    )
    result = evaluate_timeml([path])
    assert result["exact"]["f1"] == 0.5
    assert result["overlap"]["f1"] == 1.0
    assert result["value_accuracy"] == 0.5


def test_unannotated_files_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "plain.tml"
    path.write_text("<TimeML><TEXT>Senin (11/9/2023)</TEXT></TimeML>", "utf-8")
    result = evaluate_timeml([tmp_path])
    assert result["files"] == 0 and result["skipped_unannotated"] == 1


def test_gold_set_size_and_quality() -> None:
    files = sorted(GOLD.glob("*.tml"))
    assert len(files) >= 12
    types = set()
    total = 0
    for path in files:
        _title, text, dct, gold = read_timeml(path)
        assert dct is not None
        total += len(gold)
        for g in gold:
            assert text[g["start"] : g["end"]] == g["text"]
            assert g["type"] in ("DATE", "TIME", "DURATION", "SET")
            types.add(g["type"])
    assert total >= 150
    assert types == {"DATE", "TIME", "DURATION", "SET"}


def test_gold_set_scores_well() -> None:
    result = evaluate_timeml([GOLD])
    assert result["overlap"]["f1"] >= 0.95
    assert result["exact"]["f1"] >= 0.93
    assert result["normalisation_f1"]["f1"] >= 0.93


def _app() -> typer.Typer:
    app = typer.Typer()
    eval_app = typer.Typer()
    app.add_typer(eval_app, name="eval")
    register(eval_app)

    @app.callback()
    def main() -> None:
        """Test root."""

    return app


def test_cli_prints_one_json_line(small: Path) -> None:
    result = CliRunner().invoke(_app(), ["eval", "time", str(small), str(GOLD)])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["files"] == 1 + len(list(GOLD.glob("*.tml")))


@pytest.mark.parametrize("bad", ["does-not-exist.tml", "empty-dir"])
def test_cli_bad_paths(tmp_path: Path, bad: str) -> None:
    if bad == "empty-dir":
        (tmp_path / bad).mkdir()
    result = CliRunner().invoke(_app(), ["eval", "time", str(tmp_path / bad)])
    assert result.exit_code == 1
    assert "error:" in result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_cli_non_timeml_file(tmp_path: Path) -> None:
    path = tmp_path / "x.tml"
    path.write_text("not xml at all", "utf-8")
    result = CliRunner().invoke(_app(), ["eval", "time", str(path)])
    assert result.exit_code == 1
    assert "no <TEXT> element" in result.output


def test_kompas_dev_reads(shared_dir: Path) -> None:
    files = sorted((shared_dir / "news" / "kompas-indotimex-dev").glob("*.tml"))
    if not files:
        pytest.skip("Kompas dev files absent")
    for path in files:
        _title, text, dct, _gold = read_timeml(path)
        assert dct is not None and text.strip()
    result = evaluate_timeml(files)
    assert result["skipped_unannotated"] == len(files)
