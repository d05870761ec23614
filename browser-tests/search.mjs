#!/usr/bin/env node
// Runs queries on a served Gongkai site's search page in headless Chromium and prints, per
// query, one JSON object: the status line the page shows, the result links in order, the
// snippets, the bytes the page fetched for the query (everything after the page itself and its
// assets, i.e. search/meta.json, term shards and doc chunks), how many requests asked for
// several ranges at once, and the milliseconds from navigation start until the results were
// on screen.
//
// Usage: node search.mjs --base http://127.0.0.1:8080/xxgk/ndbg/ [--chromium PATH] QUERIES.json
// where QUERIES.json is [{"q": "...", "region": "...", "year": 2023}, ...].
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const args = process.argv.slice(2);
let base = null, exe = process.env.CHROMIUM || "/usr/bin/chromium", file = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--base") base = args[++i];
  else if (args[i] === "--chromium") exe = args[++i];
  else file = args[i];
}
if (!base || !file) throw new Error("usage: search.mjs --base URL QUERIES.json");
const queries = JSON.parse(readFileSync(file, "utf8"));

const browser = await chromium.launch({ executablePath: exe, args: CHROMIUM_ARGS });
const out = [];
try {
  for (const q of queries) {
    // A fresh context per query: nothing cached from the previous one, so bytes are honest.
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on("console", m => { if (m.type() === "error") errors.push(m.text()); });
    page.on("pageerror", e => errors.push(String(e)));
    let bytes = 0, files = 0, multiRange = 0;
    page.on("requestfinished", async req => {
      const url = req.url();
      if (!url.includes("/search/") || url.includes("/search/?") || url.endsWith("/search/")) return;
      if ((req.headers().range || "").includes(",")) multiRange++;
      const sizes = await req.sizes().catch(() => null);
      if (sizes) { bytes += sizes.responseBodySize + sizes.responseHeadersSize; files++; }
    });
    const params = new URLSearchParams({ q: q.q });
    if (q.region) params.set("region", q.region);
    if (q.year) params.set("year", String(q.year));
    await page.goto(base + "search/?" + params.toString(), { waitUntil: "load" });
    await page.waitForFunction(() => {
      const s = document.getElementById("search-status");
      return s && s.textContent && !s.textContent.startsWith("正在检索");
    }, null, { timeout: 30000 });
    const ms = await page.evaluate(() => performance.now());
    const result = await page.evaluate(() => ({
      status: document.getElementById("search-status").textContent,
      links: Array.from(document.querySelectorAll("#search-results h2 a")).map(a => decodeURIComponent(new URL(a.href).pathname)),
      snippets: Array.from(document.querySelectorAll("#search-results .snippet")).map(p => p.innerHTML),
    }));
    await page.waitForTimeout(50);
    out.push({ q, ...result, bytes, files, multiRange, ms, errors });
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
