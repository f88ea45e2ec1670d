"""Independent oracle for `state --on D` per CONTRACT.md section 1 (black-box cross-check)."""
import sys, os, json, subprocess, datetime, yaml
root, on = sys.argv[1], sys.argv[2]
D = datetime.date.fromisoformat(on)
def norm(v):
    if isinstance(v, datetime.date): return v.isoformat()
    if isinstance(v, list): return [norm(x) for x in v]
    if isinstance(v, dict): return {str(k): norm(x) for k, x in v.items()}
    return v
exp = {}
for dp, dn, fn in os.walk(root):
    for f in fn:
        if not f.endswith(('.yaml', '.yml')): continue
        r = yaml.load(open(os.path.join(dp, f), encoding='utf-8'), Loader=yaml.CSafeLoader)
        evs = []
        for i, e in enumerate(r['events']):
            eff = e.get('date') or e.get('not_after')
            if eff is None: continue
            if isinstance(eff, str): eff = datetime.date.fromisoformat(eff)
            evs.append((eff, i, e))
        evs.sort(key=lambda t: (t[0], t[1]))
        status, since, attrs = None, None, {}
        day_end = {}
        for eff, i, e in evs:
            if eff > D: break
            day_end[eff] = e['status']
            for k, v in (e.get('set') or {}).items():
                if v is None: attrs.pop(k, None)
                else: attrs[k] = norm(v)
        for day in sorted(day_end):
            if day_end[day] != status:
                status, since = day_end[day], day
        certain = True
        for e in r['events']:
            if 'not_before' in e and 'not_after' not in e and 'date' not in e:
                nb = e['not_before']
                if isinstance(nb, str): nb = datetime.date.fromisoformat(nb)
                if nb <= D: certain = False
        for eff, i, e in evs:
            if 'not_after' in e and e.get('date') is None:
                na = eff
                nb = e.get('not_before')
                if isinstance(nb, str): nb = datetime.date.fromisoformat(nb)
                if nb is None:
                    prior = [x[0] for x in evs if x[0] < na and x[2].get('date') is not None]
                    nb = (max(prior) + datetime.timedelta(days=1)) if prior else None
                if (nb is None or nb <= D) and D < na:
                    certain = False
        exp[r['id']] = dict(certain=certain, status=status, in_effect=status == 'active', since=since.isoformat() if since else None, attributes=attrs)
env = dict(os.environ, TIMELINE_NO_CACHE='1', TIMELINE_TODAY='2025-06-30')
out = subprocess.run([os.environ.get('TIMELINE', 'timeline'), 'state', '--data', root, '--on', on, '--format', 'json'], capture_output=True, text=True, env=env)
got = {p['id']: p for p in json.loads(out.stdout)['policies']}
bad = 0
for pid, e in exp.items():
    g = got.get(pid)
    if g is None:
        if e['status'] is not None: print('missing', pid); bad += 1
        continue
    for k in ('status', 'in_effect', 'since', 'attributes', 'certain'):
        if g.get(k) != e[k]:
            bad += 1
            if bad <= 10: print(pid, k, 'expected', str(e[k])[:200], 'got', str(g.get(k))[:200])
print('policies', len(exp), 'cli', len(got), 'mismatches', bad)
