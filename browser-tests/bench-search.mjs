#!/usr/bin/env node
// Search benchmark: for each query, opens a search page in headless Chromium (fresh context,
// nothing cached) and reports the bytes and files fetched for the query and the time until
// the results were on screen. Engine "gongkai": BASE/search/?q=…; engine "pagefind":
// BASE/pagefind-probe.html?q=… (bench/pagefind-probe.*, copied into the Pagefind site).
// Usage: node bench-search.mjs ENGINE BASE QUERY...
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const [engine, base, ...queries] = process.argv.slice(2);
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ARGS });
const out = [];
for (const q of queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0, files = 0;
  const dir = engine === "gongkai" ? "/search/" : "/pagefind/";
  page.on("requestfinished", async req => {
    const u = new URL(req.url());
    if (!u.pathname.includes(dir) || u.pathname.endsWith("/search/")) return;
    const s = await req.sizes().catch(() => null);
    if (s) { bytes += s.responseBodySize; files++; }
  });
  const url = engine === "gongkai" ? base + "search/?q=" + encodeURIComponent(q) : base + "pagefind-probe.html?q=" + encodeURIComponent(q);
  await page.goto(url);
  const sel = engine === "gongkai" ? "#search-status" : "#status";
  await page.waitForFunction(s => { const e = document.querySelector(s); return e && /找到|没有/.test(e.textContent); }, sel, { timeout: 120000 });
  const ms = await page.evaluate(() => performance.now());
  // the query alone: from the script starting the search (Pagefind: loading its script) to
  // the results on screen
  const query = await page.evaluate(() => {
    const m = performance.getEntriesByType("measure").find(e => e.name === "gongkai-search" || e.name === "pagefind-search");
    return m ? Math.round(m.duration) : null;
  });
  const status = await page.evaluate(s => document.querySelector(s).textContent, sel);
  await page.waitForTimeout(100);
  out.push({ engine, q, status, bytes, files, ms: Math.round(ms), query });
  await context.close();
}
await browser.close();
console.log(JSON.stringify(out));
