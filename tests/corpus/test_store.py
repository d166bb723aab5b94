"""The corpus store on both backends: ingest, identity, duplicates, entities, search, export."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest

from tests.conftest import check_article_dict
from tests.corpus.generate import Generator, clean, duplicate_corpus, write_jsonl
from warta.corpus import WartaStoreError, open_corpus
from warta.corpus.export import export
from warta.errors import WartaInputError

# --- ingest -----------------------------------------------------------------------------


def test_ingest_files_dirs_jsonl_gzip_and_failures(db_url: str, tmp_path: Path) -> None:
    gen = Generator(seed=5)
    items = [gen.article() for _ in range(6)]
    folder = tmp_path / "in" / "sub"
    folder.mkdir(parents=True)
    (folder / "one.txt").write_text(
        items[0].record["title"] + "\n\n" + items[0].record["text"], "utf-8"
    )
    write_jsonl(items[1:3], str(tmp_path / "in" / "two.jsonl"))
    with gzip.open(tmp_path / "in" / "three.jsonl.gz", "wt", encoding="utf-8") as handle:
        for item in items[3:]:
            handle.write(json.dumps(clean(item.record)) + "\n")
        handle.write("{not json\n")
    (tmp_path / "in" / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    (tmp_path / "in" / ".hidden.txt").write_text("ignored", "utf-8")
    with open_corpus(db_url) as corpus:
        report = corpus.ingest([str(tmp_path / "in"), str(tmp_path / "missing.txt")], workers=1)
        assert (report.new, report.updated, report.failed) == (6, 0, 3)
        reasons = " ".join(e for _, e in report.failures)
        assert "invalid JSON" in reasons and "PNG" in reasons and "no such file" in reasons
        stats = corpus.stats()
        assert stats["articles"] == 6 and stats["failed"] == 3
        for data in corpus.iter_articles():
            check_article_dict(data)
        # the same input again stores nothing new
        again = corpus.ingest([str(tmp_path / "in"), str(tmp_path / "missing.txt")], workers=1)
        assert (again.new, again.updated, again.unchanged, again.failed) == (0, 0, 6, 3)
        assert corpus.stats()["articles"] == 6 and corpus.stats()["failed"] == 3


def test_changed_content_updates_the_row(db_url: str, small_corpus) -> None:
    path, items = small_corpus
    with open_corpus(db_url) as corpus:
        corpus.ingest([str(path)], workers=1)
        items[0].record["text"] = (
            items[0].record["text"].replace("Pewarta", "Baru ditambah.\n\nPewarta")
        )
        items[0].record["title"] = "Judul yang diperbarui sama sekali"
        write_jsonl(items, str(path))
        report = corpus.ingest([str(path)], workers=1)
        assert (report.new, report.updated, report.unchanged) == (0, 1, 11)
        assert corpus.count() == 12
        hits = corpus.search("judul diperbarui")
        assert hits[0]["title"] == "Judul yang diperbarui sama sekali"
        assert "Baru <mark>ditambah</mark>" in corpus.search("ditambah")[0]["snippet"]


def test_identity_identical_text_two_sources_one_cluster(db_url: str, tmp_path: Path) -> None:
    gen = Generator(seed=9)
    item = gen.article()
    twin = dict(clean(item.record), url="https://example.org/salinan")
    (tmp_path / "a.jsonl").write_text(
        json.dumps(clean(item.record)) + "\n" + json.dumps(twin) + "\n", "utf-8"
    )
    plain = {k: v for k, v in clean(item.record).items() if k != "url"}
    (tmp_path / "b.jsonl").write_text(json.dumps(plain) + "\n", "utf-8")
    with open_corpus(db_url) as corpus:
        report = corpus.ingest([str(tmp_path)], workers=1)
        assert report.new == 3 and report.duplicates == 2
        clusters = corpus.duplicates()
        assert len(clusters) == 1 and len(clusters[0]["members"]) == 2
        sources = {a["source"] for a in [clusters[0]["original"], *clusters[0]["members"]]}
        assert "https://example.org/salinan" in sources
        assert any(str(s).endswith("b.jsonl:1") for s in sources)


def test_parallel_ingest_matches_serial(db_url: str, tmp_path: Path) -> None:
    items = duplicate_corpus(originals=12, near_misses=3)
    write_jsonl(items, str(tmp_path / "d.jsonl"))
    with open_corpus(db_url) as corpus:
        report = corpus.ingest([str(tmp_path / "d.jsonl")], workers=2, batch_size=7)
        assert report.new == len(items) and report.failed == 0
        parallel = _clusters(corpus)
    with open_corpus(str(tmp_path / "serial.db")) as serial:
        serial.ingest([str(tmp_path / "d.jsonl")], workers=1)
        assert _clusters(serial) == parallel


def _clusters(corpus) -> set[frozenset[str]]:
    return {
        frozenset(a["url"] for a in [c["original"], *c["members"]]) for c in corpus.duplicates()
    }


# --- duplicates: measured precision and recall ----------------------------------------------


def test_duplicate_precision_recall(db_url: str, tmp_path: Path) -> None:
    items = duplicate_corpus(originals=60, seed=7)
    write_jsonl(items, str(tmp_path / "dups.jsonl"))
    truth = {i.record["url"]: i.group for i in items}
    edits = {i.record["url"]: i.edit for i in items}
    with open_corpus(db_url) as corpus:
        corpus.ingest([str(tmp_path / "dups.jsonl")], workers=1)
        predicted = _clusters(corpus)
        clusters = corpus.duplicates()
    label = {url: n for n, cluster in enumerate(predicted) for url in cluster}
    pairs = list(itertools.combinations(sorted(truth), 2))
    tp = sum(1 for a, b in pairs if truth[a] == truth[b] and label.get(a, a) == label.get(b, b))
    fp = sum(1 for a, b in pairs if truth[a] != truth[b] and label.get(a, a) == label.get(b, b))
    fn = sum(1 for a, b in pairs if truth[a] == truth[b] and label.get(a, a) != label.get(b, b))
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)
    assert {edits[u] for c in predicted for u in c} >= {"exact", "dateline", "combo", "drop"}
    # the original is the earliest article of its cluster
    for cluster in clusters:
        for member in cluster["members"]:
            assert (cluster["original"]["published"] or "") <= (member["published"] or "~")
        assert {"id", "source", "publisher", "title", "published"} <= set(cluster["original"])


# --- entities -------------------------------------------------------------------------------


def _with_entities(seed: int, entities: list[dict], published: str) -> dict:
    import warta

    gen = Generator(seed=seed)
    rec = clean(gen.article().record)
    article = warta.analyze(rec["text"], url=rec["url"], title=rec["title"], published=published)
    data = article.to_dict()
    data["entities"] = []  # only the entities the test names (the NER layer may add others)
    for n, entity in enumerate(entities, start=1):
        name = entity["name"]
        data["entities"].append(
            {"id": f"E{n}", "type": entity.get("type", "PERSON"), "name": name,
             "aliases": entity.get("aliases", []), "roles": [],
             "mentions": [{"start": 0, "end": len(name), "text": name}]}
        )  # fmt: skip
    return data


def test_cross_article_entities(db_url: str) -> None:
    with open_corpus(db_url) as corpus:
        corpus.add(_with_entities(1, [{"name": "Jokowi"}], "2023-02-01"))
        corpus.add(
            _with_entities(2, [{"name": "Joko Widodo", "aliases": ["Presiden Joko Widodo"]},
                               {"name": "KPK", "type": "ORG"}], "2023-03-05")
        )  # fmt: skip
        corpus.add(_with_entities(3, [{"name": "Presiden Joko Widodo"}], "2023-01-20"))
        corpus.add(_with_entities(4, [{"name": "Kim Jong Un", "aliases": ["Kim"]}], "2023-04-01"))
        corpus.add(_with_entities(5, [{"name": "Kim Yo Jong", "aliases": ["Kim"]}], "2023-04-02"))
        entities = {e["name"]: e for e in corpus.entities()}
        jokowi = entities["Joko Widodo"]
        assert jokowi["articles"] == 3 and jokowi["type"] == "PERSON"
        assert {"Jokowi", "Presiden Joko Widodo"} <= set(jokowi["aliases"])
        assert (jokowi["first_seen"], jokowi["last_seen"]) == ("2023-01-20", "2023-03-05")
        assert entities["Komisi Pemberantasan Korupsi"]["type"] == "ORG"
        assert "Kim Jong Un" in entities and "Kim Yo Jong" in entities  # never merged via "Kim"
        assert len(corpus.search("", entity="Jokowi", limit=10)) == 3
        assert corpus.search("", entity="Jokowi", type="ORG") == []
        assert len(corpus.search("", type="ORG")) == 1
        assert corpus.stats()["top_entities"][0]["name"] == "Joko Widodo"


# --- search ---------------------------------------------------------------------------------


def _searchable(corpus) -> None:
    texts = [
        ("Pasukan menyerang pos perbatasan", "Kompas", "2023-05-01",
         "Kelompok bersenjata menyerang pos perbatasan pada Senin malam. Dua petugas terluka."),
        ("Serangan siber lumpuhkan layanan bank", "Tempo", "2023-06-10",
         "Serangan siber melumpuhkan layanan daring sebuah bank selama enam jam."),
        ("Harga beras naik di pasar induk", "Kompas", "2023-07-15",
         "Harga beras medium naik menjadi Rp 13.000 per kilogram. Pedagang menyebut serangan"
         " hama di sentra produksi sebagai penyebab."),
        ("Café di Bandung ramai pengunjung", "Detik", "2023-08-01",
         "Sebuah café di Bandung ramai dikunjungi wisatawan pada akhir pekan."),
    ]  # fmt: skip
    import warta

    for n, (title, publisher, day, body) in enumerate(texts):
        article = warta.analyze(body, title=title, published=day, url=f"https://x.id/{n}")
        article.publisher = publisher
        corpus.add(article)


def test_search_stemming_ranking_snippets(db_url: str) -> None:
    with open_corpus(db_url) as corpus:
        _searchable(corpus)
        hits = corpus.search("menyerang")
        titles = [h["title"] for h in hits]
        assert set(titles) == {"Pasukan menyerang pos perbatasan",
                               "Serangan siber lumpuhkan layanan bank",
                               "Harga beras naik di pasar induk"}  # fmt: skip
        assert titles[-1] == "Harga beras naik di pasar induk"  # body-only match ranks last
        assert "<mark>Serangan</mark>" in hits[titles.index(
            "Serangan siber lumpuhkan layanan bank")]["snippet"]  # fmt: skip
        assert {"id", "source", "title", "publisher", "published", "score", "snippet"} <= set(
            hits[0]
        )
        assert hits[0]["score"] >= hits[-1]["score"]
        assert [h["title"] for h in corpus.search("CAFE bandung")] == [
            "Café di Bandung ramai pengunjung"
        ]
        assert [h["title"] for h in corpus.search("serangan siber")] == [
            "Serangan siber lumpuhkan layanan bank"
        ]


def test_search_filters(db_url: str) -> None:
    with open_corpus(db_url) as corpus:
        _searchable(corpus)
        assert {h["publisher"] for h in corpus.search("serangan", publisher="kompas")} == {"Kompas"}
        assert [h["published"] for h in corpus.search("serangan", since="2023-06-01")] == [
            "2023-06-10", "2023-07-15"
        ] or sorted(h["published"] for h in corpus.search("serangan", since="2023-06-01")) == [
            "2023-06-10", "2023-07-15"
        ]  # fmt: skip
        assert len(corpus.search("serangan", until="2023-05-31")) == 1
        assert len(corpus.search("serangan", limit=1)) == 1
        with pytest.raises(WartaInputError):
            corpus.search("x", since="kemarin")
        with pytest.raises(WartaInputError):
            corpus.search("x", type="THING")


@pytest.mark.parametrize(
    "query",
    ['"', '""', "*", "serang*", "NEAR(a b)", "a NEAR b", "-serangan", "serangan -siber",
     "(", ")", "AND", "OR NOT", "title:beras", "^beras", "'; DROP TABLE articles; --", "é",
     "", "   ", "\x00", "{}", "%s %s", "?", "a & b | !c", "beras:*"],
)  # fmt: skip
def test_search_syntax_never_errors(db_url: str, query: str) -> None:
    with open_corpus(db_url) as corpus:
        _searchable(corpus)
        assert isinstance(corpus.search(query), list)
        assert corpus.count() == 4


# --- show, stats, export --------------------------------------------------------------------


def test_get_and_stats(db_url: str, small_corpus) -> None:
    path, items = small_corpus
    with open_corpus(db_url) as corpus:
        corpus.ingest([str(path)], workers=1)
        hit = corpus.search(items[0].record["title"])[0]
        data = corpus.get(hit["id"])
        check_article_dict(data)
        assert data["source"]["url"] == items[0].record["url"]
        assert corpus.get(items[0].record["url"]) == data
        assert corpus.get(data["id"]) == data  # content id works when unambiguous
        with pytest.raises(WartaInputError):
            corpus.get("nothing-like-this")
        stats = corpus.stats()
        assert stats["articles"] == 12 and stats["duplicate_clusters"] == 0
        assert sum(p["articles"] for p in stats["publishers"]) == 12
        assert sum(d["articles"] for d in stats["days"]) == 12


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_round_trip(db_url: str, tmp_path: Path, fmt: str) -> None:
    items = duplicate_corpus(originals=6, near_misses=1)
    write_jsonl(items, str(tmp_path / "d.jsonl"))
    with open_corpus(db_url) as corpus:
        corpus.ingest([str(tmp_path / "d.jsonl")], workers=1)
        corpus.add(_with_entities(1, [{"name": "Jokowi"}], "2023-02-01"))
        paths = export(corpus, tmp_path / "out", format=fmt)
        stored = {json.loads(json.dumps(a))["source"]["url"]: a for a in corpus.iter_articles()}
        n_clusters = len(corpus.duplicates())
    tables = {name: _read_table(path, fmt) for name, path in paths.items()}
    articles = tables["articles"]
    assert len(articles) == len(stored)
    for row in articles:
        data = stored[row["url"]]
        assert row["text"] == data["text"] and row["title"] == data["title"]
        assert row["content_id"] == data["id"] and row["published"] == data["published"]
        assert list(row["authors"]) == data["authors"]
    assert len({r["duplicate_of"] for r in articles if r["duplicate_of"]}) == n_clusters
    assert "Joko Widodo" in [e["name"] for e in tables["entities"]]
    expected_mentions = sum(
        len(e["mentions"]) for a in stored.values() for e in a["entities"] if e.get("name")
    )
    assert len(tables["mentions"]) == expected_mentions >= 1
    assert tables["mentions"][0]["article_id"] in {r["article_id"] for r in articles}


def _read_table(path: Path, fmt: str) -> list[dict]:
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    if fmt == "csv":
        import csv

        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        for row in rows:
            for key, value in row.items():
                if value == "":
                    row[key] = None
                elif key == "authors":
                    row[key] = json.loads(value)
        return rows
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


# --- bad databases ----------------------------------------------------------------------------


def test_foreign_and_corrupt_sqlite(tmp_path: Path) -> None:
    import sqlite3

    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(WartaStoreError, match="another application"):
        open_corpus(str(foreign))
    text = tmp_path / "notes.db"
    text.write_text("hello, not a database", "utf-8")
    with pytest.raises(WartaStoreError, match="not an SQLite database"):
        open_corpus(str(text))
    good = tmp_path / "good.db"
    open_corpus(str(good)).close()
    data = bytearray(good.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    broken = tmp_path / "broken.db"
    broken.write_bytes(bytes(data))
    with pytest.raises(WartaStoreError), open_corpus(str(broken)) as corpus:
        corpus.stats()
    with pytest.raises(WartaStoreError, match="no such corpus"):
        open_corpus(str(tmp_path / "absent.db"), readonly=True)
    with pytest.raises(WartaStoreError, match="scheme"):
        open_corpus("mysql://localhost/x")
