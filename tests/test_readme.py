"""The README's example session is real: re-run it and compare (docs cannot drift).

When analysis output changes on purpose, run `python scripts/update_readme_example.py`.
"""

from __future__ import annotations

import json
import re

from tests.conftest import ROOT
from warta import analyze

README = (ROOT / "README.md").read_text("utf-8")


def _example_input() -> str:
    match = re.search(r"\$ cat beras\.txt\n(.*?)\n\$ warta analyze beras\.txt", README, re.S)
    assert match, "the README example session is missing"
    return match.group(1) + "\n"


def test_readme_example_output_is_current() -> None:
    data = analyze(_example_input()).to_dict()
    data["source"]["path"] = "beras.txt"
    for key in ("schema", "id", "publisher", "title", "published", "published_source"):
        assert f'"{key}": {json.dumps(data[key], ensure_ascii=False)}' in README, key
    for key in ("source", "dateline", "language"):
        assert f'"{key}": {json.dumps(data[key], ensure_ascii=False)}' in README, key
    for key in ("authors", "paragraphs", "sentences", "related", "cited_media", "warnings"):
        assert f'"{key}": {json.dumps(data[key], ensure_ascii=False)}' in README, key
    assert json.dumps(data["text"], ensure_ascii=False) in README
    for key in ("entities", "times", "quotes"):
        for item in data[key]:
            assert json.dumps(item, ensure_ascii=False) in README, (key, item)
    for item in data["keywords"][:3]:
        assert json.dumps(item, ensure_ascii=False) in README
