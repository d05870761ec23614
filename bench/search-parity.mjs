#!/usr/bin/env node
// Compares the browser's search engine (themes/default/static/search.js, run in Node over a
// built site's static index) with `gongkai search` on the same site, query by query: whether
// the browser hit its postings budget (order approximate), how many of Lucene's top 10 it
// shows, whether in the same order, and both totals. For the benchmark at scale (the
// StaticParityTest does this exactly on the seeds).
// Usage: node bench/search-parity.mjs SITE QUERY...   (after ./mvnw package: target/gongkai.jar)
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
const core = createRequire(import.meta.url)(new URL('../themes/default/static/search.js', import.meta.url).pathname);
const site = process.argv[2];
for (const text of process.argv.slice(3)) {
  const read = (p, s, e) => { const b = new Uint8Array(readFileSync(site + '/search/' + p)); return Promise.resolve(s === undefined ? b : b.subarray(s, e)); };
  const index = new core.Index(read);
  const found = await index.search({ text });
  const hits = await index.page(found, 0, 10);
  const lucene = JSON.parse(execFileSync('java', ['-jar', new URL('../target/gongkai.jar', import.meta.url).pathname, 'search', '--site', site, '--json', '--limit', '10', text]).toString());
  const a = hits.map(h => h.url), b = lucene.hits.map(h => h.url);
  const same = a.filter(u => b.includes(u)).length;
  const order = a.every((u, i) => u === b[i]);
  console.log(text, 'approximate', !!found.approximate, 'top10 overlap', same, 'same order', order, 'lucene total', lucene.total, 'browser total', found.total);
}
