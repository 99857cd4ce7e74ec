# speakers_s14.py: the tune material of judged-speakers-tune-s14.tsv.
#   python3 speakers_s14.py split OUTDIR   writes OUTDIR/inc-tune-s14.jsonl: 100 tune-half incidents
#                                          stories drawn with random.seed(14) from those that neither
#                                          speakers_s11.py's draw (seed 11) nor speakers_s13.py's (seed 13)
#                                          took, so no incidents article was judged before; and
#                                          OUTDIR/ecb-tune-s14.jsonl: 8 tune-half ECB+ dev stories drawn
#                                          with random.seed(14) (every tune ECB+ article was in the s11 and
#                                          s12 sets, so these are judged again on today's output).
# List names with kinds: `python3 speakers_s14.py names FILE.json`.
import json, sys, random, collections
from speakers_s11 import half, topic

def tune_stories(path):
    by = collections.defaultdict(list)
    for l in open(path):
        r = json.loads(l)
        if half(topic(r["story"])) == "tune":
            by[r["story"]].append(l)
    return by

def split(out, data="/work/shared/data"):
    by = tune_stories(data + "/incidents/dev.jsonl")
    random.seed(11)
    old = set(random.sample(sorted(by), 150))
    rest = sorted(g for g in by if g not in old)
    random.seed(13)
    old |= set(random.sample(rest, 120))
    rest = sorted(g for g in by if g not in old)
    random.seed(14)
    pick = sorted(random.sample(rest, 100))
    with open(out + "/inc-tune-s14.jsonl", "w") as f:
        for g in pick:
            for l in by[g]:
                f.write(l)
    eby = tune_stories(data + "/ecbplus/dev.jsonl")
    random.seed(14)
    epick = sorted(random.sample(sorted(eby), 8))
    with open(out + "/ecb-tune-s14.jsonl", "w") as f:
        for g in epick:
            for l in eby[g]:
                f.write(l)

def names(path):
    out = collections.OrderedDict()
    for s in json.load(open(path))["stories"]:
        for q in s.get("quotes") or []:
            if q.get("speaker") and q.get("speaker_kind") in ("person", "organization"):
                out.setdefault(q["speaker"], []).append((q.get("speaker_kind"), q.get("sentence") or ""))
    for n, ex in sorted(out.items()):
        print(f"{n}\t{ex[0][0]}\t{len(ex)}\t{ex[0][1][:220]}")

if __name__ == "__main__":
    {"split": split, "names": names}[sys.argv[1]](sys.argv[2])
