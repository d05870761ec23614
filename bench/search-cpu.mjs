#!/usr/bin/env node
// The search page's own work per query, apart from waiting: on a shared machine the page's
// measure (bench/search-latency.mjs) is mostly time the renderer was not scheduled. Loads each
// SITE's search page in headless Chromium (nginx as in search-latency.mjs) with the first query
// in the address, types the others, traces the renderer, and sums the main thread's CPU time
// (trace events' thread durations) inside each `performance.measure("gongkai-search")`. Sites
// alternate round by round, so both see the same machine; prints per query and site the median
// and range of CPU ms and the range of the measure.
// Usage: node bench/search-cpu.mjs ROUNDS SITE[,SITE…] QUERY...
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startNginx, CHROMIUM_ARGS } from "./nginx.mjs";
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "..", "browser-tests", "package.json"));
const { chromium } = require("playwright-core");
const rounds = +process.argv[2]; const sites = process.argv[3].split(","); const qs = process.argv.slice(4);
const tracePath = join(mkdtempSync(join(tmpdir(), "gongkai-cpu-")), "trace.json");
const res = sites.map(() => qs.map(() => ({ cpu: [], wall: [] })));
for (let r = 0; r < rounds; r++) for (let si = 0; si < sites.length; si++) {
  const site = resolve(sites[si]);
  const port = 18000 + Math.floor(Math.random() * 1000);
  const { base, stop } = await startNginx(site, port);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await browser.startTracing(page, { path: tracePath, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "v8"] });
    await page.goto(base + "search/?q=" + encodeURIComponent(qs[0]));
    await page.waitForFunction(() => performance.getEntriesByName("gongkai-search").length > 0, null, { polling: 5, timeout: 60000 });
    for (let i = 1; i < qs.length; i++) {
      await page.waitForTimeout(300);
      await page.fill("#q", qs[i]); await page.click("#search-form button[type=submit]");
      await page.waitForFunction(n => performance.getEntriesByName("gongkai-search").length > n, i, { polling: 5, timeout: 60000 });
    }
    await page.waitForTimeout(100);
    await browser.stopTracing();
    const ev = JSON.parse(readFileSync(tracePath, "utf8")).traceEvents;
    const bs = ev.filter(e => e.name === "gongkai-search" && e.ph === "b").sort((a, b) => a.ts - b.ts);
    const es = ev.filter(e => e.name === "gongkai-search" && e.ph === "e").sort((a, b) => a.ts - b.ts);
    const tn = ev.find(e => e.ph === "M" && e.name === "thread_name" && e.pid === bs[0].pid && e.args.name === "CrRendererMain");
    const main = ev.filter(e => e.pid === bs[0].pid && e.tid === tn.tid && e.ph === "X").sort((a, b) => a.ts - b.ts);
    bs.forEach((b, i) => {
      let sum = 0, end = -1;
      for (const e of main) if (e.ts >= end && e.ts >= b.ts - 1 && e.ts <= es[i].ts) { sum += e.tdur || 0; end = e.ts + (e.dur || 0); }
      res[si][i].cpu.push(sum / 1000); res[si][i].wall.push((es[i].ts - b.ts) / 1000);
    });
  } finally { await browser.close(); stop(); }
}
const med = a => { const s = a.slice().sort((x, y) => x - y); return s[Math.floor((s.length - 1) / 2)]; };
const rng = a => Math.round(Math.min(...a)) + "–" + Math.round(Math.max(...a));
qs.forEach((q, i) => console.log(q + " | " + sites.map((s, si) => `${s.split("/").pop()}: cpu median ${med(res[si][i].cpu).toFixed(1)} (${rng(res[si][i].cpu)}), wall ${rng(res[si][i].wall)}`).join(" | ")));
