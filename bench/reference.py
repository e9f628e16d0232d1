#!/usr/bin/env python3
r"""bench/reference.py - `tenor score` as an analyst would write it in Python.

    bench/reference.py [--lexicons DIR] [--lang L] [FILE...]  <  docs.jsonl  >  scores.jsonl

Reads JSON lines with the fields `text`, `lang` (and `id`) and writes one JSON line per
document: id, lang, tokens and, per category, hits, weight and negated - the fields of
`tenor score`. It is the benchmark's baseline: the same job with the standard library
(unicodedata, json, functools.lru_cache) and Debian's python3-nltk: its Snowball stemmer
and python3-regex, which it depends on (for \p{L}, which `re` lacks). It reads the same
lexicons (lexicons/<lang>/*.txt, parsed here) and applies the rules of
docs/lexicon-format.md:

- tokens: a letter or digit followed by letters, digits and marks; inner hyphens and
  apostrophes join (src/tokenize.c); clause boundaries are . , ; : ! ? ( ) [ ] { } line
  breaks, a dash between spaces, - -, ..., and the ideographic/full-width stops;
- normalization: typographic apostrophes and dashes unified, default-ignorables dropped,
  case folding, NFC;
- a word entry matches by Snowball stem (nltk, memoized with lru_cache), `word*` by prefix
  of the normalized form, `*word` by the stem ending with the entry's stem, `!...`
  exceptions for single-word entries of their category, phrases over consecutive tokens
  within a clause, `/regex/` over the normalized text, `= weight`;
- a hyphenated token matches as a whole or joined without its hyphens (one word for the
  choice of the best entry) or, when neither matches anything in a category, by its last
  part; a hyphenated word entry also matches its closed form;
- within a category overlapping matches count once, the longest (in UTF-8 bytes) wins, then
  phrase > word > compound head > prefix > regex, then the earlier lexicon line; an exception
  of several words (`!blood pressure`) claims its words like a phrase and counts for nothing;
- a match is negated when a negator of negators.txt stands at most @window tokens before
  its first token with no clause boundary or contrast word in between.

Known differences from tenor (see docs/performance.md): no language detection (a document
without `lang` is scored as --lang, default en), no regex match/depth limits, the regex
module instead of PCRE2 for the lexicon's regexes (its \w also takes marks), and no UTF-8
validation (json does that).
"""

import argparse
import bisect
import functools
import json
import os
import re
import sys
import unicodedata

try:
    import regex  # python3-regex, a dependency of python3-nltk
    from nltk.stem.snowball import SnowballStemmer
except ImportError:  # a pyenv python3 without nltk: use Debian's, which has python3-nltk
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and \
            os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.exit("reference.py: nltk is missing: apt-get install python3-nltk")

# ---- text -------------------------------------------------------------------------------

WORD = r"[\p{L}\p{N}][\p{L}\p{N}\p{M}]*"
JOIN = r"['\u2019\u02BC\u2018\-\u2010\u2011\u00AD]"
TOKEN = regex.compile(WORD + "(?:" + JOIN + WORD + ")*")
BOUNDARY = re.compile(r"[.,;:!?()\[\]{}\n\r\u2013\u2014\u2026\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f]"
                      r"|[ \t]-[ \t]")

# What people type for the same apostrophe or hyphen, and the default-ignorable code points
# that normalization drops (soft hyphen, zero-width space and joiners, BOM, ...).
UNIFY = {c: "'" for c in (0x2019, 0x2018, 0x02BC, 0x00B4, 0x0060, 0x2032)}
UNIFY.update({c: "-" for c in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xFE63, 0xFF0D)})
for _c in [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFEFF, 0xFFA0] + \
        list(range(0x180B, 0x1810)) + list(range(0x200B, 0x2010)) + list(range(0x202A, 0x202F)) + \
        list(range(0x2060, 0x2070)) + list(range(0xFE00, 0xFE10)) + list(range(0xFFF0, 0xFFF9)):
    UNIFY[_c] = None


def normalize(s):
    if s.isascii():
        return s.lower().replace("`", "'")
    return unicodedata.normalize("NFC", s.translate(UNIFY).casefold())


# ---- lexicon ----------------------------------------------------------------------------

