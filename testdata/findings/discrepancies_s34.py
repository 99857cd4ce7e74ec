#!/usr/bin/env python3
"""Session 34 precision pool ("events"): every discrepancy `corroborate analyze` reports when each unlabelled tune
event is analysed alone, so that no report joins two events and what is left to judge are the other causes (a time
dating another thing, compatible values, two facts under one key, misreadings).

  discrepancies_s34.py inputs OUTDIR
      OUTDIR/ev/ecb-STORY.jsonl for every ECB+ dev event of the tune half (evaluate.HalfOf of its topic) that neither
      the kit's labelled-events.jsonl nor gold-more-events.jsonl labels, leaving out the events being labelled in
      session 34 (2a 4a 6b 8b 11a 19b 20b 22a 24a 26b 28b 35b); OUTDIR/ev/inc-STORY.jsonl for every incidents dev
      incident of the tune half with two articles or more. Stripped to id, url, published, title, text.
  for f in OUTDIR/ev/*.jsonl; do corroborate analyze --db :memory: --format json --no-progress $f > ${f%l}; done
  discrepancies_s34.py merge OUTDIR      joins OUTDIR/ev/ecb-*.json into OUTDIR/ecb.json, inc-*.json into inc.json
  discrepancies_s34.py show OUTDIR       every report, numbered (discrepancies_s32.py show)
  discrepancies_s34.py score OUTDIR
      every report with the label judged-s32.tsv, judged-s33.tsv or judged-s34.tsv gives it (same set and sides),
      the count of each label, true ones (T) over all, and the reports no file holds."""
import glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import discrepancies_s32 as s32  # noqa: E402
import discrepancies_s33 as s33  # noqa: E402
import discrepancies_s14  # noqa: E402
from discrepancies_s14 import half, topic, lines  # noqa: E402

BUSY = set("2a 4a 6b 8b 11a 19b 20b 22a 24a 26b 28b 35b".split())
KEEP = ("id", "url", "published", "title", "text")


def inputs(out):
    data = discrepancies_s14.DATA
    ev = os.path.join(out, "ev")
    os.makedirs(ev, exist_ok=True)
    labelled = set()
    for p in (f"{data}/findings-dev/labelled-events.jsonl", os.path.join(HERE, "gold-more-events.jsonl")):
        labelled |= {r["story"] for r in lines(p)}
    groups = {}
    for r in lines(f"{data}/ecbplus/dev.jsonl"):
        if half(topic(r["story"])) == "tune" and r["story"] not in labelled and r["story"] not in BUSY:
            groups.setdefault("ecb-" + r["story"], []).append(r)
    inc = {}
    for r in lines(f"{data}/incidents/dev.jsonl"):
        if half(r["story"]) == "tune":
            inc.setdefault("inc-" + r["story"], []).append(r)
    groups.update({k: v for k, v in inc.items() if len(v) >= 2})
    for k, rs in groups.items():
        with open(os.path.join(ev, k + ".jsonl"), "w") as f:
            for r in rs:
                f.write(json.dumps({x: r[x] for x in KEEP if x in r}) + "\n")


def merge(out):
    for name in ("ecb", "inc"):
        arts, stories = [], []
        for p in sorted(glob.glob(os.path.join(out, "ev", name + "-*.json"))):
            rep = json.load(open(p))
            arts += rep.get("articles") or []
            stories += rep.get("stories") or []
        json.dump({"articles": arts, "stories": stories}, open(os.path.join(out, name + ".json"), "w"))


def score(out):
    s33.score(out, ("judged-s32.tsv", "judged-s33.tsv", "judged-s34.tsv"))


if __name__ == "__main__":
    if not os.path.isdir(discrepancies_s14.DATA) and os.path.isdir("/work/shared/data"):
        discrepancies_s14.DATA = "/work/shared/data"
    {"inputs": inputs, "merge": merge, "show": s32.show, "score": score}[sys.argv[1]](sys.argv[2])
