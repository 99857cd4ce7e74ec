#!/usr/bin/env python3
"""Session 18 precision sample: the discrepancies `corroborate analyze` reports on the tune half, drawn at
random and split by event into the two parts of the tune half (evaluate.PartOf).

  discrepancies_s18.py inputs OUTDIR
      OUTDIR/ecb.jsonl: every ECB+ dev article whose topic is in the tune half (evaluate.HalfOf of
      the topic, as `eval stories` and `eval findings` split it);
      OUTDIR/inc.jsonl: every incidents dev article whose incident is in the tune half (HalfOf of
      the story label, as `eval stories` splits it).
      Stripped to id, url, published, title, text, in file order; each file is analysed in one run
      (the engine groups the stories):
  for s in ecb inc; do corroborate analyze --db :memory: --format json --no-progress OUTDIR/$s.jsonl > OUTDIR/$s.json; done
  discrepancies_s18.py draw OUTDIR N [SEED]
      pools every discrepancy of both reports and prints a random sample of N, random.Random(SEED or
      18), one JSON line each, with its part: evaluate.PartOf of the event group (ECB+ topic or
      incident id) of the report's first cited article — "a" is read and worked on, "b" only
      judged before and after.
  discrepancies_s18.py pool OUTDIR
      prints every report of the pool (for re-judging part b after a change: match on sides).
Paths are relative to the repository root (../shared/data beside it)."""
import hashlib, json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from discrepancies_s14 import DATA, half, topic, lines  # noqa: E402

PART_SALT = "corroborate-part:"


def part(group):
    """evaluate.PartOf: the low bit of the first byte of SHA-256("corroborate-part:" + group)."""
    return "b" if hashlib.sha256((PART_SALT + group).encode()).digest()[0] & 1 else "a"


def gold():
    g = {}
    for r in lines(f"{DATA}/ecbplus/dev.jsonl"):
        g[r["url"]] = g[r["id"]] = (r["story"], topic(r["story"]))
    for r in lines(f"{DATA}/incidents/dev.jsonl"):
        g[r["url"]] = g[r["id"]] = (r["story"], r["story"])
    return g


def inputs(out):
    keep = ("id", "url", "published", "title", "text")
    sets = {"ecb": [r for r in lines(f"{DATA}/ecbplus/dev.jsonl") if half(topic(r["story"])) == "tune"],
            "inc": [r for r in lines(f"{DATA}/incidents/dev.jsonl") if half(r["story"]) == "tune"]}
    for k, rs in sets.items():
        with open(os.path.join(out, k + ".jsonl"), "w") as f:
            for r in rs:
                f.write(json.dumps({x: r[x] for x in keep if x in r}) + "\n")


def pool(out):
    g = gold()
    ps = []
    for name in ("ecb", "inc"):
        rep = json.load(open(os.path.join(out, name + ".json")))
        src = {a["id"]: a["source"] for a in rep["articles"]}
        for st in rep["stories"]:
            for d in st.get("discrepancies") or []:
                sides = []
                for v in d["values"]:
                    sides.append({"value": v["value"], "docs": [src[a].split(":", 1)[-1] for a in v["articles"]],
                                  "stories": sorted({g[src[a]][0] for a in v["articles"]}),
                                  "sentences": v.get("sentences") or []})
                grp = g[src[d["values"][0]["articles"][0]]][1]
                ps.append({"set": name, "part": part(grp), "kind": d["kind"], "about": d["about"], "sides": sides})
    return ps


def key(d):
    """A report's identity across builds: its set and its sides' values and documents."""
    return json.dumps([d["set"], sorted((s["value"].lower(), sorted(s["docs"])) for s in d["sides"])])


def sample(ps, n, seed):
    """A random sample of n reports of ps (all of them when fewer), random.Random(seed), numbered from 1."""
    out = random.Random(seed).sample(ps, min(n, len(ps)))
    for i, d in enumerate(out, 1):
        d["n"] = i
    return out


def draw(out, n, seed):
    ps = pool(out)
    print(len(ps), "reports in the pool;", sum(d["part"] == "a" for d in ps), "in part a", file=sys.stderr)
    for d in sample(ps, n, seed):
        print(json.dumps(d, ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "inputs":
        inputs(sys.argv[2])
    elif sys.argv[1] == "pool":
        for d in pool(sys.argv[2]):
            print(json.dumps(d, ensure_ascii=False))
    else:
        draw(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else 18)
