"""Repair of encoding damage and noise."""

from __future__ import annotations

from warta.clean import clean_text


def test_replacement_characters_become_quotes_and_dashes() -> None:
    text, warnings = clean_text(
        "JAKARTA, KOMPAS.com \ufffd Ali.\n\n\ufffdKami siap,\ufffd ujarnya."
    )
    assert text == "JAKARTA, KOMPAS.com – Ali.\n\n“Kami siap,” ujarnya."
    assert any("U+FFFD" in w for w in warnings)


def test_apostrophe_inside_a_word() -> None:
    text, _ = clean_text("Salat Jum\ufffdat berjalan tertib.")
    assert text == "Salat Jum’at berjalan tertib."


def test_mojibake_is_repaired() -> None:
    text, warnings = clean_text("â€œKami siap,â€\x9d kata dia.")
    assert text == "“Kami siap,” kata dia."
    assert warnings == ["repaired mis-decoded characters (mojibake)"]


def test_entities_tags_and_spaces() -> None:
    text, _ = clean_text(
        "Harga&nbsp;naik &amp; turun<br>baris baru\u200b   di&quot;sini&quot;\r\nakhir"
    )
    assert text == 'Harga naik & turun\nbaris baru di"sini"\nakhir'


def test_clean_text_is_idempotent() -> None:
    once, _ = clean_text("â€œA&amp;Bâ€\x9d \ufffdC\ufffd  D\r\n")
    twice, warnings = clean_text(once)
    assert twice == once
    assert warnings == []


def test_control_characters_removed() -> None:
    text, _ = clean_text("a\x00b\x07c\x1bd")
    assert text == "abcd"
