#!/usr/bin/env python3
"""Draw the reference grammar as a railroad diagram: docs/grammar.html.

Needs pyparsing's diagram extra: ``pip install "pyparsing[diagrams]"``.
"""

from __future__ import annotations

from pathlib import Path

from archcite.reading.reference import grammar


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "docs" / "grammar.html"
    grammar().create_diagram(str(target), show_results_names=True, vertical=3)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
