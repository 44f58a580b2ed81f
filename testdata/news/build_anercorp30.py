#!/usr/bin/env python3
"""Builds anercorp30.gold.jsonl: 30 whole news articles rebuilt from the ANERcorp test part, with hand-made gold.

usage: python3 build_anercorp30.py [--show] [--list]
  --list  prints every article of the test part (its sentence range, length, first words) and whether it is selected
  --show  prints every article with its marks inline, for checking by eye

Texts: ../ner/anercorp/ANERcorp_camelstyle_test.txt (CC BY-SA 4.0; see README.md). The sentences are joined back into
articles at the sentence indices in STARTS, and tokens are joined into running text by detok().
Gold: anercorp30.gold.py (readable: each mention is written as its exact text). Offsets are computed here:
code points, end exclusive. A mention is placed at the first occurrence that starts a word (only the proclitics
و ف ب ك ل may stand before it in the same word), ends a word, and overlaps no mention or ignore span placed before
it; 'pre' (a left context) places it right after that context instead. The script stops on any mention it cannot
place, and warns about occurrences of a marked name that are neither marked nor ignored."""
import collections, json, os, re, runpy, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '..', 'ner', 'anercorp', 'ANERcorp_camelstyle_test.txt')

# First sentence (0-based, blank-line separated) of every article of the test part, found by reading it.
STARTS = [0, 6, 33, 42, 60, 75, 88, 108, 125, 130, 148, 159, 189, 214, 222, 234, 236, 240, 244, 259, 271, 279,
          299, 308, 321, 338, 342, 350, 361, 379, 387, 402, 414, 437, 450, 460, 468, 485, 496, 511, 525, 543, 548,
          554, 564, 570, 586, 592, 599, 604, 612, 623, 651, 663, 674, 679, 692, 701, 703, 725, 736, 760, 767, 780,
          793, 820, 827, 838, 859, 877, 881, 885, 904, 909]
# Articles that are not news reports: an opinion piece, a book review, a press review, result tables (rally,
# tennis), an interview, a list of famous goals, and three encyclopedia entries.
NOT_NEWS = {6, 33, 42, 159, 189, 321, 468, 793, 904, 909}
MIN_LEN, MAX_LEN = 300, 1400

# ---------------------------------------------------------------- rebuilding the articles
LETTER1 = re.compile('^[\u0621-\u064A]$')
ATTACH_LEFT = set('.,،:;؛!?؟)]}»%')
ATTACH_RIGHT = set('([{«')

def read_sentences(path=CORPUS):
    sents, cur = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                if cur: sents.append(cur); cur = []
                continue
            cur.append(line.rsplit(' ', 1)[0])
    if cur: sents.append(cur)
    return sents

def article_tokens(sents):
    """Concatenates sentences, undoing two cuts of the sentence splitter: a decimal point (7 . | 51 → 7.51) and
    abbreviations of single letters (ق . | ن . | أ → ق.ن.أ); two single quotes are a double quote."""
    toks = []
    for s in sents:
        s = list(s)
        if len(toks) >= 2 and toks[-1] == '.' and s:
            if toks[-2].isdigit() and s[0][:1].isdigit():
                toks.pop(); toks[-1] += '.' + s.pop(0)
            elif LETTER1.match(toks[-2].split('.')[-1]) and LETTER1.match(s[0]):
                toks.pop(); toks[-1] += '.' + s.pop(0)
                if s == ['.']: toks[-1] += '.'; s = []
        if toks and s and re.fullmatch('([\u0621-\u064A]\\.)+', toks[-1]) and LETTER1.match(s[0]):
            toks[-1] += s.pop(0)
        toks += s
    out = []
    for t in toks:
        if t == "'" and out and out[-1] == "'": out[-1] = '"'
        else: out.append(t)
    return out

