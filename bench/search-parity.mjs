#!/usr/bin/env node
// Compares the browser's search engine (themes/default/static/search.js, run in Node over a
// built site's static index) with `gongkai search` on the same site, query by query: the bytes
// the script read below search/ (meta.json, shards, postings, the first page's records), its
// rounds of block reads and second tiers read, whether it hit its postings budget (order
// approximate), how many of Lucene's top 10 it shows, whether in the same order, and both
// totals; then one line of sums. For the benchmark at scale (StaticParityTest does this
// exactly on the seeds and a small generated corpus).
// Usage: node bench/search-parity.mjs SITE [--file QUERIES] [QUERY...]
//   (after ./mvnw package: target/gongkai.jar; QUERIES: one query a line, e.g.
//   bench/search-multiword.txt)
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
const core = createRequire(import.meta.url)(new URL('../themes/default/static/search.js', import.meta.url).pathname);
const jar = new URL('../target/gongkai.jar', import.meta.url).pathname;
const args = process.argv.slice(2);
const site = args.shift();
const queries = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--file') queries.push(...readFileSync(args[++i], 'utf8').split('\n').map(s => s.trim()).filter(s => s && !s.startsWith('#')));
  else queries.push(args[i]);
}
const sum = { queries: 0, KB: 0, approximate: 0, overlapOfApproximate: 0, overlap: 0 };
console.log(['query', 'KB', 'rounds', 'second tiers', 'answer', 'top 10 overlap', 'same order', 'total (browser / Lucene)'].join('\t'));
for (const text of queries) {
  let bytes = 0;
  const files = new Map();
  const read = (p, s, e) => {
    if (!files.has(p)) files.set(p, new Uint8Array(readFileSync(site + '/search/' + p)));
    const b = s === undefined ? files.get(p) : files.get(p).subarray(s, e);
    bytes += b.length;
    return Promise.resolve(b);
  };
  const index = new core.Index(read);
  const found = await index.search({ text });
  const hits = await index.page(found, 0, 10);
  const lucene = JSON.parse(execFileSync('java', ['-jar', jar, 'search', '--site', site, '--json', '--limit', '10', text]).toString());
  const a = hits.map(h => h.url), b = lucene.hits.map(h => h.url);
  const same = a.filter(u => b.includes(u)).length;
  const order = a.length === b.length && a.every((u, i) => u === b[i]);
  sum.queries++;
  sum.KB += bytes / 1024;
  sum.overlap += same;
  if (found.approximate) { sum.approximate++; sum.overlapOfApproximate += same; }
  console.log([text, (bytes / 1024).toFixed(1), found.rounds, found.secondTiers, found.approximate ? 'approximate' : 'exact',
    same, order, found.total + ' / ' + lucene.total].join('\t'));
}
sum.KB = Math.round(sum.KB);
console.log(JSON.stringify(sum));
