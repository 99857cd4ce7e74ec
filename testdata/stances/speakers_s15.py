# speakers_s15.py: the tune material of judged-speakers-tune-s15.tsv.
#   python3 speakers_s15.py split OUTDIR   writes OUTDIR/inc-tune-s15.jsonl: 100 tune-half incidents
#                                          stories drawn with random.seed(15) from those that none of the
#                                          s11 (seed 11), s13 (seed 13) and s14 (seed 14) draws took, so no
#                                          incidents article was judged before; and OUTDIR/ecb-tune-s15.jsonl:
#                                          8 tune-half ECB+ dev stories drawn with random.seed(15) (every tune
#                                          ECB+ article was judged in earlier sets; judged again on today's output).
# List names with kinds: `python3 speakers_s14.py names FILE.json`.
import random, sys
from speakers_s14 import tune_stories


def split(out, data="/work/shared/data"):
    by = tune_stories(data + "/incidents/dev.jsonl")
    old = set()
    for seed, n in ((11, 150), (13, 120), (14, 100)):
        rest = sorted(g for g in by if g not in old)
        random.seed(seed)
        old |= set(random.sample(rest, n))
    rest = sorted(g for g in by if g not in old)
    random.seed(15)
    pick = sorted(random.sample(rest, 100))
    with open(out + "/inc-tune-s15.jsonl", "w") as f:
        for g in pick:
            for l in by[g]:
                f.write(l)
    eby = tune_stories(data + "/ecbplus/dev.jsonl")
    random.seed(15)
    epick = sorted(random.sample(sorted(eby), 8))
    with open(out + "/ecb-tune-s15.jsonl", "w") as f:
        for g in epick:
            for l in eby[g]:
                f.write(l)


if __name__ == "__main__":
    split(sys.argv[2])
