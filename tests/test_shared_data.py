"""The real articles in ../shared: the seed and the 50 Kompas TimeML files (skipped when absent)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import check_article_dict, shared_path
from warta import WartaInputError, analyze
from warta.pipeline import analyze_raw
from warta.read import read_path

SEED_NAME = "000_c1e14d936c10e2fb.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return shared_path("seeds", SEED_NAME).read_text("utf-8")


def test_seed_structure(seed_text: str) -> None:
    article = analyze(seed_text)
    check_article_dict(article.to_dict())
    assert article.publisher == "Tribunnews"
    assert article.authors == ["Yohanes Liestyo Poerwoto"]
    assert len(article.paragraphs) == 17
    related = [r.title for r in article.related]
    assert len(related) == 2
    assert related[0].startswith("Raja Charles Kirim Ucapan Selamat kepada Kim Jong Un")
    assert related[1].startswith("AS Sebut Kim Jong Un Bakal Segera ke Rusia")
    for title in related:
        assert title not in article.text
    assert "Baca juga" not in article.text
    assert "Tribunnews.com/" not in article.text and "TRIBUNNEWS.COM" not in article.text
    assert article.text.startswith("Presiden Korea Utara, Kim Jong Un")
    assert "CNN Internasional" in [c.name for c in article.cited_media]
    assert article.language.code == "id"


def test_seed_as_a_simple_html_page(seed_text: str) -> None:
    """A bare page wrapping the seed, one <p> per line: the case where trafilatura alone fails."""
    paragraphs = "\n".join(f"<p>{line}</p>" for line in seed_text.splitlines() if line.strip())
    page = f"<html><head><title>Kim ke Rusia</title></head><body>{paragraphs}</body></html>"
    article = analyze(page)
    assert len(article.paragraphs) == 17
    assert article.publisher == "Tribunnews"
    assert article.authors == ["Yohanes Liestyo Poerwoto"]
    assert len(article.related) == 2


def _kompas_files() -> list[Path]:
    folder = shared_path("data", "news", "kompas-indotimex-dev")
    files = sorted(folder.glob("*.tml"))
    assert len(files) == 50
    return files


def test_every_kompas_timeml_file() -> None:
    for path in _kompas_files():
        raw_text = path.read_bytes().decode("cp1252")
        dct = re.search(r'functionInDocument="CREATION_TIME"', raw_text)
        assert dct
        value = re.search(r'<DCT><TIMEX3[^>]*value="([^"]+)"', raw_text).group(1)  # type: ignore[union-attr]
        year, month, day = (int(x) for x in value.split("-"))
        body = raw_text.split("<TEXT>", 1)[1].lstrip()
        opening = re.match(r"([A-Z .]*?),?\s*KOMPAS\.\s?com", body, re.IGNORECASE)
        assert opening, path.name
        expected_place = opening.group(1).strip().title() or None

        (raw,) = list(read_path(str(path)))
        assert not isinstance(raw, WartaInputError), raw
        article = analyze_raw(raw)
        check_article_dict(article.to_dict())
        assert article.publisher == "Kompas", path.name
        assert article.dateline is not None, path.name
        assert article.dateline.place == expected_place, path.name
        assert article.published == f"{year:04d}-{month:02d}-{day:02d}", path.name
        assert article.published_source == "metadata"
        assert "KOMPAS" not in article.text[:40].upper(), path.name
        assert article.text[0].isupper() or article.text[0] in '“"', path.name
        assert "\ufffd" not in article.text
        assert article.language.code == "id"
        assert article.title


def test_seed_date_is_inferred_and_times_resolved(seed_text: str) -> None:
    article = analyze(seed_text)
    assert (article.published, article.published_source) == ("2023-09-11", "text")
    values = {(t["text"], t["value"]) for t in article.times}
    for expected in [
        ("Senin (11/9/2023)", "2023-09-11"),
        ("April 2019", "2019-04"),
        ("tahun 2011", "2011"),
        ("Selasa pekan lalu", "2023-09-05"),
        ("dalam waktu dekat", "FUTURE_REF"),
    ]:
        assert expected in values
    durations = {t["text"] for t in article.times if t["type"] == "DURATION"}
    assert {"dua dekade", "lebih dari 1,5 tahun"} <= durations
    assert sum(t["text"] == "Senin (11/9/2023)" for t in article.times) == 2


def test_seed_entities_with_the_packaged_model(seed_text: str) -> None:
    """Issue 3's acceptance list, through the real pipeline and the committed NER model."""
    article = analyze(seed_text)
    by_name = {e["name"]: e for e in article.entities}
    expected = {
        "Kim Jong Un": ("PERSON", {"Kim"}, ["Presiden Korea Utara"]),
        "Vladimir Putin": ("PERSON", {"Putin"}, ["Presiden Rusia"]),
        "Dmitry Peskov": ("PERSON", set(), ["juru bicara Kremlin"]),
        "Jake Sullivan": ("PERSON", set(), ["penasihat keamanan nasional Gedung Putih"]),
        "Korea Utara": ("PLACE", {"Korea Utra"}, []),
        "Rusia": ("PLACE", set(), []),
        "Amerika Serikat": ("PLACE", {"AS", "Amerika Serika"}, []),
        "Vladivostok": ("PLACE", set(), []),
        "Korea Selatan": ("PLACE", set(), []),
        "Ukraina": ("PLACE", set(), []),
        "Pyongyang": ("PLACE", set(), []),
        "Kremlin": ("ORG", set(), []),
        "Perserikatan Bangsa-Bangsa": ("ORG", {"PBB"}, []),
        "Gedung Putih": ("ORG", set(), []),
        "CNN Internasional": ("ORG", set(), []),
    }
    for name, (kind, aliases, roles) in expected.items():
        assert name in by_name, name
        entity = by_name[name]
        assert entity["type"] == kind, name
        assert set(entity["aliases"]) == aliases, name
        assert entity["roles"] == roles, name
    for junk in ("Kota", "Namun", "Baca", "Kota Vladivostok", "Presiden"):
        assert junk not in by_name
        assert all(junk not in e["aliases"] for e in article.entities)
    suggestions = {(c["text"], c["suggestion"]) for c in article.corrections}
    assert suggestions == {
        ("Amerika Serika", "Amerika Serikat"),
        ("tersbut", "tersebut"),
        ("Korea Utra", "Korea Utara"),
        ("memperingatakan", "memperingatkan"),
    }