STEM, PREFIX, SUFFIX = 0, 1, 2
# entry kinds
WORDK, PREFIXK, COMPOUNDK, PHRASEK, REGEXK, EXCEPTIONK, NEGATORK, CONTRASTK = range(8)
# within a category: phrase, word, compound head, prefix, regex (the order of match.c)
CLAIM_RANK = {PHRASEK: 0, WORDK: 1, COMPOUNDK: 2, PREFIXK: 3, REGEXK: 4, EXCEPTIONK: 4}
# the best single-word entry of a category for one token (memo.c)
HIT_RANK = {WORDK: 0, COMPOUNDK: 1, PREFIXK: 2}


class Entry:
    __slots__ = ("id", "lang", "category", "kind", "weight", "npat", "first_pat", "regex",
                 "source")


class Lang:
    def __init__(self, code):
        self.code = code
        self.window = 3
        self.stemmer_name = None
        self.stem = None
        self.index = ({}, {}, {})  # kind -> text -> [pattern ids]
        self.regexes = []          # entry ids
        self.word_info = None


SNOWBALL = {"de": "german", "en": "english", "fr": "french", "es": "spanish", "it": "italian",
            "nl": "dutch", "pt": "portuguese", "sv": "swedish", "da": "danish",
            "no": "norwegian", "fi": "finnish", "ru": "russian", "hu": "hungarian",
            "ro": "romanian", "ar": "arabic"}


def split_weight(s):
    """'entry = 2' -> ('entry', 2.0)."""
    i = s.rfind("=")
    if i < 0:
        return s, 1.0
    return s[:i].rstrip(), float(s[i + 1:].strip())


def regex_end(s):
    """The closing slash of a regex line: the last one that only blanks, a weight or a
    comment follow (lexicon.c)."""
    for i in range(len(s) - 1, 0, -1):
        if s[i] != "/":
            continue
        rest = s[i + 1:].lstrip()
        if rest.startswith("="):
            rest = rest[1:].lstrip(" \t0123456789.eE-+")
        if rest == "" or rest.startswith("#"):
            return i
    raise ValueError("a regex must end with '/'")


