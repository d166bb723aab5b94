"""Typo suggestions: conservative, from the packaged word list and entity resolution."""

from __future__ import annotations

import pytest

from warta.corrections import find_corrections, suggest, wordlist


def test_wordlist_is_packaged() -> None:
    words = wordlist()
    assert len(words) > 20_000
    assert words["yang"] > words["tersebut"] > 100


@pytest.mark.parametrize(
    ("typo", "suggestion"),
    [
        ("tersbut", "tersebut"),
        ("memperingatakan", "memperingatkan"),
        ("sosialiasi", "sosialisasi"),
        ("partispasi", "partisipasi"),
        ("perkiraaan", "perkiraan"),
    ],
)
def test_typos_get_a_suggestion(typo: str, suggestion: str) -> None:
    assert suggest(typo) == suggestion


@pytest.mark.parametrize(
    "word",
    [
        "merendam",
        "mengoreksi",
        "kebablasan",
        "bergilir",
        "menamakan",
        "pemerintah",
        "rubel",
        "mainin",
        "bikinin",  # colloquial -in (for -kan/-i) on a known root
    ],
)
def test_real_words_are_left_alone(word: str) -> None:
    assert suggest(word) is None


def test_find_corrections_skips_names_and_uses_entities() -> None:
    text = "Kim memimpin Korea Utra dan Pyongyng tersbut."
    entities = [
        {"name": "Korea Utara", "mentions": [{"start": 13, "end": 23, "text": "Korea Utra"}]},
    ]
    found = find_corrections(text, entities)
    assert [(c["text"], c["suggestion"], c["source"]) for c in found] == [
        ("Korea Utra", "Korea Utara", "entity"),
        ("tersbut", "tersebut", "lexicon"),
    ]
    for c in found:
        assert text[c["start"] : c["end"]] == c["text"]
