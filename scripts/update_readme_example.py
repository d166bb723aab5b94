"""Re-run the README's example session and rewrite its output block.

Run after a change that alters analysis output on purpose;
tests/test_readme.py fails until the README shows what warta really prints.
Short objects are folded onto one line; the summary and keyword lists are cut.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from warta import analyze

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SESSION_RE = re.compile(r"\$ cat beras\.txt\n(.*?)\n\$ warta analyze beras\.txt\n", re.S)
SCALARS = (
    "schema", "id", "source", "publisher", "dateline", "title", "authors", "published",
    "published_source", "language", "text", "paragraphs", "sentences", "related",
    "cited_media", "warnings",
)  # fmt: skip


def _one_line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def folded_output(data: dict[str, Any]) -> str:
    lines = ["{"]
    lines += [f'  "{key}": {_one_line(data[key])},' for key in SCALARS]
    for key in ("entities", "times", "quotes"):
        items = [f"    {_one_line(item)}," for item in data[key]]
        if items:
            items[-1] = items[-1].rstrip(",")
        lines += [f'  "{key}": [', *items, "  ],"]
    keywords = ", ".join(_one_line(k) for k in data["keywords"][:3])
    lines += [
        '  "summary": [ ... three sentences with start, end, text, score ... ],',
        f'  "keywords": [{keywords}, ...],',
        f'  "corrections": {_one_line(data["corrections"])}',
        "}",
    ]
    return "\n".join(lines)


def main() -> None:
    readme = README.read_text("utf-8")
    match = SESSION_RE.search(readme)
    if match is None:
        raise SystemExit("README has no `$ cat beras.txt` session")
    data = analyze(match.group(1) + "\n").to_dict()
    data["source"]["path"] = "beras.txt"
    end = readme.index("```", match.end())
    README.write_text(readme[: match.end()] + folded_output(data) + "\n" + readme[end:], "utf-8")


if __name__ == "__main__":
    main()
