"""Score the entity layer against hand-written expected entities (the sample corpus).

The gold files are ``examples/expected/<name>.json``; their ``entities`` lists
were annotated from the article text by hand (see examples/NOTES-ENTITIES.md).
A gold entity is found when a predicted entity's name or an alias equals one of
its name or aliases (case-insensitive, "Kabupaten/Kota/Provinsi ..." prefixes
ignored). Precision counts predicted entities that match no gold entity; type
accuracy and role accuracy are measured on the found ones (a role counts when
one predicted role equals one gold role, case-insensitive).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from warta.errors import WartaInputError

_ADMIN = re.compile(r"^(?:kabupaten|kota|provinsi|kecamatan|desa|kelurahan)\s+", re.IGNORECASE)


def _keys(names: list[str]) -> set[str]:
    keys = set()
    for name in names:
        lower = name.lower().strip()
        keys.update({lower, _ADMIN.sub("", lower)})
    return keys


def score_entities(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, int]:
    """Counts for one article: found, missed, spurious, typed, roles gold/found."""
    keyed = [(p, _keys([p["name"], *p["aliases"]])) for p in predicted]
    used: set[int] = set()
    counts = {"found": 0, "missed": 0, "spurious": 0, "typed": 0, "roles": 0, "roles_found": 0}
    for entity in gold:
        keys = _keys([entity["name"], *entity.get("aliases", [])])
        hits = [i for i, (_, k) in enumerate(keyed) if k & keys]
        if not hits:
            counts["missed"] += 1
            continue
        counts["found"] += 1
        used.update(hits)
        match = keyed[hits[0]][0]
        counts["typed"] += match["type"] == entity["type"]
        if entity.get("roles"):
            counts["roles"] += 1
            gold_roles = {r.lower() for r in entity["roles"]}
            counts["roles_found"] += bool(gold_roles & {r.lower() for r in match["roles"]})
    counts["spurious"] = len(predicted) - len(used)
    return counts


def evaluate_entities(expected_dir: Path, articles_dir: Path, fast: bool = False) -> dict[str, Any]:
    """Entity precision/recall/F1, type and role accuracy over a sample corpus.

    ``fast`` scores the fast mode of :func:`warta.analyze` (the CRF alone tags names).
    """
    from warta.pipeline import analyze_raw
    from warta.read import read_path

    files = sorted(expected_dir.glob("*.json"))
    if not files:
        raise WartaInputError(f"no expected JSON files in {expected_dir}")
    total = {"found": 0, "missed": 0, "spurious": 0, "typed": 0, "roles": 0, "roles_found": 0}
    start = time.perf_counter()
    scored = 0
    for path in files:
        gold = json.loads(path.read_text("utf-8")).get("entities")
        if gold is None:
            continue
        article_path = next(iter(sorted(articles_dir.glob(path.stem + ".*"))), None)
        if article_path is None:
            raise WartaInputError(f"no article for {path.name} in {articles_dir}")
        raw = next(read_path(str(article_path)))
        if isinstance(raw, WartaInputError):
            raise raw
        article = analyze_raw(
            raw, exclude=("quotes", "summary", "keywords", "corrections"), fast=fast
        )
        for key, value in score_entities(gold, article.entities).items():
            total[key] += value
        scored += 1
    found, missed, spurious = total["found"], total["missed"], total["spurious"]
    precision = found / (found + spurious) if found + spurious else 0.0
    recall = found / (found + missed) if found + missed else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "articles": scored,
        "gold": found + missed,
        "predicted": found + spurious,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "type_accuracy": round(total["typed"] / found, 4) if found else 0.0,
        "role_accuracy": round(total["roles_found"] / total["roles"], 4) if total["roles"] else 0.0,
        "articles_per_second": round(scored / (time.perf_counter() - start), 1),
    }
