#!/usr/bin/env python3
"""bench/compare.py - do tenor and the Python reference count the same?

    bench/compare.py [--tolerance PCT] [--label NAME] TENOR.jsonl REFERENCE.jsonl

Both files hold one JSON line per document (`tenor score` output, bench/reference.py
output). Prints, per category, the totals of hits, weight and negated of both and their
relative difference, and the share of documents on which all categories agree exactly.
Exits 1 when a total differs by more than the tolerance (default 2%), or when the files
do not hold the same documents. Standard library only.
"""

import argparse
import json
import sys


def load(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if "error" in d:
                docs.append((d.get("line"), None, None))
                continue
            cats = {c: (v["hits"], v["weight"], v["negated"]) for c, v in d["categories"].items()}
            docs.append((d.get("id"), d.get("tokens"), cats))
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tolerance", type=float, default=2.0, help="percent (default 2)")
    ap.add_argument("--label", default="")
    ap.add_argument("--diff", type=int, default=0, help="print the first N differing documents")
    ap.add_argument("tenor")
    ap.add_argument("reference")
    a = ap.parse_args()
    t, r = load(a.tenor), load(a.reference)
    if len(t) != len(r):
        print("compare: %d documents from tenor, %d from the reference" % (len(t), len(r)))
        return 1
    cats = sorted({c for _, _, cs in t + r if cs for c in cs})
    tot = {side: {c: [0, 0.0, 0] for c in cats} for side in ("t", "r")}
    tokens = {"t": 0, "r": 0}
    same = bad = 0
    shown = 0
    for (tid, ttok, tc), (rid, rtok, rc) in zip(t, r):
        if tc is None or rc is None or str(tid) != str(rid):
            bad += 1
            continue
        tokens["t"] += ttok
        tokens["r"] += rtok
        for side, cs in (("t", tc), ("r", rc)):
            for c, v in cs.items():
                for k in range(3):
                    tot[side][c][k] += v[k]
        if tc == rc and ttok == rtok:
            same += 1
        elif shown < a.diff:
            shown += 1
            print("  differs: %s tokens %s/%s %s / %s" % (tid, ttok, rtok, tc, rc))
    n = len(t)
    worst = 0.0
    print("agreement%s: %d documents, %.2f%% identical in every category; tokens %d / %d"
          % (" (" + a.label + ")" if a.label else "", n, 100.0 * same / max(n, 1),
             tokens["t"], tokens["r"]))
    print("  %-12s %-8s %12s %12s %8s" % ("category", "field", "tenor", "reference", "diff"))
    for c in cats:
        for k, field in enumerate(("hits", "weight", "negated")):
            x, y = tot["t"][c][k], tot["r"][c][k]
            d = 0.0 if x == y else 100.0 * abs(x - y) / max(abs(x), abs(y))
            worst = max(worst, d)
            print("  %-12s %-8s %12s %12s %7.2f%%" % (c, field, "%g" % x, "%g" % y, d))
    if bad:
        print("compare: %d documents unreadable or out of step" % bad)
        return 1
    if worst > a.tolerance:
        print("compare: FAIL: totals differ by up to %.2f%% (tolerance %.1f%%)" % (worst, a.tolerance))
        return 1
    print("  largest difference %.2f%% (tolerance %.1f%%): ok" % (worst, a.tolerance))
    return 0


if __name__ == "__main__":
    sys.exit(main())
