#!/usr/bin/env node
// Pagefind's answers to the query set, for recall: in headless Chromium, runs each query with
// Pagefind's own JS API on the Pagefind-indexed site and prints, per query, the number of
// results and the URLs of the first MAX (each result's data() loaded).
// Usage: node bench/pagefind-recall.mjs BASE QUERIES.txt [MAX]
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const require = createRequire(new URL("../browser-tests/package.json", import.meta.url));
const { chromium } = require("playwright-core");
const [base, file, maxArg] = process.argv.slice(2);
const max = parseInt(maxArg || "2000", 10);
const queries = readFileSync(file, "utf8").split("\n").filter(Boolean);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
await page.goto(base + "pagefind-probe.html");
const out = await page.evaluate(async ({ queries, max }) => {
  const pf = await import(new URL("pagefind/pagefind.js", document.baseURI).href);
  const res = [];
  for (const q of queries) {
    const s = await pf.search(q);
    const data = await Promise.all(s.results.slice(0, max).map(r => r.data()));
    res.push({ q, total: s.results.length, urls: data.map(d => d.url) });
  }
  return res;
}, { queries, max });
await browser.close();
console.log(JSON.stringify(out));
