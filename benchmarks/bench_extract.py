"""How fast archcite.extract finds references, beside a plain regular expression.

Run: python benchmarks/bench_extract.py [MEGABYTES]

Two inputs: prose with a reference every two kilobytes or so (the scan dominates),
and footnotes that are nothing but references (the grammar dominates). The baseline
is one re.finditer with a pattern for the commonest shape.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _corpus import dense_notes, sparse_prose

import archcite

# What a historian might write by hand: fond, opis' and delo labels in both scripts.
BASELINE = re.compile(
    r"\b(?:f|ф|fond|фонд)\.?\s?\d+\w*[,.]?\s?(?:op|оп|opis'?|опись)\.?\s?\d+\w*[,.]?\s?"
    r"(?:d|д|delo|дело)\.?\s?\d+",
    re.IGNORECASE,
)


def _best(function, text: str) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    best, found = float("inf"), 0
    for _ in range(3):
        start = time.perf_counter()
        found = len(function(text))
        best = min(best, time.perf_counter() - start)
    return best, found


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    archcite.extract("TsKhSD, F. 89, Op. 2, D. 5")  # warm up the grammar and registry

    prose = sparse_prose(int(megabytes * 1_000_000))
    size = len(prose.encode("utf-8")) / 1e6
    regex_time, regex_found = _best(lambda t: list(BASELINE.finditer(t)), prose)
    extract_time, extract_found = _best(archcite.extract, prose)
    print(f"sparse prose: {size:.1f} MB, {extract_found} references ({regex_found} by the regex)")
    print(f"  plain re.finditer   {size / regex_time:8.1f} MB/s")
    print(f"  archcite.extract    {size / extract_time:8.1f} MB/s")
    print(f"  extract / regex     {regex_time / extract_time:8.2f}")

    notes = dense_notes(50_000)
    regex_time, regex_found = _best(lambda t: list(BASELINE.finditer(t)), notes)
    extract_time, extract_found = _best(archcite.extract, notes)
    print(f"dense notes: {len(notes.encode('utf-8')) / 1e6:.1f} MB, {extract_found} references")
    print(f"  plain re.finditer   {regex_found / regex_time:10,.0f} refs/s")
    print(f"  archcite.extract    {extract_found / extract_time:10,.0f} refs/s")


if __name__ == "__main__":
    main()
