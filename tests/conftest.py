"""Shared test helpers: the JSON Schema validator and the location of ../shared/data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples"

_VALIDATOR = Draft202012Validator(
    json.loads((ROOT / "docs" / "schema" / "article-1.json").read_text("utf-8"))
)


def check_article_dict(data: dict[str, Any]) -> None:
    """Assert that ``data`` follows warta.article/1 and that every offset is inside the text."""
    errors = sorted(_VALIDATOR.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    text = data["text"]
    n = len(text)
    for key in ("paragraphs", "sentences"):
        previous_end = 0
        for start, end in data[key]:
            assert 0 <= start < end <= n, (key, start, end, n)
            assert start >= previous_end, f"{key} overlap at {start}"
            assert text[start:end] == text[start:end].strip(), f"{key} span not trimmed"
            previous_end = end
    for sentence_start, sentence_end in data["sentences"]:
        assert any(s <= sentence_start and sentence_end <= e for s, e in data["paragraphs"])
    for cited in data["cited_media"]:
        assert text[cited["start"] : cited["end"]] == cited["name"]
    for layer in ("times", "summary", "corrections"):
        for item in data[layer]:
            assert 0 <= item["start"] < item["end"] <= n
            assert text[item["start"] : item["end"]] == item["text"]
    for entity in data["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path
