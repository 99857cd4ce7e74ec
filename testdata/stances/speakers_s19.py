# speakers_s19.py: the draws of judged-speakers-tune-s19-*.tsv (issue 11, session 19).
#   python3 speakers_s19.py split PART OUTDIR   writes OUTDIR/ecb-PART.jsonl and OUTDIR/inc-PART.jsonl: the tune-half
#                                               articles of ECB+ dev and incidents dev whose group is in tune part
#                                               PART (a or b), as internal/evaluate/split.go PartOf(ECBTopic(story)).
#   python3 speakers_s19.py draw PART OUTDIR    reads OUTDIR/ecb-PART.json and OUTDIR/inc-PART.json (`analyze --db
#                                               :memory: --format json` of the two files) and prints 80 distinct
#                                               speaker names (kind person or organization) and 40 quotes, drawn with
#                                               random.seed(19) from both kits together (judged-*-a-before.tsv).
#   python3 speakers_s19.py pair PART OUTDIR    the same counts drawn by a stable hash of each name and of each quote's
#                                               sentence and text, so that runs before and after a change draw the
#                                               same items wherever the output did not change (judged-*-b-*.tsv).
import hashlib, json, random, sys
from speakers_s11 import half, topic
from speakers_s17 import names


def part(g):
    return "b" if hashlib.sha256(("corroborate-part:" + g).encode()).digest()[0] & 1 else "a"


def split(p, out, data="/work/shared/data"):
    for kit, name in (("ecbplus", "ecb"), ("incidents", "inc")):
        with open("%s/%s-%s.jsonl" % (out, name, p), "w") as f:
            for l in open(data + "/" + kit + "/dev.jsonl"):
                g = topic(json.loads(l)["story"])
                if half(g) == "tune" and part(g) == p:
                    f.write(l)


def key(*parts):
    return hashlib.sha256("s19:".join(parts).encode()).hexdigest()


def draw(p, out, stable=False):
    pool, quotes = [], []
    for kit, name in (("ecbplus", "ecb"), ("incidents", "inc")):
        path = "%s/%s-%s.json" % (out, name, p)
        for n, ex in names(path).items():
            pool.append((kit, n, ex))
        for s in json.load(open(path))["stories"]:
            for q in s.get("quotes") or []:
                quotes.append((kit, q))
    pool.sort(key=lambda r: (r[0], r[1]))
    random.seed(19)
    if stable:
        npick = sorted(pool, key=lambda r: (key(r[0], r[2][0][1]), r[1]))[:80]
        qpick = sorted(quotes, key=lambda r: key(r[0], r[1].get("sentence") or "", r[1].get("text") or ""))[:40]
    else:
        npick, qpick = random.sample(pool, min(80, len(pool))), random.sample(quotes, min(40, len(quotes)))
    for kit, n, ex in sorted(npick, key=lambda r: (r[0], r[1])):
        print("\t".join(("name", kit, n, ex[0][0], str(len(ex)), ex[0][1][:240].replace("\t", " "))))
    for kit, q in qpick:
        print("\t".join(("quote", kit, q.get("speaker") or "", q.get("speaker_kind") or "",
                         (q.get("text") or "")[:120].replace("\t", " "), (q.get("sentence") or "")[:300].replace("\t", " "))))


if __name__ == "__main__":
    {"split": split, "draw": draw, "pair": lambda p, o: draw(p, o, True)}[sys.argv[1]](sys.argv[2], sys.argv[3])
