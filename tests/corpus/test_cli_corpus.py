"""The corpus commands through Typer, and an ingest killed with SIGKILL then resumed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tests.corpus.generate import duplicate_corpus, stream, write_jsonl
from warta.cli_corpus import register
from warta.corpus import open_corpus

ROOT = Path(__file__).resolve().parents[2]
app = typer.Typer()
register(app)
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_end_to_end(db_url: str, tmp_path: Path) -> None:
    items = duplicate_corpus(originals=8, near_misses=2)
    write_jsonl(items, str(tmp_path / "d.jsonl"))
    (tmp_path / "bad.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, out, err = run("ingest", str(tmp_path), "--db", db_url, "-w", "1", "-f", "json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["new"] == len(items) and summary["failed"] == 1
    assert summary["failures"][0]["error"].startswith("binary input")
    code, out, _ = run("ingest", str(tmp_path), "--db", db_url, "-w", "1")
    assert code == 0 and "0 new" in out and f"{len(items)} unchanged" in out

    code, out, _ = run("stats", "--db", db_url, "--format", "json")
    stats = json.loads(out)
    assert stats["articles"] == len(items) and stats["failed"] == 1
    assert {"articles", "duplicate_clusters", "entities", "failed"} <= set(stats)
    code, out, _ = run("stats", "--db", db_url)
    assert code == 0 and f"{len(items)} articles" in out

    code, out, _ = run("duplicates", "--db", db_url, "--format", "json")
    clusters = json.loads(out)["clusters"]
    assert clusters and stats["duplicate_clusters"] == len(clusters)
    member = clusters[0]["members"][0]
    assert {"id", "source", "publisher", "title", "published"} <= set(member)
    code, out, _ = run("duplicates", "--db", db_url)
    assert code == 0 and "original" in out

    code, out, _ = run("search", "warga", "--db", db_url, "--format", "json", "--limit", "3")
    hits = json.loads(out)
    assert 0 < len(hits) <= 3 and "<mark>" in hits[0]["snippet"]
    code, out, _ = run("search", 'warga" NEAR(*', "--db", db_url)
    assert code == 0

    code, out, _ = run("show", hits[0]["id"], "--db", db_url)
    assert json.loads(out)["title"] == hits[0]["title"]
    code, out, _ = run("show", hits[0]["id"], "--db", db_url, "--format", "text")
    assert code == 0 and hits[0]["title"] in out

    code, out, _ = run("export", "--db", db_url, "--out", str(tmp_path / "x"), "-f", "csv")
    assert code == 0 and (tmp_path / "x" / "articles.csv").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "nope"], "no stored article"),
        (["search", "x", "--since", "kemarin"], "invalid --since"),
        (["search", "x", "--type", "THING"], "invalid --type"),
        (["ingest", "{tmp}/missing-dir", "-w", "1", "--date", "32-13-2020"], "invalid --date"),
    ],
)
def test_cli_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    db = str(tmp_path / "w.db")
    open_corpus(db).close()
    code, _out, err = run(*[a.replace("{tmp}", str(tmp_path)) for a in args], "--db", db)
    assert code == 1
    assert err.startswith("error:") and message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_cli_foreign_database(tmp_path: Path) -> None:
    (tmp_path / "notes.db").write_text("not a database", "utf-8")
    code, _, err = run("stats", "--db", str(tmp_path / "notes.db"))
    assert code == 1 and err.startswith("error:") and "not an SQLite database" in err
    code, _, err = run("stats", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "no such corpus" in err
    assert not (tmp_path / "none.db").exists()


def _count(url: str) -> int:
    with open_corpus(url) as corpus:
        return corpus.count()


def test_sigkill_then_resume(db_url: str, tmp_path: Path) -> None:
    """Kill -9 a real ingest mid-run (workers too), run it again: every article exactly once."""
    n = 400
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in stream(n, seed=5, duplicate_rate=0.1):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    handle_bad = tmp_path / "bad.jsonl"
    handle_bad.write_text("{oops\n", "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "warta.cli_corpus", "ingest", str(path), str(handle_bad),
               "--db", db_url, "--workers", "2", "--no-progress"]  # fmt: skip
    open_corpus(db_url).close()
    process = subprocess.Popen(
        command, env=env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if _count(db_url) >= 50:
            break
        time.sleep(0.05)
    assert process.poll() is None, "ingest finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    killed_at = _count(db_url)
    assert 0 < killed_at < n
    resumed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert "unchanged" in resumed.stdout
    with open_corpus(db_url) as corpus:
        assert corpus.count() == n
        keys = [r[0] for r in corpus.rows("SELECT source_key FROM articles")]
        assert len(keys) == len(set(keys)) == n
        assert next(corpus.rows("SELECT COUNT(*) FROM inputs"))[0] == n
        bands = next(corpus.rows("SELECT COUNT(*) FROM lsh_bands"))[0]
        assert bands == 32 * n
        assert corpus.stats()["failed"] == 1
        if corpus.backend == "sqlite":
            assert next(corpus.rows("SELECT COUNT(*) FROM articles_fts"))[0] == n
        # one more run: nothing new
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert f"0 new, 0 updated, {n} unchanged" in again.stdout.replace("\n", " ")
