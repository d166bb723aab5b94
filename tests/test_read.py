"""Reading: decoding, format sniffing and refusing what cannot be an article."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from warta import WartaInputError, analyze
from warta.read import decode, read_path, sniff_format

BODY = "JAKARTA, KOMPAS.com - Harga beras naik di pasar. “Kami resah,” kata Ani. (EVY)"


def test_utf8_with_and_without_bom() -> None:
    assert decode(BODY.encode("utf-8"), label="x") == (BODY, [])
    assert decode(codecs.BOM_UTF8 + BODY.encode("utf-8"), label="x") == (BODY, [])


def test_utf16_with_bom_is_decoded_with_a_warning() -> None:
    text, warnings = decode(BODY.encode("utf-16"), label="x")
    assert text == BODY
    assert warnings == ["input is not UTF-8: decoded as UTF-16-LE"]
    assert decode(codecs.BOM_UTF16_BE + BODY.encode("utf-16-be"), label="x")[0] == BODY
    assert decode(BODY.encode("utf-32"), label="x")[0] == BODY


def test_byte_order_mark_with_broken_bytes_is_refused() -> None:
    """Found by hypothesis: a UTF-16-BE mark followed by an odd number of bytes."""
    with pytest.raises(WartaInputError, match="byte-order mark says UTF-16-BE"):
        decode(b"\xfe\xff\x00\x00\x00", label="x")


def test_windows_1252_quotes_are_decoded_with_a_warning() -> None:
    data = "Harga “naik” – kata Ani.".encode("cp1252")
    text, warnings = decode(data, label="x")
    assert text == "Harga “naik” – kata Ani."
    assert warnings == ["input is not UTF-8: decoded as windows-1252"]


def test_latin1_text_is_decoded_with_a_warning() -> None:
    text, warnings = decode("Kafe dan crème brûlée di Jakarta.".encode("latin-1"), label="x")
    assert text == "Kafe dan crème brûlée di Jakarta."
    assert warnings


def test_invalid_utf8_garbage_is_refused_with_a_hint() -> None:
    with pytest.raises(WartaInputError) as info:
        decode(b"\x81\x8d\xfe\xff\x9d garbage \x90\x8f", label="bad.txt")
    message = str(info.value)
    assert message.startswith("bad.txt: not valid UTF-8")
    assert "--encoding" in message


def test_explicit_encoding_is_strict() -> None:
    with pytest.raises(WartaInputError, match="not valid utf-8"):
        decode("Harga “naik”".encode("cp1252"), label="x", encoding="utf-8")
    assert (
        decode("Harga “naik”".encode("cp1252"), label="x", encoding="cp1252")[0] == "Harga “naik”"
    )
    with pytest.raises(WartaInputError, match="unknown encoding"):
        decode(b"abc", label="x", encoding="klingon")


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty input"),
        (b"   \n\t \n", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
        (b"%PDF-1.7\n", "PDF"),
        (b"abc\x00\x00\x00def", "NUL bytes"),
        (bytes(range(1, 32)) * 20, "control characters"),
    ],
)
def test_refused_inputs(data: bytes, fragment: str) -> None:
    with pytest.raises(WartaInputError, match=fragment):
        decode(data, label="x")


def test_sniff_format() -> None:
    assert sniff_format("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"
    assert sniff_format("<TimeML><TEXT>x</TEXT></TimeML>") == "timeml"
    assert sniff_format('{"text": "Harga naik."}\n{"text": "Lagi."}') == "jsonl"
    assert sniff_format("Harga naik < 5 persen.") == "text"
    assert sniff_format("x", "a.html") == "html"


def test_read_path_errors(tmp_path: Path) -> None:
    missing = list(read_path(str(tmp_path / "nope.txt")))
    assert isinstance(missing[0], WartaInputError) and "no such file" in str(missing[0])
    directory = list(read_path(str(tmp_path)))
    assert isinstance(directory[0], WartaInputError) and "is a directory" in str(directory[0])
    big = tmp_path / "big.txt"
    big.write_text("a" * 2000)
    too_big = list(read_path(str(big), max_bytes=1000))
    assert isinstance(too_big[0], WartaInputError) and "over the limit" in str(too_big[0])


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": BODY, "url": "https://kompas.com/a", "published": "2023-09-11"}),
        "",
        "{not json",
        json.dumps({"title": "tanpa isi"}),
        json.dumps({"html": "<html><body><p>" + BODY + "</p></body></html>", "title": "T"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_path(str(path)))
    assert len(items) == 4
    first, bad_json, no_text, html_record = items
    assert not isinstance(first, WartaInputError)
    assert first.source.line == 1 and first.source.url == "https://kompas.com/a"
    assert first.published == "2023-09-11"
    assert isinstance(bad_json, WartaInputError) and ":3" in str(bad_json)
    assert isinstance(no_text, WartaInputError) and 'no "text" or "html"' in str(no_text)
    assert not isinstance(html_record, WartaInputError) and html_record.is_html


def test_timeml_reading(tmp_path: Path) -> None:
    path = tmp_path / "a.tml"
    path.write_bytes(
        b'<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="2013-12-4">'
        b"Rabu, 4 Desember 2013</TIMEX3></DCT>\n<TITLE>Harga BBM Naik</TITLE>\n<TEXT>\n"
        b'JAKARTA, KOMPAS.com \x96 Harga naik <TIMEX3 tid="t1">hari ini</TIMEX3>.\n\n'
        b"\x93Kami resah,\x94 kata Ani.\n</TEXT>\n</TimeML>\n"
    )
    (raw,) = list(read_path(str(path)))
    assert not isinstance(raw, WartaInputError)
    assert raw.title == "Harga BBM Naik" and raw.published == "2013-12-4"
    from warta.pipeline import analyze_raw

    article = analyze_raw(raw)
    assert article.published == "2013-12-04" and article.published_source == "metadata"
    assert article.publisher == "Kompas" and article.dateline is not None
    assert article.text == "Harga naik hari ini.\n\n“Kami resah,” kata Ani."
    assert "input is not UTF-8: decoded as windows-1252" in article.warnings


def test_analyze_accepts_bytes_and_published_argument() -> None:
    article = analyze(BODY.encode("utf-8"), published="2023-09-11")
    assert article.published == "2023-09-11" and article.published_source == "argument"
    with pytest.raises(WartaInputError, match="invalid date"):
        analyze(BODY, published="11 September")


def test_analyze_refuses_non_text() -> None:
    with pytest.raises(WartaInputError):
        analyze("")
    with pytest.raises(WartaInputError):
        analyze(b"\x89PNG\r\n\x1a\nabc")
    with pytest.raises(WartaInputError, match="no article"):
        analyze("<html><body><nav>Menu</nav><footer>© 2023</footer></body></html>")
    with pytest.raises(WartaInputError, match="only boilerplate"):
        analyze("Baca juga: Judul Lain\nADVERTISEMENT")
    with pytest.raises(WartaInputError, match="expected str or bytes"):
        analyze(123)  # type: ignore[arg-type]


def test_non_indonesian_article_is_returned_with_a_warning() -> None:
    article = analyze(
        "WASHINGTON - The president said on Monday that the talks would continue next week, "
        "according to officials familiar with the matter."
    )
    assert article.language.code == "en"
    assert any("not Indonesian" in w for w in article.warnings)
