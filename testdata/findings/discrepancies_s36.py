#!/usr/bin/env python3
"""Session 36 precision pool, judged by judged-s32.tsv .. judged-s36.tsv.

The brief's first pool (incidents dev tune incidents of three articles or more that no judged file names) gives no
report at all: session 35 ran it (discrepancies_s35.py "fresh"), and every tune incident of two articles or more was
analysed alone in session 34's "events" pool, so what is left unjudged can only come from other batches of articles.
  discrepancies_s36.py inputs POOL OUTDIR
      POOL "weeks": OUTDIR/ev/inc-YYYY-Www.jsonl, every tune incidents dev article (evaluate.HalfOf) by the ISO week
      of its publication (35 batches: other engine stories than whole, months, months8);
      POOL "fresh" and "months8": as discrepancies_s35.py. Stripped to id, url, published, title, text.
  for f in OUTDIR/ev/*.jsonl; do corroborate analyze --db :memory: --format json --no-progress $f > ${f%l}; done
  discrepancies_s36.py merge OUTDIR      joins OUTDIR/ev/*.json into OUTDIR/inc.json (discrepancies_s34.py merge)
  discrepancies_s36.py score OUTDIR      every report with the label a judged file gives it, the count of each label,
                                         true ones (T) over all, and the reports no file holds."""
import datetime, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import discrepancies_s32 as s32  # noqa: E402
import discrepancies_s33 as s33  # noqa: E402
import discrepancies_s34 as s34  # noqa: E402
import discrepancies_s35 as s35  # noqa: E402
import discrepancies_s14  # noqa: E402
from discrepancies_s14 import half, lines  # noqa: E402

JUDGED = s35.JUDGED + ("judged-s36.tsv",)


def inputs(pool, out):
    if pool != "weeks":
        s35.inputs(pool, out)
        return
    rs = [r for r in lines(f"{discrepancies_s14.DATA}/incidents/dev.jsonl") if half(r["story"]) == "tune"]
    ev = os.path.join(out, "ev")
    os.makedirs(ev, exist_ok=True)
    groups = {}
    for r in rs:
        y, w, _ = datetime.date.fromisoformat(r["published"][:10]).isocalendar()
        groups.setdefault(f"inc-{y}-W{w:02d}", []).append(r)
    for k, g in groups.items():
        s35.write(os.path.join(ev, k + ".jsonl"), g)


def score(out):
    s33.score(out, JUDGED)


if __name__ == "__main__":
    if not os.path.isdir(discrepancies_s14.DATA) and os.path.isdir("/work/shared/data"):
        discrepancies_s14.DATA = "/work/shared/data"
    if sys.argv[1] == "inputs":
        inputs(sys.argv[2], sys.argv[3])
    else:
        {"merge": s34.merge, "score": score, "show": s32.show}[sys.argv[1]](sys.argv[2])
