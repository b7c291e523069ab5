#!/bin/sh
# Dev-time only: pack the IPADIC sources from Debian's mecab-ipadic into
# dict/ipadic-src.tar.zst. matrix.def is stored as "matrix.def.costs":
# its header line, then only the cost column (the left/right ids are the
# nested-loop order left-major, right-minor, which build.rs regenerates).
set -eu
SRC=${SRC:-/usr/share/mecab/dic/ipadic}
OUT=$(cd "$(dirname "$0")" && pwd)
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
mkdir "$TMP/ipadic"
cp "$SRC"/*.csv "$SRC/char.def" "$SRC/unk.def" "$TMP/ipadic/"
awk 'NR==1{print; split($0,h," "); next}
     { if ($1!=int((NR-2)/h[2]) || $2!=(NR-2)%h[2]) {print "unexpected order at line " NR > "/dev/stderr"; exit 1}
       print $3 }' "$SRC/matrix.def" > "$TMP/ipadic/matrix.def.costs"
(cd "$TMP" && tar --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 --format=ustar -cf ipadic.tar ipadic)
zstd -q -19 -f "$TMP/ipadic.tar" -o "$OUT/ipadic-src.tar.zst"
cp /usr/share/doc/mecab-ipadic/copyright "$OUT/IPADIC-COPYING"
ls -l "$OUT"
