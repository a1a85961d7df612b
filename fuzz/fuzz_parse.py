"""Fuzz target: `archcite.parse` must raise nothing but ParseError, and not hang.

Run with ``fuzz/run_all.sh`` or alone: ``python fuzz/fuzz_parse.py fuzz/corpus/parse``
(see fuzz/README.md).
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _harness import archcite, run


def target(text: str) -> object:
    return archcite.parse(text)


if __name__ == "__main__":
    run(target)