def detok(toks):
    """Joins tokens into running text: punctuation sticks to its word, straight quotes alternate open/close, a
    proclitic cut from a number or a tatweel is joined again (و 27 → و27, ب ـ → بـ), and a pair of parentheses
    that the source wrote reversed ( ) X ( ) is turned round."""
    out, glue, quote, depth, reversed_open = '', True, False, 0, 0
    def put(t, space):
        nonlocal out
        out += (' ' if space and out else '') + t
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ''
        if t in ('و', 'ب', 'ل', 'ك', 'ف') and nxt[:1].isdigit():
            put(t, not glue); glue = True
        elif t == 'ـ' and out.endswith(('ب', 'ل', 'ك')):
            out += t; glue = True
        elif t == '"':
            if quote: out += t; glue = False
            else: put(t, not glue); glue = True
            quote = not quote
        elif t == ')' and depth == 0:
            put('(', not glue); glue = True; reversed_open += 1
        elif t == '(' and reversed_open:
            out += ')'; glue = False; reversed_open -= 1
        elif t in ATTACH_LEFT:
            if t == ')': depth -= 1
            out += t; glue = False
        else:
            if t == '(': depth += 1
            put(t, not glue); glue = t in ATTACH_RIGHT
        i += 1
    return out

def articles():
    sents = read_sentences()
    bounds = STARTS + [len(sents)]
    for k, first in enumerate(STARTS):
        last = bounds[k + 1] - 1
        yield first, last, detok(article_tokens(sents[first:last + 1]))

def doc_id(first, last):
    return f'anercorp-test:{first:03d}-{last:03d}'

def selected():
    return [(doc_id(a, z), t) for a, z, t in articles() if a not in NOT_NEWS and MIN_LEN <= len(t) <= MAX_LEN]

# ---------------------------------------------------------------- placing mentions
PROCLITICS = re.compile('^(و|ف)?(ب|ك|ل)?(ال)?ـ?$')
NAMES = ('organizations', 'persons', 'locations', 'hashtags')
VALUED = ('dates', 'durations', 'counts')

def is_letter(ch):
    return unicodedata.category(ch)[0] in 'LM'

def word_start_ok(text, i):
    if text[i].isdigit():   # the source sometimes glues a word to a number (في31 غشت, تبعد40 كلم)
        return i == 0 or not text[i - 1].isdigit()
    k = i
    while k > 0 and is_letter(text[k - 1]): k -= 1
    return PROCLITICS.match(text[k:i]) is not None

def word_end_ok(text, j):
    return j == len(text) or not is_letter(text[j]) or text[j - 1].isdigit()

def clash(i, j, spans):
    return any(i < b and a < j for a, b in spans)

class Fail(Exception):
    pass

def place(text, t, pre, taken):
    if not t or t != t.strip(): raise Fail(f'bad mention text {t!r}')
    if pre is not None:
        k = text.find(pre + t)
        if k < 0: raise Fail(f'not found: {pre + t!r}')
        if text.find(pre + t, k + 1) >= 0: raise Fail(f'pre is ambiguous: {pre + t!r}')
        i = k + len(pre); j = i + len(t)
        if clash(i, j, taken): raise Fail(f'overlaps a mention: {t!r}')
        if not (word_start_ok(text, i) and word_end_ok(text, j)): raise Fail(f'not a whole word: {t!r}')
        return i, j
    k = text.find(t)
    while k >= 0:
        j = k + len(t)
        if word_start_ok(text, k) and word_end_ok(text, j) and not clash(k, j, taken): return k, j
        k = text.find(t, k + 1)
    raise Fail(f'not found (free, whole word): {t!r}')

def as_name(m):
    if isinstance(m, str): return m, [], None
    if isinstance(m, tuple): return m[0], list(m[1]), None
    return m['t'], list(m.get('alt', [])), m.get('pre')

def as_valued(m):
    if isinstance(m, tuple): return m[0], m[1], list(m[2]) if len(m) > 2 else [], None
    return m['t'], m['v'], list(m.get('alt', [])), m.get('pre')

