"""Datelines, bylines, related lines, noise and cited media: the structure layer."""

from __future__ import annotations

import pytest

from warta import analyze
from warta.structure import classify_block, find_cited_media, read_structure, split_dateline


@pytest.mark.parametrize(
    ("opening", "publisher", "place", "rest"),
    [
        ("TRIBUNNEWS.COM - Presiden tiba.", "Tribunnews", None, "Presiden tiba."),
        ("TRIBUNNEWS.COM, JAKARTA - Presiden tiba.", "Tribunnews", "Jakarta", "Presiden tiba."),
        ("JAKARTA, KOMPAS.com - Harga naik.", "Kompas", "Jakarta", "Harga naik."),
        ("JAKARTA, KOMPAS.com – Harga naik.", "Kompas", "Jakarta", "Harga naik."),
        ("YOGYAKARTA,KOMPAS.com Warga antre.", "Kompas", "Yogyakarta", "Warga antre."),
        ("KOMPAS.com - Harga naik.", "Kompas", None, "Harga naik."),
        ("JAKARTA, KOMPAS. com - Harga naik.", "Kompas", "Jakarta", "Harga naik."),
        ("BANDA ACEH, KOMPAS.com - Banjir.", "Kompas", "Banda Aceh", "Banjir."),
        ("Liputan6.com, Jakarta - Harga naik.", "Liputan6", "Jakarta", "Harga naik."),
        ("Jakarta, CNN Indonesia -- Presiden tiba.", "CNN Indonesia", "Jakarta", "Presiden tiba."),
        ("Jakarta (ANTARA) - Menteri tiba.", "Antara", "Jakarta", "Menteri tiba."),
        ("Frankfurt (ANTARA) - Harga turun.", "Antara", "Frankfurt", "Harga turun."),
        ("detikNews - Ada kabar.", "Detik", None, "Ada kabar."),
        ("Jakarta, detikFinance - Ada kabar.", "Detik", "Jakarta", "Ada kabar."),
        ("REPUBLIKA.CO.ID, JAKARTA -- Ada kabar.", "Republika", "Jakarta", "Ada kabar."),
        ("TEMPO.CO, Jakarta - Ada kabar.", "Tempo", "Jakarta", "Ada kabar."),
        ("TRIBUNJATENG.COM, SEMARANG - Ada kabar.", "Tribun Jateng", "Semarang", "Ada kabar."),
        ("Jakarta - Presiden tiba.", None, "Jakarta", "Presiden tiba."),
    ],
)
def test_datelines(opening: str, publisher: str | None, place: str | None, rest: str) -> None:
    found = split_dateline(opening)
    assert found is not None
    dateline, found_publisher, found_rest = found
    assert (found_publisher, dateline.place, found_rest) == (publisher, place, rest)
    assert opening.startswith(dateline.text)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Presiden Joko Widodo - yang baru tiba - langsung rapat.",
        "Namun - menurut dia - belum ada keputusan.",
        "Harga beras naik 10 persen - tertinggi tahun ini.",
        "Menurut Kepala BPS, inflasi terkendali.",
    ],
)
def test_no_dateline_in_ordinary_sentences(paragraph: str) -> None:
    assert split_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("(Tribunnews.com/Yohanes Liestyo Poerwoto)", ["Yohanes Liestyo Poerwoto"]),
        ("(Tribunnews.com/Ani Lestari/Budi Harsono)", ["Ani Lestari", "Budi Harsono"]),
        ("Penulis: Ahmad Dahlan | Editor: Sri Wahyuni", ["Ahmad Dahlan"]),
        ("Penulis : Ahmad Dahlan, Rina Putri", ["Ahmad Dahlan", "Rina Putri"]),
        ("Reporter: Dewi Anggraini", ["Dewi Anggraini"]),
        ("Pewarta: Fransiskus Adi", ["Fransiskus Adi"]),
        ("Rep: Ronggo Astungkoro Red: Joko Sadewo", ["Ronggo Astungkoro"]),
        ("(rdp/imk)", ["rdp", "imk"]),
        ("(ant/EVY)", ["EVY"]),
        ("Laporan Wartawan Tribunnews.com, Danang Triatmojo", ["Danang Triatmojo"]),
    ],
)
def test_bylines(line: str, authors: list[str]) -> None:
    structure = read_structure(["Isi berita yang cukup panjang di sini.", line])
    assert structure.authors == authors
    assert structure.paragraphs == ["Isi berita yang cukup panjang di sini."]


