# speakers_s16.py: the tune material of judged-speakers-tune-s16.tsv.
#   python3 speakers_s16.py split OUTDIR   writes OUTDIR/inc-tune-s16.jsonl: 80 tune-half incidents
#                                          stories drawn with random.seed(16) from those that none of the
#                                          s11, s13, s14 and s15 draws took, so no incidents article was
#                                          judged before; OUTDIR/ecb-tune-s16.jsonl: 8 tune-half ECB+ dev
#                                          stories drawn with random.seed(16) (every tune ECB+ article was
#                                          judged in earlier sets; judged again on today's output); and
#                                          OUTDIR/pol-tune-s16.jsonl: 40 tune-half PolNeAR train articles
#                                          (half by article id, as eval quotes), random.seed(16), with the
#                                          "story" field set to the article id so each stands alone.
# List names with kinds: `python3 speakers_s14.py names FILE.json`.
import json, random, sys
from speakers_s11 import half
from speakers_s14 import tune_stories


def split(out, data="/work/shared/data"):
    by = tune_stories(data + "/incidents/dev.jsonl")
    old = set()
    for seed, n in ((11, 150), (13, 120), (14, 100), (15, 100)):
        rest = sorted(g for g in by if g not in old)
        random.seed(seed)
        old |= set(random.sample(rest, n))
    rest = sorted(g for g in by if g not in old)
    random.seed(16)
    pick = sorted(random.sample(rest, min(80, len(rest))))
    with open(out + "/inc-tune-s16.jsonl", "w") as f:
        for g in pick:
            for l in by[g]:
                f.write(l)
    eby = tune_stories(data + "/ecbplus/dev.jsonl")
    random.seed(16)
    epick = sorted(random.sample(sorted(eby), 8))
    with open(out + "/ecb-tune-s16.jsonl", "w") as f:
        for g in epick:
            for l in eby[g]:
                f.write(l)
    pol = [json.loads(l) for l in open(data + "/polnear/train.jsonl")]
    pol = sorted((r for r in pol if half(r["id"]) == "tune"), key=lambda r: r["id"])
    random.seed(16)
    with open(out + "/pol-tune-s16.jsonl", "w") as f:
        for r in sorted(random.sample(pol, 40), key=lambda r: r["id"]):
            r["story"] = r["id"]
            f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    split(sys.argv[2])
