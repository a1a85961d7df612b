#!/usr/bin/env python3
"""Score archcite.extract against a corpus of citations with hand-checked references.

Usage: python scripts/evaluate.py CORPUS.jsonl [--show-errors]

Each line of the corpus is a JSON object with ``text`` and ``refs``: the references
in the text, each a flat dict of the fields as written (``archive``, ``fond``,
``opis``, ``delo`` …, ``folios``). A found reference counts as correct when every field
matches; folios are compared by value, both sides read with ``parse_folios``, so that a
gold list kept with its printed separators ("7,8") or an abbreviated range ("40-2", which
is 40-42) counts as the same folios. Gold references flagged ``ibid`` and matches of kind
``ibid`` are left out. Prints precision, recall, F1 and the errors per field.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import archcite
from archcite.reading import parse_folios

FIELDS = (
    "archive",
    "fond",
    "opis",
    "razdel",
    "korobka",
    "papka",
    "delo",
    "ed_khr",
    "tom",
    "chast",
    "folios",
    "rolik",
)


def _folios(value: str) -> str:
    try:
        return str(parse_folios(value))
    except ValueError:
        return value


def _gold(ref: dict[str, object]) -> dict[str, str]:
    gold = {k: str(v) for k, v in ref.items() if k in FIELDS and v is not None}
    if "folios" in gold:
        gold["folios"] = _folios(gold["folios"])
    return gold


def _found(match: archcite.Match) -> dict[str, str]:
    return {k: v for k, v in match.reference.to_dict().items() if k in FIELDS}


def evaluate(path: Path, show_errors: bool = False) -> dict[str, float]:
    true_positive = predicted_total = gold_total = 0
    field_errors: Counter[str] = Counter()
    missed_lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        gold = [_gold(ref) for ref in row.get("refs", []) if not ref.get("ibid")]
        found = [_found(m) for m in archcite.extract(row["text"]) if m.kind != "ibid"]
        gold_total += len(gold)
        predicted_total += len(found)
        unmatched_gold = list(gold)
        unmatched_found = []
        for ref in found:
            if ref in unmatched_gold:
                unmatched_gold.remove(ref)
                true_positive += 1
            else:
                unmatched_found.append(ref)
        for expected, got in zip(unmatched_gold, unmatched_found, strict=False):
            for field in FIELDS:
                if expected.get(field) != got.get(field):
                    field_errors[field] += 1
        if unmatched_gold or unmatched_found:
            missed_lines.append((row.get("id", "?"), row["text"], unmatched_gold, unmatched_found))
    precision = true_positive / predicted_total if predicted_total else 1.0
    recall = true_positive / gold_total if gold_total else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if show_errors:
        for line_id, text, expected, got in missed_lines:
            print(f"--- {line_id}: {text[:300]}")
            for ref in expected:
                print(f"    missed:   {ref}")
            for ref in got:
                print(f"    spurious: {ref}")
    print(f"references: {gold_total} gold, {predicted_total} found, {true_positive} correct")
    print(
        "field errors: " + (", ".join(f"{k} {v}" for k, v in field_errors.most_common()) or "none")
    )
    print(f"precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}")
    return {"precision": precision, "recall": recall, "f1": f1}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--show-errors", action="store_true", help="print every miss")
    args = parser.parse_args(argv)
    evaluate(args.corpus, args.show_errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
