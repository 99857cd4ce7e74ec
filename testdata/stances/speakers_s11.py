# speakers_s11.py: the tune material of judged-speakers-tune-s11.tsv.
#   python3 speakers_s11.py split OUTDIR   writes OUTDIR/ecb-tune.jsonl (ECB+ dev, tune-half topics)
#                                          and OUTDIR/inc-tune.jsonl (150 tune-half incidents, random.seed(11))
#   python3 speakers_s11.py names FILE.json  lists the distinct quote speakers of an
#                                          `analyze --db :memory: --format json` report, with one sentence each
# Halves as internal/evaluate/split.go: HalfOf(ECBTopic(story)), FNV-1a 32 of "corroborate-split:" + group.
import json, sys, random, collections

def fnv32a(s):
    h = 0x811c9dc5
    for b in s.encode():
        h ^= b; h = (h * 0x01000193) & 0xffffffff
    return h

def half(g): return "holdout" if fnv32a("corroborate-split:" + g) % 2 == 1 else "tune"

def topic(s):
    s = s.split('_')[0] if '_' in s else s
    return s.rstrip('abcdefghijklmnopqrstuvwxyz')

def split(out, data="/work/shared/data"):
    with open(out + "/ecb-tune.jsonl", "w") as f:
        for l in open(data + "/ecbplus/dev.jsonl"):
            if half(topic(json.loads(l)["story"])) == "tune":
                f.write(l)
    by = collections.defaultdict(list)
    for l in open(data + "/incidents/dev.jsonl"):
        r = json.loads(l)
        if half(topic(r["story"])) == "tune":
            by[r["story"]].append(l)
    random.seed(11)
    pick = sorted(random.sample(sorted(by), 150))
    with open(out + "/inc-tune.jsonl", "w") as f:
        for g in pick:
            for l in by[g]:
                f.write(l)

def names(path):
    out = collections.OrderedDict()
    for s in json.load(open(path))["stories"]:
        for q in s.get("quotes") or []:
            if q.get("speaker"):
                out.setdefault(q["speaker"], []).append(q.get("sentence") or "")
    for n, ex in sorted(out.items()):
        print(f"{n}\t{len(ex)}\t{ex[0][:200]}")

if __name__ == "__main__":
    {"split": split, "names": names}[sys.argv[1]](sys.argv[2])