def test_trailing_code_in_last_paragraph_is_a_byline() -> None:
    structure = read_structure(["Badan berita.", "Kata Pri Agung. (EVY)"])
    assert structure.authors == ["EVY"]
    assert structure.paragraphs[-1] == "Kata Pri Agung."


@pytest.mark.parametrize(
    ("last", "authors", "kept"),
    [
        # a Kompas market report signs off with the writer's full name
        ("Harga emas ditutup melemah sore ini. (Rini Kusumawati)", ["Rini Kusumawati"], ""),
        ("Harga emas ditutup melemah sore ini. (Amerika Serikat)", [], "(Amerika Serikat)"),
        ("Ia kembali ke Jakarta kemarin. (Bank Indonesia)", [], "(Bank Indonesia)"),
        ("Pernyataan itu dibacakan di depan Presiden. (Kompas TV)", [], "(Kompas TV)"),
        ("Sidang ditunda hingga pekan depan. (Gubernur Jawa Tengah)", [], "(Gubernur"),
        ("Ia tiba pagi tadi (Sanny Cicilia)", [], "(Sanny Cicilia)"),  # no sentence end
    ],
)
def test_a_full_name_closing_the_last_paragraph_is_its_writer(
    last: str, authors: list[str], kept: str
) -> None:
    structure = read_structure(["Paragraf pembuka yang cukup panjang.", last])
    assert structure.authors == authors
    assert (kept in structure.paragraphs[-1]) if kept else structure.paragraphs[-1].endswith(".")


def test_a_crosshead_in_capitals_before_the_last_section_stays_in_the_body() -> None:
    """A city-desk story (Pos Kota style) puts a crosshead in capitals over its last
    section; a name line in capitals after the last paragraph is still the writer."""
    closing = (
        "Sebelum alat berat masuk, puluhan warga menggelar doa bersama di musala "
        "setempat dan meminta petugas menunda pembongkaran sampai pekan depan."
    )
    blocks = ["Pembongkaran lapak di bantaran kali berlangsung ricuh sejak pagi.",
              "Warga sempat menghadang petugas gabungan.", "DOA BERSAMA", closing]  # fmt: skip
    structure = read_structure(blocks)
    assert structure.authors == []
    assert structure.paragraphs == blocks
    signed = read_structure([*blocks, "RATNA DEWI ANGGRAINI"])
    assert signed.authors == ["Ratna Dewi Anggraini"]
    assert signed.paragraphs == blocks
    notice = (
        "Artikel ini telah tayang di Tribunjateng.com dengan judul Warga Gelar Doa "
        "Bersama Jelang Pembongkaran Lapak di Bantaran Kali, pada hari ini."
    )
    syndicated = read_structure([*blocks, "RATNA DEWI ANGGRAINI", notice])
    assert syndicated.authors == ["Ratna Dewi Anggraini"]


def test_parenthesised_acronym_at_paragraph_end_is_not_a_byline() -> None:
    structure = read_structure(["Ia bicara di depan Perserikatan Bangsa-Bangsa (PBB)."])
    assert structure.authors == []
    assert structure.paragraphs == ["Ia bicara di depan Perserikatan Bangsa-Bangsa (PBB)."]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Baca juga: Harga Beras Naik Lagi", "Harga Beras Naik Lagi"),
        ("BACA JUGA: Harga Beras Naik Lagi", "Harga Beras Naik Lagi"),
        ("Baca Juga : Harga Beras Naik Lagi", "Harga Beras Naik Lagi"),
        ("Baca juga Harga Beras Naik Lagi", "Harga Beras Naik Lagi"),
        ("Lihat juga: Harga Beras Naik Lagi", "Harga Beras Naik Lagi"),
        ("Simak juga: Harga Beras Naik Lagi", "Harga Beras Naik Lagi"),
        ("Pilihan Editor: Harga Beras Naik Lagi", "Harga Beras Naik Lagi"),
    ],
)
def test_related_lines(line: str, title: str) -> None:
    structure = read_structure(["Paragraf pertama.", line, "Paragraf kedua."])
    assert [r.title for r in structure.related] == [title]
    assert structure.paragraphs == ["Paragraf pertama.", "Paragraf kedua."]


def test_related_line_with_url() -> None:
    structure = read_structure(
        ["Paragraf.", "Baca juga: Banjir Surut https://www.kompas.com/read/2023/01/02/banjir"]
    )
    assert structure.related[0].title == "Banjir Surut"
    assert structure.related[0].url == "https://www.kompas.com/read/2023/01/02/banjir"


