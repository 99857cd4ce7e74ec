#!/usr/bin/env python3
"""Session 15 precision sample: fresh tune-half inputs, and a draw that leaves out judged items.

  discrepancies_s15.py inputs OUTDIR
      OUTDIR/ecb.jsonl: every article of the ECB+ dev tune-half topics (labelled findings
      events included, so that the engine may put several events of a topic in one story);
      OUTDIR/inc.jsonl: every article of the incidents dev tune-half incidents, single-article
      incidents included (as a news stream holds them), in file order.
  corroborate analyze --db :memory: --format json --no-progress OUTDIR/X.jsonl > OUTDIR/X.json
  discrepancies_s15.py draw OUTDIR N
      pools every discrepancy of both reports, drops every report that has two sides (value and
      article) already judged in an earlier file (testdata/findings/judged-discrepancies-*.tsv),
      and prints a random sample of N of the rest, random.Random(15).
Paths are relative to the repository root (../shared/data beside it)."""
import glob, itertools, json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from discrepancies_s14 import DATA, half, topic, lines, gold_stories  # noqa: E402


def inputs(out):
    keep = ("id", "url", "published", "title", "text")
    with open(os.path.join(out, "ecb.jsonl"), "w") as f:
        for r in lines(f"{DATA}/ecbplus/dev.jsonl"):
            if half(topic(r["story"])) == "tune":
                f.write(json.dumps({k: r[k] for k in keep if k in r}) + "\n")
    with open(os.path.join(out, "inc.jsonl"), "w") as f:
        for r in lines(f"{DATA}/incidents/dev.jsonl"):
            if half(r["story"]) == "tune":
                f.write(json.dumps({k: r[k] for k in keep if k in r}) + "\n")


SIDE = re.compile(r"(.*?)\s*\[([^\]]*)\]")


def judged_pairs():
    """(value, doc) pairs of two sides of every earlier judged report."""
    seen = set()
    for p in glob.glob("testdata/findings/judged-discrepancies-*.tsv"):
        if "s15" in p:
            continue
        for ln in open(p):
            if ln.startswith("#"):
                continue
            for col in ln.split("\t"):
                if "[" not in col or "|" not in col:
                    continue
                sides = []
                for part in col.split(" | "):
                    m = SIDE.match(part.strip())
                    if m:
                        sides.append({(v.strip().lower(), d[:10]) for v in m.group(1).split(" / ")
                                      for d in m.group(2).split()})
                for a, b in itertools.combinations(sides, 2):
                    for x in a:
                        for y in b:
                            seen.add(frozenset((x, y)))
    return seen


def draw(out, n):
    gold = gold_stories()
    seen = judged_pairs()
    pool, old = [], 0
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
                pairs = set()
                for a, b in itertools.combinations(sides, 2):
                    for va in a["value"].split(" / "):
                        for vb in b["value"].split(" / "):
                            for da in a["docs"]:
                                for db in b["docs"]:
                                    pairs.add(frozenset(((va.strip().lower(), da[:10]), (vb.strip().lower(), db[:10]))))
                if pairs & seen:
                    old += 1
                    continue
                pool.append({"set": name, "kind": d["kind"], "about": d["about"], "sides": sides})
    print(len(pool), "fresh reports in the pool;", old, "left out as judged before", file=sys.stderr)
    for i, d in enumerate(random.Random(15).sample(pool, min(n, len(pool))), 1):
        d["n"] = i
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "inputs":
        inputs(sys.argv[2])
    else:
        draw(sys.argv[2], int(sys.argv[3]))
