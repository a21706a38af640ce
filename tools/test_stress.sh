#!/usr/bin/env bash
# The whole test suite, several times, on a busy machine: finds tests that only pass when the
# computer is idle or when the tests before them left something behind.
#
#   tools/test_stress.sh [RUNS] [extra pytest arguments…]     (make test-stress; RUNS defaults to 5)
#
# Two CPU-bound processes spin beside every run (killed on exit, whatever happens). Run 1 keeps
# the usual order; each later run shuffles it with --shuffle-seed (tests/conftest.py), seeds drawn
# from STRESS_SEED (default: random; printed so a failure can be replayed). Each run is bounded by
# `timeout` (STRESS_RUN_TIMEOUT seconds, default 2400). The first failing run stops the loop and
# prints its failing test ids; a run whose exit prints "Exception ignored" (an unraisable error,
# e.g. an unclosed file) counts as failing too. CI defaults to true, so a harness test whose
# stand-in did not come up in time fails instead of skipping (CI=false to allow skips on a machine
# without them). Logs go to STRESS_LOG_DIR (default a temp dir).
set -uo pipefail

cd "$(dirname "$0")/.."
runs=${1:-5}
[[ $# -gt 0 ]] && shift
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [RUNS] [pytest args…]" >&2; exit 2; }
py=.venv/bin/python
[[ -x $py ]] || { echo "no $py: run 'make test' once first" >&2; exit 2; }
run_timeout=${STRESS_RUN_TIMEOUT:-2400}
base_seed=${STRESS_SEED:-$RANDOM}
log_dir=${STRESS_LOG_DIR:-$(mktemp -d -t sr-stress-XXXXXX)}
mkdir -p "$log_dir"

load_pids=()
run_pid=
clean_up() {
    # the current run (timeout passes the signal on to pytest), then the load
    [[ -n $run_pid ]] && kill "$run_pid" 2>/dev/null && wait "$run_pid" 2>/dev/null
    for pid in "${load_pids[@]}"; do
        kill "$pid" 2>/dev/null
        wait "$pid" 2>/dev/null
    done
    load_pids=()
}
trap clean_up EXIT
trap 'exit 130' INT TERM
for _ in 1 2; do
    "$py" -c 'while True: pass' &
    load_pids+=("$!")
done

export QT_QPA_PLATFORM=offscreen PYTHONPATH=$PWD CI=${CI:-true}
echo "test-stress: $runs run(s) beside 2 CPU-bound processes, CI=$CI, base seed $base_seed," \
    "logs in $log_dir"
for ((i = 1; i <= runs; i++)); do
    order=()
    label="file order"
    if ((i > 1)); then
        seed=$((base_seed + i))
        order=(--shuffle-seed "$seed")
        label="--shuffle-seed $seed"
    fi
    out=$log_dir/run$i.out
    err=$log_dir/run$i.err
    start=$(date +%s)
    timeout --kill-after=30 "$run_timeout" \
        "$py" -m pytest -q -p no:cacheprovider "${order[@]}" "$@" >"$out" 2>"$err" &
    run_pid=$!
    wait "$run_pid"
    rc=$?
    run_pid=
    secs=$(($(date +%s) - start))
    summary=$(grep -E '^[= ]*[0-9]+ (passed|failed|errors?|skipped).* in [0-9.]+s' "$out" |
        tail -1 | sed -E 's/^[= ]+//; s/[= ]+$//')
    unraisable=$(grep -c 'Exception ignored' "$out" "$err" | awk -F: '{n += $NF} END {print n}')
    if ((rc == 124 || rc == 137)); then
        why="timed out after ${run_timeout}s"
    elif ((rc != 0)); then
        why="pytest exit $rc"
    elif ((unraisable > 0)); then
        why="$unraisable 'Exception ignored' message(s) at exit"
    else
        echo "run $i/$runs ($label): ${summary:-no summary} [${secs}s wall]"
        continue
    fi
    echo "run $i/$runs ($label) FAILED: $why [${secs}s wall]"
    grep -E '^(FAILED|ERROR) ' "$out" | sed 's/^/  /'
    grep -h -B2 -A6 'Exception ignored' "$out" "$err" | head -40 | sed 's/^/  /'
    ((rc == 124 || rc == 137)) && tail -5 "$out" | sed 's/^/  /'
    echo "test-stress: FAILED on run $i of $runs (${summary:-no summary}); replay:" \
        "CI=$CI QT_QPA_PLATFORM=offscreen $py -m pytest ${order[*]} $*; log $out"
    exit 1
done
echo "test-stress: all $runs runs green under load (base seed $base_seed)"
