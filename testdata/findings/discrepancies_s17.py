#!/usr/bin/env python3
"""Session 17 precision sample: fresh tune-half material that no earlier judged file covers, and a
draw of the discrepancies, agreed facts and omissions reported on it.

  discrepancies_s17.py inputs OUTDIR
      OUTDIR/pol.jsonl: every PolNeAR train article of the tune half (split by article id, as
      `eval quotes` splits it); political news of ten months (session 13 judged one run of it).
      OUTDIR/inc.jsonl: every incidents dev tune-half article (single-article incidents too).
      OUTDIR/ecb.jsonl: every ECB+ dev tune-half article (labelled findings events too).
      Stripped to id, url, published, title, text, in file order; each is analysed in one run
      (the engine groups the stories). Two more views of the incidents tune articles:
      OUTDIR/incu.jsonl: the same articles without their publication dates (undated pages);
      OUTDIR/incm-YYYY-MM.jsonl: the articles of one month of publication, one run per month.
  for f in OUTDIR/*.jsonl; do corroborate analyze --db :memory: --format json --no-progress $f > ${f%.jsonl}.json; done
  discrepancies_s17.py draw OUTDIR N [SEED [SKIP]]
      pools every discrepancy of every report, drops every report that has two sides (value
      and article) already judged in a file (testdata/findings/judged-discrepancies-*.tsv, those
      whose name holds SKIP excepted: default "s17", as the first draw was made) and every report
      a set sorted before it made, and prints a random sample of N of the rest,
      random.Random(SEED or 17).
      Each line names its part of the second split inside tune (part(): "A" is worked on, "B" is
      looked at only in aggregate).
  discrepancies_s17.py consensus OUTDIR N [SEED]
      a random sample of N agreed facts (story consensus) and N omissions of every report.
  The second draw, at the session's end, on the same inputs analysed by the last build:
      discrepancies_s17.py draw OUTDIR2 40 1717 s17b   (leaves out the first draw's rows too)
Paths are relative to the repository root (../shared/data beside it)."""
import glob, hashlib, itertools, json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from discrepancies_s14 import DATA, half, topic, lines  # noqa: E402
from discrepancies_s16 import SIDE  # noqa: E402


def part(group):
    """The second split inside tune: the first byte of the MD5 of "precision-s17:" + group, even → A,
    odd → B. (Not FNV-1a's parity, as half() uses: the low bit of FNV-1a is the parity of the low bits
    of the bytes, so every tune group would share one part.)"""
    return "B" if hashlib.md5(("precision-s17:" + group).encode()).digest()[0] % 2 else "A"


def gold():
    g = {}
    for r in lines(f"{DATA}/ecbplus/dev.jsonl"):
        g[r["url"]] = g[r["id"]] = ("ecb", r["story"], topic(r["story"]))
    for r in lines(f"{DATA}/incidents/dev.jsonl"):
        g[r["url"]] = g[r["id"]] = ("inc", r["story"], r["story"])
    for r in lines(f"{DATA}/polnear/train.jsonl"):
        g[r["url"]] = g[r["id"]] = ("pol", r["id"], r["id"])
    return g


def inputs(out):
    keep = ("id", "url", "published", "title", "text")
    sets = {"pol": [], "inc": [], "ecb": []}
    for r in lines(f"{DATA}/polnear/train.jsonl"):
        if half(r["id"]) == "tune":
            sets["pol"].append(r)
    for r in lines(f"{DATA}/incidents/dev.jsonl"):
        if half(r["story"]) == "tune":
            sets["inc"].append(r)
    for r in lines(f"{DATA}/ecbplus/dev.jsonl"):
        if half(topic(r["story"])) == "tune":
            sets["ecb"].append(r)
    sets["incu"] = [{k: v for k, v in r.items() if k != "published"} for r in sets["inc"]]
    for r in sets["inc"]:
        sets.setdefault("incm-" + r["published"][:7], []).append(r)
    for k, rs in sets.items():
        with open(os.path.join(out, k + ".jsonl"), "w") as f:
            for r in rs:
                f.write(json.dumps({x: r[x] for x in keep if x in r}) + "\n")


