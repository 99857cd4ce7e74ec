# stances_s17.py: the tune material of judged-stances-tune-s17.tsv (session 17).
#   python3 stances_s17.py split OUTDIR   writes OUTDIR/ecb-lab.jsonl (the tune-half ECB+ dev stories that
#                                         session 16's material left out: the findings-dev labelled events
#                                         and the stories of the stance label files), OUTDIR/ecb-lab-a.jsonl
#                                         and OUTDIR/ecb-lab-b.jsonl (its two parts, below) and
#                                         OUTDIR/pol-tune-<outlet>.jsonl (the tune half of PolNeAR train, one
#                                         file an outlet: an outlet's articles of one month are its own
#                                         follow-ups, a material session 16 did not analyse).
#   Material names in the judged file:   ecb-lab, pol-<outlet>: `corroborate analyze --db :memory: --format
#                                         json` on the file (the engine's own stories); ecb-lab-one: each gold
#                                         story of two or more articles analysed alone
#                                         (`go run ./testdata/stances/oneeach OUTDIR/ecb-lab.jsonl`).
#   python3 stances_s17.py list OLDTSV... -- REPORT.json...
#                                         as stances_s16.py list: every stance no earlier judged file holds.
#   python3 stances_s17.py pool OLDTSV... -- NAME=DIR...
#                                         the pool of judged-stances-tune-s17.tsv: every stance of the reports
#                                         DIR/*.json (material = report file name) that no earlier judged file
#                                         holds, once per (material, claim, holder, position, sentence), with a
#                                         column per NAME: "yes" when that run reports it. Runs: base = main at
#                                         94a3570; cue, any = the same with a key claim of one origin allowed
#                                         when a speaker denies or doubts it in words that say so (cue) or
#                                         always (any; the other conditions kept): S17_ORIGINS=cue|any on a
#                                         build of the measuring patch (not landed).
#   python3 stances_s17.py fresh OLDTSV... -- REPORT.json...
#                                         the second draw's pool: every stance of the reports whose claim, holder,
#                                         position and sentence no earlier judged file holds (a claim now worded
#                                         otherwise is a new stance to a reader; s17's after_claim counts as judged).
#   python3 stances_s17.py draw N SEED TSV  prints the header and, from a pool, every row the base run reports
#                                         plus N other rows drawn at random (random.seed(SEED), random.sample).
# The second split inside tune (session 17): a tune-half story (ECB+ story id such as "13a", PolNeAR
# article id) is in part "a" when fnv32a("corroborate-s17:" + id) is even, else in part "b" (part()).
# Rules are designed on part a; part b is read in aggregate only.
import json, sys, os, collections, glob, random
from speakers_s11 import half, topic, fnv32a
from stances_s16 import listing


def part(story):
    return "a" if fnv32a("corroborate-s17:" + story) % 2 == 0 else "b"


def split(out, data="/work/shared/data"):
    os.makedirs(out, exist_ok=True)
    keep = set(json.loads(l)["story"] for l in open(data + "/findings-dev/labelled-events.jsonl"))
    here = os.path.dirname(os.path.abspath(__file__))
    for p in glob.glob(here + "/labels*.jsonl"):
        keep |= set(json.loads(l)["story"] for l in open(p))
    by = collections.defaultdict(list)
    for l in open(data + "/ecbplus/dev.jsonl"):
        s = json.loads(l)["story"]
        if half(topic(s)) == "tune" and s in keep:
            by[s].append(l)
    files = {k: open(out + "/ecb-lab" + k + ".jsonl", "w") for k in ("", "-a", "-b")}
    for s in sorted(by):
        files[""].writelines(by[s])
        files["-" + part(s)].writelines(by[s])
    for f in files.values():
        f.close()
    print(len(by), "ECB+ stories:", " ".join(s + "/" + part(s) for s in sorted(by)), file=sys.stderr)
    pol = collections.defaultdict(list)
    for l in open(data + "/polnear/train.jsonl"):
        r = json.loads(l)
        if half(r["id"]) == "tune":
            pol[r["id"].split("_")[0]].append(l)
    for o, ls in sorted(pol.items()):
        with open(out + "/pol-tune-" + o + ".jsonl", "w") as f:
            f.writelines(ls)
    print("PolNeAR outlets:", " ".join("%s %d" % (o, len(ls)) for o, ls in sorted(pol.items())), file=sys.stderr)


