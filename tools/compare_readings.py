#!/usr/bin/env python3
# The analysers other than yomeru, and the folders named below (supplement/,
# lindera-tool/, unidic-build/, sudachi-rs-test/), were set up outside the
# repository for the measurement in docs/readings-analysers.md.
"""Compare the hiragana readings of several Japanese analysers on a
`text<TAB>reading` file (yomeru's furigana dev / held-out sets, or a word
list such as data/welfare-lexicon.tsv).

Commands (all offline; run from the repository root):

    # sentence files: sentence %, char %
    python3 compare_readings.py /work/shared/data/furigana-dev.tsv
    python3 compare_readings.py /work/main/tests/data/furigana-heldout.tsv
    python3 compare_readings.py /work/main/tests/data/furigana-heldout-2.tsv
    # every wrong line of every analyser
    python3 compare_readings.py FILE --show
    # only some analysers
    python3 compare_readings.py FILE --only yomeru,mecab-unidic
    # yomeru's wrong lines, with what every other analyser says there
    python3 compare_readings.py FILE --yomeru-errors
    # word list: each term read alone (word accuracy = exact terms / terms);
    # columns after the second are ignored, a first line `term<TAB>reading`
    # is skipped
    python3 compare_readings.py data/welfare-lexicon.tsv --words
    # save every prediction as DIR/<analyser>.txt (one line per input line)
    python3 compare_readings.py FILE --dump DIR
    # check the scorer against yomeru's Rust scorer (examples/furigana_eval.rs)
    python3 compare_readings.py FILE --score-file PREDICTIONS.txt

Analysers (each skipped with a note if not installed):
    yomeru          target/release/yomeru furigana --output hiragana (override with
                    --yomeru PATH); this is exactly yomeru's
                    reading::hiragana(text, Lexicon::welfare(), false)
    mecab-ipadic    mecab -d /var/lib/mecab/dic/ipadic-utf8, feature 7 (読み)
    ipadic+unidic-nouns  MeCab + IPADIC + a user dictionary of the 68,231
                    UniDic 3.1.1 普通名詞 (with a kanji) that IPADIC lacks, as
                    名詞,一般 with cost 7000 (supplement/make_supplement.py;
                    --unidic-nouns FILE to try another cost)
    lindera-ipadic+unidic-nouns  the same supplement (cost 7000, the 68,011
                    entries encodable in EUC-JP) built into the IPADIC lindera
                    dictionary (supplement/ipadic-plus)
    mecab-unidic    mecab -d /var/lib/mecab/dic/unidic (UniDic 3.1.1),
                    feature 20 `kana` (仮名形出現形: ツウショ, not the pron
                    field ツーショ)
    mecab-unidic-lite  mecab -d ./unidic-lite (PyPI unidic-lite 1.0.8 =
                    UniDic 2.1.2, compiled files only), feature 17 `kana`;
                    unpack: pip download --no-deps unidic-lite==1.0.8 &&
                    tar xzf unidic-lite-1.0.8.tar.gz -C unidic-lite
                    --strip-components=3 unidic-lite-1.0.8/unidic_lite/dicdir
    lindera-ipadic  lindera 6.2 + yomeru's own built IPADIC (a copy of
                    target/release/build/yomeru-*/out/ipadic in ./lindera-ipadic),
                    detail 7 — the raw base yomeru runs on, without its lexicon
    lindera-unidic311  lindera 6.2 + UniDic 3.1.1 built with
                    DictionaryBuilder (unidic-build/, see REPORT.md), detail 20
    mecab-jumandic  mecab -d /var/lib/mecab/dic/juman-utf8, feature 5 (読み)
                    (extra, for reference only)
    sudachi-core-C  SudachiPy + sudachidict_core, SplitMode.C, reading_form()
    sudachi-core-A  the same, SplitMode.A
    sudachirs-core-C  sudachi.rs 0.7 built from the sudachipy 0.7.0 sdist
                    (sudachi-rs-test/), core dictionary, mode C: checks that
                    the Rust engine alone reads as SudachiPy does
    sudachi-small-C SudachiPy + sudachidict_small, SplitMode.C

How raw analyser output is mapped to the gold conventions (the same for all):
    * a token whose surface is only digits (and , . : after NFKC) is copied
      as written (gold keeps digits: ３回 → ３かい);
    * a token whose surface is only Latin letters is copied as written
      (gold copies Latin: PDF → PDF);
    * a token that is only the placeholder 〇 (〇〇市) is copied as written;
    * a token of punctuation/symbols only is copied as written (Sudachi
      gives （ the reading キゴウ);
    * a token with no reading (unknown word, `*`) is copied as written;
      Sudachi's is_oov() tokens keep their reading_form() (its number
      plugin marks 一 in 一日 as OOV with reading イチ);
    * otherwise the token's kana reading is used (katakana → hiragana);
      a token fusing digits and a counter (２人 フタリ) keeps its reading.

Scoring (identical to examples/furigana_eval.rs and shared/data/README.md):
NFKC both sides, lower-case, katakana U+30A1..U+30F6 → hiragana (ヵヶ → か),
keep what Rust's char::is_alphanumeric keeps (letters incl. ー, numbers),
i.e. drop P*, S*, Z*, C*, M* and whitespace; sentence accuracy = exact lines
/ lines; char accuracy = 1 − Σ Levenshtein(gold, pred) / Σ len(gold).
"""

