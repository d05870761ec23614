#!/usr/bin/env node
// Search latency in a real browser: serves a built site with nginx (Range requests,
// multipart/byteranges, the CSP `default-src 'self'`), loads its search page in headless
// Chromium with the first query in the address (?q=…), then types each further query into the
// page's form, as a visitor would; several rounds, each in a fresh browser context (nothing
// cached). Prints per query and round the page's own measure (`performance.measure
// "gongkai-search"`: from the script starting the query to the results on screen), the time
// from navigation start for the first query, and the bytes (response bodies) and requests the
// page fetched below search/ for that query; then per query the range over the rounds.
//
// Usage: node bench/search-latency.mjs SITE [--rounds N] [--port P] [--trace] [--idle] [--fresh] [QUERY...]
//   SITE   a built site (its search/ folder and assets/); default queries: the table of
//          docs/benchmarks.md ("Search latency at 10,000 and 100,000 reports")
//   --trace  also prints each request of each query: start and end (ms after the query
//          started), bytes and path, to see the rounds of requests
//   --fresh  every query is a page's first query (a fresh context, the query in the address):
//          the bytes and time of a query that finds nothing cached
//   --idle   before each query, waits (up to a minute) until the machine's CPUs were at least
//          80% idle over a second, so other people's builds on a shared machine disturb less
// Needs nginx (/usr/sbin/nginx or NGINX), Chromium (/usr/bin/chromium or CHROMIUM) and
// `npm ci --prefix browser-tests`. Run timed measurements under the benchmark lock:
//   flock /tmp/gongkai-bench.lock node bench/search-latency.mjs /tmp/srch/site10
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";
import { startNginx, CHROMIUM_ARGS } from "./nginx.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "browser-tests", "package.json"));
const { chromium } = require("playwright-core");

const DEFAULT_QUERIES = ["行政复议", "依申请公开", "不予公开", "信息处理费", "依申请公开 行政复议",
  "政务新媒体 信息处理费 行政复议", "行政复议 不予公开"];
const args = process.argv.slice(2);
let site = null, rounds = 3, port = 0, trace = false, idle = false, fresh = false;
const queries = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--rounds") rounds = parseInt(args[++i], 10);
  else if (args[i] === "--port") port = parseInt(args[++i], 10);
  else if (args[i] === "--trace") trace = true;
  else if (args[i] === "--idle") idle = true;
  else if (args[i] === "--fresh") fresh = true;
  else if (site === null) site = resolve(args[i]);
  else queries.push(args[i]);
}
if (!site || !existsSync(join(site, "search", "index.html"))) {
  console.error("usage: node bench/search-latency.mjs SITE [--rounds N] [--port P] [--trace] [QUERY...]");
  process.exit(2);
}
if (queries.length === 0) queries.push(...DEFAULT_QUERIES);

function freePort() {
  return new Promise((ok, fail) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)); });
    s.on("error", fail);
  });
}
if (!port) port = await freePort();

function cpu() {
  const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  return { idle: f[3] + f[4], all: f.reduce((a, b) => a + b, 0) };
}
async function quiet() {
  for (let t = 0; t < 60; t++) {
    const a = cpu();
    await new Promise(ok => setTimeout(ok, 1000));
    const b = cpu();
    if ((b.idle - a.idle) / (b.all - a.all) >= 0.8) return;
  }
  console.error("(the machine stayed busy)");
}

const { base, stop } = await startNginx(site, port);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
const results = queries.map(q => ({ q, runs: [] }));
try {
  for (let round = 0; round < rounds; round++) {
    let context = await browser.newContext();
    let page = await context.newPage();
    const errors = [];
    let count = { bytes: 0, requests: 0 }, pending = [];
    const watch = page => {
      page.on("console", m => { if (m.type() === "error") errors.push(m.text()); });
      page.on("pageerror", e => errors.push(String(e)));
      page.on("requestfinished", req => {
        const u = new URL(req.url());
        if (!u.pathname.startsWith("/search/") || u.pathname === "/search/" || u.pathname.endsWith(".html")) return;
        const c = count;
        c.requests++;
        pending.push(req.sizes().then(s => { c.bytes += s.responseBodySize; }, () => {}));
      });
    };
    watch(page);
    const measures = () => page.evaluate(() => performance.getEntriesByName("gongkai-search").map(m => [m.startTime, m.duration]));
    for (let i = 0; i < queries.length; i++) {
      const q = queries[i];
      count = { bytes: 0, requests: 0 };
      pending = [];
      if (idle) await quiet();
      if (fresh && i > 0) {
        await context.close();
        context = await browser.newContext();
        page = await context.newPage();
        watch(page);
      }
      const first = i === 0 || fresh;
      const before = first ? 0 : (await measures()).length;
      if (first) {
        await page.goto(base + "search/?q=" + encodeURIComponent(q));
      } else {
        await page.fill("#q", q);
        await page.click("#search-form button[type=submit]");
      }
      await page.waitForFunction(n => performance.getEntriesByName("gongkai-search").length > n, before, { timeout: 120000, polling: 5 });
      const m = (await measures())[before];
      const status = await page.evaluate(() => document.getElementById("search-status").textContent);
      const fromNavigation = first ? Math.round(m[0] + m[1]) : null;
      await page.waitForTimeout(50);
      await Promise.all(pending);
      const run = { ms: Math.round(m[1] * 10) / 10, fromNavigation, bytes: count.bytes, requests: count.requests, status };
      if (trace) {
        run.trace = await page.evaluate(start => performance.getEntriesByType("resource")
          .filter(e => e.startTime >= start - 1 && /\/search\/.+/.test(new URL(e.name).pathname))
          .map(e => [Math.round(e.startTime - start), Math.round(e.responseEnd - start), e.encodedBodySize, new URL(e.name).pathname.replace("/search/", "")]), m[0]);
      }
      results[i].runs.push(run);
      console.error(`round ${round + 1} ${q}: ${run.ms} ms${fromNavigation !== null ? " (" + fromNavigation + " from navigation)" : ""}, ${(run.bytes / 1024).toFixed(1)} KB, ${run.requests} requests — ${status}`);
      if (trace) for (const t of run.trace) console.error(`    ${t[0]}–${t[1]} ms ${t[2]} B ${t[3]}`);
    }
    if (errors.length) console.error("page errors: " + errors.join("; "));
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}
const range = xs => { const a = Math.min(...xs), b = Math.max(...xs); return a === b ? String(a) : a + "–" + b; };
console.log("| query | ms (page's measure) | KB | requests | status |");
console.log("|---|---|---|---|---|");
results.forEach((r, i) => {
  const ms = range(r.runs.map(x => Math.round(x.ms)));
  const nav = i === 0 || fresh ? " (" + range(r.runs.map(x => x.fromNavigation)) + " from navigation)" : "";
  const kb = range(r.runs.map(x => Math.round(x.bytes / 1024)));
  console.log(`| ${r.q}${i === 0 || fresh ? ", the page's first query" : ", typed"} | ${ms}${nav} | ${kb} | ${range(r.runs.map(x => x.requests))} | ${r.runs[0].status} |`);
});
