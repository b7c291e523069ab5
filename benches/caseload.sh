#!/usr/bin/env bash
# The editor's caseload list: `GET /api/plans` over N generated plans, as
# `yomeru serve` answers it when the page opens.
#
#   benches/caseload.sh [N] [RUNS]
#
# N     plans to generate (default 500)
# RUNS  servers started, each answering once cold (default 7)
#
# Cold: the first list after the server starts (every file read, checked
# and summarised). After one edit: the next list after one file changed
# on disk. Warm: a list with nothing changed. Prints medians and maxima in
# milliseconds; needs curl. The machine is shared, so run it twice.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-500}
RUNS=${2:-7}
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"' EXIT

cargo build --release --quiet
cargo build --release --quiet --example gen_plans
target/release/examples/gen_plans "$N" "$WORK/plans" >/dev/null
count=$(find "$WORK/plans" -name '*.yaml' | wc -l)
TOKEN=bench-token
PORT=$((20000 + RANDOM % 20000))

list() { # prints the wall time of one GET /api/plans in ms, and checks it
  local out
  out=$(curl -s -o "$WORK/list.json" -w '%{http_code} %{time_total}' \
    -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/plans")
  [ "${out%% *}" = 200 ] || { echo "GET /api/plans answered ${out%% *}" >&2; exit 1; }
  awk -v t="${out#* }" 'BEGIN { printf "%.1f\n", t * 1000 }'
}

stats() { # label, file of numbers
  sort -n "$2" | awk -v label="$1" '{ a[NR] = $1 } END {
    printf "%-28s median %7.1f ms   max %7.1f ms   (%d runs)\n", label, a[int((NR + 1) / 2)], a[NR], NR }'
}

: >"$WORK/cold"; : >"$WORK/edit"; : >"$WORK/warm"
for _ in $(seq "$RUNS"); do
  YOMERU_TOKEN=$TOKEN target/release/yomeru serve "$WORK/plans" --port "$PORT" --no-open \
    >"$WORK/serve.out" 2>&1 &
  PID=$!
  for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break
    sleep 0.05
  done
  list >>"$WORK/cold"
  listed=$(grep -o '"path"' "$WORK/list.json" | wc -l)
  [ "$listed" = "$count" ] || { echo "listed $listed of $count plans" >&2; exit 1; }
  for _ in 1 2 3; do list >>"$WORK/warm"; done
  one=$(find "$WORK/plans" -name '*.yaml' -print -quit)
  echo "# edited" >>"$one"
  list >>"$WORK/edit"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
done

echo "GET /api/plans over $count generated plans (yomeru serve, release build):"
stats "cold (first after start)" "$WORK/cold"
stats "after one file changed" "$WORK/edit"
stats "warm (nothing changed)" "$WORK/warm"
