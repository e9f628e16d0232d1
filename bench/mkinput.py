#!/usr/bin/env python3
"""bench/mkinput.py - the benchmark's inputs as JSON lines (id, text, lang).

    bench/mkinput.py corpus DIR OUT.jsonl      # a corpus/generate.py output directory:
                                               # pulse-de.csv (CP1252, ';') and
                                               # pulse-en.jsonl, interleaved as they are dated
    bench/mkinput.py germeval TSV... OUT.jsonl # GermEval 2017: column 9 is the text, German
    bench/mkinput.py subset IN.jsonl OUT.jsonl MB   # every k-th line, about MB megabytes

Standard library only.
"""

import csv
import json
import os
import sys


def line(doc_id, text, lang):
    return json.dumps({"id": doc_id, "text": text, "lang": lang}, ensure_ascii=False) + "\n"


def corpus(d, out):
    # Both files are written survey day by survey day: merge them by date so that the
    # stream mixes the languages as an export of both would.
    def de():
        with open(os.path.join(d, "pulse-de.csv"), encoding="cp1252", newline="") as f:
            for r in csv.DictReader(f, delimiter=";"):
                dd = r["Datum"]
                key = dd[6:10] + "-" + dd[3:5] + "-" + dd[0:2] if dd else "9999"
                yield key, line(r["ID"], r["Kommentar"], "de")

    def en():
        with open(os.path.join(d, "pulse-en.jsonl"), encoding="utf-8") as f:
            for ln in f:
                r = json.loads(ln)
                yield r.get("date") or "9999", line(r["id"], r["text"], "en")

    import heapq
    with open(out, "w", encoding="utf-8") as o:
        for _, ln in heapq.merge(de(), en(), key=lambda x: x[0]):
            o.write(ln)


def germeval(paths, out):
    csv.field_size_limit(1 << 30)
    with open(out, "w", encoding="utf-8") as o:
        for p in paths:
            with open(p, encoding="utf-8", newline="") as f:
                r = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                next(r)
                for i, row in enumerate(r, 2):
                    if len(row) >= 9 and row[8].strip():
                        o.write(line("%s:%d" % (os.path.basename(p), i), row[8], "de"))


def subset(src, out, mb):
    size = os.path.getsize(src)
    k = max(1, round(size / (mb * 1e6)))
    with open(src, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for i, ln in enumerate(f):
            if i % k == 0:
                o.write(ln)


def main(argv):
    if len(argv) >= 3 and argv[0] == "corpus":
        corpus(argv[1], argv[2])
    elif len(argv) >= 3 and argv[0] == "germeval":
        germeval(argv[1:-1], argv[-1])
    elif len(argv) == 4 and argv[0] == "subset":
        subset(argv[1], argv[2], float(argv[3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
