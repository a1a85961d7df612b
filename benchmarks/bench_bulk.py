"""Bulk normalisation of a large file: a plain-regex script, then archcite on 1 and 2 cores.

Run: python benchmarks/bench_bulk.py [--records N] [--jobs 1,2] [--repeat 3] [--keep]

The input (written once to benchmarks/data/, reused after) is what a digitisation
project exports: one record per line, mostly bare shelfmarks drawn with Zipf-like
repetition from a pool of distinct ones (a twentieth of the records: the head cited
thousands of times, the tail once or twice), in the shapes of benchmarks/_corpus.py
(Latin and Cyrillic, labelled and compact); 20% are prose around a reference; 2% are
garbage (junk, mojibake, undecodable bytes, blank lines, and a few 100 kB lines).

Every command runs as its own process, writing to a file, as a user would run it.
Peak memory is the largest total resident size of the process and its workers,
sampled from /proc every 50 ms; CPU time (getrusage RUSAGE_CHILDREN, workers included)
is beside the wall time, because on a shared machine the wall time moves with the load.
The commands run in rounds, each once a round (three by default), and each keeps its
fastest run, as the other benchmarks keep their best of three; every run's wall time is
printed, and the ratio of --jobs 2 to --jobs 1 round by round.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import os
import random
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _corpus import reference

DATA = Path(__file__).parent / "data"
PAGE = os.sysconf("SC_PAGE_SIZE")

PREFIXES = [
    "See ",
    "Cited in ",
    "The telegram is in ",
    "Original: ",
    "Copy in ",
    "Протокол заседания: ",
    "Подлинник: ",
    "Cf. the draft, ",
    "Quoted from ",
    "The report of 9 January 1942 is in ",
    "Там же и ",
    "Also ",
    "For the reply see ",
    "Records of the Presidium, ",
    "Стенограмма: ",
]
SUFFIXES = [
    ".",
    ", on the Hungarian question.",
    "; cf. memoirs, vol. 2, p. 13.",
    " (original in Russian).",
    ". Автограф.",
    ", 26 November 1956.",
    " — a copy.",
    ". Typescript with corrections.",
    ", as quoted by Kramer.",
    "",
    ", Stalin to Yenukidze, 13 Sept. 1933.",
    ". Машинопись.",
]
GARBAGE = [
    "%%% 12 ;;; F. ,, ???",
    "Ð Ð“Ð Ð¡ÐŸÐ˜ Ð¤. 17, Ð¾Ð¿. 3",
    "------",
    "",
    "N/A",
    "1956",
    "op. cit., p. 52",
    "TODO check shelfmark",
    "Ф. Э. Дзержинский",
    "???",
    "F. D. L. Op.",
    "см. выше",
    "#REF!",
    "0000000000",
]

# The regex normaliser a historian might write in an afternoon: two shapes, no
# archives, no continuations, no errors, Chicago-like output.
REGEX_SCRIPT = r"""
import re, sys
LATIN = re.compile(r"\bF\.\s?(\w+),\s?Op\.\s?(\w+),\s?D\.\s?(\w+)(?:,\s?Ll?\.\s?([\w-]+))?")
CYRILLIC = re.compile(r"\bФ\.\s?(\w+)[.,]\s?Оп\.\s?(\w+)[.,]\s?Д\.\s?(\w+)"
                      r"(?:[.,]\s?Лл?\.\s?([\w-]+))?")
def chicago(m):
    text = f"f. {m[1]}, op. {m[2]}, d. {m[3]}"
    return text + (f", l. {m[4]}" if m[4] else "")
with open(sys.argv[1], encoding="utf-8", errors="surrogateescape") as src, \
        open(sys.argv[2], "w", encoding="utf-8", errors="surrogateescape") as out:
    for line in src:
        out.write(CYRILLIC.sub(chicago, LATIN.sub(chicago, line)))