import argparse
import os
import shutil
import subprocess
import sys
import unicodedata

# ---------------------------------------------------------------- scoring


def normalise(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).lower()
    out = []
    for c in s:
        if c in "ヵヶ":
            c = "か"
        elif "ァ" <= c <= "ヶ":
            c = chr(ord(c) - 0x60)
        # Rust char::is_alphanumeric = Alphabetic || Numeric: letters (L*),
        # numbers (N*), plus Other_Alphabetic marks (none occur in Japanese).
        if unicodedata.category(c)[0] in "LN":
            out.append(c)
    return "".join(out)


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a):
        cur = [i + 1] * (len(b) + 1)
        for j, cb in enumerate(b):
            cur[j + 1] = min(prev[j] + (ca != cb), prev[j + 1] + 1, cur[j] + 1)
        prev = cur
    return prev[len(b)]


def alignment_ok(gold: str, pred: str) -> list:
    """For each gold position, True if a minimal alignment matches it
    unchanged with nothing inserted right before it."""
    n, m = len(gold), len(pred)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(d[i - 1][j - 1] + (gold[i - 1] != pred[j - 1]),
                          d[i - 1][j] + 1, d[i][j - 1] + 1)
    ok = [True] * (n + 1)  # ok[n]: nothing inserted at the end
    i, j = n, m
    while i > 0 or j > 0:
        if i > 0 and j > 0 and d[i][j] == d[i - 1][j - 1] + (gold[i - 1] != pred[j - 1]):
            if gold[i - 1] != pred[j - 1]:
                ok[i - 1] = False
            i, j = i - 1, j - 1
        elif i > 0 and d[i][j] == d[i - 1][j] + 1:
            ok[i - 1] = False
            i -= 1
        else:
            ok[i] = False  # insertion before gold[i]
            j -= 1
    return ok


# ---------------------------------------------------------------- mapping

def kata_to_hira(s: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in s)


def _only(s, pred):
    s = unicodedata.normalize("NFKC", s)
    return bool(s) and all(pred(c) for c in s)


def token_text(surface: str, reading: str) -> str:
    if _only(surface, lambda c: c.isdigit() or c in ",.:"):
        return surface
    if _only(surface, lambda c: "a" <= c.lower() <= "z"):
        return surface
    if _only(surface, lambda c: c in "〇○"):
        return surface  # the 〇〇 placeholder, copied by the gold convention
    if _only(surface, lambda c: unicodedata.category(c)[0] in "PSZ"):
        return surface  # punctuation (Sudachi reads （ as キゴウ)
    if not reading or reading == "*":
        return kata_to_hira(surface)
    return kata_to_hira(reading)


# ---------------------------------------------------------------- analysers

def run_mecab(lines, dicdir, field, userdic=None):
    if not shutil.which("mecab") or not os.path.isdir(dicdir):
        return None
    if userdic is not None and not os.path.exists(userdic):
        return None
    fmt = f"%m\\t%f[{field}]\\n"
    p = subprocess.run(
        ["mecab", "-d", dicdir, "-O", "", "-F", fmt, "-U", "%m\\t\\n", "-E", "EOS\\n", "-b", "1000000"]
        + (["-u", userdic] if userdic else []),
        input="\n".join(l.replace("\n", " ") for l in lines) + "\n",
        capture_output=True, text=True, check=True)
    out, cur = [], []
    for row in p.stdout.split("\n"):
        if row == "EOS":
            out.append("".join(cur))
            cur = []
        elif row:
            surface, _, reading = row.partition("\t")
            cur.append(token_text(surface, reading))
    # MeCab drops spaces; gold scoring drops them too.
    assert len(out) == len(lines), (len(out), len(lines))
    return out