class Lexicon:
    def __init__(self, root):
        self.cats = []
        self.entries = []
        self.pats = []    # (entry id, position, kind, text)
        self.langs = {}
        for code in sorted(os.listdir(root)):
            d = os.path.join(root, code)
            if code.startswith(".") or not os.path.isdir(d):
                continue
            lang = self.langs[code] = Lang(code)
            for name in sorted(os.listdir(d)):
                if name.startswith(".") or not name.endswith(".txt") or name == "function-words.txt":
                    continue
                self.load(lang, os.path.join(d, name), name)
        for lang in self.langs.values():
            self.freeze(lang)

    def load(self, lang, path, name):
        with open(path, encoding="utf-8-sig") as f:
            lines = f.read().splitlines()
        negators = name == "negators.txt"
        cat = None
        if not negators:
            c = name[:-4]
            if c not in self.cats:
                self.cats.append(c)
            cat = self.cats.index(c)
        contrast = False
        for lineno, line in enumerate(lines, 1):
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            src = "%s:%d" % (path, lineno)
            if s.startswith("/") and not negators:
                close = regex_end(s)
                rest = s[close + 1:].split("#", 1)[0].strip()
                weight = float(rest[1:]) if rest.startswith("=") else 1.0
                e = self.entry(lang, cat, REGEXK, weight, src)
                e.regex = regex.compile(s[1:close], regex.IGNORECASE)
                lang.regexes.append(e.id)
                continue
            s = re.split(r"\s#", s, maxsplit=1)[0].strip()
            if negators:
                if s == "[contrast]":
                    contrast = True
                elif s == "[negators]":
                    contrast = False
                elif s.startswith("@window"):
                    lang.window = int(s.split()[1])
                elif s.startswith("@stemmer"):
                    lang.stemmer_name = s.split()[1]
                else:
                    self.entry(lang, -1, CONTRASTK if contrast else NEGATORK, 1.0, src, s)
                continue
            s, weight = split_weight(s)
            kind = WORDK
            if s.startswith("!"):
                kind, s = EXCEPTIONK, s[1:]
            self.entry(lang, cat, kind, weight, src, s)

    def entry(self, lang, cat, kind, weight, src, text=None):
        e = Entry()
        e.id, e.lang, e.category, e.kind, e.weight, e.source = \
            len(self.entries), lang.code, cat, kind, weight, src
        e.first_pat, e.npat, e.regex = len(self.pats), 0, None
        self.entries.append(e)
        if text is None:
            return e
        for pos, w in enumerate(text.split()):
            pk = STEM
            if len(w) > 1 and w.endswith("*"):
                pk, w = PREFIX, w[:-1]
            elif len(w) > 1 and w.startswith("*"):
                pk, w = SUFFIX, w[1:]
            self.pats.append((e.id, pos, pk, w))
            e.npat += 1
        if e.npat > 1 and kind == WORDK:
            e.kind = PHRASEK
        elif kind == WORDK:
            e.kind = {STEM: WORDK, PREFIX: PREFIXK, SUFFIX: COMPOUNDK}[self.pats[e.first_pat][2]]
        return e

    def freeze(self, lang):
        stemmer = SnowballStemmer(lang.stemmer_name or SNOWBALL.get(lang.code, lang.code))
        lang.stem = functools.lru_cache(maxsize=1 << 20)(stemmer.stem)
        for pid, (eid, pos, pk, w) in enumerate(self.pats):
            if self.entries[eid].lang != lang.code:
                continue
            norm = normalize(w)
            form = norm if pk == PREFIX else lang.stem(norm)
            self.pats[pid] = (eid, pos, pk, form)
            lang.index[pk].setdefault(form, []).append(pid)
            if pk == STEM and "-" in norm:
                # a hyphenated word also by its closed form: Stack-Ranking, Stackranking
                lang.index[pk].setdefault(lang.stem(norm.replace("-", "")), []).append(pid)
        lens = [[len(k) for k in ix] or [0] for ix in lang.index]
        lang.prefix_lens = range(min(lens[PREFIX]) or 1, max(lens[PREFIX]) + 1)
        lang.suffix_lens = range(min(lens[SUFFIX]) or 1, max(lens[SUFFIX]) + 1)
        lang.word_info = functools.lru_cache(maxsize=1 << 20)(
            functools.partial(self.word_info, lang))

    # -- one distinct word: what it matches (memoized per language) --

    def lookup(self, lang, norm):
        stem = lang.stem(norm)
        stems, prefixes, suffixes = lang.index
        ids = list(stems.get(stem, ()))
        for k in lang.prefix_lens:
            if k > len(norm):
                break
            ids += prefixes.get(norm[:k], ())
        for k in lang.suffix_lens:
            if k > len(stem):
                break
            ids += suffixes.get(stem[-k:], ())
        return ids

    def word_info(self, lang, token):
        """(flags, hits, phrase patterns) of a token: flags 1 negator, 2 contrast; hits the
        best single-word entry of each category; the phrase patterns it can stand in."""
        norm = normalize(token)
        whole = self.lookup(lang, norm)
        joined, last = [], []
        dash = norm.rfind("-")
        if 1 <= dash < len(norm) - 1:
            joined = self.lookup(lang, norm.replace("-", ""))
            last = self.lookup(lang, norm[dash + 1:])
        entries, pats = self.entries, self.pats
        flags = 0
        for pid in whole:
            k = entries[pats[pid][0]].kind
            flags |= 1 if k == NEGATORK else 2 if k == CONTRASTK else 0
        cats, excepted, phrase = {}, set(), set()
        for pid in whole + joined + last:
            e = entries[pats[pid][0]]
            if e.npat > 1:  # a phrase, or an exception of several words
                phrase.add(pid)
            elif e.kind == EXCEPTIONK:
                excepted.add(e.category)
            elif e.category >= 0:
                cats[e.category] = True
        hits = []
        for cat in cats:
            if cat in excepted:
                continue
            for part in (whole + joined, last):
                best = [entries[pats[p][0]] for p in part]
                best = [e for e in best if e.category == cat and e.npat == 1
                        and e.kind != EXCEPTIONK]
                if best:
                    hits.append(min(best, key=lambda e: (HIT_RANK[e.kind], e.id)))
                    break
        return flags, hits, frozenset(phrase)


# ---- one document -----------------------------------------------------------------------

def byte_len(s):
    return len(s) if s.isascii() else len(s.encode("utf-8"))