"""

# Runs the normalise command whether or not archcite.cli has taken it over yet.
COMMAND_SCRIPT = r"""
import argparse, sys
from archcite.cli.normalise import add_normalise_command
parser = argparse.ArgumentParser(prog="archcite")
add_normalise_command(parser.add_subparsers(dest="command", required=True))
args = parser.parse_args(sys.argv[1:])
sys.exit(args.run(args))
"""


def generate(path: Path, count: int, seed: int = 1991) -> None:
    """Write ``count`` records to ``path``, the same for the same count and seed."""
    rng = random.Random(seed)
    pool = [reference(rng) for _ in range(max(100, count // 20))]
    # Zipf with s = 1: the k-th commonest shelfmark is cited about 1/k as often.
    weights = list(itertools.accumulate(1 / rank for rank in range(1, len(pool) + 1)))
    picks = iter(rng.choices(pool, cum_weights=weights, k=count))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".partial")
    with open(temporary, "wb") as out:
        for _ in range(count):
            roll = rng.random()
            shelfmark = next(picks)
            if roll < 0.78:
                line = shelfmark.encode()
            elif roll < 0.98:
                line = f"{rng.choice(PREFIXES)}{shelfmark}{rng.choice(SUFFIXES)}".encode()
            elif roll < 0.9995:
                line = rng.choice(GARBAGE).encode()
                if rng.random() < 0.2:  # a byte from a Windows-1251 export
                    line += b" \xcf\xf0\xee\xf2\xee\xea\xee\xeb"
            else:
                line = ("The Presidium discussed the telegram at length. " * 2000).encode()
            out.write(line + b"\n")
    temporary.replace(path)


class PeakMemory:
    """Samples the resident size of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, _tree_rss(self.pid))

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def _tree_rss(root: int) -> int:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(parents.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm", "rb") as statm:
                total += int(statm.read().split()[1]) * PAGE
        except OSError:
            pass
    return total


def run_once(argv: list[str], records: int, output: Path) -> dict[str, Any]:
    """One run of ``argv``: wall time, CPU time, peak memory, output hash, last line of stderr."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(argv, stderr=subprocess.PIPE)
    sampler = PeakMemory(process.pid)
    _, stderr = process.communicate()
    seconds = time.perf_counter() - start
    peak = sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):
        sys.exit(f"{argv} failed ({process.returncode}):\n{stderr.decode(errors='replace')}")
    # The workers' CPU time is in here too: each was waited for by its parent.
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = stderr.decode(errors="replace").strip().splitlines()
    return {
        "seconds": seconds,
        "rate": records / seconds,
        "cpu": cpu,
        "peak": peak,
        "digest": hashlib.sha256(output.read_bytes()).hexdigest()[:12],
        "summary": summary[-1] if summary else "",
    }


def best_of(label: str, runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The fastest of ``runs``, with the largest peak and every wall time of them all."""
    best = dict(min(runs, key=lambda result: result["seconds"]))
    best["label"] = label
    best["peak"] = max(result["peak"] for result in runs)  # a limit: the worst run counts
    best["all"] = [result["seconds"] for result in runs]
    digests = {result["digest"] for result in runs}
    best["digest"] = digests.pop() if len(digests) == 1 else "DIFFER between runs"
    return best


def _warm_patterns() -> str:
    """Import archcite once, as any earlier use would, so that every command timed below
    starts with the file of compiled patterns in place (see README, "Start-up")."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import archcite"], check=True)
    first = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import archcite"], check=True)
    second = time.perf_counter() - started
    return (
        f"start-up (python -c 'import archcite'): {first:.2f} s, then {second:.2f} s "
        "with the compiled patterns kept"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--jobs", default="1,2", help="the --jobs values to run (default 1,2)")
    parser.add_argument("--style", default="chicago")
    parser.add_argument(
        "--repeat", type=int, default=3, help="rounds of runs, the best of each command kept"
    )
    parser.add_argument("--keep", action="store_true", help="keep the outputs")
    args = parser.parse_args()

    source = DATA / f"bulk_{args.records}.txt"
    if not source.exists():
        start = time.perf_counter()
        generate(source, args.records)
        print(f"generated {source} in {time.perf_counter() - start:.1f} s")
    lines = source.read_bytes().splitlines()
    print(
        f"input: {args.records:,} records, {source.stat().st_size / 1e6:.1f} MB, "
        f"{len(set(lines)):,} distinct ({len(set(lines)) / len(lines):.1%})"
    )
    del lines

    output = DATA / "bench_bulk_output.txt"
    commands = {
        "plain regex script": [sys.executable, "-c", REGEX_SCRIPT, str(source), str(output)]
    }
    for jobs in args.jobs.split(","):
        commands[f"archcite --jobs {jobs}"] = [
            sys.executable,
            "-c",
            COMMAND_SCRIPT,
            "normalise",
            str(source),
            "-o",
            str(output),
            "--style",
            args.style,
            "--jobs",
            jobs,
        ]
    print(_warm_patterns())
    print(
        f"load average before the runs: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores "
        "(other work on the machine slows every figure below)"
    )
    # Round by round, each command once a round: a slow minute of the machine then falls
    # on every command alike, not on all the runs of one.
    runs: dict[str, list[dict[str, Any]]] = {label: [] for label in commands}
    for _ in range(args.repeat):
        for label, argv in commands.items():
            runs[label].append(run_once(argv, args.records, output))
            if args.keep and label != "plain regex script":
                output.replace(DATA / f"bench_bulk_output_jobs{label.split()[-1]}.txt")
    output.unlink(missing_ok=True)
    results = [best_of(label, runs[label]) for label in commands]

    print(
        f"{'':24}{'records/s':>12}{'seconds':>9}{'CPU s':>8}{'peak MB':>9}  output"
        "               every run, seconds"
    )
    for result in results:
        print(
            f"{result['label']:24}{result['rate']:>12,.0f}{result['seconds']:>9.1f}"
            f"{result['cpu']:>8.1f}{result['peak'] / 1e6:>9.0f}"
            f"  sha256 {result['digest']:<14}{', '.join(f'{s:.1f}' for s in result['all'])}"
        )
    for result in results[1:]:
        print(f"  {result['summary']}")
    by_label = {result["label"]: result for result in results}
    one, two = by_label.get("archcite --jobs 1"), by_label.get("archcite --jobs 2")
    if one:
        print(
            f"archcite --jobs 1 / regex: {one['rate'] / results[0]['rate']:.2f}"
            f"   (target: --jobs 1 >= 50,000 records/s: "
            f"{'met' if one['rate'] >= 50_000 else 'MISSED'})"
        )
    if one and two:
        ratio = two["rate"] / one["rate"]
        pairs = zip(runs[one["label"]], runs[two["label"]], strict=True)
        rounds = [first["seconds"] / second["seconds"] for first, second in pairs]
        print(
            f"archcite --jobs 2 / --jobs 1: {ratio:.2f}   (target >= 1.8: "
            f"{'met' if ratio >= 1.8 else 'MISSED'}); outputs "
            f"{'identical' if one['digest'] == two['digest'] else 'DIFFER'}"
        )
        if len(rounds) > 1:
            print(f"  round by round: {', '.join(f'{r:.2f}' for r in rounds)}")
    worst = max(result["peak"] for result in results[1:])
    print(
        f"peak memory of archcite, all processes: {worst / 1e6:.0f} MB   (target < 200 MB: "
        f"{'met' if worst < 200e6 else 'MISSED'})"
    )


if __name__ == "__main__":
    main()