@pytest.mark.parametrize(
    "line",
    [
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "[Gambas:Video CNN]",
        'Simak Video "Banjir Rendam Jakarta"',
        "COPYRIGHT © ANTARA 2023",
        "Editor: Sri Wahyuni",
        "Artikel ini telah tayang di Tribunnews.com dengan judul Banjir Surut",
        "Ikuti berita terkini dari kami di Google News",
    ],
)
def test_noise_lines_are_removed(line: str) -> None:
    kind, _ = classify_block(line, near_start=False, near_end=True)
    assert kind != "body"


def test_body_sentences_that_look_like_furniture_stay() -> None:
    for line in [
        "Baca berita ini dengan saksama, kata dia.",
        "Editor senior itu mengundurkan diri pekan lalu.",
        "Sumber masalahnya ada pada data yang tidak lengkap.",
    ]:
        kind, _ = classify_block(line, near_start=False, near_end=True)
        assert kind == "body", line


def test_cited_media() -> None:
    text = (
        "Dikutip dari CNN Internasional, belum jelas. Seperti dilansir Reuters pada Senin, "
        "harga naik. Mengutip Bloomberg, pasar lesu. Kabar itu dilaporkan AFP. "
        "Mengutip Presiden Joko Widodo, ia setuju. Korban dilaporkan meninggal. Pernyataan "
        "itu dikutip Senin (24/7), sementara keterangan resmi dilansir Kamis malam."
    )
    found = find_cited_media(text)
    assert [c.name for c in found] == ["CNN Internasional", "Reuters", "Bloomberg", "AFP"]
    for cited in found:
        assert text[cited.start : cited.end] == cited.name


def test_analyze_title_line_and_blank_line_paragraphs() -> None:
    article = analyze(
        "Harga Beras Naik Jelang Lebaran\n\nJAKARTA, KOMPAS.com - Harga beras naik. Warga resah."
        "\n\nPedagang mengeluh.\n\nPenulis: Ahmad Dahlan | Editor: Sri Wahyuni"
    )
    assert article.title == "Harga Beras Naik Jelang Lebaran"
    assert article.publisher == "Kompas"
    assert article.authors == ["Ahmad Dahlan"]
    assert article.paragraph_texts() == ["Harga beras naik. Warga resah.", "Pedagang mengeluh."]
    assert len(article.sentences) == 3


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "JAKARTA, KOMPAS.com - Pemerintah menaikkan harga bahan bakar minyak\n"
        "bersubsidi mulai pekan depan setelah rapat terbatas yang dipimpin oleh\n"
        "Presiden di Istana Merdeka.\n\nParagraf kedua berdiri sendiri."
    )
    article = analyze(text)
    assert len(article.paragraphs) == 2
    assert article.paragraph_texts()[0].startswith(
        "Pemerintah menaikkan harga bahan bakar minyak bersubsidi"
    )


def test_cited_entertainment_sports_and_police_media() -> None:
    """Weak cues ("dilaporkan", "mengutip") take only listed media: entertainment and
    sports sites and the police news portal are listed, a person after the cue is not."""
    text = (
        "Kabar itu dilaporkan Us Weekly. Mengutip Tribratanews, pelaku ditangkap. Hal itu "
        "dilaporkan Sky Sports. Mengutip Ketua RT Sarmin, warga berjaga."
    )
    found = find_cited_media(text)
    assert [c.name for c in found] == ["Us Weekly", "Tribratanews", "Sky Sports"]


def test_titles_listed_under_a_lone_related_label_are_related() -> None:
    """ "Baca Juga:" on its own line, then one headline per line: the headlines are
    related articles, not body; the first sentence after them is body again."""
    text = (
        "Harga beras naik di Pasar Induk pada Senin. Pedagang mengeluh.\n\nBaca Juga:\n\n"
        "Bulog Siapkan Operasi Pasar\n\nHarga Cabai Ikut Naik Jelang Lebaran\n\n"
        "Menurut pedagang, kenaikan terjadi sejak pekan lalu."
    )
    article = analyze(text)
    assert [r.title for r in article.related] == [
        "Bulog Siapkan Operasi Pasar",
        "Harga Cabai Ikut Naik Jelang Lebaran",
    ]
    assert article.paragraph_texts() == [
        "Harga beras naik di Pasar Induk pada Senin. Pedagang mengeluh.",
        "Menurut pedagang, kenaikan terjadi sejak pekan lalu.",
    ]
