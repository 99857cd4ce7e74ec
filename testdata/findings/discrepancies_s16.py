#!/usr/bin/env python3
"""Session 16 precision sample: each tune-half event analysed on its own, so that no report mixes
two gold events (the kind `eval findings` counts in its precision), and a draw of the reports no
earlier judged file holds.

  discrepancies_s16.py inputs OUTDIR
      OUTDIR/ecb-STORY.jsonl: the articles of one ECB+ dev tune-half event (labelled findings
      events included); OUTDIR/inc-STORY.jsonl: the articles of one incidents dev tune-half
      incident with 2+ articles. Stripped to id, url, published, title, text, in file order.
  for f in OUTDIR/ecb-*.jsonl; do corroborate analyze --db :memory: --format json --no-progress $f > ${f%.jsonl}.json; done
  S16OUT=OUTDIR go test ./internal/evaluate -run TestS16Pool -count=1     # OUTDIR/inc-STORY.json, in one process
      (the inc-STORY.jsonl files may be analysed one by one as the ECB+ ones; one process is faster)
  discrepancies_s16.py draw OUTDIR N
      pools every discrepancy of every report, drops every report that has two sides (value and
      article) already judged in an earlier file (testdata/findings/judged-discrepancies-*.tsv,
      s16 excepted), and prints a random sample of N of the rest, random.Random(16).
  discrepancies_s16.py diff BEFORE AFTER
      for every report file in both folders (the same inputs analysed by two builds), prints the
      reports made by one build only, each with its label in the judged files ("?" if none).
Paths are relative to the repository root (../shared/data beside it)."""
import glob, itertools, json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from discrepancies_s14 import DATA, half, topic, lines, gold_stories  # noqa: E402


SIDE = re.compile(r"(.*?)\s*\[([^\]]*)\]")


def inputs(out):
    keep = ("id", "url", "published", "title", "text")
    groups = {}
    for r in lines(f"{DATA}/ecbplus/dev.jsonl"):
        if half(topic(r["story"])) == "tune":
            groups.setdefault("ecb-" + r["story"], []).append(r)
    inc = {}
    for r in lines(f"{DATA}/incidents/dev.jsonl"):
        if half(r["story"]) == "tune":
            inc.setdefault("inc-" + r["story"], []).append(r)
    groups.update({k: v for k, v in inc.items() if len(v) >= 2})
    for k, rs in groups.items():
        with open(os.path.join(out, k + ".jsonl"), "w") as f:
            for r in rs:
                f.write(json.dumps({x: r[x] for x in keep if x in r}) + "\n")


def draw(out, n):
    gold = gold_stories()
    seen = judged_pairs()
    pool, old = [], 0
    for p in sorted(glob.glob(os.path.join(out, "*.json"))):
        name = os.path.basename(p)[:-5]
        rep = json.load(open(p))
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
    for i, d in enumerate(random.Random(16).sample(pool, min(n, len(pool))), 1):
        d["n"] = i
        print(json.dumps(d, ensure_ascii=False))


def judged_pairs():
    """(value, doc) pairs of two sides of every earlier judged report (s16 excepted)."""
    seen = set()
    for p in glob.glob("testdata/findings/judged-discrepancies-*.tsv"):
        if "s16" in p:
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


def sides_text(rep, d):
    src = {a["id"]: a["source"].split(":", 1)[-1] for a in rep["articles"]}
    return " | ".join("%s [%s]" % (v["value"], " ".join(src[a][:10] for a in v["articles"])) for v in d["values"])


def labels():
    out = {}
    for p in sorted(glob.glob("testdata/findings/judged-discrepancies-*.tsv")):
        for ln in open(p):
            if ln.startswith("#"):
                continue
            for i, col in enumerate(ln.rstrip("\n").split("\t")):
                if "[" in col and "|" in col:
                    rest = ln.rstrip("\n").split("\t")[i + 1:]
                    if rest and rest[0] in ("T", "D", "X", "F", "M"):
                        out[col] = rest[0] + " " + os.path.basename(p)
    return out


def diff(before, after):
    lab = labels()
    for p in sorted(glob.glob(os.path.join(before, "*.json"))):
        q = os.path.join(after, os.path.basename(p))
        if not os.path.exists(q):
            continue
        got = []
        for f in (p, q):
            rep = json.load(open(f))
            got.append({sides_text(rep, d) for st in rep["stories"] for d in st.get("discrepancies") or []})
        for sign, xs in (("-", got[0] - got[1]), ("+", got[1] - got[0])):
            for x in sorted(xs):
                print(sign, os.path.basename(p)[:-5], lab.get(x, "?"), x, sep="\t")


if __name__ == "__main__":
    if sys.argv[1] == "inputs":
        inputs(sys.argv[2])
    elif sys.argv[1] == "diff":
        diff(sys.argv[2], sys.argv[3])
    else:
        draw(sys.argv[2], int(sys.argv[3]))
