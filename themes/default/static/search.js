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
  var MAX_UNITS = 16;
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

  // The query's units (org.gongkai.search.Query): each run of Han characters and each word, as
  // its tokens; distinct, in order, at most 16.
  function queryUnits(text) {
    var cut = text.length > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    var units = [], seen = new Set(), cur = [], lastEnd = -1;
    function flush() {
      var key = JSON.stringify(cur);
      if (cur.length && !seen.has(key)) { seen.add(key); units.push(cur); }
      cur = [];
    }
    tokens(cut).forEach(function (t) {
      if (cur.length && t.start >= lastEnd) flush();
      cur.push(t.text);
      lastEnd = t.end;
    });
    flush();
    return units.slice(0, MAX_UNITS);
  }
  function queryTokens(text) {
    var all = [], set = new Set();
    queryUnits(text).forEach(function (u) { u.forEach(function (t) { if (!set.has(t)) { set.add(t); all.push(t); } }); });
    return all;
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

  // Lucene 9.12 BM25Similarity, step by step in float. `idf` is the (float) idf: one term's, or
  // a phrase's sum of its terms' idfs (summed in double, then rounded, as Lucene does).
  function idfOf(fm, df) { return F(Math.log(1 + (fm.docCount - df + 0.5) / (df + 0.5))); }
  function scorer(meta, f, idf) {
    var fm = meta.fields[f], k1 = F(meta.k1), b = F(meta.b);
    var weight = F(F(fm.boost) * idf);
    var cache = meta._cache || (meta._cache = {});
    if (!cache[f]) {
      var avgdl = F(fm.sumTotalTermFreq / fm.docCount);
      var c = new Float32Array(256);
      for (var i = 0; i < 256; i++) c[i] = F(1 / F(k1 * F(F(1 - b) + F(F(b * meta.lengthTable[i]) / avgdl))));
      cache[f] = c;
    }
    var norms = cache[f];
    return function (freq, norm) { return F(weight - F(weight / F(1 + F(freq * norms[norm])))); };
  }

  // Postings of one term in one field: doc → {freq, norm, positions}.
  function postingsOf(fe) {
    var map = new Map(), p = fe[1], i = 0;
    while (i < p.length) {
      var d = p[i], freq = p[i + 1], norm = p[i + 2];
      map.set(d, { freq: freq, norm: norm, positions: p.slice(i + 3, i + 3 + freq) });
      i += 3 + freq;
    }
    return map;
  }

  // Scores of one unit in one field: a term's BM25, or an exact phrase's (its bigrams at
  // consecutive positions; the frequency is the number of places the phrase starts).
  function unitFieldScores(meta, f, entries) {
    var out = new Map();
    var fes = entries.map(function (e) { return e[String(f)]; });
    if (fes.some(function (fe) { return !fe; })) return out;
    if (fes.length === 1) {
      var s1 = scorer(meta, f, idfOf(meta.fields[f], fes[0][0]));
      postingsOf(fes[0]).forEach(function (p, d) { out.set(d, s1(p.freq, p.norm)); });
      return out;
    }
    var idf = 0;
    fes.forEach(function (fe) { idf += idfOf(meta.fields[f], fe[0]); });
    var s = scorer(meta, f, F(idf));
    var lists = fes.map(postingsOf);
    lists[0].forEach(function (first, d) {
      var others = [];
      for (var k = 1; k < lists.length; k++) {
        var o = lists[k].get(d);
        if (!o) return;
        others.push(new Set(o.positions));
      }
      var freq = 0;
      first.positions.forEach(function (pos) {
        for (var k = 0; k < others.length; k++) if (!others[k].has(pos + k + 1)) return;
        freq++;
      });
      if (freq > 0) out.set(d, s(freq, first.norm));
    });
    return out;
  }

  // Every unit must occur (in any searched field); a report's score sums, per unit, its field
  // scores (each a float, summed in double then rounded, as Lucene's disjunction and
  // conjunction do).
  Index.prototype.search = function (q) {
    var self = this;
    var units = queryUnits(q.text || "");
    var toks = queryTokens(q.text || "");
    if (units.length === 0) return Promise.resolve({ total: 0, hits: [], tokens: toks });
    return this.init().then(function (meta) {
      var wanted = toks.map(function (t) { return self.entry(t); });
      var filterTerms = [];
      if (q.year) filterTerms.push("y:" + q.year);
      if (q.region) {
        var r = q.region.trim().replace(/ /g, "/");
        filterTerms.push((r.indexOf("/") >= 0 ? "p:" : "r:") + r);
      }
      filterTerms.forEach(function (t) { wanted.push(self.entry(t)); });
      return Promise.all(wanted).then(function (entries) {
        var byToken = new Map();
        toks.forEach(function (t, i) { byToken.set(t, entries[i]); });
        var per = [];
        for (var u = 0; u < units.length; u++) {
          var es = units[u].map(function (t) { return byToken.get(t); });
          if (es.some(function (e) { return !e; })) return { total: 0, hits: [], tokens: toks };
          var sums = new Map();
          meta.fields.forEach(function (fm, f) {
            unitFieldScores(meta, f, es).forEach(function (v, d) { sums.set(d, (sums.get(d) || 0) + v); });
          });
          sums.forEach(function (v, d) { sums.set(d, F(v)); });
          per.push(sums);
        }
        var allowed = null;
        for (var k = toks.length; k < entries.length; k++) {
          var set = new Set(entries[k] && entries[k].docs ? entries[k].docs : []);
          allowed = allowed ? new Set(Array.from(allowed).filter(function (d) { return set.has(d); })) : set;
        }
        var order = per.slice().sort(function (a, b) { return a.size - b.size; });
        var results = [];
        order[0].forEach(function (v, d) {
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

  var core = { tokens: tokens, queryUnits: queryUnits, queryTokens: queryTokens, snippetHtml: snippetHtml, fnv: fnv, Index: Index };
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
