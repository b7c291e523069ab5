#!/usr/bin/env python3
"""Writes pictograms/cldr-words.tsv: the Unicode CLDR emoji annotations
(Japanese and English names and keywords) of every OpenMoji file that
catalogue.tsv uses.

Run from the repository root, with the npm packages installed OUTSIDE the
repository (nothing is downloaded at build or run time):

    mkdir -p /tmp/picto-npm && cd /tmp/picto-npm && npm init -y && \
      npm install openmoji@17.0.0 cldr-annotations-full@48.2.0 \
        cldr-annotations-derived-full@48.2.0
    python3 pictograms/tools/cldr-words.py /tmp/picto-npm/node_modules
"""
import json
import sys

nm = sys.argv[1].rstrip('/') + '/'
emoji = {e['hexcode']: e['emoji'] for e in json.load(open(nm + 'openmoji/data/openmoji.json'))}


def load(lang):
    a = json.load(open(nm + f'cldr-annotations-full/annotations/{lang}/annotations.json'))
    b = json.load(open(nm + f'cldr-annotations-derived-full/annotationsDerived/{lang}/annotations.json'))
    return a['annotations']['annotations'], b['annotationsDerived']['annotations']


def words(tables, em):
    for t in tables:
        for k in (em, em.replace('\ufe0f', '')):
            if k in t:
                out = []
                for w in t[k].get('tts', []) + t[k].get('default', []):
                    w = w.strip()
                    if w and w not in out and ',' not in w and '\t' not in w:
                        out.append(w)
                return out
    return []


ja, en = load('ja'), load('en')
rows = [l.split('\t') for l in open('pictograms/catalogue.tsv', encoding='utf-8')
        if l.strip() and not l.startswith('#') and not l.startswith('id\t')]
files = sorted({r[1] for r in rows})
with open('pictograms/cldr-words.tsv', 'w', encoding='utf-8') as f:
    f.write(open('pictograms/tools/cldr-words.header', encoding='utf-8').read())
    f.write('file\tja\ten\n')
    for fn in files:
        em = emoji.get(fn)
        if not em:
            continue
        j, g = words(ja, em), words(en, em)
        if j or g:
            f.write(f"{fn}\t{','.join(j)}\t{','.join(g)}\n")
