#!/usr/bin/env python3
"""Session 19 precision sample: the discrepancies `corroborate analyze` reports on the tune half, drawn
from one part of the second split inside tune (evaluate.PartOf) at a time. The inputs, the pool and
the draw are discrepancies_s18.py's (same two runs: every tune-half ECB+ dev article in one, every
tune-half incidents dev article in the other); only the part filter and the blind before/after
draw are new.

  discrepancies_s18.py inputs OUTDIR   (then analyze OUTDIR/ecb.jsonl and OUTDIR/inc.jsonl as it says)
  discrepancies_s19.py draw OUTDIR N PART [SEED]
      a random sample of N reports of the pool whose part is PART ("a" or "b"), random.Random(SEED
      or 19), one JSON line each.
  discrepancies_s19.py blind BEFORE AFTER N [SEED]
      part b before and after a change: a sample of N part-b reports of each run's pool (BEFORE and
      AFTER are two OUTDIRs analysed by two builds; random.Random(SEED or 1919) for both), the union
      of the two samples (one line per report identity, discrepancies_s18.key) shuffled and numbered,
      printed without the run that produced it; the runs of each numbered line go to
      AFTER/blind-key.jsonl, to be opened only once every line is judged.
Paths are relative to the repository root (../shared/data beside it)."""
import json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from discrepancies_s18 import key, pool, sample  # noqa: E402


def of_part(out, p):
    return [d for d in pool(out) if d["part"] == p]


def draw(out, n, p, seed, part=of_part):
    """Prints a sample of n reports of part p; part(out, p) gives the pool's reports of a part."""
    ps = part(out, p)
    print(len(ps), "reports of part", p, "in the pool", file=sys.stderr)
    for d in sample(ps, n, seed):
        print(json.dumps(d, ensure_ascii=False))


def blind(before, after, n, seed, part=of_part):
    """Prints the shuffled union of two runs' part-b samples; part as in draw."""
    union, runs = {}, {}
    for run, out in (("before", before), ("after", after)):
        ps = part(out, "b")
        print(run + ":", len(ps), "part-b reports in the pool", file=sys.stderr)
        for d in sample(ps, n, seed):
            k = key(d)
            union.setdefault(k, d)
            runs.setdefault(k, []).append(run)
    ks = sorted(union)
    random.Random(seed).shuffle(ks)
    with open(os.path.join(after, "blind-key.jsonl"), "w") as f:
        for i, k in enumerate(ks, 1):
            d = dict(union[k], n=i)
            print(json.dumps(d, ensure_ascii=False))
            f.write(json.dumps({"n": i, "runs": runs[k]}) + "\n")


if __name__ == "__main__":
    a = sys.argv
    if a[1] == "draw":
        draw(a[2], int(a[3]), a[4], int(a[5]) if len(a) > 5 else 19)
    elif a[1] == "blind":
        blind(a[2], a[3], int(a[4]), int(a[5]) if len(a) > 5 else 1919)
    else:
        sys.exit(__doc__)
