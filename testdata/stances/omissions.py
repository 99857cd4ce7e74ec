# omissions.py REPORT.json SEED N: print a seeded random sample of the omissions
# in a `corroborate analyze --format json` report (one line per (story, article,
# omitted fact)), for judging by hand against the whole article; with a 4th
# argument DIR, also write each drawn article's text to DIR/<article id>.txt.
import json, random, sys, os
d = json.load(open(sys.argv[1])); seed = int(sys.argv[2]); n = int(sys.argv[3])
arts = {a['id']: a for a in d['articles']}
om = []
for s in d['stories']:
    for f in s['framing']:
        for o in f['omits']:
            om.append((s['id'], f['article'], arts[f['article']].get('source') or '', o))
r = random.Random(seed); r.shuffle(om)
print("# omissions: %d (omission = fact x article); %d drawn" % (len(om), n))
for k, t in enumerate(om[:n]):
    print("O%d\t%s" % (k + 1, "\t".join(x.replace('\t', ' ').replace('\n', ' ') for x in t)))
    if len(sys.argv) > 4:
        os.makedirs(sys.argv[4], exist_ok=True)
        with open(os.path.join(sys.argv[4], t[1] + '.txt'), 'w') as w:
            a = arts[t[1]]
            w.write((a.get('title') or '') + '\n\n' + a['text'])
