#!/usr/bin/env bash
# Run every fuzz target for a bounded time; exit non-zero on any finding.
#
#   fuzz/run_all.sh [seconds-per-target]     (default 60)
#
# A finding is an exception other than archcite.ParseError, a crash, or one input that
# takes longer than fuzz/_harness.py's SLOW_SECONDS (a backtracking regex). Its input is
# kept as fuzz/findings/<target>/crash-* (or hang-*, timeout-*) for a regression test.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
python="${PYTHON:-python}"
status=0

for target in parse extract parse_citation; do
    corpus="fuzz/corpus/$target"
    findings="fuzz/findings/$target"
    mkdir -p "$corpus" "$findings"
    # The seed corpus, one file per line of fuzz/seeds.txt ("\n" is a line break).
    n=0
    while IFS= read -r line; do
        case "$line" in "#"*|"") continue ;; esac
        n=$((n + 1))
        printf '%b' "${line//\\n/\\n}" > "$corpus/seed-$n"
    done < fuzz/seeds.txt
    echo "== $target: ${seconds}s from $(ls "$corpus" | wc -l) inputs"
    "$python" "fuzz/fuzz_$target.py" "$corpus" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=4096 \
        -artifact_prefix="$findings/" -print_final_stats=1 2> "$findings/log.txt"
    rc=$?
    tail -n 12 "$findings/log.txt" | grep -E "stat::|Done|ERROR|Exception|Hang" || true
    if [ "$rc" -ne 0 ] && grep -q "Timeout (" "$findings/log.txt"; then
        cp "$findings/running-input" "$findings/hang-$(date +%s)"  # faulthandler ended it
    fi
    rm -f "$findings/running-input"
    if [ "$rc" -ne 0 ]; then
        echo "!! $target: finding (exit $rc); see $findings/ and $findings/log.txt"
        status=1
    fi
done
exit "$status"
