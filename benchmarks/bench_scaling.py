"""Does the time archcite takes grow linearly with the text? Per-byte cost at each size.

Run: python benchmarks/bench_scaling.py [--max-mb 10] [--growth-mb 1 2 4 8] [--only growth]

Two parts, one verdict.

**Growth** (issue 10): the shapes a quadratic case once hid in, each timed through
``archcite.extract`` and ``archcite.normalise`` at 1, 2, 4 and 8 MB —

- a reference, ``and`` and prose, line after line
  (``See TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14 and some prose here.``);
- the same with ``;`` in place of ``and``;
- a reference per line, nothing else;
- one line with no line break at all (also timed at 5 MB);
- references whose folio lists run to 1,000 items.

The cost per byte at the largest size must stay within 2x of that at the smallest.

**Kinds**: ``archcite.parse`` and ``archcite.extract`` on 10 kB to 10 MB of ordinary text
(prose with a reference every 2 kB, and notes that are nothing but references, from
_corpus.py) and of pathological text: labels with no numbers (``F. F. F. …``), a run of
ranges (``1-1-1-…``), deeply nested parentheses, and a line with no spaces made of
archive capitals and digits. The per-byte cost may not grow beyond 2x its cost at the
smallest size. ``parse`` reads one whole reference, so here it measures how fast it
refuses.

For each input it prints CPU seconds and nanoseconds per byte; at the end, every case
that grew too fast, and ``verdict: linear`` (exit 0) or ``verdict: NOT linear`` (exit 1).
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

LIMIT = 2.0  # the largest growth of the per-byte cost that still counts as linear
MB = 1_000_000
SIZES = (10_000, 100_000, MB, 10 * MB)
GROWTH_SIZES = (MB, 2 * MB, 4 * MB, 8 * MB)

Timed = Callable[[str], object]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _nested(size: int) -> str:
    half = size // 2
    return "(" * half + ")" * (size - half)


def _dense(size: int) -> str:
    return dense_notes(size // 40 + 1)[:size]


REFERENCE = "TsKhSD, F. 89, Op. 2, D. 5, Ll. 13-14"
THOUSAND_FOLIOS = ", ".join(str(folio) for folio in range(1, 2001, 2))

#: name: (the text of a given size, the extra sizes it is timed at beside GROWTH_SIZES)
SHAPES: dict[str, tuple[Callable[[int], str], tuple[int, ...]]] = {
    "ref and prose": (lambda n: _repeat(f"See {REFERENCE} and some prose here.\n", n), ()),
    "ref; prose": (lambda n: _repeat(f"See {REFERENCE}; some prose here.\n", n), ()),
    "ref per line": (lambda n: _repeat(f"{REFERENCE}\n", n), ()),
    "one line": (lambda n: _repeat(f"See {REFERENCE} and some prose here. ", n), (5 * MB,)),
    "1,000 folios": (
        lambda n: _repeat(f"TsKhSD, F. 89, Op. 2, D. 5, Ll. {THOUSAND_FOLIOS}.\n", n),
        (),
    ),
}

KINDS: dict[str, Callable[[int], str]] = {
    "prose": lambda size: sparse_prose(size)[:size],
    "dense notes": _dense,
    "F. F. F. …": lambda size: _repeat("F. ", size),
    "1-1-1-…": lambda size: _repeat("1-", size),
    "nested ((…))": _nested,
    "no spaces": lambda size: _repeat("TsKhSD1F.", size),
}


def _timed(function: Timed, text: str) -> float:
    """CPU seconds of this process, the best of a few runs (more for small inputs).

    CPU time, not the wall clock: other work on the machine would otherwise count, and
    a busy neighbour at 8 MB only would look like a cost that grows.
    """
    best = float("inf")
    for _ in range(max(1, min(5, 2 * MB // len(text)))):
        start = time.process_time()
        with contextlib.suppress(archcite.ParseError):
            function(text)
        best = min(best, time.process_time() - start)
    return best


def _growth(costs: list[float]) -> float:
    """How much the per-byte cost grew from the first size to the worst later one."""
    return max(cost / max(costs[0], 1e-3) for cost in costs)


def _run_shapes(sizes: list[int]) -> list[str]:
    """Time the growth shapes; return a line for each case whose cost grew too fast."""
    print(
        f"\n{'shape':<14} {'size':>10} {'extract s':>10} {'ns/B':>7} {'normalise s':>12}"
        f" {'ns/B':>7} {'matches':>8}"
    )
    functions: dict[str, Timed] = {"extract": archcite.extract, "normalise": archcite.normalise}
    failed = []
    for shape, (make, extra) in SHAPES.items():
        costs: dict[str, list[float]] = {name: [] for name in functions}
        for size in sorted({*sizes, *(s for s in extra if sizes[0] < s < sizes[-1])}):
            text = make(size)
            seconds = {name: _timed(function, text) for name, function in functions.items()}
            found = len(archcite.extract(text)) if size == sizes[0] else None
            if size in sizes:  # an extra size is shown, not part of the growth
                for name in functions:
                    costs[name].append(seconds[name] / len(text) * 1e9)
            print(
                f"{shape:<14} {len(text):>10,} {seconds['extract']:>10.2f}"
                f" {seconds['extract'] / len(text) * 1e9:>7.0f} {seconds['normalise']:>12.2f}"
                f" {seconds['normalise'] / len(text) * 1e9:>7.0f}"
                f" {'-' if found is None else found:>8}",
                flush=True,
            )
        for name, per_byte in costs.items():
            growth = per_byte[-1] / max(per_byte[0], 1e-3)
            ok = growth <= LIMIT
            print(
                f"{'':<14} {name}: per-byte cost {sizes[-1] / MB:g} MB / {sizes[0] / MB:g} MB"
                f" = {growth:.2f} ({'linear' if ok else 'NOT linear'})"
            )
            if not ok:
                failed.append(f"{shape}, {name}: per-byte cost grew {growth:.2f}x")
    return failed


def _run_kinds(sizes: list[int]) -> list[str]:
    """Time parse and extract on the kinds; return a line for each that grew too fast."""
    print(
        f"\n{'input':<16} {'size':>10} {'parse s':>9} {'ns/B':>7} {'extract s':>10}"
        f" {'ns/B':>7} {'matches':>8}"
    )
    failed = []
    for kind, make in KINDS.items():
        per_byte: dict[str, list[float]] = {"parse": [], "extract": []}
        for size in sizes:
            text = make(size)
            parse_s = _timed(archcite.parse, text)
            extract_s = _timed(archcite.extract, text)
            # Counting the matches of 10 MB would double the run; "-" stands for not counted.
            found = str(len(archcite.extract(text))) if size <= MB else "-"
            per_byte["parse"].append(parse_s / len(text) * 1e9)
            per_byte["extract"].append(extract_s / len(text) * 1e9)
            print(
                f"{kind:<16} {len(text):>10,} {parse_s:>9.3f} {per_byte['parse'][-1]:>7.1f}"
                f" {extract_s:>10.3f} {per_byte['extract'][-1]:>7.1f} {found:>8}",
                flush=True,
            )
        for name, costs in per_byte.items():
            spread = max(costs) / max(min(costs), 1e-3)
            # parse refuses at once, so its cost per byte falls with size; only growth counts.
            growth = _growth(costs)
            print(
                f"{'':<16} {name} per-byte spread {spread:.2f}, growth over smallest {growth:.2f}"
            )
            if growth > LIMIT:
                failed.append(f"{kind}, {name}: per-byte cost grew {growth:.2f}x")
    return failed


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument(
        "--max-mb", type=float, default=10.0, help="kinds: largest size, in MB (default 10)"
    )
    options.add_argument(
        "--growth-mb",
        type=float,
        nargs="+",
        default=[size / MB for size in GROWTH_SIZES],
        metavar="MB",
        help="growth shapes: the sizes, in MB (default 1 2 4 8)",
    )
    options.add_argument("--only", choices=("growth", "kinds"), help="run one part only")
    args = options.parse_args()
    archcite.parse(REFERENCE)  # compile outside the timing
    archcite.extract("F. 1, Op. 2, D. 3")

    failed = []
    if args.only != "kinds":
        failed += _run_shapes(sorted(int(mb * MB) for mb in args.growth_mb))
    if args.only != "growth":
        failed += _run_kinds([size for size in SIZES if size <= args.max_mb * MB])
    print()
    for line in failed:
        print(f"grew too fast: {line}")
    print(f"verdict: {'NOT linear' if failed else 'linear'} (per-byte cost within {LIMIT:g}x)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