def build(spec, text):
    blocks, inner = [], []
    for m in spec.get('ignore', []):
        if isinstance(m, dict) and m.get('inner'): inner.append(m); continue
        t, _, pre = as_name(m)
        blocks.append(place(text, t, pre, blocks))
    taken, gold = [], {}
    for kind in NAMES + VALUED:
        items = []
        for m in spec.get(kind, []):
            if kind in NAMES:
                t, alt, pre = as_name(m)
            else:
                t, v, alt, pre = as_valued(m)
            i, j = place(text, t, pre, taken + blocks)
            taken.append((i, j))
            item = dict(text=t, start=i, end=j)
            if kind in NAMES:
                item['alt'] = alt
            else:
                item['value'] = v; item['alt_values'] = alt
            items.append(item)
        gold[kind] = sorted(items, key=lambda x: x['start'])
    ign = list(blocks)
    for m in inner:   # a span inside a mention (a place in an organization's name, or a second reading of it)
        t, pre = m['t'], m.get('pre')
        k = text.find((pre or '') + t)
        while k >= 0:
            i = k + len(pre or ''); j = i + len(t)
            if any(a <= i and j <= b for a, b in taken) and (i, j) not in ign: break
            k = -1 if pre else text.find(t, k + 1)
        if k < 0: raise Fail(f'inner ignore not inside a mention: {t!r}')
        ign.append((i, j))
    gold['ignore'] = [dict(start=a, end=b) for a, b in sorted(ign)]
    return gold

def unmarked(text, gold):
    """Occurrences of a marked name (as a whole word) that no mention or ignore span covers."""
    spans = [(x['start'], x['end']) for k in NAMES + VALUED for x in gold[k]] + \
            [(x['start'], x['end']) for x in gold['ignore']]
    warn = set()
    for kind in NAMES:
        for x in gold[kind]:
            t = x['text']; k = text.find(t)
            while k >= 0:
                j = k + len(t)
                k0 = k
                while k0 > 0 and is_letter(text[k0 - 1]): k0 -= 1
                if word_start_ok(text, k) and 'ال' not in text[k0:k] and word_end_ok(text, j) \
                        and not clash(k, j, spans):
                    warn.add((k, kind, t))
                k = text.find(t, k + 1)
    return sorted(warn)

def show(doc):
    text, g = doc['text'], doc['gold']
    marks = []
    for kind in NAMES + VALUED:
        for x in g[kind]:
            lab = kind[:3].upper()
            if kind in VALUED: lab += '=' + str(x['value']) + ('|' + '|'.join(map(str, x['alt_values'])) if x['alt_values'] else '')
            elif x['alt']: lab += '|' + '|'.join(x['alt'])
            marks.append((x['start'], x['end'], lab))
    for x in g['ignore']:
        marks.append((x['start'], x['end'], 'ign'))
    ev = sorted([(s, 1, -e, '⟦' + lab + ' ') for s, e, lab in marks] + [(e, 0, 0, '⟧') for s, e, lab in marks])
    out, k = [], 0
    for pos, _, _, tok in ev:
        out.append(text[k:pos]); out.append(tok); k = pos
    out.append(text[k:])
    print(f"\n######## {doc['id']}  {doc['date']}\n" + ''.join(out))

def main(argv):
    if '--list' in argv:
        chosen = {i for i, _ in selected()}
        for a, z, t in articles():
            print(f"{'*' if doc_id(a, z) in chosen else ' '} {doc_id(a, z)} {len(t):5d} {t[:70]}")
        return
    spec = runpy.run_path(os.path.join(HERE, 'anercorp30.gold.py'))['DOCS']
    texts = dict(selected())
    if [d['id'] for d in spec] != list(texts):
        sys.exit('anercorp30.gold.py must hold exactly the selected articles, in order:\n' + '\n'.join(texts))
    out, bad = [], False
    for d in spec:
        try:
            gold = build(d, texts[d['id']])
        except Fail as e:
            print(f"{d['id']}: {e}", file=sys.stderr); bad = True; continue
        doc = dict(id=d['id'], date=d['date'], text=texts[d['id']], gold=gold)
        for k, kind, t in unmarked(doc['text'], gold):
            print(f"{d['id']}: unmarked {kind} {t!r} at {k}", file=sys.stderr)
        out.append(doc)
    if bad: sys.exit(1)
    with open(os.path.join(HERE, 'anercorp30.gold.jsonl'), 'w', encoding='utf-8') as f:
        for doc in out: f.write(json.dumps(doc, ensure_ascii=False) + '\n')
    n = collections.Counter()
    for doc in out:
        for k, v in doc['gold'].items(): n[k] += len(v)
    print(f"{len(out)} articles, {sum(len(d['text']) for d in out)} characters -> anercorp30.gold.jsonl")
    print('  '.join(f'{k}={n[k]}' for k in NAMES + VALUED + ('ignore',)))
    if '--show' in argv:
        for doc in out: show(doc)

if __name__ == '__main__':
    main(sys.argv)
