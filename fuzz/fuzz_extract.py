"""Fuzz target: `archcite.extract` must raise nothing but ParseError, and not hang.

Run with ``fuzz/run_all.sh`` or alone: ``python fuzz/fuzz_extract.py fuzz/corpus/extract``
(see fuzz/README.md).
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _harness import archcite, run


def target(text: str) -> object:
    # Spans must point at the text they name.
    for match in archcite.extract(text):
        start, end = match.span
        if text[start:end] != match.text:
            raise AssertionError(f"span {match.span} is not {match.text!r}")
    return None


if __name__ == "__main__":
    run(target)
