"""How fast archcite.extract finds references, beside a plain regular expression.

Run: python benchmarks/bench_extract.py [MEGABYTES]

Two inputs from _corpus.py: the prose of notes with a reference every two kilobytes or
so (the scan dominates), and footnotes that are nothing but references (the grammar
dominates). The baseline is one re.finditer with a pattern for the commonest shape,
timed in the same run, so that the ratios hold on a busy machine. Times are the best of
three; megabytes are of the text in UTF-8.

Targets (issue 14): on prose, extract at least 0.4x the regex and 20 MB/s; on dense
notes, at least 40,000 references a second.
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
    rate, ratio = size / extract_time, regex_time / extract_time
    print(f"sparse prose: {size:.1f} MB, {extract_found} references ({regex_found} by the regex)")
    print(f"  plain re.finditer   {size / regex_time:10.1f} MB/s")
    print(f"  archcite.extract    {rate:10.1f} MB/s   (target >= 20 MB/s: {_met(rate >= 20)})")
    print(f"  extract / regex     {ratio:10.2f}        (target >= 0.40: {_met(ratio >= 0.4)})")

    notes = dense_notes(50_000)
    size = len(notes.encode("utf-8")) / 1e6
    regex_time, regex_found = _best(lambda t: list(BASELINE.finditer(t)), notes)
    extract_time, extract_found = _best(archcite.extract, notes)
    rate = extract_found / extract_time
    print(f"dense notes: {size:.1f} MB, {extract_found} references ({regex_found} by the regex)")
    print(
        f"  plain re.finditer   {regex_found / regex_time:10,.0f} refs/s, "
        f"{size / regex_time:.1f} MB/s"
    )
    print(
        f"  archcite.extract    {rate:10,.0f} refs/s, {size / extract_time:.1f} MB/s"
        f"   (target >= 40,000 refs/s: {_met(rate >= 40_000)})"
    )
    print(f"  extract / regex     {regex_time / extract_time:10.2f}")


def _met(ok: bool) -> str:
    return "met" if ok else "MISSED"


if __name__ == "__main__":
    main()
