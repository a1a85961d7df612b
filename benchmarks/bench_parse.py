"""How fast archcite.parse reads references, beside a plain regular expression.

Run: python benchmarks/bench_parse.py [COUNT]

The input is a fixed, realistic mix of the shapes real notes use, in both scripts
(_corpus.references). The baseline regex only pulls the numbers after F./Op./D./L. out
of the commonest shape; it knows no labels beyond those, no scripts, no errors.
archcite's parse does all of that, so the ratio says what the grammar costs. Both are
timed in the same run (the best of three), so that the ratio holds on a busy machine.

Targets (issue 14): at least 50,000 references a second, no more than 20x the regex.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _corpus import references

import archcite

BASELINE = re.compile(
    r"(?P<archive>[^\W\d_][\w ]*?)[,.]?\s*(?:F|Ф|f|ф)\.?\s*(?P<fond>\w+)[,.]?\s*"
    r"(?:Op|Оп|op|оп)\.?\s*(?P<opis>\w+)[,.]?\s*(?:D|Д|d|д)\.?\s*(?P<delo>\w+)"
    r"(?:[,.]?\s*(?:Ll|L|Л|ll|l|л)\.?\s*(?P<folios>[\w-]+))?"
)


def _timed(function, items: list[str]) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for item in items:
        function(item)
    return time.perf_counter() - start


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    items = references(count)
    archcite.parse(items[0])  # load the grammar and the registry outside the timing
    baseline = min(_timed(BASELINE.match, items) for _ in range(3))
    parse = min(_timed(archcite.parse, items) for _ in range(3))
    rate, ratio = count / parse, parse / baseline
    print(f"references: {count} (realistic mix of styles and scripts)")
    print(f"plain re.match      {count / baseline:12,.0f} refs/s")
    print(
        f"archcite.parse      {rate:12,.0f} refs/s"
        f"   (target >= 50,000: {'met' if rate >= 50_000 else 'MISSED'})"
    )
    print(
        f"ratio (re / parse)  {ratio:12.1f}x"
        f"   (target <= 20x: {'met' if ratio <= 20 else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
