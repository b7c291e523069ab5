#!/usr/bin/env python3
"""Lists the words IPADIC reads more than one way, the candidates from which
data/homographs.txt was chosen by hand.

A word is listed when IPADIC has two or more entries for its surface with
different readings, outside proper nouns (whose extra readings are names of
places and people, not other words), and the surface has a kanji and at least
two characters. Most have only a rare or archaic second reading (好き よき),
so data/homographs.txt keeps the ones read both ways today.

Usage: python3 data/build-homographs.py [IPADIC_DIR] > candidates.txt
IPADIC_DIR defaults to /usr/share/mecab/dic/ipadic (Debian's mecab-ipadic,
the same sources as dict/ipadic-src.tar.zst); the CSVs are EUC-JP.
"""
import collections
import glob
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/mecab/dic/ipadic"
readings = collections.defaultdict(set)
for path in sorted(glob.glob(f"{root}/*.csv")):
    with open(path, encoding="euc-jp", errors="replace") as f:
        for line in f:
            cols = line.rstrip("\n").split(",")
            if len(cols) < 12 or cols[5] == "固有名詞":
                continue
            surface = cols[0]
            if len(surface) >= 2 and any("\u4e00" <= c <= "\u9fff" or c == "々" for c in surface):
                readings[surface].add(cols[11])
for surface in sorted(s for s, r in readings.items() if len(r) > 1):
    print(surface)
