"""Sentence, paragraph and token splitting on Indonesian news text."""

from __future__ import annotations

import pytest

from warta.segment import split_paragraphs, split_sentences, tokenize


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kremlin mengatakan pada Senin (11/9/2023) bahwa Kim datang. Putin sudah tiba.",
            ["Kremlin mengatakan pada Senin (11/9/2023) bahwa Kim datang.", "Putin sudah tiba."],
        ),
        (
            "Anggarannya Rp 1,25 triliun. Dana itu cair pekan depan.",
            ["Anggarannya Rp 1,25 triliun.", "Dana itu cair pekan depan."],
        ),
        (
            "Hal itu disampaikan Prof. Budi Santoso dan dr. Ani di Jl. Merdeka No. 5. Acara usai.",
            [
                "Hal itu disampaikan Prof. Budi Santoso dan dr. Ani di Jl. Merdeka No. 5.",
                "Acara usai.",
            ],
        ),
        (
            "Ia bertemu B.J. Habibie dan M. Nuh di Istana. Keduanya berbincang.",
            ["Ia bertemu B.J. Habibie dan M. Nuh di Istana.", "Keduanya berbincang."],
        ),
        (
            "Korea Utara dikenai sanksi oleh AS. Namun Pyongyang menolak.",
            ["Korea Utara dikenai sanksi oleh AS.", "Namun Pyongyang menolak."],
        ),
        (
            "Bantuan berupa beras, minyak, gula, dll. Semua dibagikan gratis.",
            ["Bantuan berupa beras, minyak, gula, dll.", "Semua dibagikan gratis."],
        ),
        (
            "“Saya belum tahu. Belum ada permintaan,” kata Mardiasmo. Ia lalu pergi.",
            ["“Saya belum tahu.", "Belum ada permintaan,” kata Mardiasmo.", "Ia lalu pergi."],
        ),
        (
            "“Kami siap!” ujarnya. Warga bersorak.",
            ["“Kami siap!” ujarnya.", "Warga bersorak."],
        ),
        (
            "Ia berkata, “Semua beres.” Rapat ditutup.",
            ["Ia berkata, “Semua beres.”", "Rapat ditutup."],
        ),
        ("Apa benar begitu? Tentu tidak!", ["Apa benar begitu?", "Tentu tidak!"]),
        (
            "Gelar S.H. diraihnya. Lalu M.H. menyusul.",
            ["Gelar S.H. diraihnya.", "Lalu M.H. menyusul."],
        ),
        (
            # Titles that stand before a name: "drg." (dentist), "Plh."/"Plt." (acting),
            # "Muh."/"Moh." (abbreviated Muhammad) never end a sentence.
            "Sambutan Kepala Dinas Kesehatan Dr. drg. Rina Lestari dibacakan Plh. Sekretaris "
            "Daerah Andi Muh. Yusuf. Plt. Bupati hadir.",
            [
                "Sambutan Kepala Dinas Kesehatan Dr. drg. Rina Lestari dibacakan Plh. Sekretaris "
                "Daerah Andi Muh. Yusuf.",
                "Plt. Bupati hadir.",
            ],
        ),
        ("Tanpa titik akhir", ["Tanpa titik akhir"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_sentence_offsets_point_into_the_paragraph() -> None:
    text = "Judul.\n\nKalimat satu. Kalimat dua."
    paragraphs = split_paragraphs(text)
    assert [text[s:e] for s, e in paragraphs] == ["Judul.", "Kalimat satu. Kalimat dua."]
    s, e = paragraphs[1]
    assert [text[a:b] for a, b in split_sentences(text, s, e)] == ["Kalimat satu.", "Kalimat dua."]


def test_tokenize_keeps_dates_amounts_and_hyphenated_words() -> None:
    text = "Senin (11/9/2023) Rp 1,25 triliun Perserikatan Bangsa-Bangsa ke-10 S.H. 19.30 WIB"
    tokens = [t.text for t in tokenize(text)]
    assert tokens == [
        "Senin", "(", "11/9/2023", ")", "Rp", "1,25", "triliun", "Perserikatan",
        "Bangsa-Bangsa", "ke-10", "S.H.", "19.30", "WIB",
    ]  # fmt: skip
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_tokenize_urls_and_emails() -> None:
    text = "Lihat https://www.kompas.com/read/2023/09/11/abc. Surel redaksi@kompas.com ya"
    tokens = [t.text for t in tokenize(text)]
    assert "https://www.kompas.com/read/2023/09/11/abc" in tokens
    assert "redaksi@kompas.com" in tokens
