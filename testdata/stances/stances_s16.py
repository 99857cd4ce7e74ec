# stances_s16.py: the tune material of judged-stances-tune-s16.tsv (session 16).
#   python3 stances_s16.py split OUTDIR   writes OUTDIR/inc-tune-all.jsonl (every tune-half incidents article,
#                                         1-article incidents too), OUTDIR/ecb-tune-free.jsonl (the tune-half ECB+ dev
#                                         stories that are neither findings-dev labelled events nor in a stance label
#                                         file: 22 stories), OUTDIR/ecb-one/<story>.jsonl (one file a story) and
#                                         OUTDIR/pol-tune.jsonl (the tune half of PolNeAR train, split by article id).
#   Material names in the judged file:   inc-all, ecb-free, pol-tune: `corroborate analyze --db :memory: --format json`
#                                         on the file (the engine's own stories); inc-one, ecb-one: each gold story of
#                                         two or more articles analysed alone, as eval findings does
#                                         (`go run ./testdata/stances/oneeach FILE.jsonl`); ecb-one-<story>: `analyze`
#                                         on OUTDIR/ecb-one/<story>.jsonl.
#   python3 stances_s16.py list OLDTSV... -- REPORT.json...
#                                         prints every stance of the reports (material = report file name)
#                                         that no earlier judged file holds (same article sentence, holder,
#                                         position), as TSV rows to judge.
# Halves as internal/evaluate/split.go (speakers_s11.half, topic).
import json, sys, os, collections, glob
from speakers_s11 import half, topic


def split(out, data="/work/shared/data"):
    os.makedirs(out, exist_ok=True)
    with open(out + "/inc-tune-all.jsonl", "w") as f:
        for l in open(data + "/incidents/dev.jsonl"):
            if half(topic(json.loads(l)["story"])) == "tune":
                f.write(l)
    skip = set(json.loads(l)["story"] for l in open(data + "/findings-dev/labelled-events.jsonl"))
    here = os.path.dirname(os.path.abspath(__file__))
    for p in glob.glob(here + "/labels*.jsonl"):
        skip |= set(json.loads(l)["story"] for l in open(p))
    by = collections.defaultdict(list)
    for l in open(data + "/ecbplus/dev.jsonl"):
        s = json.loads(l)["story"]
        if half(topic(s)) == "tune" and s not in skip:
            by[s].append(l)
    os.makedirs(out + "/ecb-one", exist_ok=True)
    with open(out + "/ecb-tune-free.jsonl", "w") as f:
        for s in sorted(by):
            f.writelines(by[s])
            with open(out + "/ecb-one/" + s + ".jsonl", "w") as g:
                g.writelines(by[s])
    print(len(by), "ECB+ stories:", " ".join(sorted(by)), file=sys.stderr)
    with open(out + "/pol-tune.jsonl", "w") as f:
        for l in open(data + "/polnear/train.jsonl"):
            if half(json.loads(l)["id"]) == "tune":
                f.write(l)


def norm(s):
    return " ".join(s.split())


def listing(args):
    i = args.index("--")
    old = set()
    for p in args[:i]:
        cols = None
        for l in open(p):
            if l.startswith("#"):
                continue
            f = l.rstrip("\n").split("\t")
            if cols is None:
                cols = {c: k for k, c in enumerate(f)}  # the header: the files differ in column order
                continue
            if len(f) == len(cols):
                old.add((f[cols["holder"]], f[cols["position"]], norm(f[cols["sentence"]])))
    print("material\tclaim\tholder\tposition\tarticle\tsentence\twell_formed\tholder_ok\tposition_ok\tnote")
    seen = set()
    for rp in args[i + 1:]:
        mat = os.path.basename(rp).rsplit(".", 1)[0]
        for s in json.load(open(rp))["stories"]:
            for x in s.get("stances") or []:
                k = (x["holder"], x["position"], norm(x["sentence"]))
                if k in old or (mat, x["claim"]) + k in seen:
                    continue
                seen.add((mat, x["claim"]) + k)
                print("\t".join([mat, x["claim"], x["holder"], x["position"], x["article"], norm(x["sentence"]), "", "", "", ""]))


if __name__ == "__main__":
    if sys.argv[1] == "split":
        split(sys.argv[2])
    else:
        listing(sys.argv[2:])
