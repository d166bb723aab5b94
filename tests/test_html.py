"""HTML pages: main-content extraction, metadata and related links."""

from __future__ import annotations

from tests.conftest import FIXTURES
from warta import analyze
from warta.html import extract_page

PAGE = (FIXTURES / "kompas-bantul.html").read_text("utf-8")


def test_page_metadata_and_body() -> None:
    article = analyze(PAGE)
    assert article.source.format == "html"
    assert article.title == "Warga Bantul Panen Raya Cabai"
    assert article.published == "2023-08-02T09:30:00+07:00"
    assert article.published_source == "metadata"
    assert article.source.url == "https://regional.kompas.com/read/2023/08/02/panen-cabai"
    assert article.publisher == "Kompas"
    assert article.dateline is not None and article.dateline.place == "Bantul"
    assert article.authors == ["Rina Kusuma"]
    assert len(article.paragraphs) == 5
    assert article.text.startswith("Petani di Kecamatan Imogiri")
    assert '"Cuaca bagus, hama juga sedikit," ujar Suparjo saat' in article.text
    for noise in (
        "ADVERTISEMENT",
        "SCROLL",
        "Beranda",
        "Terpopuler",
        "Bagikan",
        "Palmerah",
        "figcaption",
        "Baca juga",
    ):
        assert noise not in article.text


def test_related_links_keep_their_urls() -> None:
    article = analyze(PAGE)
    assert [(r.title, r.url) for r in article.related] == [
        (
            "Harga Cabai di Yogyakarta Mulai Turun",
            "https://regional.kompas.com/read/2023/07/30/harga-cabai",
        ),
        ("Pupuk Subsidi Langka di Bantul", "https://regional.kompas.com/read/2023/07/01/pupuk"),
    ]


def test_paragraphs_separated_by_br_in_one_div() -> None:
    lines = [
        "SURABAYA, KOMPAS.com - Banjir merendam tiga kelurahan di Surabaya sejak Selasa malam.",
        "Ketinggian air mencapai 60 sentimeter di beberapa titik permukiman warga.",
        "Baca juga: Hujan Deras Diprediksi Sampai Akhir Pekan",
        "Petugas gabungan mengevakuasi lansia dan anak-anak ke balai kelurahan terdekat.",
    ]
    page = "<html><body><div class='content'>" + "<br><br>".join(lines) + "</div></body></html>"
    article = analyze(page)
    assert len(article.paragraphs) == 3
    assert [r.title for r in article.related] == ["Hujan Deras Diprediksi Sampai Akhir Pekan"]


def test_broken_html_is_read() -> None:
    page = (
        "<html><head><title>Gempa</title><body><div class='detail-text'>"
        "<p>Jakarta, CNN Indonesia -- "
        "Gempa bermagnitudo 5,1 mengguncang Cianjur pada Senin pagi.<p>BMKG menyatakan gempa "
        "tidak berpotensi tsunami.<p>Warga sempat berhamburan keluar rumah. (nma/has)"
    )
    article = analyze(page)
    assert article.publisher == "CNN Indonesia"
    assert article.authors == ["nma", "has"]
    assert len(article.paragraphs) == 3


def test_extract_page_on_garbage_never_raises() -> None:
    for markup in ["<", "<html>", "<<<>>>", "<html><body></body></html>", "\x00<p>"]:
        page = extract_page(markup)
        assert isinstance(page.text, str)
