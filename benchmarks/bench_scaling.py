"""Does the time archcite takes grow linearly with the text? Per-byte cost at each size.

Run: python benchmarks/bench_scaling.py [--max-mb 10]

Times ``archcite.parse`` and ``archcite.extract`` on 10 kB, 100 kB, 1 MB and 10 MB of
ordinary text (prose with a reference every 2 kB, and notes that are nothing but
references, both from _corpus.py) and of pathological text: labels with
no numbers (``F. F. F. …``), a run of ranges (``1-1-1-…``), deeply nested parentheses,
and a line with no spaces made of archive capitals and digits. For each input it prints
seconds and nanoseconds per byte, and for each kind the spread of the per-byte cost
across sizes (largest / smallest); the goal is a spread under 2, i.e. linear time.
``parse`` reads one whole reference, so on these texts it measures how fast it refuses.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _corpus import dense_notes, sparse_prose

import archcite

SIZES = (10_000, 100_000, 1_000_000, 10_000_000)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _nested(size: int) -> str:
    half = size // 2
    return "(" * half + ")" * (size - half)


def _dense(size: int) -> str:
    return dense_notes(size // 40 + 1)[:size]


KINDS: dict[str, Callable[[int], str]] = {
    "prose": lambda size: sparse_prose(size)[:size],
    "dense notes": _dense,
    "F. F. F. …": lambda size: _repeat("F. ", size),
    "1-1-1-…": lambda size: _repeat("1-", size),
    "nested ((…))": _nested,
    "no spaces": lambda size: _repeat("TsKhSD1F.", size),
}


def _timed(function: Callable[[str], object], text: str) -> float:
    """The best of a few runs (more for small inputs, where noise is larger)."""
    best = float("inf")
    for _ in range(max(1, min(5, 1_000_000 // len(text)))):
        start = time.perf_counter()
        with contextlib.suppress(archcite.ParseError):
            function(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--max-mb", type=float, default=10.0, help="largest size, in MB")
    args = options.parse_args()
    sizes = [size for size in SIZES if size <= args.max_mb * 1_000_000]
    archcite.parse("TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14")  # compile outside the timing
    archcite.extract("F. 1, Op. 2, D. 3")

    print(
        f"{'input':<16} {'size':>9} {'parse s':>9} {'ns/B':>7} {'extract s':>10} {'ns/B':>7}"
        f" {'matches':>8}"
    )
    worst = 1.0
    for kind, make in KINDS.items():
        per_byte: dict[str, list[float]] = {"parse": [], "extract": []}
        for size in sizes:
            text = make(size)
            parse_s = _timed(archcite.parse, text)
            extract_s = _timed(archcite.extract, text)
            # Counting the matches of 10 MB would double the run; "-" stands for not counted.
            found = str(len(archcite.extract(text))) if size <= 1_000_000 else "-"
            per_byte["parse"].append(parse_s / len(text) * 1e9)
            per_byte["extract"].append(extract_s / len(text) * 1e9)
            print(
                f"{kind:<16} {len(text):>9,} {parse_s:>9.3f} {per_byte['parse'][-1]:>7.1f}"
                f" {extract_s:>10.3f} {per_byte['extract'][-1]:>7.1f} {found:>8}"
            )
        for name, costs in per_byte.items():
            spread = max(costs) / max(min(costs), 1e-3)
            # parse refuses at once, so its cost per byte falls with size; only growth counts.
            growth = max(costs[i] / max(costs[0], 1e-3) for i in range(len(costs)))
            worst = max(worst, growth)
            print(
                f"{'':<16} {name} per-byte spread {spread:.2f}, growth over smallest {growth:.2f}"
            )
    print(
        f"worst growth of the per-byte cost: {worst:.2f} ({'flat' if worst <= 2 else 'NOT flat'}"
        " within 2x)"
    )
    return 0 if worst <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
