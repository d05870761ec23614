#!/usr/bin/env node
// Like bench/search-parity.mjs, with year and region filters and page 2: the browser engine in
// Node over a built site's static index against `gongkai search --year/--region --limit 20`.
// Usage: node bench/search-parity-filters.mjs SITE   (cases below; after ./mvnw package)
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
const core = createRequire(import.meta.url)(new URL('../themes/default/static/search.js', import.meta.url).pathname);
const site = process.argv[2];
const cases = [["行政复议", "2023", ""], ["行政复议", "", "河南省"], ["公开", "2022", "山东省"], ["政务新媒体", "", "山西省/太原市"], ["行政复议", "", "聊城市"], ["公开", "", ""]];
for (const [text, year, region] of cases) {
  for (const k of [10, 20]) {
    let bytes = 0;
    const read = (p, s, e) => { const b = new Uint8Array(readFileSync(site + '/search/' + p)); const r = s === undefined ? b : b.subarray(s, e); bytes += r.length; return Promise.resolve(r); };
    const index = new core.Index(read);
    const found = await index.search({ text, year, region, k });
    const hits = await index.page(found, k - 10, 10);
    const args = ['-jar', new URL('../target/gongkai.jar', import.meta.url).pathname, 'search', '--site', site, '--json', '--limit', String(k), text];
    if (year) args.push('--year', year); if (region) args.push('--region', region);
    const lucene = JSON.parse(execFileSync('java', args).toString());
    const b = lucene.hits.slice(k - 10).map(h => h.url), a = hits.map(h => h.url);
    console.log(text, year, region, 'page', k / 10, 'same', JSON.stringify(a) === JSON.stringify(b), 'approx', !!found.approximate, 'totals', lucene.total, found.total, found.exact, 'bytes', bytes);
  }
}
