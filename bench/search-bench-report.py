#!/usr/bin/env python3
"""Prints the search benchmark table from bench/search-bench.sh's measurements (its arguments, in order)."""
import json, re, sys, urllib.parse
n, gb, gm, pb, pm, il, ist, im, gs, gf, gl, ps, pfiles, gk, pf, lucene, pfr, log = sys.argv[1:]
gk, pf = json.loads(gk), json.loads(pf)
txt, dec, i, luc = open(lucene, encoding="utf-8").read(), json.JSONDecoder(), 0, []
while True:
    while i < len(txt) and txt[i].isspace(): i += 1
    if i >= len(txt): break
    obj, i = dec.raw_decode(txt, i)
    luc.append(obj)
pfr = json.load(open(pfr, encoding="utf-8"))
def norm(u):
    u = urllib.parse.unquote(u).lstrip("/")
    return u[:-len("index.html")] if u.endswith("index.html") else u
recalls, missed, partial = [], 0, 0
for l, p in zip(luc, pfr):
    want = {h["url"] for h in l["hits"]}
    if not want: continue
    got = {norm(u) for u in p["urls"]}
    if p["total"] == 0: missed += 1
    if l["total"] > len(l["hits"]) or p["total"] > len(p["urls"]):
        partial += 1
        continue
    recalls.append(len(want & got) / len(want))
print(f"N = {n} reports")
print(f"| | Gongkai | Pagefind 1.6.0 |")
print(f"|---|---|---|")
print(f"| index time (s) | {float(il) + float(ist):.1f} (Lucene {il} + static {ist}); whole build with pages {gb} | {pb} |")
print(f"| peak RSS (MB) | {int(im)//1024} (indexing alone); whole build {int(gm)//1024} | {int(pm)//1024} |")
print(f"| static index size (MB) | {int(gs)/1e6:.1f} (+ Lucene {int(gl)/1e6:.1f}) | {int(ps)/1e6:.1f} |")
print(f"| static index files | {gf} | {pfiles} |")
for i, label in enumerate(["one word", "three words"]):
    a, b = gk[i], pf[i]
    print(f"| {label} ({a['q']}): bytes / requests | {a['bytes']/1e3:.0f} KB / {a['files']} | {b['bytes']/1e3:.0f} KB / {b['files']} |")
    print(f"| {label}: ms to results, from navigation start | {a['ms']} | {b['ms']} |")
    print(f"| {label}: ms to results, the query alone | {a.get('query')} | {b.get('query')} |")
    print(f"| {label}: status | {a['status']} | {b['status']} |")
print(f"| recall against Lucene ({len(recalls)} queries with both lists complete) | 1.00 (the browser's top 10 against Lucene's: bench/search-parity.mjs) | {sum(recalls)/max(1,len(recalls)):.2f} mean, {sum(r == 1.0 for r in recalls)} of {len(recalls)} complete |")
print(f"| queries where Lucene finds reports and the engine none | 0 | {missed} |")
