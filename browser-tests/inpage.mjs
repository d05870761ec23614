#!/usr/bin/env node
// A second query typed into the search page, then Back to the first: both without loading
// the page again (a marker set on the first load survives), with the query in
// the address. Prints one JSON object per step: the address's query, the status line, the
// result links, whether the page was loaded again.
//
// Usage: node inpage.mjs --base URL [--chromium PATH] FIRST SECOND
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
const args = process.argv.slice(2);
let base = null, exe = process.env.CHROMIUM || "/usr/bin/chromium";
const words = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--base") base = args[++i];
  else if (args[i] === "--chromium") exe = args[++i];
  else words.push(args[i]);
}
const browser = await chromium.launch({ executablePath: exe, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const out = [];
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", e => errors.push(String(e)));
  page.on("console", m => { if (m.type() === "error") errors.push(m.text()); });
  const settled = () => page.waitForFunction(() => {
    const s = document.getElementById("search-status");
    return s && s.textContent && !s.textContent.startsWith("正在检索");
  }, null, { timeout: 30000 });
  const state = async step => {
    await settled();
    out.push(Object.assign({ step }, await page.evaluate(() => ({
      search: decodeURIComponent(location.search),
      status: document.getElementById("search-status").textContent,
      links: Array.from(document.querySelectorAll("#search-results h2 a")).map(a => decodeURIComponent(new URL(a.href).pathname)),
      reloaded: window.__firstLoad !== true,
      focused: document.activeElement ? document.activeElement.id : null,
    }))));
  };
  await page.goto(base + "search/?q=" + encodeURIComponent(words[0]), { waitUntil: "load" });
  await settled();
  await page.evaluate(() => { window.__firstLoad = true; });
  await state("first");
  await page.fill("#q", words[1]);
  await page.press("#q", "Enter");
  await page.waitForFunction(w => new URLSearchParams(location.search).get("q") === w, words[1]);
  await state("typed");
  await page.goBack();
  await page.waitForFunction(w => new URLSearchParams(location.search).get("q") === w, words[0]);
  await state("back");
  out.push({ step: "errors", errors });
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
