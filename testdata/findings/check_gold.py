#!/usr/bin/env python3
"""Check a findings gold file (session 34, labelsA): every quote is a verbatim substring of one of its
value's docs, every doc has a quote, every doc belongs to the item's story and to EVENTS, every article
of a labelled story is in EVENTS, each value's text matches its own norm under findings.py's
normalisation; writes REPORT.json, a report built from the gold values, to score with findings.py.

Usage (from the repository root, ../shared/data beside it or at /work/shared/data):
    python3 testdata/findings/check_gold.py GOLD.jsonl EVENTS.jsonl REPORT.json
    python3 /work/shared/data/findings-dev/findings.py GOLD.jsonl REPORT.json --events EVENTS.jsonl
"""
import json, os, sys
DATA = '../shared/data' if os.path.isdir('../shared/data') else '/work/shared/data'
sys.path.insert(0, os.path.join(DATA, 'findings-dev'))
from findings import tokens, contains  # noqa: E402
gold, evf = sys.argv[1], sys.argv[2]
docs = {json.loads(l)['id']: json.loads(l) for l in open(os.path.join(DATA, 'ecbplus', 'dev.jsonl'))}
ev = {json.loads(l)['id']: json.loads(l)['story'] for l in open(evf)}
items = [json.loads(l) for l in open(gold)]
bad = 0
# events file holds every article of its stories
stories = set(ev.values())
for d in docs.values():
    if d['story'] in stories and d['id'] not in ev: print('missing from events', d['id']); bad += 1
for it in items:
    assert it['kind'] in ('number', 'date', 'speaker', 'place', 'other')
    for v in it['values']:
        if not contains(tokens(v['value']), tokens(v['norm'])): print('value/norm', it['story'], v['value'], v['norm']); bad += 1
        for d in v['docs']:
            if docs[d]['story'] != it['story'] or ev.get(d) != it['story']: print('doc story', d); bad += 1
            if not any(q in docs[d]['text'] for q in v['quotes']): print('no quote for', d); bad += 1
        for q in v['quotes']:
            if not any(q in docs[d]['text'] for d in v['docs']): print('quote not in docs', q[:60]); bad += 1
# report from gold values
rep = {'articles': [], 'stories': []}
aid = {}
for d in ev:
    aid[d] = len(aid) + 1
    rep['articles'].append({'id': aid[d], 'source': docs[d]['url']})
for it in items:
    rep['stories'].append({'discrepancies': [{'about': it['about'], 'kind': it['kind'],
        'values': [{'value': v['value'], 'articles': [aid[d] for d in v['docs']]} for v in it['values']]}]})
json.dump(rep, open(sys.argv[3], 'w'))
print('bad', bad, 'items', len(items), 'values', sum(len(i['values']) for i in items),
      'pairs', sum(len(v['docs']) for i in items for v in i['values']))
