#!/usr/bin/env python3
"""Score archcite.extract against a corpus of citations with hand-checked references.

Usage: python scripts/evaluate.py CORPUS.jsonl [--show-errors]

Each line of the corpus is a JSON object with ``text`` and ``refs``: the references
in the text, each a flat dict of the fields as written (``archive``, ``fond``,
``opis``, ``delo`` …, ``folios``). A found reference counts as correct when every field
matches; folios are compared by value, both sides read with ``parse_folios``, so that a
gold list kept with its printed separators ("7,8") or an abbreviated range ("40-2", which
is 40-42) counts as the same folios. Gold references flagged ``ibid`` and matches of kind
``ibid`` are left out.

Prints precision, recall and F1, and the errors by class: references missed, references
found where the text has none (on lines with no reference at all: false alarms), and
references found with a wrong field, by field; then the scores by script.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import archcite
from archcite.levels import LEVELS
from archcite.reading import parse_folios
from archcite.translit import has_cyrillic

FIELDS = ("archive", *LEVELS)


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


def _shared(a: dict[str, str], b: dict[str, str]) -> int:
    """How many levels two references agree on: pairs a wrong reference with its gold."""
    return sum(1 for key in FIELDS if key in a and a.get(key) == b.get(key))


class _Score:
    def __init__(self) -> None:
        self.correct = self.found = self.gold = 0

    def add(self, correct: int, found: int, gold: int) -> None:
        self.correct += correct
        self.found += found
        self.gold += gold

    def figures(self) -> tuple[float, float, float]:
        precision = self.correct / self.found if self.found else 1.0
        recall = self.correct / self.gold if self.gold else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def evaluate(path: Path, show_errors: bool = False) -> dict[str, float]:
    total = _Score()
    by_script = {"latin": _Score(), "cyrillic": _Score()}
    classes: Counter[str] = Counter()
    field_errors: Counter[str] = Counter()
    missed_lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        gold = [_gold(ref) for ref in row.get("refs", []) if not ref.get("ibid")]
        found = [_found(m) for m in archcite.extract(row["text"]) if m.kind != "ibid"]
        unmatched_gold = list(gold)
        unmatched_found = []
        correct = 0
        for ref in found:
            if ref in unmatched_gold:
                unmatched_gold.remove(ref)
                correct += 1
            else:
                unmatched_found.append(ref)
        total.add(correct, len(found), len(gold))
        by_script["cyrillic" if has_cyrillic(row["text"]) else "latin"].add(
            correct, len(found), len(gold)
        )
        for got in unmatched_found:
            partner = max(unmatched_gold, key=lambda g: _shared(g, got), default=None)
            if partner is not None and _shared(partner, got):
                unmatched_gold.remove(partner)
                classes["wrong field"] += 1
                for field in FIELDS:
                    if partner.get(field) != got.get(field):
                        field_errors[field] += 1
            elif not gold:
                classes["false alarm (line with no reference)"] += 1
            else:
                classes["spurious"] += 1
        classes["missed"] += len(unmatched_gold)
        if len(found) != correct or len(gold) != correct:
            missed_lines.append((row.get("id", "?"), row["text"], gold, found))
    precision, recall, f1 = total.figures()
    if show_errors:
        for line_id, text, expected, got in missed_lines:
            print(f"--- {line_id}: {text[:300]}")
            for ref in expected:
                if ref not in got:
                    print(f"    missed:   {ref}")
            for ref in got:
                if ref not in expected:
                    print(f"    spurious: {ref}")
    print(f"references: {total.gold} gold, {total.found} found, {total.correct} correct")
    print(
        "errors by class: "
        + (", ".join(f"{k} {v}" for k, v in classes.most_common() if v) or "none")
    )
    print(
        "field errors: " + (", ".join(f"{k} {v}" for k, v in field_errors.most_common()) or "none")
    )
    for script, score in by_script.items():
        if score.gold or score.found:
            p, r, f = score.figures()
            print(
                f"  {script:9} precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}  ({score.gold} gold)"
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
