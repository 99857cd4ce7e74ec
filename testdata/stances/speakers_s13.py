# speakers_s13.py: the tune material of judged-speakers-tune-s13.tsv.
#   python3 speakers_s13.py split OUTDIR   writes OUTDIR/inc-tune-s13.jsonl: 120 tune-half incidents
#                                          stories drawn with random.seed(13) from those that
#                                          speakers_s11.py's draw (random.seed(11), used by the s11
#                                          and s12 judged sets) left out, so no article was judged before.
# List names with `python3 speakers_s11.py names FILE.json`.
import json, sys, random, collections
from speakers_s11 import half, topic

def split(out, data="/work/shared/data"):
    by = collections.defaultdict(list)
    for l in open(data + "/incidents/dev.jsonl"):
        r = json.loads(l)
        if half(topic(r["story"])) == "tune":
            by[r["story"]].append(l)
    random.seed(11)
    old = set(random.sample(sorted(by), 150))
    rest = sorted(g for g in by if g not in old)
    random.seed(13)
    pick = sorted(random.sample(rest, 120))
    with open(out + "/inc-tune-s13.jsonl", "w") as f:
        for g in pick:
            for l in by[g]:
                f.write(l)

if __name__ == "__main__":
    {"split": split}[sys.argv[1]](sys.argv[2])
