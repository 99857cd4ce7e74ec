#!/usr/bin/env python3
"""Session 21 precision sample: part b of the tune half, fresh reports only. The inputs and the pool are
discrepancies_s18.py's (every tune-half ECB+ dev article in one analyze run, every tune-half incidents dev
article in another); the part filter is discrepancies_s19.py's (every part-b report, labelled events too:
the earlier sessions' judged draws have used up nearly all of the unlabelled pool).

  discrepancies_s21.py fresh BEFORE AFTER N [SEED]
      the part-b reports of either run (BEFORE and AFTER: two OUTDIRs analysed by two builds) that no
      earlier judged file here holds (JUDGED: same sides, values and document prefixes), a random sample of N of them, random.Random(SEED or 2121), printed shuffled and
      numbered without the run that produced them; the runs of each numbered line go to
      AFTER/blind-key-s21.jsonl, to be opened only once every line is judged.
  discrepancies_s21.py score BEFORE AFTER [TSV...]
      every report of each part and run with the label a judged file gives it (the first file given
      that holds it: list the newest first; JUDGED when none is given), and the count of true ones ("T"); unlabelled reports
      are listed (part a is judged in the open, part b only blind).
Paths are relative to the repository root (../shared/data beside it)."""
import json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from discrepancies_s18 import key  # noqa: E402
from discrepancies_s19 import of_part  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
# The judged files of one layout (sides in column 7, label in column 8), newest first.
JUDGED = ("s21-b", "s20-b", "s20-a", "s19b", "s19")


def tsv_rows(paths):
    """(sides, label) of every judged row of the files."""
    rows = []
    for p in paths:
        with open(p) as f:
            for line in f:
                if line.startswith("#") or line.startswith("half\t"):
                    continue
                c = line.rstrip("\n").split("\t")
                if len(c) > 7:
                    rows.append((c[6], c[7]))
    return rows


def tsv_values(sides):
    out = []
    for part in sides.split(" | "):
        m = re.match(r"(.*) \[(.*)\]$", part)
        if not m:
            return None
        out.append((m.group(1).lower(), m.group(2).split()))
    return out


def holds(d, sides):
    """Whether a judged row's sides are the report's: each side's value with the same documents."""
    tv = tsv_values(sides)
    if tv is None or len(d["sides"]) != len(sides.split(" | ")):
        return False
    for s in d["sides"]:
        if not any(v == s["value"].lower() and len(ds) == len(s["docs"]) and
                   all(any(x.startswith(y) for x in s["docs"]) for y in ds) for v, ds in tv):
            return False
    return True


def label(d, rows):
    for sides, lab in rows:
        if holds(d, sides):
            return lab
    return None


def fresh(before, after, n, seed):
    rows = tsv_rows([os.path.join(HERE, f"judged-discrepancies-tune-{x}.tsv") for x in JUDGED])
    union, runs = {}, {}
    for run, out in (("before", before), ("after", after)):
        for d in of_part(out, "b"):
            if label(d, rows) is not None:
                continue
            k = key(d)
            union.setdefault(k, d)
            runs.setdefault(k, []).append(run)
    ks = sorted(union)
    random.Random(seed).shuffle(ks)
    ks = ks[:n]
    print(len(union), "fresh part-b reports in the two runs", file=sys.stderr)
    with open(os.path.join(after, "blind-key-s21.jsonl"), "w") as f:
        for i, k in enumerate(ks, 1):
            print(json.dumps(dict(union[k], n=i), ensure_ascii=False))
            f.write(json.dumps({"n": i, "runs": runs[k]}) + "\n")


def score(before, after, paths):
    rows = tsv_rows(paths)
    for p, run, out in [(p, r, o) for p in "ab" for r, o in (("before", before), ("after", after))]:
        ds = of_part(out, p)
        labs = [label(d, rows) for d in ds]
        t = sum(1 for x in labs if x == "T")
        print(f"part {p} {run}: {t}/{len(ds)} true, {sum(1 for x in labs if x is None)} unlabelled")
        for d, x in zip(ds, labs):
            if x is None:
                print("  unlabelled:", " | ".join(s["value"] + " " + str(s["docs"]) for s in d["sides"]))


if __name__ == "__main__":
    a = sys.argv
    if len(a) > 4 and a[1] == "fresh":
        fresh(a[2], a[3], int(a[4]), int(a[5]) if len(a) > 5 else 2121)
    elif len(a) > 3 and a[1] == "score":
        score(a[2], a[3], a[4:] or [os.path.join(HERE, f"judged-discrepancies-tune-{x}.tsv") for x in JUDGED])
    else:
        sys.exit(__doc__)
