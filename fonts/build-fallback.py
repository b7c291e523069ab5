#!/usr/bin/env python3
"""Builds fonts/NotoSansJP-Fallback-Regular.otf, the fallback font yomeru ships.

BIZ UD fonts cover JIS X 0213 but not every character real names and texts
use (for example 𠮷 U+20BB7 in the family name 𠮷田, rarer CJK extension
ideographs, Hangul for residents' names). Noto Sans CJK JP covers them, but
the whole collection is 19 MB, so we keep only the code points that BIZ
UDPGothic lacks. Run at development time, not at build time:

    apt-get install fonts-morisawa-bizud-gothic fonts-noto-cjk
    pip install fonttools
    python3 fonts/build-fallback.py

Source: Debian package fonts-noto-cjk (NotoSansCJK-Regular.ttc, face
"Noto Sans CJK JP"), SIL Open Font License 1.1 (see OFL-NotoSansCJK.txt).
"""
from pathlib import Path
from fontTools.ttLib import TTFont, TTCollection
from fontTools import subset

HERE = Path(__file__).resolve().parent
biz = TTFont(HERE / "BIZUDPGothic-Regular.ttf")
covered = set(biz.getBestCmap())

ttc = TTCollection("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
jp = next(f for f in ttc.fonts if "Noto Sans CJK JP" == f["name"].getDebugName(1))
missing = sorted(set(jp.getBestCmap()) - covered)

options = subset.Options()
options.layout_features = ["*"]
options.name_IDs = ["*"]
options.notdef_outline = True
options.glyph_names = False
options.hinting = False
sub = subset.Subsetter(options)
sub.populate(unicodes=missing)
sub.subset(jp)
# Rename so the fallback is never mistaken for the full Noto family.
for rec in jp["name"].names:
    if rec.nameID in (1, 3, 4, 16):
        rec.string = "yomeru Fallback JP"
    elif rec.nameID == 6:
        rec.string = "yomeruFallbackJP-Regular"
out = HERE / "NotoSansJP-Fallback-Regular.otf"
jp.save(out)
print(f"{len(missing)} code points, {out.stat().st_size} bytes -> {out.name}")
