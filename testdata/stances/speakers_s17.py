# speakers_s17.py: the tune material and the draw of judged-speakers-tune-s17.tsv.
#   python3 speakers_s17.py split OUTDIR    writes OUTDIR/ecb-tune-all.jsonl (every tune-half ECB+ dev article, 334)
#                                           and OUTDIR/inc-tune-all.jsonl (every tune-half incidents story; the s11-s16
#                                           draws had taken them all, so no incidents story is left unread).
#   python3 speakers_s17.py draw OUTDIR     reads OUTDIR/ecb.json and OUTDIR/inc.json (`analyze --db :memory:
#                                           --format json` of the two files) and prints the drawn names: 320 distinct
#                                           speaker names of kind person or organization drawn with random.seed(17)
#                                           from both kits' names together, then every name no earlier judged file
#                                           (s11-s16) holds for that kit that the draw left out (marked "new").
import collections, glob, json, os, random, sys
from speakers_s14 import tune_stories

HERE = os.path.dirname(os.path.abspath(__file__))


def split(out, data="/work/shared/data"):
    for kit, name in (("ecbplus", "ecb"), ("incidents", "inc")):
        by = tune_stories(data + "/" + kit + "/dev.jsonl")
        with open(out + "/" + name + "-tune-all.jsonl", "w") as f:
            for g in sorted(by):
                for l in by[g]:
                    f.write(l)


def names(path):
    out = collections.OrderedDict()
    for s in json.load(open(path))["stories"]:
        for q in s.get("quotes") or []:
            if q.get("speaker") and q.get("speaker_kind") in ("person", "organization"):
                out.setdefault(q["speaker"], []).append((q.get("speaker_kind"), q.get("sentence") or ""))
    return out


def judged_before():
    seen = set()
    for f in sorted(glob.glob(HERE + "/judged-speakers-tune-s1[1-6].tsv")):
        for l in open(f):
            p = l.rstrip("\n").split("\t")
            if l.startswith("#") or p[0] == "kit" or len(p) < 3:
                continue
            seen.add((p[0], p[1]))
    return seen


def draw(out):
    pool = []
    for kit, name in (("ecbplus", "ecb"), ("incidents", "inc")):
        for n, ex in names(out + "/" + name + ".json").items():
            pool.append((kit, n, ex))
    pool.sort(key=lambda r: (r[0], r[1]))
    random.seed(17)
    pick = set(random.sample(range(len(pool)), 320))
    seen = judged_before()
    for i, (kit, n, ex) in enumerate(pool):
        why = "drawn" if i in pick else ("new" if (kit, n) not in seen else "")
        if why:
            print("\t".join((kit, n, why, ex[0][0], str(len(ex)), ex[0][1][:240].replace("\t", " "))))


if __name__ == "__main__":
    {"split": split, "draw": draw}[sys.argv[1]](sys.argv[2])
