#!/usr/bin/env python3
"""Session 32 precision sample: every discrepancy `corroborate analyze` reports on the tune half outside the
findings kit's labelled events, to be read one by one and judged.

Inputs are discrepancies_s18.py's (every tune-half ECB+ dev article in one analyze run, every tune-half
incidents dev article in another; the engine groups the stories):

  discrepancies_s32.py inputs OUTDIR      # discrepancies_s18.py inputs, with the data directory below
  for s in ecb inc; do corroborate analyze --db :memory: --format json --no-progress OUTDIR/$s.jsonl > OUTDIR/$s.json; done

  discrepancies_s32.py pool OUTDIR
      one JSON line per report: set, part (evaluate.PartOf of the event group of its first cited
      article), kind, about, and each side's value, documents, gold stories and sentences. ECB+ reports
      that cite an article of an event the kit's labelled-events.jsonl labels are left out (eval
      findings scores those).
  discrepancies_s32.py show OUTDIR
      the same reports as readable text, numbered, for judging.
  discrepancies_s32.py score OUTDIR TSV
      every report of the pool with the label the judged file gives it (same set and sides: values and
      document prefixes), the count of true ones (label T), and the reports the file does not hold.
The data directory is ../shared/data when it exists, else /work/shared/data."""
import json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import discrepancies_s14  # noqa: E402

if not os.path.isdir(discrepancies_s14.DATA) and os.path.isdir("/work/shared/data"):
    discrepancies_s14.DATA = "/work/shared/data"
import discrepancies_s18  # noqa: E402

discrepancies_s18.DATA = discrepancies_s14.DATA
from discrepancies_s14 import lines  # noqa: E402
from discrepancies_s18 import pool as all_reports  # noqa: E402


def labelled():
    return {r["id"] for r in lines(f"{discrepancies_s14.DATA}/findings-dev/labelled-events.jsonl")}


def pool(out):
    lab = labelled()
    ps = []
    for d in all_reports(out):
        if d["set"] == "ecb" and any(x in lab for s in d["sides"] for x in s["docs"]):
            continue
        ps.append(d)
    return ps


def sides_text(d):
    return " | ".join(f'{s["value"]} [{" ".join(x[:10] for x in s["docs"])}]' for s in d["sides"])


def show(out):
    for i, d in enumerate(pool(out), 1):
        print(f'#{i} {d["set"]} part {d["part"]} {d["kind"]}: {d["about"]}')
        for s in d["sides"]:
            print(f'  = {s["value"]!r} {" ".join(s["stories"])}')
            for x, t in zip(s["docs"], s["sentences"] or [""] * len(s["docs"])):
                print(f'    {x[:10]}: {t}')
        print()


COLUMNS = ("set", "n", "part", "events", "kind", "about", "sides", "label", "cause", "after", "note")


def rows(path):
    """The judged rows of a file in COLUMNS' layout, as dicts."""
    out = []
    with open(path) as f:
        for line in f:
            if line.startswith("#") or line.startswith("set\t"):
                continue
            c = line.rstrip("\n").split("\t")
            if len(c) >= len(COLUMNS) - 1:
                out.append(dict(zip(COLUMNS, c)))
    return out


def same(d, sides):
    parts = sides.split(" | ")
    if len(parts) != len(d["sides"]):
        return False
    for p, s in zip(sorted(parts, key=str.lower), sorted(d["sides"], key=lambda s: s["value"].lower())):
        v, _, ds = p.rpartition(" [")
        ds = ds.rstrip("]").split()
        if v.lower() != s["value"].lower() or len(ds) != len(s["docs"]):
            return False
        if not all(any(x.startswith(y) for x in s["docs"]) for y in ds):
            return False
    return True


def score(out, path):
    rs = rows(path)
    n = t = 0
    for d in pool(out):
        n += 1
        lab = next((c["label"] for c in rs if c["set"] == d["set"] and same(d, c["sides"])), None)
        if lab is None:
            print("unjudged:", d["set"], d["kind"], sides_text(d))
        elif lab == "T":
            t += 1
    print(f"{t}/{n} true")


if __name__ == "__main__":
    if sys.argv[1] == "inputs":
        discrepancies_s18.inputs(sys.argv[2])
    elif sys.argv[1] == "pool":
        for d in pool(sys.argv[2]):
            print(json.dumps(d, ensure_ascii=False))
    elif sys.argv[1] == "show":
        show(sys.argv[2])
    else:
        score(sys.argv[2], sys.argv[3])