def pool(args):
    i = args.index("--")
    old = set()
    for p in args[:i]:
        cols = None
        for l in open(p):
            if l.startswith("#"):
                continue
            f = l.rstrip("\n").split("\t")
            if cols is None:
                cols = {c: k for k, c in enumerate(f)}
                continue
            if len(f) == len(cols):
                old.add((f[cols["holder"]], f[cols["position"]], norm(f[cols["sentence"]])))
    runs = [a.split("=", 1) for a in args[i + 1:]]
    rows = collections.OrderedDict()
    for name, d in runs:
        for rp in sorted(glob.glob(d + "/*.json")):
            mat = os.path.basename(rp).rsplit(".", 1)[0]
            for s in json.load(open(rp))["stories"]:
                for x in s.get("stances") or []:
                    k = (x["holder"], x["position"], norm(x["sentence"]))
                    if k in old:
                        continue
                    key = (mat, x["claim"]) + k
                    rows.setdefault(key, [x["article"], set()])[1].add(name)
    names = [n for n, _ in runs]
    print("\t".join(["material", "claim", "holder", "position", "article", "sentence"] + names + ["well_formed", "right", "cause", "note"]))
    for (mat, claim, holder, pos, sent), (art, got) in rows.items():
        print("\t".join([mat, claim, holder, pos, art, sent] + ["yes" if n in got else "" for n in names] + ["", "", "", ""]))


def fresh(args):
    i = args.index("--")
    old = set()
    for p in args[:i]:
        cols = None
        for l in open(p):
            if l.startswith("#"):
                continue
            f = l.rstrip("\n").split("\t")
            if cols is None:
                cols = {c: k for k, c in enumerate(f)}
                continue
            if len(f) != len(cols):
                continue
            claims = [f[cols["claim"]]]
            if "after_claim" in cols:
                claims += f[cols["after_claim"]].split(" | ")
            for c in claims:
                old.add((c, f[cols["holder"]], f[cols["position"]], norm(f[cols["sentence"]])))
    print("\t".join(["material", "claim", "holder", "position", "article", "sentence", "well_formed", "right", "cause", "note"]))
    seen = set()
    for rp in args[i + 1:]:
        mat = os.path.basename(rp).rsplit(".", 1)[0]
        for s in json.load(open(rp))["stories"]:
            for x in s.get("stances") or []:
                k = (x["claim"], x["holder"], x["position"], norm(x["sentence"]))
                if k in old or k in seen:
                    continue
                seen.add(k)
                print("\t".join([mat, x["claim"], x["holder"], x["position"], x["article"], norm(x["sentence"]), "", "", "", ""]))


def norm(s):
    return " ".join(s.split())


def draw(n, seed, path):
    rows = [l for l in open(path) if not l.startswith("#")]
    cols = rows[0].rstrip("\n").split("\t")
    b = cols.index("base") if "base" in cols else -1
    base = [l for l in rows[1:] if b >= 0 and l.split("\t")[b] == "yes"]
    rest = [l for l in rows[1:] if b < 0 or l.split("\t")[b] != "yes"]
    random.seed(seed)
    print(rows[0], end="")
    for l in base + sorted(random.sample(rest, min(n, len(rest)))):
        print(l, end="")


if __name__ == "__main__":
    if sys.argv[1] == "split":
        split(sys.argv[2])
    elif sys.argv[1] == "pool":
        pool(sys.argv[2:])
    elif sys.argv[1] == "fresh":
        fresh(sys.argv[2:])
    elif sys.argv[1] == "draw":
        draw(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    else:
        listing(sys.argv[2:])
