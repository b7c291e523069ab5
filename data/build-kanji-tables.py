#!/usr/bin/env python3
"""Builds data/kanji-grades.tsv and data/kanji-readings.tsv from KANJIDIC2.

Source: KANJIDIC2 (Electronic Dictionary Research and Development Group,
https://www.edrdg.org/), Debian package kanjidic-xml, file
/usr/share/edict/kanjidic2.xml.gz (database version 2022-235), licensed
under Creative Commons Attribution-ShareAlike 4.0 (see KANJIDIC-LICENCE.txt).
The grade field of KANJIDIC2 is the 学年別漢字配当表 of the 2017 小学校学習指導要領
(in force from 2020): grades 1-6, 80/160/200/202/193/191 = 1,026 kanji.

Run at development time:  apt-get install kanjidic-xml && python3 data/build-kanji-tables.py
"""
import gzip
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
xml = gzip.open("/usr/share/edict/kanjidic2.xml.gz").read().decode("utf-8")


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
        r = hira(r).replace("-", "")
        if kind == "kun":
            r = r.split(".")[0]
        if r and r not in rs:
            rs.append(r)
    for n in re.findall(r"<nanori>(.*?)</nanori>", body):
        n = hira(n)
        if n and n not in rs:
            rs.append(n)
    if rs:
        readings.append((kanji, rs))

header = "# Derived from KANJIDIC2 (EDRDG, CC BY-SA 3.0) by data/build-kanji-tables.py; see data/KANJIDIC-LICENCE.txt\n"
with open(HERE / "kanji-grades.tsv", "w") as f:
    f.write(header + "# kanji\tgrade (学年別漢字配当表, 2020)\n")
    for k, g in sorted(grades, key=lambda x: (x[1], x[0])):
        f.write(f"{k}\t{g}\n")
with open(HERE / "kanji-readings.tsv", "w") as f:
    f.write(header + "# kanji\treadings in hiragana (on, kun without okurigana, name readings)\n")
    for k, rs in readings:
        f.write(f"{k}\t{','.join(rs)}\n")
print(len(grades), "graded kanji;", len(readings), "kanji with readings")
