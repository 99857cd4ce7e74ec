#!/usr/bin/env python3
"""Session 20 precision sample: the pool of discrepancies_s18.py (every tune-half ECB+ dev article in one
analyze run, every tune-half incidents dev article in another), without the reports that cite an
article of an ECB+ event some findings gold labels (the findings kit's labelled-events.jsonl and
gold-more-events.jsonl here): those events were read while tuning earlier sessions' rules.

  discrepancies_s18.py inputs OUTDIR   (then analyze OUTDIR/ecb.jsonl and OUTDIR/inc.jsonl as it says)
  discrepancies_s20.py draw OUTDIR N PART [SEED]
      a random sample of N unlabelled reports of part PART ("a" or "b"), random.Random(SEED or 20).
  discrepancies_s20.py blind BEFORE AFTER N [SEED]
      as discrepancies_s19.py blind (part b, the union of the two runs' samples, shuffled, without
      the run; the runs go to AFTER/blind-key.jsonl), on the unlabelled pool, random.Random(SEED or 2020).
Paths are relative to the repository root (../shared/data beside it)."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from discrepancies_s14 import DATA, lines  # noqa: E402
from discrepancies_s18 import pool  # noqa: E402
from discrepancies_s19 import blind, draw  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def labelled():
    ev = set()
    for p in (f"{DATA}/findings-dev/labelled-events.jsonl", os.path.join(HERE, "gold-more-events.jsonl")):
        ev |= {r["story"] for r in lines(p)}
    return ev


def of_part(out, p):
    lab = labelled()
    return [d for d in pool(out)
            if d["part"] == p and not {s for sd in d["sides"] for s in sd["stories"]} & lab]


if __name__ == "__main__":
    a = sys.argv
    if a[1] == "draw":
        draw(a[2], int(a[3]), a[4], int(a[5]) if len(a) > 5 else 20, of_part)
    elif a[1] == "blind":
        blind(a[2], a[3], int(a[4]), int(a[5]) if len(a) > 5 else 2020, of_part)
    else:
        sys.exit(__doc__)
