#!/usr/bin/env python3
"""Session 33 precision pools: every discrepancy `corroborate analyze` reports on the tune half outside the findings
kit's labelled events, judged by judged-s32.tsv and judged-s33.tsv (same columns, same labels).

  discrepancies_s33.py inputs POOL OUTDIR
      POOL "whole": discrepancies_s32.py's inputs (OUTDIR/ecb.jsonl, OUTDIR/inc.jsonl);
      POOL "s14": discrepancies_s14.py's inputs (ECB+ tune events no label file holds; incidents of 2+ articles);
      POOL "months": the tune incidents articles in two batches, OUTDIR/inc.jsonl those published in odd months and
      OUTDIR/inc2.jsonl those published in even months (other batches give other engine stories); no ECB+ input.
  analyse each OUTDIR/*.jsonl to OUTDIR/*.json (corroborate analyze --db :memory: --format json --no-progress), then
  discrepancies_s33.py merge OUTDIR      (months only: joins inc2.json into inc.json, writes an empty ecb.json)
  discrepancies_s33.py score OUTDIR
      every report of the pool (discrepancies_s32.py pool) with the label the two judged files give it, the count of
      each label, true ones (T) over all, and the reports neither file holds."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import discrepancies_s32 as s32  # noqa: E402
import discrepancies_s14  # noqa: E402
from discrepancies_s14 import lines  # noqa: E402


def inputs(pool, out):
    os.makedirs(out, exist_ok=True)
    if pool == "whole":
        s32.discrepancies_s18.inputs(out)
    elif pool == "s14":
        discrepancies_s14.inputs(out)
    else:
        keep = ("id", "url", "published", "title", "text")
        rs = [r for r in lines(f"{discrepancies_s14.DATA}/incidents/dev.jsonl") if discrepancies_s14.half(r["story"]) == "tune"]
        for name, odd in (("inc.jsonl", 1), ("inc2.jsonl", 0)):
            with open(os.path.join(out, name), "w") as f:
                for r in rs:
                    if int(r["published"][5:7]) % 2 == odd:
                        f.write(json.dumps({k: r[k] for k in keep if k in r}) + "\n")


def merge(out):
    a, b = (json.load(open(os.path.join(out, n))) for n in ("inc.json", "inc2.json"))
    json.dump({"articles": a["articles"] + b["articles"], "stories": a["stories"] + b["stories"]},
              open(os.path.join(out, "inc.json"), "w"))
    json.dump({"articles": [], "stories": []}, open(os.path.join(out, "ecb.json"), "w"))


def score(out, names=("judged-s32.tsv", "judged-s33.tsv")):
    """Print how many of the pool's reports the judged files (those present) call true."""
    rs = []
    for n in names:
        if os.path.exists(os.path.join(HERE, n)):
            rs += s32.rows(os.path.join(HERE, n))
    labels = Counter()
    for d in s32.pool(out):
        lab = next((c["label"] for c in rs if c["set"] == d["set"] and s32.same(d, c["sides"])), None)
        if lab is None:
            print("unjudged:", d["set"], d["kind"], s32.sides_text(d))
        labels[lab or "?"] += 1
    n = sum(labels.values())
    print(f'{labels["T"]}/{n} true;', " ".join(f"{k} {v}" for k, v in sorted(labels.items())))


if __name__ == "__main__":
    if sys.argv[1] == "inputs":
        inputs(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "merge":
        merge(sys.argv[2])
    else:
        score(sys.argv[2])
