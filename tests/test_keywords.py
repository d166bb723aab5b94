"""KEYWORDS on articles written for these tests."""
# ruff: noqa: E501 -- the test article is prose, kept one paragraph a line

from __future__ import annotations

import warta
from warta.keywords import extract_keywords
from warta.summary import stopwords

# Written for warta's tests (a made-up story in the style of Indonesian news).
ARTICLE = """JAKARTA, KOMPAS.com - Kementerian Pertanian memastikan stok beras nasional aman menjelang Ramadhan meski harga beras medium naik di sejumlah pasar tradisional.

Menteri Pertanian Andi Amran Sulaiman mengatakan stok beras di gudang Bulog mencapai 1,2 juta ton. Menurut Amran, operasi pasar akan digelar di 20 provinsi untuk menahan kenaikan harga beras.

"Stok beras kita cukup sampai Lebaran, masyarakat tidak perlu panik," kata Amran di Jakarta, Senin (11/3/2024).

Bulog juga menyiapkan beras medium untuk operasi pasar. Harga beras medium di Pasar Induk Beras Cipinang tercatat Rp 13.500 per kilogram, naik dari Rp 12.800 pekan lalu."""


def _texts(items: list[dict[str, object]]) -> list[str]:
    return [str(item["text"]) for item in items]


def test_keywords_of_a_news_article() -> None:
    article = warta.analyze(ARTICLE)
    items = extract_keywords(article.text)
    texts = _texts(items)
    assert 1 <= len(texts) <= 10
    assert texts[:3] == ["harga beras medium", "stok beras", "operasi pasar"]
    assert "Bulog" in texts
    scores = [item["score"] for item in items]
    assert scores == sorted(scores, reverse=True) and scores[0] == 1.0
    stop = stopwords()
    for text in texts:
        words = text.lower().split()
        assert words[0] not in stop and words[-1] not in stop, text


def test_limit_and_empty_input() -> None:
    assert len(extract_keywords(ARTICLE, limit=3)) == 3
    assert extract_keywords(ARTICLE, limit=0) == []
    assert extract_keywords("", entities=[]) == []
    assert extract_keywords("dan yang di itu.") == []


def test_near_duplicates_are_merged() -> None:
    texts = _texts(extract_keywords(warta.analyze(ARTICLE).text))
    # "beras", "stok" and "pasar" live inside better phrases: never on their own.
    for part in ("beras", "stok", "pasar", "operasi", "harga beras", "medium"):
        assert part not in texts, texts


def test_never_a_fragment_of_an_entity_name() -> None:
    text = (
        "Pemimpin Korea Utara Kim Jong Un menerima delegasi Rusia di Pyongyang. "
        "Kim Jong Un menyebut pertemuan itu bersejarah bagi kedua negara. "
        "Jong Un juga membahas kerja sama energi. Menurut Kim, kerja sama energi "
        "akan dimulai tahun depan."
    )
    name = "Kim Jong Un"
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    entity = {
        "id": "e1",
        "type": "PERSON",
        "name": name,
        "aliases": ["Kim", "Jong Un"],
        "roles": ["Pemimpin Korea Utara"],
        "mentions": [{"start": s, "end": s + len(name), "text": name} for s in starts],
    }
    texts = _texts(extract_keywords(text, entities=[entity]))
    assert texts[0] == name
    for bad in ("Jong", "Jong Un", "Kim", "Un", "Kim Jong"):
        assert bad not in texts
    assert not any(name in t and t != name for t in texts), texts
    assert "energi" in " ".join(texts)


def test_names_stay_whole_without_an_entity_layer() -> None:
    texts = _texts(extract_keywords(warta.analyze(ARTICLE).text))
    assert "Kementerian Pertanian" in texts
    assert "Pertanian" not in texts and "Kementerian" not in texts


def test_stopword_list_is_a_real_list() -> None:
    stop = stopwords()
    assert 300 <= len(stop) <= 700
    assert {"yang", "dan", "tersebut", "kata", "ujarnya"} <= stop
    assert "beras" not in stop
