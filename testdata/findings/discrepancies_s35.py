#!/usr/bin/env python3
"""Session 35 precision pools, judged by judged-s32.tsv .. judged-s35.tsv.

  discrepancies_s35.py inputs POOL OUTDIR
      POOL "fresh": OUTDIR/ev/inc-STORY.jsonl for every incidents dev incident of the tune half (evaluate.HalfOf) with
      three articles or more that no judged-s32/s33/s34 row names; "fresh-together": the same articles in one file,
      OUTDIR/inc.jsonl; "months8": OUTDIR/ev/inc-YYYY-MM.jsonl, every tune incidents article by its month of publication.
      Stripped to id, url, published, title, text.
  for f in OUTDIR/ev/*.jsonl; do corroborate analyze --db :memory: --format json --no-progress $f > ${f%l}; done
  (fresh-together: analyse OUTDIR/inc.jsonl to OUTDIR/inc.json, and echo '{"articles":[],"stories":[]}' > OUTDIR/ecb.json)
  discrepancies_s35.py merge OUTDIR      joins OUTDIR/ev/*.json into OUTDIR/inc.json (discrepancies_s34.py merge)
  discrepancies_s35.py score OUTDIR      every report with the label a judged file gives it, the count of each label,
                                         true ones (T) over all, and the reports no file holds."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import discrepancies_s32 as s32  # noqa: E402
import discrepancies_s33 as s33  # noqa: E402
import discrepancies_s34 as s34  # noqa: E402
import discrepancies_s14  # noqa: E402
from discrepancies_s14 import half, lines  # noqa: E402

KEEP = ("id", "url", "published", "title", "text")
JUDGED = ("judged-s32.tsv", "judged-s33.tsv", "judged-s34.tsv", "judged-s35.tsv")


def judged_incidents():
    """The incidents the events column of an earlier judged file names."""
    out = set()
    for n in JUDGED[:3]:
        for r in s32.rows(os.path.join(HERE, n)):
            if r["set"] == "inc":
                out |= {e for e in re.split(r"[ |,]+", r["events"]) if e}
    return out


def write(path, rs):
    with open(path, "w") as f:
        for r in rs:
            f.write(json.dumps({k: r[k] for k in KEEP if k in r}) + "\n")


def inputs(pool, out):
    rs = [r for r in lines(f"{discrepancies_s14.DATA}/incidents/dev.jsonl") if half(r["story"]) == "tune"]
    ev = os.path.join(out, "ev")
    os.makedirs(ev, exist_ok=True)
    groups = {}
    if pool == "months8":
        for r in rs:
            groups.setdefault("inc-" + r["published"][:7], []).append(r)
    else:
        used = judged_incidents()
        by = {}
        for r in rs:
            by.setdefault(r["story"], []).append(r)
        groups = {"inc-" + k: v for k, v in by.items() if len(v) >= 3 and k not in used}
        if pool == "fresh-together":
            write(os.path.join(out, "inc.jsonl"), [r for r in rs if "inc-" + r["story"] in groups])
            return
    for k, g in groups.items():
        write(os.path.join(ev, k + ".jsonl"), g)


def score(out):
    s33.score(out, JUDGED)


if __name__ == "__main__":
    if not os.path.isdir(discrepancies_s14.DATA) and os.path.isdir("/work/shared/data"):
        discrepancies_s14.DATA = "/work/shared/data"
    if sys.argv[1] == "inputs":
        inputs(sys.argv[2], sys.argv[3])
    else:
        {"merge": s34.merge, "score": score}[sys.argv[1]](sys.argv[2])
