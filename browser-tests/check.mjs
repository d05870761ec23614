#!/usr/bin/env node
// Opens pages of a served Gongkai site in headless Chromium and reports, per page, as one JSON
// document on stdout:
//   - the HTTP status, failed sub-requests and whether the theme's stylesheet was applied;
//   - console errors, uncaught page errors and Content-Security-Policy violations (in a context
//     that enforces the server's CSP);
//   - axe-core violations for WCAG 2.0/2.1 A and AA;
//   - horizontal overflow of the document at 360 px (a phone), 640 px (1280 px at 200 % zoom)
//     and 320 px (WCAG reflow), with and without the larger-text mode (tables must scroll in
//     their own .table-scroll container);
//   - whether the larger-text button (#text-size) toggles html.large-text and aria-pressed
//     without a reload, and whether the skip link is the first Tab stop and visibly focused.
// Optionally saves full-page screenshots of one page at 360 px and 1280 px.
//
// Usage:
//   node check.mjs --base http://127.0.0.1:8080/xxgk/ndbg/ [--screenshots DIR --screenshot PATH]
//                  [--chromium /usr/bin/chromium] PATH...
// PATH is relative to --base ("" or "." for the home page). Never downloads a browser: it runs
// the system Chromium (Debian's /usr/bin/chromium by default, or $CHROMIUM).

import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");
// axe-core's source, evaluated in the page through the DevTools protocol. page.addScriptTag would
// insert an inline <script>, which the site's CSP (default-src 'self') rightly blocks.
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// Best-practice rules (outside the WCAG tags) for the theme's own promises: one <h1>, headings
// in order, a main landmark, everything inside landmarks, a working skip link.
const AXE_EXTRA_RULES = ["heading-order", "page-has-heading-one", "landmark-one-main", "region", "skip-link",
  "landmark-unique", "landmark-no-duplicate-main", "empty-heading", "empty-table-header"];
const DESKTOP = { width: 1280, height: 900 };
// A 360 px phone; 640 px is a 1280 px window at 200 % zoom; 320 px is WCAG 1.4.10's reflow width.
const NARROW_WIDTHS = [360, 640, 320];
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

function parseArgs(argv) {
  const opts = { base: null, screenshots: null, screenshot: null, chromium: process.env.CHROMIUM || "/usr/bin/chromium", pages: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--base") opts.base = value();
    else if (a === "--screenshots") opts.screenshots = value();
    else if (a === "--screenshot") opts.screenshot = value();
    else if (a === "--chromium") opts.chromium = value();
    else if (a === "--help" || a === "-h") opts.help = true;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else opts.pages.push(a === "." ? "" : a);
  }
  if (opts.help) return opts;
  if (!opts.base) throw new Error("--base is required");
  if (!opts.base.endsWith("/")) opts.base += "/";
  if (opts.pages.length === 0) opts.pages.push("");
  if ((opts.screenshots === null) !== (opts.screenshot === null)) {
    throw new Error("--screenshots and --screenshot go together");
  }
  return opts;
}

// Records CSP violations into window before any page script runs.
const CSP_RECORDER = () => {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__cspViolations.push({
      directive: e.violatedDirective, blockedURI: e.blockedURI, sourceFile: e.sourceFile,
      line: e.lineNumber, sample: e.sample,
    });
  });
};

function urlOf(base, p) {
  // Encode each path segment (Chinese folder names) the way a link on the site would; a query
  // ("search/?q=…") is encoded as a form would.
  const [path, query] = p.split(/\?(.*)/s);
  const encoded = path.split("/").map((s) => encodeURIComponent(decodeURIComponent(s))).join("/");
  return base + encoded + (query === undefined ? "" : "?" + new URLSearchParams(query).toString());
}

async function loadPage(page, url) {
  const response = await page.goto(url, { waitUntil: "load", timeout: 30000 });
  // A page with a query (search) renders its results from fetched data: wait until that is done.
  if (new URL(url).search) await page.waitForLoadState("networkidle", { timeout: 10000 }).catch(() => {});
  return response ? response.status() : null;
}

