#!/usr/bin/env python3
"""Session 14 precision sample: write the two fresh tune-half inputs, or draw the judged sample.

  discrepancies_s14.py inputs OUTDIR
      OUTDIR/ecb.jsonl: every article of the ECB+ dev tune-half topics whose event is not a
      labelled findings event (kit labelled-events.jsonl + gold-more-events.jsonl);
      OUTDIR/inc.jsonl: every article of the incidents dev tune-half incidents with 2+ articles.
      Both stripped to id, url, published (incidents only), title, text, in file order.
  corroborate analyze --db :memory: --format json --no-progress OUTDIR/ecb.jsonl > OUTDIR/ecb.json
  corroborate analyze --db :memory: --format json --no-progress OUTDIR/inc.jsonl > OUTDIR/inc.json
  discrepancies_s14.py draw OUTDIR N
      pools every discrepancy of both reports (one line each: set, story, kind, about, sides)
      and prints a random sample of N of them, random.Random(14).
Paths are relative to the repository root (../shared/data beside it)."""
import json, os, random, sys

DATA = "../shared/data"
SALT = "corroborate-split:"


def half(group):
    h = 0x811C9DC5
    for b in (SALT + group).encode():
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return "holdout" if h % 2 == 1 else "tune"


def topic(s):
    s = s.split("_")[0]
    return s.rstrip("abcdefghijklmnopqrstuvwxyz")


def lines(p):
    with open(p) as f:
        return [json.loads(l) for l in f if l.strip()]


def inputs(out):
    labelled = set()
    for p in (f"{DATA}/findings-dev/labelled-events.jsonl", "testdata/findings/gold-more-events.jsonl"):
        labelled |= {r["story"] for r in lines(p)}
    keep = ("id", "url", "published", "title", "text")
    with open(os.path.join(out, "ecb.jsonl"), "w") as f:
        for r in lines(f"{DATA}/ecbplus/dev.jsonl"):
            if half(topic(r["story"])) == "tune" and r["story"] not in labelled:
                f.write(json.dumps({k: r[k] for k in keep if k in r}) + "\n")
    inc = lines(f"{DATA}/incidents/dev.jsonl")
    n = {}
    for r in inc:
        n[r["story"]] = n.get(r["story"], 0) + 1
    with open(os.path.join(out, "inc.jsonl"), "w") as f:
        for r in inc:
            if half(r["story"]) == "tune" and n[r["story"]] >= 2:
                f.write(json.dumps({k: r[k] for k in keep if k in r}) + "\n")


def gold_stories():
    g = {}
    for p in (f"{DATA}/ecbplus/dev.jsonl", f"{DATA}/incidents/dev.jsonl"):
        for r in lines(p):
            g[r["url"]] = g[r["id"]] = r["story"]
    return g


def draw(out, n):
    gold = gold_stories()
    pool = []
    for name in ("ecb", "inc"):
        rep = json.load(open(os.path.join(out, name + ".json")))
        src = {a["id"]: a["source"] for a in rep["articles"]}
        for st in rep["stories"]:
            for d in st.get("discrepancies") or []:
                sides = []
                for v in d["values"]:
                    docs = [src[a].split(":", 1)[-1] for a in v["articles"]]
                    sides.append({"value": v["value"], "docs": docs,
                                  "stories": sorted({gold[src[a]] for a in v["articles"]}),
                                  "sentences": v.get("sentences") or []})
                pool.append({"set": name, "kind": d["kind"], "about": d["about"], "sides": sides})
    print(len(pool), "reports in the pool", file=sys.stderr)
    for i, d in enumerate(random.Random(14).sample(pool, min(n, len(pool))), 1):
        d["n"] = i
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "inputs":
        inputs(sys.argv[2])
    else:
        draw(sys.argv[2], int(sys.argv[3]))