def norm_map(text):
    """The normalized text char by char, with the original offset of each char."""
    out, starts = [], []
    n = 0
    for c in text:
        piece = normalize(c)
        out.append(piece)
        starts.append(n)
        n += len(piece)
    return "".join(out), starts


def score(lx, lang, text):
    entries, pats = lx.entries, lx.pats
    spans, infos, bound = [], [], []
    prev = 0
    word_info = lang.word_info
    for m in TOKEN.finditer(text):
        s, e = m.span()
        bound.append(bool(spans) and BOUNDARY.search(text, prev, s) is not None)
        spans.append((s, e))
        infos.append(word_info(m.group()))
        prev = e
    ntok = len(spans)

    cands = []  # (category, entry, start, end, token)
    for t in range(ntok):
        flags, hits, phrase = infos[t]
        s, e = spans[t]
        for en in hits:
            cands.append((en.category, en, s, e, t))
        for pid in phrase:
            eid, pos = pats[pid][0], pats[pid][1]
            en = entries[eid]
            if pos != 0 or t + en.npat > ntok or en.category < 0:
                continue
            for k in range(1, en.npat):
                if bound[t + k] or en.first_pat + k not in infos[t + k][2]:
                    break
            else:
                cands.append((en.category, en, s, spans[t + en.npat - 1][1], t))

    if lang.regexes:
        norm, starts, ends = normalize(text), None, None
        for eid in lang.regexes:
            en = entries[eid]
            found = [m.span() for m in en.regex.finditer(norm) if m.end() > m.start()]
            if not found:
                continue
            if starts is None and not text.isascii():
                # Offsets in the normalized text must map back to the original: normalize
                # char by char, with the offset of each char (only for texts that match).
                norm, starts = norm_map(text)
                found = [m.span() for m in en.regex.finditer(norm) if m.end() > m.start()]
            if ends is None:
                ends = [sp[1] for sp in spans]
            for s, e in found:
                if starts is not None:
                    s = bisect.bisect_right(starts, s) - 1
                    e = bisect.bisect_left(starts, e)
                cands.append((en.category, en, s, e, bisect.bisect_right(ends, s)))

    # negation reach per token
    negated = [False] * (ntok + 1)
    have, last = False, 0
    for t in range(ntok):
        flags = infos[t][0]
        if bound[t] or flags & 2:
            have = False
        negated[t] = have and t - last <= lang.window
        if flags & 1:
            last, have = t, True

    ncat = len(lx.cats)
    hits, weight, neg = [0] * ncat, [0.0] * ncat, [0] * ncat
    if cands:
        cands.sort(key=lambda c: (c[0], -byte_len(text[c[2]:c[3]]), CLAIM_RANK[c[1].kind],
                                  c[1].id, c[2]))
        taken = {}
        for cat, en, s, e, t in cands:
            spans_taken = taken.setdefault(cat, [])
            if any(s < te and ts < e for ts, te in spans_taken):
                continue
            spans_taken.append((s, e))
            if en.kind == EXCEPTIONK:  # claims its words, counts for nothing
                continue
            if negated[t]:
                neg[cat] += 1
            else:
                hits[cat] += 1
                weight[cat] += en.weight
    return ntok, hits, weight, neg


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lexicons", default=os.path.join(os.path.dirname(__file__), "..", "lexicons"))
    ap.add_argument("--lang", default="en", help="language of documents without a lang field")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    lx = Lexicon(args.lexicons)
    out = sys.stdout
    write = out.write
    cats = lx.cats
    for path in args.files or ["-"]:
        f = sys.stdin if path == "-" else open(path, encoding="utf-8")
        for line in f:
            if not line.strip():
                continue
            doc = json.loads(line)
            code = doc.get("lang") or args.lang
            ntok, hits, weight, neg = score(lx, lx.langs[code], doc.get("text", ""))
            write(json.dumps({
                "id": doc.get("id"), "lang": code, "tokens": ntok,
                "categories": {c: {"hits": hits[i], "weight": weight[i], "negated": neg[i]}
                               for i, c in enumerate(cats)}}, ensure_ascii=False))
            write("\n")
        if f is not sys.stdin:
            f.close()


if __name__ == "__main__":
    main()
