"""Fuzz target: `archcite.parse_citation` must raise nothing but ParseError, and not hang.

Run with ``fuzz/run_all.sh``, or alone (see fuzz/README.md):
``python fuzz/fuzz_parse_citation.py fuzz/corpus/parse_citation``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _harness import archcite, run


def target(text: str) -> object:
    return archcite.parse_citation(text)


if __name__ == "__main__":
    run(target)
