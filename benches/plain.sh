#!/usr/bin/env bash
# `yomeru plain` on the shipped examples, the 12-need plan's file
# (watanabe-takeshi, 11 needs) among them, and on the dev and held-out
# sentence sets through `--stdin`.
#
#   benches/plain.sh [RUNS]
#
# Prints the median and maximum wall time and the peak memory of each
# command over RUNS runs (default 15): a whole process each time, so a
# cold start (the dictionary and the analyser loaded) is included. The
# machine is shared, so run it twice.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-15}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cargo build --release --quiet
YOMERU=target/release/yomeru

runs() { # label, command...: RUNS runs, then median and max wall, max RSS
  local label=$1; shift
  : >"$WORK/times"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" </dev/null \
      || { cat "$WORK/stderr" >&2; exit 1; }
    cat "$WORK/time" >>"$WORK/times"
  done
  sort -n "$WORK/times" | awk -v l="$label" '{ w[NR] = $1; if ($2 > m) m = $2 } END {
    printf "%-44s median %6.3f s   max %6.3f s   peak RSS %6.1f MB   (%d runs)\n",
      l, w[int((NR + 1) / 2)], w[NR], m / 1024, NR }'
}

fields=$("$YOMERU" plain --format json examples/watanabe-takeshi.yaml | grep -c '"path"')
echo "== yomeru plain ($(nproc) cores)"
runs "watanabe-takeshi.yaml ($fields fields)" "$YOMERU" plain examples/watanabe-takeshi.yaml
runs "watanabe-takeshi.yaml --format json" "$YOMERU" plain --format json examples/watanabe-takeshi.yaml
cut -f1 tests/data/plain-heldout.tsv >"$WORK/heldout.txt"
runs "--stdin: 30 held-out sentences" sh -c "\"$YOMERU\" plain --stdin <\"$WORK/heldout.txt\""
if [ -f ../shared/data/plain-dev.tsv ]; then
  cut -f1 ../shared/data/plain-dev.tsv >"$WORK/dev.txt"
  runs "--stdin: 60 dev sentences" sh -c "\"$YOMERU\" plain --stdin <\"$WORK/dev.txt\""
fi
