// Gongkai static search: answers queries in the browser from the index a build writes to
// search/ (meta.json, terms/*.json, docs/*.json), fetching only the shards a query needs.
// Tokenising, BM25 scoring (in 32-bit float steps, as Lucene does) and snippets repeat the
// Java code exactly (org.gongkai.index.Tokens, org.apache.lucene BM25Similarity,
// org.gongkai.search.Snippets), so the browser finds what `gongkai search` finds.
(function (global) {
  "use strict";
  var F = Math.fround;
  var MAX_WORD = 32;
  var MAX_CHARS = 200;
  var MAX_TOKENS = 32;
  var SNIPPET = 120;

  // ---- tokens (org.gongkai.index.Tokens) -------------------------------------------------
  function isHan(cp) {
    return (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0x20000 && cp <= 0x2A6DF) || (cp >= 0x2A700 && cp <= 0x2EBEF) || (cp >= 0x30000 && cp <= 0x3134F) ||
      cp === 0x3007;
  }
  var LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]/u;
  function kind(norm) {
    if (norm.length === 0) return 0;
    var cp = norm.codePointAt(0);
    if (isHan(cp)) return 1;
    return LETTER_OR_DIGIT.test(norm) ? 2 : 0;
  }
  function cpCount(s) { var n = 0; for (var c of s) n++; return n; }
  function cutCodePoints(s, max) { var out = "", n = 0; for (var c of s) { if (n++ >= max) break; out += c; } return out; }

  function tokens(text) {
    var cps = [], offsets = [], norm = [], off = 0;
    for (var ch of text) {
      cps.push(ch);
      offsets.push(off);
      off += ch.length;
      norm.push(ch.normalize("NFKC").toLowerCase());
    }
    offsets.push(off);
    var out = [], i = 0;
    while (i < cps.length) {
      var k = kind(norm[i]);
      if (k === 0) { i++; continue; }
      var j = i;
      while (j < cps.length && kind(norm[j]) === k) j++;
      if (k === 1) {
        if (j - i === 1) out.push({ text: norm[i], start: offsets[i], end: offsets[i + 1] });
        for (var m = i; m + 1 < j; m++) out.push({ text: norm[m] + norm[m + 1], start: offsets[m], end: offsets[m + 2] });
      } else {
        var w = "";
        for (var x = i; x < j && cpCount(w) < MAX_WORD; x++) w += norm[x];
        if (cpCount(w) > MAX_WORD) w = cutCodePoints(w, MAX_WORD);
        out.push({ text: w, start: offsets[i], end: offsets[j] });
      }
      i = j;
    }
    return out;
  }

  function queryTokens(text) {
    var cut = text.length > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    var seen = [], set = new Set();
    tokens(cut).forEach(function (t) {
      if (set.size < MAX_TOKENS && !set.has(t.text)) { set.add(t.text); seen.push(t.text); }
    });
    return seen;
  }

  // ---- snippets (org.gongkai.search.Snippets) ---------------------------------------------
  function passages(text) {
    var out = [], start = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === "。" || c === "！" || c === "？" || c === "；" || c === "\n") {
        add(out, text.substring(start, i + 1));
        start = i + 1;
      }
    }
    add(out, text.substring(start));
    if (out.length === 0) out.push("");
    return out;
  }
  function add(out, p) { var s = strip(p); if (s.length) out.push(s); }
  // Java's String.strip(): Unicode white space at both ends.
  function strip(s) { return s.replace(/^[\s\u2000-\u200a\u2028\u2029\u205f\u3000\u1680]+|[\s\u2000-\u200a\u2028\u2029\u205f\u3000\u1680]+$/gu, ""); }

  function best(text, q) {
    var ps = passages(text), bestP = ps[0], bestScore = 0;
    ps.forEach(function (p) {
      var hit = new Set();
      tokens(p).forEach(function (t) { if (q.has(t.text)) hit.add(t.text); });
      if (hit.size > bestScore) { bestP = p; bestScore = hit.size; }
    });
    return bestP;
  }

  // The snippet as segments [{text, mark}], and as the HTML the Java side produces.
  function snippetSegments(text, q) {
    if (!text) return [];
    var p = best(text, q), ts = tokens(p), first = -1;
    for (var i = 0; i < ts.length; i++) if (q.has(ts[i].text)) { first = ts[i].start; break; }
    var from = 0;
    if (p.length > SNIPPET && first > 20) from = Math.min(first - 20, p.length - SNIPPET);
    var to = Math.min(p.length, from + SNIPPET);
    var marked = new Array(p.length).fill(false);
    ts.forEach(function (t) { if (q.has(t.text)) for (var k = t.start; k < t.end; k++) marked[k] = true; });
    var segs = [];
    if (from > 0) segs.push({ text: "…", mark: false });
    var cur = null;
    for (var k = from; k < to; k++) {
      if (!cur || cur.mark !== marked[k]) { cur = { text: "", mark: marked[k] }; segs.push(cur); }
      cur.text += p.charAt(k);
    }
    if (to < p.length) segs.push({ text: "…", mark: false });
    return segs;
  }
  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }
  function snippetHtml(text, q) {
    var out = "";
    snippetSegments(text, q).forEach(function (s) {
      out += s.mark ? "<mark>" + escapeHtml(s.text) + "</mark>" : escapeHtml(s.text);
    });
    return out.replace(/<\/mark><mark>/g, "");
  }

  // ---- the index --------------------------------------------------------------------------
  function fnv(term, shards) {
    var bytes = new TextEncoder().encode(term), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193); }
    return (h & 0x7fffffff) % shards;
  }

  // `load(path)` returns a promise of parsed JSON for a path below search/.
  function Index(load) {
    this.load = load;
    this.cache = new Map();
    this.meta = null;
  }
  Index.prototype.get = function (path) {
    if (!this.cache.has(path)) this.cache.set(path, this.load(path));
    return this.cache.get(path);
  };
  Index.prototype.init = function () {
    var self = this;
    return this.meta ? Promise.resolve(this.meta) : this.get("meta.json").then(function (m) { self.meta = m; return m; });
  };
  Index.prototype.entry = function (term) {
    var meta = this.meta;
    return this.get("terms/" + fnv(term, meta.shards).toString(16) + ".json").then(function (shard) {
      return Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null;
    });
  };

  // Lucene 9.12 BM25Similarity, step by step in float.
  function scorer(meta, f, df) {
    var fm = meta.fields[f], k1 = F(meta.k1), b = F(meta.b);
    var idf = F(Math.log(1 + (fm.docCount - df + 0.5) / (df + 0.5)));
    var weight = F(F(fm.boost) * idf);
    var avgdl = F(fm.sumTotalTermFreq / fm.docCount);
    var cache = meta._cache || (meta._cache = {});
    if (!cache[f]) {
      var c = new Float32Array(256);
      for (var i = 0; i < 256; i++) c[i] = F(1 / F(k1 * F(F(1 - b) + F(F(b * meta.lengthTable[i]) / avgdl))));
      cache[f] = c;
    }
    var norms = cache[f];
    return function (freq, norm) { return F(weight - F(weight / F(1 + F(freq * norms[norm])))); };
  }

  // All query tokens must occur (in any searched field); a report's score sums, per token,
  // the field scores (each a float, summed in double then rounded, as Lucene does).
  Index.prototype.search = function (q) {
    var self = this;
    var toks = queryTokens(q.text || "");
    if (toks.length === 0) return Promise.resolve({ total: 0, hits: [], tokens: toks });
    return this.init().then(function (meta) {
      var wanted = toks.map(function (t) { return self.entry(t); });
      var filters = [];
      if (q.year) wanted.push(self.entry("y:" + q.year)), filters.push(true);
      if (q.region) {
        var r = q.region.trim().replace(/ /g, "/");
        wanted.push(self.entry((r.indexOf("/") >= 0 ? "p:" : "r:") + r));
        filters.push(true);
      }
      return Promise.all(wanted).then(function (entries) {
        var per = [];
        for (var t = 0; t < toks.length; t++) {
          var e = entries[t];
          if (!e) return { total: 0, hits: [], tokens: toks };
          var scores = new Map();
          meta.fields.forEach(function (fm, f) {
            var fe = e[String(f)];
            if (!fe) return;
            var s = scorer(meta, f, fe[0]), p = fe[1];
            for (var i = 0; i < p.length; i += 3) {
              var d = p[i];
              scores.set(d, (scores.get(d) || 0) + s(p[i + 1], p[i + 2]));
            }
          });
          scores.forEach(function (v, d) { scores.set(d, F(v)); });
          per.push(scores);
        }
        var allowed = null;
        for (var k = toks.length; k < entries.length; k++) {
          var docs = entries[k] && entries[k].docs ? entries[k].docs : [];
          var set = new Set(docs);
          allowed = allowed ? new Set(Array.from(allowed).filter(function (d) { return set.has(d); })) : set;
        }
        per.sort(function (a, b) { return a.size - b.size; });
        var results = [];
        per[0].forEach(function (v, d) {
          if (allowed && !allowed.has(d)) return;
          var sum = 0;
          for (var j = 0; j < per.length; j++) {
            var x = per[j].get(d);
            if (x === undefined) return;
            sum += x;
          }
          results.push({ doc: d, score: F(sum) });
        });
        results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return { total: results.length, hits: results, tokens: toks };
      });
    });
  };

  // The page of results with what each shows.
  Index.prototype.page = function (found, offset, limit) {
    var self = this, meta = this.meta, slice = found.hits.slice(offset, offset + limit);
    var q = new Set(found.tokens);
    return Promise.all(slice.map(function (h) {
      var chunk = Math.floor(h.doc / meta.docsPerChunk);
      return self.get("docs/" + chunk.toString(16) + ".json").then(function (docs) {
        var d = docs[h.doc - chunk * meta.docsPerChunk];
        return {
          organ: d.organ, region: d.region, year: d.year, url: d.url, score: h.score,
          snippet: snippetHtml(d.body, q), segments: snippetSegments(d.body, q)
        };
      });
    }));
  };

  var core = { tokens: tokens, queryTokens: queryTokens, snippetHtml: snippetHtml, fnv: fnv, Index: Index };
  if (typeof module !== "undefined" && module.exports) module.exports = core;
  global.GongkaiSearch = core;

  // ---- the page ---------------------------------------------------------------------------
  if (typeof document === "undefined") return;
  var PAGE = 10;
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("search-form");
    if (!form) return;
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var pager = document.getElementById("search-pager");
    var base = form.getAttribute("data-index");
    var root = form.getAttribute("data-root");
    var params = new URLSearchParams(window.location.search);
    var query = { text: params.get("q") || "", region: params.get("region") || "", year: params.get("year") || "" };
    var page = Math.max(1, parseInt(params.get("page") || "1", 10) || 1);
    form.elements.q.value = query.text;
    form.elements.region.value = query.region;
    form.elements.year.value = query.year;
    form.classList.add("ready");
    if (!query.text.trim()) return;

    var index = new Index(function (path) {
      return fetch(base + path).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        return r.json();
      });
    });
    status.textContent = "正在检索……";
    index.search(query).then(function (found) {
      if (found.tokens.length === 0) {
        status.textContent = "检索词中没有可检索的文字，请换一个检索词。";
        return;
      }
      if (found.total === 0) {
        status.textContent = "没有找到包含“" + query.text + "”的报告。";
        return;
      }
      var pages = Math.ceil(found.total / PAGE);
      page = Math.min(page, pages);
      return index.page(found, (page - 1) * PAGE, PAGE).then(function (hits) {
        status.textContent = "找到 " + found.total + " 份报告" + (pages > 1 ? "，第 " + page + " / " + pages + " 页" : "") + "。";
        hits.forEach(function (h) { list.appendChild(item(h)); });
        pager.textContent = "";
        if (page > 1) pager.appendChild(link(page - 1, "上一页", "prev"));
        if (page < pages) pager.appendChild(link(page + 1, "下一页", "next"));
      });
    }).catch(function (e) {
      status.textContent = "检索出错：" + e.message;
    });

    function item(h) {
      var li = document.createElement("li");
      var h2 = document.createElement("h2");
      var a = document.createElement("a");
      a.href = root + h.url.split("/").map(encodeURIComponent).join("/");
      a.textContent = h.organ + " " + h.year + "年度报告";
      h2.appendChild(a);
      li.appendChild(h2);
      var meta = document.createElement("p");
      meta.className = "result-meta";
      meta.textContent = h.region.join(" ");
      li.appendChild(meta);
      var p = document.createElement("p");
      p.className = "snippet";
      h.segments.forEach(function (s) {
        if (s.mark) {
          var m = document.createElement("mark");
          m.textContent = s.text;
          p.appendChild(m);
        } else {
          p.appendChild(document.createTextNode(s.text));
        }
      });
      li.appendChild(p);
      return li;
    }
    function link(n, text, rel) {
      var p = new URLSearchParams(window.location.search);
      p.set("page", String(n));
      var a = document.createElement("a");
      a.href = "?" + p.toString();
      a.rel = rel;
      a.textContent = text;
      return a;
    }
  });
})(typeof window !== "undefined" ? window : globalThis);