def judged_pairs(skip):
    """(value, doc) pairs of two sides of every judged report of a file whose name holds no SKIP."""
    seen = set()
    for p in glob.glob("testdata/findings/judged-discrepancies-*.tsv"):
        if skip in os.path.basename(p):
            continue
        for ln in open(p):
            if ln.startswith("#"):
                continue
            for col in ln.split("\t"):
                if "[" not in col or "|" not in col:
                    continue
                sides = []
                for piece in col.split(" | "):
                    m = SIDE.match(piece.strip())
                    if m:
                        sides.append({(v.strip().lower(), d[:10]) for v in m.group(1).split(" / ")
                                      for d in m.group(2).split()})
                for a, b in itertools.combinations(sides, 2):
                    for x in a:
                        for y in b:
                            seen.add(frozenset((x, y)))
    return seen


def reports(out):
    for p in sorted(glob.glob(os.path.join(out, "*.json"))):
        yield os.path.basename(p)[:-5], json.load(open(p))


def draw(out, n, seed, skip):
    g = gold()
    seen = judged_pairs(skip)
    pool, old, dup, pooled = [], 0, 0, set()
    for name, rep in reports(out):
        src = {a["id"]: a["source"] for a in rep["articles"]}
        for st in rep["stories"]:
            for d in st.get("discrepancies") or []:
                sides = []
                for v in d["values"]:
                    docs = [src[a].split(":", 1)[-1] for a in v["articles"]]
                    sides.append({"value": v["value"], "docs": docs,
                                  "stories": sorted({g[src[a]][1] for a in v["articles"]}),
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
                if pairs & pooled:  # the same report in another set (inc, incu, incm-*)
                    dup += 1
                    continue
                pooled |= pairs
                grp = min(g[src[a]][2] for v in d["values"] for a in v["articles"])
                pool.append({"set": name, "part": part(grp), "kind": d["kind"], "about": d["about"], "sides": sides})
    print(len(pool), "fresh reports in the pool;", old, "left out as judged before;", dup,
          "as made in another set", file=sys.stderr)
    for i, d in enumerate(random.Random(seed).sample(pool, min(n, len(pool))), 1):
        d["n"] = i
        print(json.dumps(d, ensure_ascii=False))


def consensus(out, n, seed):
    g = gold()
    agreed, omits = [], []
    for name, rep in reports(out):
        src = {a["id"]: a["source"] for a in rep["articles"]}
        for st in rep["stories"]:
            for c in st.get("consensus") or []:
                grp = min(g[src[a]][2] for a in c["articles"])
                agreed.append({"set": name, "part": part(grp), "fact": c["fact"], "origins": c.get("origins"),
                               "docs": [src[a].split(":", 1)[-1] for a in c["articles"]]})
            for fr in st.get("framing") or []:
                for o in fr.get("omits") or []:
                    grp = g[src[fr["article"]]][2]
                    omits.append({"set": name, "part": part(grp), "doc": src[fr["article"]].split(":", 1)[-1],
                                  "omits": o})
    print(len(agreed), "agreed facts,", len(omits), "omissions in the pool", file=sys.stderr)
    rnd = random.Random(seed)
    for kind, xs in (("agreed", agreed), ("omits", omits)):
        for i, d in enumerate(rnd.sample(xs, min(n, len(xs))), 1):
            d["n"], d["what"] = i, kind
            print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 17
    skip = sys.argv[5] if len(sys.argv) > 5 else "s17"
    if sys.argv[1] == "inputs":
        inputs(sys.argv[2])
    elif sys.argv[1] == "consensus":
        consensus(sys.argv[2], int(sys.argv[3]), seed)
    else:
        draw(sys.argv[2], int(sys.argv[3]), seed, skip)
