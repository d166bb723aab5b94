"""HTML pages: main-content extraction, metadata and related links."""

from __future__ import annotations

from warta import analyze
from warta.html import extract_page

PAGE = """<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8">
<title>Warga Bantul Panen Raya Cabai - Berita Daerah Kita</title>
<meta property="og:title" content="Warga Bantul Panen Raya Cabai">
<meta property="og:site_name" content="Kompas.com">
<meta property="article:published_time" content="2023-08-02T09:30:00+07:00">
<meta name="author" content="Rina Kusuma">
<link rel="canonical" href="https://regional.kompas.com/read/2023/08/02/panen-cabai">
<script>var ads = "Baca juga: bukan bagian artikel";</script>
</head><body>
<header><nav><a href="/">Beranda</a> <a href="/news">News</a> <a href="/bola">Bola</a></nav></header>
<div class="ads">ADVERTISEMENT</div>
<main><h1>Warga Bantul Panen Raya Cabai</h1>
<div class="read__content">
<p>BANTUL, KOMPAS.com - Petani di Kecamatan Imogiri, Bantul, memanen cabai rawit serentak pada
Rabu (2/8/2023) pagi setelah tiga bulan masa tanam.</p>
<p>Ketua kelompok tani setempat, Suparjo, mengatakan hasil panen tahun ini naik hampir dua kali lipat
dibandingkan tahun lalu.</p>
<p><strong>Baca juga:</strong> <a href="https://regional.kompas.com/read/2023/07/30/harga-cabai">Harga Cabai di Yogyakarta Mulai Turun</a></p>
<div class="ads-inline">SCROLL TO CONTINUE WITH CONTENT</div>
<p>&quot;Cuaca bagus, hama juga sedikit,&quot; ujar Suparjo&nbsp;saat ditemui di ladangnya.</p>
<figure><img src="cabai.jpg"><figcaption>Petani memanen cabai. (KOMPAS.com/RINA)</figcaption></figure>
<p>Harga cabai rawit di tingkat petani saat ini berkisar Rp 28.000 per kilogram.</p>
<div class="baca-juga"><a href="https://regional.kompas.com/read/2023/07/01/pupuk">Pupuk Subsidi Langka di Bantul</a></div>
<p>Dinas Pertanian Bantul mencatat luas lahan cabai di wilayah itu mencapai 1.200 hektar.</p>
</div>
<div class="tags">Tag: <a href="/tag/cabai">cabai</a></div>
<div class="share">Bagikan: Facebook Twitter WhatsApp</div>
</main>
<aside class="sidebar"><h3>Terpopuler</h3><ul><li><a href="/a">Berita populer satu yang panjang sekali judulnya</a></li></ul></aside>
<footer>© 2023 Kompas.com. Alamat redaksi: Jl. Palmerah Selatan, Jakarta.</footer>
</body></html>"""


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
        "<html><head><title>Gempa</title><body><div class='detail-text'><p>Jakarta, CNN Indonesia -- "
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
