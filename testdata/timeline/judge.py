# judge.py REPORT.json SEED N: print a seeded random sample of timeline entries
# and of distinct speaker names from a `corroborate analyze --format json` report.
import json, random, sys, re
d = json.load(open(sys.argv[1])); seed = int(sys.argv[2]); n = int(sys.argv[3])
arts = {a['id']: a for a in d['articles']}
def sentence(text, ev):
    i = text.find(ev[:60])
    if i < 0: return ''
    j = max(text.rfind('. ', 0, i), text.rfind('\n', 0, i)) + 1
    k = text.find('\n', i); k = len(text) if k < 0 else k
    return text[j:k][:400].replace('\t', ' ').replace('\n', ' ')
tl = []
for s in d['stories']:
    for e in s['timeline']:
        for aid in e['articles']:
            a = arts[aid]
            tl.append((s['id'], aid, a.get('published') or 'undated', e['date'], e['expression'], e['event'], sentence(a['text'], e['event'])))
sp = sorted({q['speaker'] for s in d['stories'] for q in s['quotes'] if q['speaker']})
qs = {}
for s in d['stories']:
    for q in s['quotes']:
        qs.setdefault(q['speaker'], q)
r = random.Random(seed); r.shuffle(tl)
r2 = random.Random(seed); r2.shuffle(sp)
print("# timeline: %d entries (entry = event x article); %d drawn" % (len(tl), n))
for k, t in enumerate(tl[:n]):
    print("T%d\t%s" % (k + 1, "\t".join(t)))
print("# speakers: %d distinct names; %d drawn" % (len(sp), n))
for k, name in enumerate(sp[:n]):
    q = qs[name]
    print("S%d\t%s\t%s\t%s" % (k + 1, name, q['speaker_text'], q['sentence'][:300].replace('\t', ' ').replace('\n', ' ')))
