#!/usr/bin/env bash
# Caseload benchmark: yomeru batch over N generated plans against one
# `typst compile` process per emitted document, plus cold start.
#
#   benches/batch.sh [N] [TYPST]
#
# N      plans to generate (default 200)
# TYPST  a typst 0.15.1 CLI built outside this repository, e.g.
#        cargo install typst-cli --version 0.15.1 --locked --root /tmp/typst-cli
#        (default: /tmp/typst-cli/bin/typst; skipped when missing)
#
# Needs GNU time (/usr/bin/time) for CPU time and peak memory, and
# hyperfine for the cold start. Prints medians / totals; the machine is
# shared, so run it twice and compare.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
TYPST=${2:-/tmp/typst-cli/bin/typst}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cargo build --release --quiet
cargo build --release --quiet --example gen_plans
YOMERU=target/release/yomeru
target/release/examples/gen_plans "$N" "$WORK/plans" >/dev/null

measure() { # label, command...: prints wall s, cpu s, peak RSS MB
  local label=$1 wall user sys rss; shift
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/stderr" || true
  read -r wall user sys rss <"$WORK/time"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
    'BEGIN { printf "%-34s wall %7.2f s  cpu %7.2f s  peak RSS %6.1f MB\n", l, w, u + s, r / 1024 }'
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')" >"$WORK/last"
}

echo "== yomeru batch: $N plans, official + easy ($(nproc) cores)"
measure "batch (cold cache, all cores)" "$YOMERU" batch "$WORK/plans" -o "$WORK/out" --variant all --force
read -r wall cpu <"$WORK/last"
docs=$((N * 2))
awk -v n="$N" -v d="$docs" -v w="$wall" -v c="$cpu" 'BEGIN {
  printf "  %.1f plans/s, %.1f ms wall and %.1f ms CPU per document\n", n / w, w * 1000 / d, c * 1000 / d }'
measure "batch again (all skipped)" "$YOMERU" batch "$WORK/plans" -o "$WORK/out" --variant all

echo "== typst compile, one process per document (same sources and fonts)"
if [ -x "$TYPST" ]; then
  # The same documents as the batch: every plan, official and easy.
  mapfile -t some < <(find "$WORK/plans" -name '*.yaml' | sort)
  "$YOMERU" render --variant all --emit-typst "$WORK/typst" -o "$WORK/ref" "${some[@]}" >/dev/null
  cat >"$WORK/compile-all.sh" <<EOF
for d in "$WORK"/typst/*/; do
  (cd "\$d" && SOURCE_DATE_EPOCH=0 "$TYPST" compile --features a11y-extras --ignore-system-fonts \
    --font-path "$PWD/fonts" --pdf-standard ua-1,a-2a main.typ out.pdf)
done
EOF
  measure "typst compile x $docs documents" bash "$WORK/compile-all.sh"
  read -r twall tcpu <"$WORK/last"
  awk -v d="$docs" -v w="$twall" -v c="$tcpu" -v bw="$wall" -v bc="$cpu" -v bd="$docs" 'BEGIN {
    printf "  %.1f ms wall and %.1f ms CPU per document\n", w * 1000 / d, c * 1000 / d
    printf "  yomeru batch is %.1fx cheaper in CPU per document (%.1fx in wall time)\n", (c / d) / (bc / bd), (w / d) / (bw / bd) }'
  ls "$WORK"/typst/*/out.pdf | wc -l | awk '{ print "  typst wrote " $1 " PDFs" }'
else
  echo "  (no typst CLI at $TYPST: skipped)"
fi

echo "== cold start: yomeru render of one plan (official), new process each time"
hyperfine -N --warmup 2 --runs 15 --export-json "$WORK/cold.json" \
  "$YOMERU render examples/sato-kenta.yaml -o $WORK/cold" >/dev/null
awk '/"median"/ { gsub(/[",]/, ""); printf "  median %.0f ms\n", $2 * 1000; exit }' "$WORK/cold.json"