def run_lindera(lines, tool, dicdir, index):
    """lindera 6.2 (lindera-tool/, see REPORT.md) on a dictionary built by
    lindera_dictionary::DictionaryBuilder; prints surface<TAB>detail[index]."""
    if not (os.path.exists(tool) and os.path.isdir(dicdir)):
        return None
    p = subprocess.run([tool, "read", dicdir, str(index)], input="\n".join(lines) + "\n",
                       capture_output=True, text=True, check=True)
    out, cur = [], []
    for row in p.stdout.split("\n"):
        if row == "EOS":
            out.append("".join(cur))
            cur = []
        elif row:
            surface, _, reading = row.partition("\t")
            cur.append(token_text(surface, reading))
    assert len(out) == len(lines), (len(out), len(lines))
    return out


def run_sudachi_rs(lines, tool, dic, resources, mode):
    """sudachi.rs 0.7 (the Rust engine inside the sudachipy sdist on PyPI),
    sudachi-rs-test/ (see REPORT.md): prints surface<TAB>reading_form."""
    if not (os.path.exists(tool) and os.path.exists(dic)):
        return None
    p = subprocess.run([tool, dic, resources, mode], input="\n".join(lines) + "\n",
                       capture_output=True, text=True, check=True)
    out, cur = [], []
    for row in p.stdout.split("\n"):
        if row == "EOS":
            out.append("".join(cur))
            cur = []
        elif row:
            surface, _, reading = row.partition("\t")
            cur.append(token_text(surface, reading))
    assert len(out) == len(lines), (len(out), len(lines))
    return out


def run_sudachi(lines, dict_name, mode):
    try:
        from sudachipy import Dictionary, SplitMode
        tok = Dictionary(dict=dict_name).tokenizer(getattr(SplitMode, mode))
    except Exception as e:  # not installed
        print(f"# sudachi {dict_name}: {e}", file=sys.stderr)
        return None
    out = []
    for line in lines:
        out.append("".join(token_text(m.surface(), m.reading_form())
                           for m in tok.tokenize(line)))
    return out


def run_yomeru(lines, binary):
    if not os.path.exists(binary):
        return None
    p = subprocess.run([binary, "furigana", "--output", "hiragana"],
                       input="\n".join(lines) + "\n", capture_output=True, text=True, check=True)
    out = p.stdout.split("\n")
    if out and out[-1] == "":
        out.pop()
    assert len(out) == len(lines), (len(out), len(lines))
    return out


def sudachi_dic(name):
    try:
        import importlib.util
        spec = importlib.util.find_spec(f"sudachidict_{name}")
        return os.path.join(os.path.dirname(spec.origin), "resources", "system.dic")
    except Exception:
        return ""


ANALYSERS = {
    "yomeru": lambda L, a: run_yomeru(L, a.yomeru),
    "mecab-ipadic": lambda L, a: run_mecab(L, "/var/lib/mecab/dic/ipadic-utf8", 7),
    "ipadic+unidic-nouns": lambda L, a: run_mecab(L, "/var/lib/mecab/dic/ipadic-utf8", 7, a.unidic_nouns),
    "lindera-ipadic+unidic-nouns": lambda L, a: run_lindera(L, a.lindera_tool, os.path.join(os.path.dirname(os.path.abspath(__file__)), "supplement/ipadic-plus"), 7),
    "mecab-unidic": lambda L, a: run_mecab(L, "/var/lib/mecab/dic/unidic", 20),
    "mecab-unidic-lite": lambda L, a: run_mecab(L, a.unidic_lite, 17),
    "lindera-ipadic": lambda L, a: run_lindera(L, a.lindera_tool, a.lindera_ipadic, 7),
    "lindera-unidic311": lambda L, a: run_lindera(L, a.lindera_tool, a.lindera_unidic, 20),
    "mecab-jumandic": lambda L, a: run_mecab(L, "/var/lib/mecab/dic/juman-utf8", 5),
    "sudachi-core-C": lambda L, a: run_sudachi(L, "core", "C"),
    "sudachi-core-A": lambda L, a: run_sudachi(L, "core", "A"),
    "sudachirs-core-C": lambda L, a: run_sudachi_rs(L, a.sudachi_rs, sudachi_dic("core"), a.sudachi_res, "C"),
    "sudachi-small-C": lambda L, a: run_sudachi(L, "small", "C"),
}


# ---------------------------------------------------------------- main

def read_tsv(path, words):
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            line = line.rstrip("\n")
            if "\t" not in line:
                continue
            text, gold = line.split("\t")[:2]
            if words and n == 0 and text.strip().lower() in ("term", "word", "surface"):
                continue
            if words and (not text.strip() or not gold.strip()):
                continue
            items.append((text, gold))
    return items


