#!/usr/bin/env python3
"""Builds data/kanji-grades.tsv and data/kanji-readings.tsv from KANJIDIC2.

Source: KANJIDIC2 (Electronic Dictionary Research and Development Group,
https://www.edrdg.org/), Debian package kanjidic-xml, file
/usr/share/edict/kanjidic2.xml.gz (database version 2022-235), licensed
under Creative Commons Attribution-ShareAlike 3.0 as the Debian copyright
file states (see KANJIDIC-LICENCE.txt).
The grade field of KANJIDIC2 is the 学年別漢字配当表 of the 2017 小学校学習指導要領
(in force from 2020): grades 1-6, 80/160/200/202/193/191 = 1,026 kanji.

Run at development time:  apt-get install kanjidic-xml && python3 data/build-kanji-tables.py
"""
import gzip
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
xml = gzip.open("/usr/share/edict/kanjidic2.xml.gz").read().decode("utf-8")


GODAN_I = dict(zip("うくぐすつぬぶむる", "いきぎしちにびみり"))


def renyou(oku):
    """The 連用形 of a verb ending: べる → べ (一段), る → り, う → い (五段)."""
    if len(oku) >= 2 and oku.endswith("る"):
        return oku[:-1]
    if oku[-1] in GODAN_I:
        return oku[:-1] + GODAN_I[oku[-1]]
    return oku


def hira(s):
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


grades, readings = [], []
for m in re.finditer(r"<character>\s*<literal>(.+?)</literal>(.*?)</character>", xml, re.S):
    kanji, body = m.group(1), m.group(2)
    g = re.search(r"<grade>(\d+)</grade>", body)
    if g and int(g.group(1)) <= 6:
        grades.append((kanji, int(g.group(1))))
    rs = []
    for kind, r in re.findall(r'<reading r_type="ja_(on|kun)"[^>]*>(.*?)</reading>', body):
        if kind == "kun" and r.startswith("-") and len(r.split(".")[0]) <= 2:
            # One-kana suffix readings (人 -り in 一人) belong to words read
            # as a whole; as split candidates they only cause wrong splits.
            continue
        r = hira(r).replace("-", "")
        forms = [r]
        if kind == "kun" and "." in r:
            stem, oku = r.split(".", 1)
            # In compounds a verb's kun reading often takes its 連用形 with the
            # okurigana left unwritten: 受付 うけ|つけ, 取扱 とり|あつかい.
            forms = [stem, stem + renyou(oku)]
        for f in forms:
            if f and f not in rs:
                rs.append(f)
    names = []
    for n in re.findall(r"<nanori>(.*?)</nanori>", body):
        n = hira(n)
        if n and n not in rs and n not in names:
            names.append(n)
    if rs or names:
        readings.append((kanji, rs, names))

header = "# Derived from KANJIDIC2 (EDRDG, CC BY-SA 3.0) by data/build-kanji-tables.py; see data/KANJIDIC-LICENCE.txt\n"
with open(HERE / "kanji-grades.tsv", "w") as f:
    f.write(header + "# kanji\tgrade (学年別漢字配当表, 2020)\n")
    for k, g in sorted(grades, key=lambda x: (x[1], x[0])):
        f.write(f"{k}\t{g}\n")
with open(HERE / "kanji-readings.tsv", "w") as f:
    f.write(header + "# kanji\ton and kun readings in hiragana (kun: stem, and stem + 連用形 of the okurigana)\tname readings (名乗り)\n")
    for k, rs, names in readings:
        f.write(f"{k}\t{','.join(rs)}\t{','.join(names)}\n")
print(len(grades), "graded kanji;", len(readings), "kanji with readings")
