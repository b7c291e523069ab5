#!/usr/bin/env bash
# `yomeru report` over a generated caseload: N plans with monitoring
# reports, areas, unmet services and 地域課題 (gen_plans --reports).
#
#   benches/report.sh [N] [RUNS] [TYPST]
#
# N      plans to generate (default 1000)
# RUNS   runs of each command (default 7)
# TYPST  a typst 0.15.1 CLI built outside this repository, e.g.
#        cargo install typst-cli --version 0.15.1 --locked --root /tmp/typst-cli
#        (default: /tmp/typst-cli/bin/typst; skipped when missing)
#
# Prints the median and maximum wall time and the peak memory of: the
# figures alone (--format json: every file read, people counted), the
# PDF and CSV, and `typst compile` of the same report source with the
# same fonts. The machine is shared, so run it twice.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
RUNS=${2:-7}
TYPST=${3:-/tmp/typst-cli/bin/typst}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet
cargo build --release --quiet --example gen_plans
YOMERU=target/release/yomeru
target/release/examples/gen_plans "$N" "$WORK/plans" --reports
PERIOD=(--from 2026-04 --to 2027-03)

runs() { # label, command...: RUNS runs, then median and max wall, max RSS
  local label=$1; shift
  : >"$WORK/times"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" \
      || { cat "$WORK/stderr" >&2; exit 1; }
    cat "$WORK/time" >>"$WORK/times"
  done
  sort -n "$WORK/times" | awk -v l="$label" '{ w[NR] = $1; if ($2 > m) m = $2 } END {
    printf "%-36s median %6.3f s   max %6.3f s   peak RSS %6.1f MB   (%d runs)\n",
      l, w[int((NR + 1) / 2)], w[NR], m / 1024, NR }'
  sort -n "$WORK/times" | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }' >"$WORK/median"
}

echo "== yomeru report: $(find "$WORK/plans" -name '*.yaml' | wc -l) files ($(nproc) cores)"
runs "figures (--format json)" "$YOMERU" report "${PERIOD[@]}" --format json "$WORK/plans"
runs "PDF and CSV" "$YOMERU" report "${PERIOD[@]}" -o "$WORK/out" "$WORK/plans"
yomeru=$(cat "$WORK/median")
"$YOMERU" report "${PERIOD[@]}" -o "$WORK/out" --emit-typst "$WORK/typst" "$WORK/plans" >/dev/null
"$YOMERU" report "${PERIOD[@]}" --format json "$WORK/plans" \
  | awk '/"people":/ && !p { print "  people counted:", $2; p = 1 }'

if [ -x "$TYPST" ]; then
  runs "typst compile (same source, fonts)" env SOURCE_DATE_EPOCH=0 "$TYPST" compile \
    --ignore-system-fonts --font-path "$PWD/fonts" --pdf-standard ua-1,a-2a \
    "$WORK/typst/main.typ" "$WORK/typst.pdf"
  awk -v y="$yomeru" -v t="$(cat "$WORK/median")" 'BEGIN {
    printf "  yomeru reads %s files, counts and typesets in %.2f× the time typst takes to typeset alone\n", "all", y / t }'
else
  echo "  (no typst CLI at $TYPST: skipped)"
fi