/** Console errors, page errors, CSP violations, failed requests, stylesheet, focus, toggle, overflow. */
async function browse(context, url) {
  const result = {
    status: null, consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [],
    stylesheetLoaded: false, h1Count: null, skipLink: null, textSize: null, overflow: {},
  };
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() !== "error") return;
    // The document's own status (a 404 page) is reported as status, not as a console error.
    if (m.location().url === page.url() && /status of \d+/.test(m.text())) return;
    result.consoleErrors.push({ text: m.text(), location: m.location() });
  });
  page.on("pageerror", (e) => result.pageErrors.push(String(e && e.stack ? e.stack : e)));
  page.on("requestfailed", (r) => result.failedRequests.push({ url: r.url(), error: r.failure()?.errorText }));
  page.on("response", (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== "document") {
      result.failedRequests.push({ url: r.url(), status: r.status() });
    }
  });
  try {
    await page.setViewportSize(DESKTOP);
    result.status = await loadPage(page, url);
    result.stylesheetLoaded = await page.evaluate(() => [...document.styleSheets].some((s) => {
      try {
        return /\/assets\/site\.css$/.test(s.href || "") && s.cssRules.length > 0;
      } catch (e) {
        return false;
      }
    }));
    result.h1Count = await page.locator("h1").count();

    // The skip link: first Tab stop, moves on screen when focused, has a visible outline.
    await page.keyboard.press("Tab");
    result.skipLink = await page.evaluate(() => {
      const a = document.activeElement;
      if (!a || !a.classList.contains("skip-link")) return { ok: false, focused: a ? a.outerHTML.slice(0, 120) : null };
      const r = a.getBoundingClientRect();
      const s = getComputedStyle(a);
      const onScreen = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width > 0 && r.height > 0;
      const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
      return { ok: onScreen && outline, onScreen, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` };
    });

    // Larger-text mode toggles without a reload.
    result.textSize = await toggleTextSize(page);

    // Narrow windows: the document must not scroll sideways, with or without larger text.
    for (const width of NARROW_WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      result.overflow[width] = await overflow(page);
      if (result.textSize.ok) {
        await page.click("#text-size", { timeout: 5000 });
        result.overflow[`${width}-large`] = await overflow(page);
        await page.click("#text-size", { timeout: 5000 });
      }
    }
    result.cspViolations = await page.evaluate(() => window.__cspViolations || []);
  } catch (e) {
    result.pageErrors.push(`check.mjs: ${e && e.stack ? e.stack : e}`);
  } finally {
    await page.close();
  }
  return result;
}

async function toggleTextSize(page) {
  const button = page.locator("#text-size");
  if ((await button.count()) !== 1) return { ok: false, reason: "no #text-size button" };
  if (!(await button.isVisible())) return { ok: false, reason: "#text-size is not visible" };
  const state = () => page.evaluate(() => ({
    large: document.documentElement.classList.contains("large-text"),
    pressed: document.getElementById("text-size").getAttribute("aria-pressed"),
    fontSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
    marker: window.__gongkaiMarker === true,
  }));
  await page.evaluate(() => { window.__gongkaiMarker = true; });
  const before = await state();
  await button.click({ timeout: 5000 });
  const on = await state();
  await button.click({ timeout: 5000 });
  const off = await state();
  const ok = !before.large && before.pressed === "false"
    && on.large && on.pressed === "true" && on.fontSize > before.fontSize && on.marker
    && !off.large && off.pressed === "false" && off.fontSize === before.fontSize && off.marker;
  return { ok, before, on, off };
}

function overflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const wide = [];
    if (doc.scrollWidth > innerWidth + 1) {
      // Name the outermost elements that stick out and are not clipped by a scrolling box
      // (a .table-scroll), to say what to fix.
      const out = (el) => el.getBoundingClientRect().right > innerWidth + 1;
      const clipped = (el) => {
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== "visible" && !out(a)) return true;
        }
        return false;
      };
      for (const el of document.body.querySelectorAll("*")) {
        if (!out(el) || clipped(el) || (el.parentElement !== document.body && out(el.parentElement) && !clipped(el.parentElement))) continue;
        const name = el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
          + (typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().replace(/\s+/g, ".") : "");
        wide.push(`${name} right=${Math.round(el.getBoundingClientRect().right)}: ${(el.textContent || "").trim().slice(0, 30)}`);
        if (wide.length >= 8) break;
      }
    }
    return { ok: doc.scrollWidth <= innerWidth + 1, scrollWidth: doc.scrollWidth, innerWidth, wide };
  });
}

/** Runs axe-core in the page, in the context that bypasses CSP (never the one checking CSP). */
async function runAxe(context, url) {
  const page = await context.newPage();
  try {
    await page.setViewportSize(DESKTOP);
    await loadPage(page, url);
    await page.evaluate(AXE_SOURCE);
    const results = await page.evaluate(async ([tags, extra]) => {
      const rules = Object.fromEntries(extra.map((id) => [id, { enabled: true }]));
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: "tag", values: tags }, rules, resultTypes: ["violations", "incomplete"] });
      const pick = (v) => ({
        id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl, tags: v.tags.filter((t) => /^(wcag|best)/.test(t)),
        nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary, html: n.html.slice(0, 200) })),
      });
      return {
        violations: r.violations.map(pick), incomplete: r.incomplete.map((v) => v.id),
        passes: r.passes.map((v) => v.id),
      };
    }, [AXE_TAGS, AXE_EXTRA_RULES]);
    return results;
  } catch (e) {
    return { error: String(e && e.stack ? e.stack : e), violations: [] };
  } finally {
    await page.close();
  }
}

async function screenshots(browser, url, dir) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await loadPage(page, url);
    await page.evaluate(() => document.fonts.ready);
    const file = path.resolve(dir, `report-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
    await context.close();
  }
  return files;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    console.log("node check.mjs --base URL [--screenshots DIR --screenshot PATH] [--chromium EXE] PATH...");
    return 0;
  }
  const started = Date.now();
  // launch() runs Chromium with a fresh temporary profile that Playwright deletes on close.
  const browser = await chromium.launch({ executablePath: opts.chromium, headless: true, args: CHROMIUM_ARGS });
  const out = { base: opts.base, browser: browser.version(), axe: require("axe-core/package.json").version, pages: [], screenshots: [] };
  try {
    // The CSP-enforcing context: exactly what a visitor's browser does.
    const strict = await browser.newContext({ viewport: DESKTOP, locale: "zh-CN" });
    await strict.addInitScript(CSP_RECORDER);
    // axe runs in its own context so its injection can never count as the site's CSP violation.
    const audit = await browser.newContext({ viewport: DESKTOP, locale: "zh-CN", bypassCSP: true });
    for (const p of opts.pages) {
      const url = urlOf(opts.base, p);
      const page = { path: p, url, ...(await browse(strict, url)) };
      page.axe = await runAxe(audit, url);
      out.pages.push(page);
    }
    await strict.close();
    await audit.close();
    if (opts.screenshot !== null) out.screenshots = await screenshots(browser, urlOf(opts.base, opts.screenshot), opts.screenshots);
  } finally {
    await browser.close();
  }
  out.seconds = (Date.now() - started) / 1000;
  process.stdout.write(JSON.stringify(out, null, 1) + "\n");
  return 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(2);
});
