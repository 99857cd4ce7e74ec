# sample.py: pick a seeded random sample of tune-half incidents (split by
# internal/evaluate/split.go HalfOf(incident id)) with >= 2 articles, write them
# as JSON Lines for `corroborate analyze --format json`.
import json, random, sys, collections
def fnv32a(s):
    h = 0x811c9dc5
    for b in s.encode():
        h ^= b; h = (h * 0x01000193) & 0xffffffff
    return h
def half(g): return "holdout" if fnv32a("corroborate-split:" + g) % 2 == 1 else "tune"
path, seed, n, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
by = collections.defaultdict(list)
for line in open(path):
    r = json.loads(line); by[r["story"]].append(line)
ids = sorted(g for g, rs in by.items() if len(rs) >= 2 and half(g) == "tune")
random.seed(seed); pick = sorted(random.sample(ids, n))
with open(out, "w") as f:
    for g in pick:
        for l in by[g]: f.write(l)
print(len(ids), "tune incidents with >=2 articles;", n, "drawn:", " ".join(pick), file=sys.stderr)