def score(items, preds):
    exact = dist = total = 0
    for (_, gold), p in zip(items, preds):
        g, q = normalise(gold), normalise(p)
        d = levenshtein(g, q)
        exact += d == 0
        dist += d
        total += len(g)
    return exact, len(items), dist, total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("tsv")
    ap.add_argument("--words", action="store_true", help="word list: report word accuracy")
    ap.add_argument("--only", help="comma-separated analyser names")
    ap.add_argument("--show", action="store_true", help="print each analyser's wrong lines")
    ap.add_argument("--yomeru-errors", action="store_true",
                    help="print yomeru's wrong lines with every analyser's reading")
    ap.add_argument("--dump", help="write predictions to DIR/<analyser>.txt")
    ap.add_argument("--yomeru", default="target/release/yomeru")
    ap.add_argument("--unidic-lite", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "unidic-lite"),
                    help="dicdir of unidic-lite 1.0.8 (UniDic 2.1.2, compiled MeCab files only)")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--lindera-tool", default=os.path.join(here, "lindera-tool/target/release/lindera-tool"))
    ap.add_argument("--lindera-ipadic", default=os.path.join(here, "lindera-ipadic"),
                    help="a lindera IPADIC dictionary directory (yomeru's build.rs output)")
    ap.add_argument("--lindera-unidic", default=os.path.join(here, "unidic-build/out"),
                    help="the lindera UniDic 3.1.1 dictionary built by lindera-tool build")
    ap.add_argument("--unidic-nouns", default=os.path.join(here, "supplement/unidic-nouns-7000.dic"),
                    help="MeCab user dictionary of UniDic nouns missing from IPADIC (supplement/make_supplement.py)")
    ap.add_argument("--sudachi-rs", default=os.path.join(here, "sudachi-rs-test/target/release/sudachi-rs-test"))
    ap.add_argument("--sudachi-res", default=os.path.join(here, "sudachi-rs-test/resources-sudachi"))
    ap.add_argument("--score-file", help="only score this prediction file (one line per item)")
    a = ap.parse_args()

    items = read_tsv(a.tsv, a.words)
    texts = [t for t, _ in items]
    if a.score_file:
        with open(a.score_file, encoding="utf-8") as f:
            preds = f.read().split("\n")[: len(items)]
        ex, n, dist, tot = score(items, preds)
        print(f"sentences {n}: sentence accuracy {100 * ex / n:.1f} %, "
              f"character accuracy {100 * (1 - dist / max(tot, 1)):.2f} % ({ex} exact, {dist}/{tot})")
        return

    names = a.only.split(",") if a.only else list(ANALYSERS)
    results = {}
    unit = "words" if a.words else "sentences"
    print(f"# {a.tsv}: {len(items)} {unit}")
    print(f"{'analyser':16} {unit[:-1] + ' %':>10} {'char %':>8}  exact/total  edits/gold chars")
    for name in names:
        preds = ANALYSERS[name](texts, a)
        if preds is None:
            print(f"{name:16} (not available)")
            continue
        results[name] = preds
        ex, n, dist, tot = score(items, preds)
        print(f"{name:16} {100 * ex / n:10.1f} {100 * (1 - dist / max(tot, 1)):8.2f}  {ex:>5}/{n:<5}  {dist}/{tot}")
        if a.dump:
            os.makedirs(a.dump, exist_ok=True)
            with open(os.path.join(a.dump, name + ".txt"), "w", encoding="utf-8") as f:
                f.write("\n".join(preds) + "\n")
    if a.show:
        for name, preds in results.items():
            print(f"\n## {name}: wrong lines")
            for (text, gold), p in zip(items, preds):
                if normalise(gold) != normalise(p):
                    print(f"{text}\n  gold: {gold}\n  {name}: {p}")
    if a.yomeru_errors and "yomeru" in results:
        others = [n for n in results if n != "yomeru"]
        fixed = {n: 0 for n in others}
        errors = 0
        print("\n## yomeru's wrong lines (✓ = that analyser reads every gold character "
              "yomeru gets wrong, by minimal alignment; = exact line)")
        for i, ((text, gold), yp) in enumerate(zip(items, results["yomeru"])):
            g = normalise(gold)
            if g == normalise(yp):
                continue
            errors += 1
            bad = [k for k, ok in enumerate(alignment_ok(g, normalise(yp))) if not ok]
            print(f"\n[{i + 1}] {text}\n  gold          : {gold}\n  yomeru        : {yp}")
            for n in others:
                p = results[n][i]
                okn = alignment_ok(g, normalise(p))
                good = all(okn[k] for k in bad)
                fixed[n] += good
                mark = "=" if g == normalise(p) else ("✓" if good else " ")
                print(f"  {n:14}{mark}: {p}")
        print(f"\n# yomeru wrong on {errors} {unit}; would have been right at yomeru's error spots:")
        for n in others:
            print(f"#   {n:16} {fixed[n]}/{errors}")


if __name__ == "__main__":
    main()
