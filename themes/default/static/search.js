// Gongkai static search: answers queries in the browser from the index a build writes to
// search/ (meta.json, terms/*.bin, tiers/*.bin, docs/*.bin; format 7), fetching only the
// parts a query needs.
// Tokenising, BM25 scoring (in 32-bit float steps, as Lucene does) and snippets repeat the
// Java code exactly (org.gongkai.index.Tokens, org.apache.lucene BM25Similarity,
// org.gongkai.search.Snippets), so the browser finds what `gongkai search` finds.
(function (global) {
  "use strict";
  var F = Math.fround;
  var MAX_WORD = 32;
  var MAX_GRAM = 4;
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
  // A character as the index saw it (NFKC, lower case), each kept once: a report's prose
  // repeats a few thousand characters (the Java side keeps the same cache).
  var NORM = new Map(), BMP = new Array(65536);
  function normal(ch) {
    if (ch.length === 1) {
      var c = ch.charCodeAt(0), b = BMP[c];
      // CJK unified ideographs and ASCII lower-case letters and digits are their own normal
      // form (stable in Unicode): most of a report, without a call to the platform's
      // normaliser, which costs microseconds a character the first time
      if (b === undefined) b = BMP[c] = (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) ? ch : ch.normalize("NFKC").toLowerCase();
      return b;
    }
    var n = NORM.get(ch);
    if (n === undefined) {
      n = ch.normalize("NFKC").toLowerCase();
      if (NORM.size < 65536) NORM.set(ch, n);
    }
    return n;
  }
  // The normalised characters of a text, joined: per UTF-16 unit of the Basic Multilingual
  // Plane from an array (a report's prose is mostly Han characters, each its own normal form),
  // else as `normal` gives.
  function flatten(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDFFF) {
        var cp = text.codePointAt(i), ch = String.fromCodePoint(cp);
        if (ch.length === 2) i++;
        out += normal(ch);
        continue;
      }
      var n = BMP[c];
      if (n === undefined) n = normal(text.charAt(i));
      out += n;
    }
    return out;
  }
  function cpCount(s) { var n = 0; for (var c of s) n++; return n; }
  function cutCodePoints(s, max) { var out = "", n = 0; for (var c of s) { if (n++ >= max) break; out += c; } return out; }

  function tokens(text) {
    var cps = [], offsets = [], norm = [], off = 0;
    for (var ch of text) {
      cps.push(ch);
      offsets.push(off);
      off += ch.length;
      norm.push(normal(ch));
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
        for (var m = i; m + 1 < j; m++) {
          var gram = norm[m];
          for (var g = 2; g <= MAX_GRAM && m + g <= j; g++) {
            gram += norm[m + g - 1];
            out.push({ text: gram, start: offsets[m], end: offsets[m + g] });
          }
        }
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

  // Runs of the text (org.gongkai.index.Tokens.runs): each Han run as its normalised
  // characters, each word as its token.
  function runs(text) {
    var norm = [];
    for (var ch of text) norm.push(normal(ch));
    var out = [], i = 0;
    while (i < norm.length) {
      var k = kind(norm[i]);
      if (k === 0) { i++; continue; }
      var j = i;
      while (j < norm.length && kind(norm[j]) === k) j++;
      if (k === 1) out.push({ han: true, parts: norm.slice(i, j) });
      else {
        var w = "";
        for (var x = i; x < j && cpCount(w) < MAX_WORD; x++) w += norm[x];
        if (cpCount(w) > MAX_WORD) w = cutCodePoints(w, MAX_WORD);
        out.push({ han: false, parts: [w] });
      }
      i = j;
    }
    return out;
  }
  // Tokens.unitTerms: a Han run of up to 4 characters is one term; a longer one the distinct
  // 4-grams starting at every second character and one ending the run, which a field must all hold.
  function unitTerms(chars) {
    var n = chars.length;
    if (n <= MAX_GRAM) return { terms: [chars.join("")] };
    var terms = [];
    for (var p = 0; ; p += MAX_GRAM / 2) {
      var start = Math.min(p, n - MAX_GRAM), t = chars.slice(start, start + MAX_GRAM).join("");
      if (terms.indexOf(t) < 0) terms.push(t);
      if (start === n - MAX_GRAM) break;
    }
    return { terms: terms };
  }
  // The query's units (org.gongkai.search.Query): distinct, in order, at most 16.
  function queryUnits(text) {
    var cut = text.length > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    var units = [], seen = new Set();
    runs(cut).forEach(function (r) {
      var u = r.han ? unitTerms(r.parts) : { terms: r.parts };
      var key = JSON.stringify(u);
      if (!seen.has(key)) { seen.add(key); units.push(u); }
    });
    return units.slice(0, MAX_UNITS);
  }
  function queryTokens(text) {
    var all = [], set = new Set();
    queryUnits(text).forEach(function (u) { u.terms.forEach(function (t) { if (!set.has(t)) { set.add(t); all.push(t); } }); });
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

  // The passage with the most distinct query tokens (the first of those), and its tokens when
  // they were made.
  function best(text, q) {
    var ps = passages(text), bestP = ps[0], bestScore = 0, bestTokens = null;
    ps.forEach(function (p) {
      // a token of the passage is a run of its normalised characters: the query tokens inside
      // them bound its hits — none (most passages), or no more than the best passage's: no
      // need to cut the passage into tokens
      var flat = flatten(p), present = 0;
      q.forEach(function (t) { if (flat.indexOf(t) >= 0) present++; });
      if (present <= bestScore) return;
      var hit = new Set(), ts = tokens(p);
      ts.forEach(function (t) { if (q.has(t.text)) hit.add(t.text); });
      if (hit.size > bestScore) { bestP = p; bestScore = hit.size; bestTokens = ts; }
    });
    return { p: bestP, tokens: bestTokens };
  }

  // The snippet as segments [{text, mark}], and as the HTML the Java side produces.
  function snippetSegments(text, q) {
    if (!text) return [];
    var b = best(text, q), p = b.p, ts = b.tokens || tokens(p), first = -1;
    for (var i = 0; i < ts.length; i++) if (q.has(ts[i].text)) { first = ts[i].start; break; }
    var from = 0;
    if (p.length > SNIPPET && first > 20) from = Math.min(first - 20, p.length - SNIPPET);
    var to = Math.min(p.length, from + SNIPPET);
    var marked = new Uint8Array(p.length);
    ts.forEach(function (t) { if (q.has(t.text)) for (var k = t.start; k < t.end; k++) marked[k] = 1; });
    var segs = [];
    if (from > 0) segs.push({ text: "…", mark: false });
    for (var k = from; k < to; ) {
      var e = k + 1;
      while (e < to && marked[e] === marked[k]) e++;
      segs.push({ text: p.substring(k, e), mark: marked[k] === 1 });
      k = e;
    }
    if (to < p.length) segs.push({ text: "…", mark: false });
    return segs;
  }
  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  }
  function snippetHtml(text, q) { return segmentsHtml(snippetSegments(text, q)); }
  function segmentsHtml(segments) {
    var out = "";
    segments.forEach(function (s) {
      out += s.mark ? "<mark>" + escapeHtml(s.text) + "</mark>" : escapeHtml(s.text);
    });
    return out.replace(/<\/mark><mark>/g, "");
  }

  // ---- the index (format 7: org.gongkai.index.StaticIndex) --------------------------------
  function fnv(term, shards) {
    var bytes = new TextEncoder().encode(term), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193); }
    return (h & 0x7fffffff) % shards;
  }

  var UTF8 = new TextDecoder();
  function Reader(bytes) {
    this.b = bytes;
    this.p = 0;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  Reader.prototype.varint = function () {
    var v = 0, shift = 0, x;
    do { x = this.b[this.p++]; v += (x & 0x7f) * Math.pow(2, shift); shift += 7; } while (x & 0x80);
    return v;
  };
  Reader.prototype.byte = function () { return this.b[this.p++]; };
  Reader.prototype.float32 = function () { var f = this.view.getFloat32(this.p, true); this.p += 4; return f; };
  Reader.prototype.string = function () {
    var n = this.varint(), s = UTF8.decode(this.b.subarray(this.p, this.p + n));
    this.p += n;
    return s;
  };
  Reader.prototype.location = function () {
    var len = this.varint(), pack = this.varint();
    if (pack === 0) { var inline = this.b.subarray(this.p, this.p + len); this.p += len; return { inline: inline }; }
    return { pack: pack - 1, offset: this.varint(), length: len };
  };

  // A shard: term → entry (per-field df, document count, where its postings are), or a filter's
  // document list.
  function parseShard(bytes, nf) {
    var r = new Reader(bytes), out = new Map();
    while (r.p < bytes.length) {
      var term = r.string(), flags = r.byte(), e = { term: term };
      if (flags & 2) {
        e.filter = true;
        e.count = r.varint();
        e.loc = r.location();
      } else {
        e.df = [];
        for (var f = 0; f < nf; f++) e.df.push(r.varint());
        e.docs = r.varint();
        e.first = r.varint();
        e.second = r.varint();
        // per field the most a posting after the first tier scores, then one in neither tier
        e.rest = [];
        e.rest2 = [];
        for (var h = 0; h < nf; h++) e.rest.push(e.first < e.docs && e.df[h] > 0 ? r.float32() : 0);
        for (var h2 = 0; h2 < nf; h2++) e.rest2.push(e.second > 0 && e.df[h2] > 0 ? r.float32() : 0);
        e.tierLength = r.varint();
        var locLength = r.varint();
        e.tableLength = r.varint();
        e.secondLength = r.varint();
        e.blocksLength = r.varint();
        var pack = r.varint();
        if (pack > 0) {
          e.pack = pack - 1;
          e.offset = r.varint();
        }
        // the first tier, where its best documents' records are and the block table, always here;
        // the second tier and the blocks here too when small
        e.tier = bytes.subarray(r.p, r.p + e.tierLength);
        e.located = bytes.subarray(r.p + e.tierLength, r.p + e.tierLength + locLength);
        r.p += e.tierLength + locLength;
        e.table = bytes.subarray(r.p, r.p + e.tableLength);
        r.p += e.tableLength;
        if (pack === 0) {
          e.inline = bytes.subarray(r.p, r.p + e.secondLength + e.blocksLength);
          r.p += e.inline.length;
        }
      }
      out.set(term, e);
    }
    return out;
  }

  // `fetchBytes(path, start, end)` returns a promise of a Uint8Array: the whole file below
  // search/ when start is undefined, else bytes [start, end). `shards`, when the page names it,
  // is the index's shard count, so a query's shards are fetched beside meta.json.
  function Index(fetchBytes, shards) {
    this.fetchBytes = fetchBytes;
    this.cache = new Map();
    this.meta = null;
    this.shards = shards || 0;
    this.located = new Map(); // doc → where its record is, as term entries say
  }
  Index.prototype.whole = function (path) {
    if (!this.cache.has(path)) this.cache.set(path, this.fetchBytes(path));
    return this.cache.get(path);
  };
  Index.prototype.init = function () {
    var self = this;
    if (this.meta) return Promise.resolve(this.meta);
    return this.whole("meta.json").then(function (b) { self.meta = JSON.parse(UTF8.decode(b)); return self.meta; });
  };
  // A term's entry, from its shard of `shards`; the shard is parsed once meta.json is there.
  Index.prototype.entry = function (term, shards) {
    var path = "terms/" + fnv(term, shards).toString(16) + ".bin", self = this;
    var key = "shard:" + path;
    if (!this.cache.has(key)) {
      this.cache.set(key, Promise.all([this.whole(path), this.init()]).then(function (r) { return parseShard(r[0], r[1].fields.length); }));
    }
    return this.cache.get(key).then(function (m) { return m.get(term) || null; });
  };
  // The entries of these terms: fetched beside meta.json when the page named the shard count,
  // and again should meta.json say otherwise (a page and an index of different builds).
  Index.prototype.entries = function (terms) {
    var self = this;
    function from(shards) { return Promise.all(terms.map(function (t) { return self.entry(t, shards); })); }
    if (this.meta) return from(this.meta.shards);
    var guess = this.shards;
    var early = guess ? from(guess).catch(function () { return null; }) : null; // a wrong guess may name no file
    return Promise.all([this.init(), early]).then(function (r) {
      return guess === r[0].shards && r[1] ? r[1] : from(r[0].shards);
    });
  };
  Index.prototype.read = function (loc) {
    if (loc.inline) return Promise.resolve(loc.inline);
    return this.fetchBytes("tiers/" + loc.pack.toString(16) + ".bin", loc.offset, loc.offset + loc.length);
  };

  // Lucene 9.12 BM25Similarity, step by step in float; `idf` is the term's (float) idf.
  function idfOf(fm, df) { return F(Math.log(1 + (fm.docCount - df + 0.5) / (df + 0.5))); }
  function normInverse(meta, f) {
    var cache = meta._cache || (meta._cache = {});
    if (!cache[f]) {
      var fm = meta.fields[f], k1 = F(meta.k1), b = F(meta.b);
      var avgdl = F(fm.sumTotalTermFreq / fm.docCount);
      var c = new Float32Array(256);
      for (var i = 0; i < 256; i++) c[i] = F(1 / F(k1 * F(F(1 - b) + F(F(b * meta.lengthTable[i]) / avgdl))));
      cache[f] = c;
    }
    return cache[f];
  }
  function scorer(meta, f, idf) {
    var weight = F(F(meta.fields[f].boost) * idf), norms = normInverse(meta, f);
    var s = function (freq, norm) { return F(weight - F(weight / F(1 + F(freq * norms[norm])))); };
    s.weight = weight;
    s.g = function (freq, norm) { var x = freq * norms[norm]; return x / (1 + x); };
    return s;
  }

  // Reads postings (a tier, or a block from its first document) into the term's `post`,
  // indexed by document: 1 + where its fields are in the term's `fq` (per field freq × 256 +
  // norm, 0 when the field lacks the term), 0 when not seen. Typed arrays, not maps and
  // objects: a round of a query of common words reads thousands of postings, mostly in code
  // the browser runs for the first time. A posting starts with delta × 16 + field × 4
  // + freq (one field, freq 1–3, then its norm) or delta × 16 (then a field mask, and per field
  // freq and norm).
  function addPostings(state, bytes, nf, base) {
    var r = new Reader(bytes), doc = base || 0, docs = [];
    while (r.p < bytes.length) {
      var v = r.varint(), q = v % 4, at = state.n * nf;
      doc += Math.floor(v / 16);
      if (state.post[doc] !== 0) {
        // read before (a block holds its second tier's postings again): skip it
        if (q === 0) { var skip = r.byte(); for (var k = 0; k < nf; k++) if (skip & (1 << k)) { r.varint(); r.p++; } } else r.p++;
        continue;
      }
      state.n++;
      if (at + nf > state.fq.length) {
        var grown = new Int32Array(Math.max(2 * state.fq.length, 64 * nf));
        grown.set(state.fq);
        state.fq = grown;
      }
      if (q > 0) {
        state.fq[at + Math.floor(v / 4) % 4] = q * 256 + r.byte();
      } else {
        var mask = r.byte();
        for (var f = 0; f < nf; f++) {
          if (!(mask & (1 << f))) continue;
          var freq = r.varint();
          state.fq[at + f] = freq * 256 + r.byte();
        }
      }
      state.post[doc] = at + 1;
      state.seen.push(doc);
      docs.push(doc);
    }
    return docs;
  }

  // A unit's score in one field of a document whose postings are all known: a term's BM25, or,
  // when the field holds every one of the unit's terms, the sum of theirs (in double, then
  // rounded, as Lucene's conjunction does).
  // (`ps`: each term's posting of the document, where its fields are in the term's `fq`)
  function unitFieldScoreOf(unit, f, ps) {
    var sc = unit.scorers[f];
    if (!sc) return 0;
    var sum = 0;
    for (var i = 0; i < ps.length; i++) {
      var x = unit.states[i].fq[ps[i] + f];
      if (x === 0) return 0;
      sum += sc[i](x >> 8, x & 255);
    }
    return ps.length === 1 ? sum : F(sum);
  }
  function unitFieldScore(unit, f, d) {
    var sc = unit.scorers[f];
    if (!sc) return 0;
    var sum = 0;
    for (var i = 0; i < unit.states.length; i++) {
      var s = unit.states[i], p = s.post[d] - 1;
      if (p < 0 || s.fq[p + f] === 0) return 0;
      var x = s.fq[p + f];
      sum += sc[i](x >> 8, x & 255);
    }
    return unit.states.length === 1 ? sum : F(sum);
  }

  var SLACK = 1 + 1e-5; // bounds stay upper bounds whatever the float rounding
  // Pieces of work (a candidate to settle, a range to read) in a query's first round of block
  // reads; each further round may do twice as many as the one before, so a query whose words
  // are all common needs fewer rounds (each costs a round trip) while most read one round only.
  var BATCH = 32;
  // Postings bytes a query may read before it settles for the best of what it has (its order
  // then approximate, and said so): queries of several very common words at 100,000 reports.
  var BUDGET = 48 * 1024;
  // A query reads its terms' second tiers (instead of blocks) when the blocks it would read next
  // cost more than this many times as much: they then rule out most of those blocks.
  var SECOND_TIERS = 4;

  // Bytes [start, end) of files, for a list of {path, start, end}: the ranges of one file are
  // asked for in one request when the fetcher can (`fetchBytes.ranges`), ranges that overlap or
  // nearly touch as one.
  Index.prototype.ranges = function (list) {
    var self = this, out = new Array(list.length), byPath = new Map();
    list.forEach(function (x, i) {
      if (!byPath.has(x.path)) byPath.set(x.path, []);
      byPath.get(x.path).push({ i: i, start: x.start, end: x.end });
    });
    var many = this.fetchBytes.ranges || function (path, ranges) {
      return Promise.all(ranges.map(function (r) { return self.fetchBytes(path, r[0], r[1]); }));
    };
    return Promise.all(Array.from(byPath, function (pr) {
      var wanted = pr[1].slice().sort(function (a, b) { return a.start - b.start; }), merged = [];
      wanted.forEach(function (w) {
        var last = merged[merged.length - 1];
        if (last && w.start <= last[1] + 64) last[1] = Math.max(last[1], w.end); else merged.push([w.start, w.end]);
      });
      return many(pr[0], merged).then(function (bytes) {
        wanted.forEach(function (w) {
          for (var j = 0; j < merged.length; j++) {
            if (merged[j][0] <= w.start && w.end <= merged[j][1]) { out[w.i] = bytes[j].subarray(w.start - merged[j][0], w.end - merged[j][0]); return; }
          }
        });
      });
    })).then(function () { return out; });
  };

  // Bytes [from, to) of terms' postings areas (first tier, block table, then the second tier and
  // the blocks — in the dictionary when small, else in a tier pack), for a list of {e, from, to}: the ranges in
  // one pack are asked for in one request when the fetcher can.
  Index.prototype.termBytes = function (list) {
    var out = new Array(list.length), far = [], where = [];
    list.forEach(function (x, i) {
      var e = x.e, head = e.tierLength + e.tableLength;
      if (x.to <= e.tierLength) { out[i] = e.tier.subarray(x.from, x.to); return; }
      if (x.to <= head) { out[i] = e.table.subarray(x.from - e.tierLength, x.to - e.tierLength); return; }
      var from = x.from - head, to = x.to - head;
      if (e.inline) { out[i] = e.inline.subarray(from, to); return; }
      far.push({ path: "tiers/" + e.pack.toString(16) + ".bin", start: e.offset + from, end: e.offset + to });
      where.push(i);
    });
    if (far.length === 0) return Promise.resolve(out);
    return this.ranges(far).then(function (bytes) {
      where.forEach(function (i, j) { out[i] = bytes[j]; });
      return out;
    });
  };

  var LOCATED = 16; // a term's best documents whose records its entry locates
  // Notes where the records of a term's best first-tier documents are (`docs`: the tier's
  // documents in order): offset and length, after a bitmap marking them when there are more.
  Index.prototype.locate = function (e, docs) {
    var r = new Reader(e.located), marked = docs.map(function () { return true; });
    if (docs.length > LOCATED) {
      var bits = r.b.subarray(0, Math.ceil(docs.length / 8));
      r.p = bits.length;
      marked = docs.map(function (d, i) { return (bits[i >> 3] & (1 << (i & 7))) !== 0; });
    }
    for (var i = 0; i < docs.length; i++) {
      if (!marked[i]) continue;
      var offset = r.varint(), length = r.varint();
      this.located.set(docs[i], { offset: offset, length: length });
    }
  };

  // The block table (in the term's entry): per block its first document, where its postings
  // are, and the most a document of it scores per field (g = x/(1+x), x = freq × the norm's
  // inverse length).
  function parseTable(bytes, e, nf) {
    var r = new Reader(bytes), n = r.varint(), out = [], first = 0, off = e.tierLength + e.tableLength + e.secondLength;
    for (var i = 0; i < n; i++) {
      first += r.varint();
      var len = r.varint(), gmax = [], g = [], g2 = [];
      for (var f = 0; f < nf; f++) {
        gmax.push(e.df[f] > 0 ? r.byte() / 255 : 0);
        // the bound used: the block's (a byte), or everything after the first tier's (a float)
        // when less; once the second tier is read, for a document it lacks, everything's in neither tier
        g.push(Math.min(gmax[f], e.rest[f]));
        g2.push(Math.min(gmax[f], e.rest2[f]));
      }
      out.push({ first: first, from: off, to: off + len, gmax: gmax, g: g, g2: g2 });
      off += len;
    }
    return out;
  }
  // The block whose document range holds d (block i covers [first_i, first_{i+1}); block 0 from 0).
  function blockOf(s, d) {
    var firsts = s.firsts, lo = 0, hi = firsts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (firsts[mid] <= d) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  // Are all the term's postings known: it has no blocks, or its two tiers hold them all and were read.
  function whole(s) { return s.e.first === s.e.docs || (!s.second && s.e.first + s.e.second === s.e.docs); }
  // Is it known whether d has the term: seen, or its block read, or all its postings are known.
  function known(s, d) { return s.post[d] !== 0 || whole(s) || s.read[blockOf(s, d)] === 1; }
  // The most a document of block b that was not seen with the term scores for it in field f
  // (as g): the block's bound, or less once the term's second tier is read (it is not there).
  function partBound(s, b, f) { return s.e.second > 0 && !s.second ? s.table[b].g2[f] : s.table[b].g[f]; }
  // The second tier's place in a term's postings area (right before its first block).
  var SECOND = -1;
  function span(s, b) { return b === SECOND ? s.second : s.table[b]; }

  // The filter terms of a query: its year and region.
  function filtersOf(q) {
    var out = [];
    if (q.year) out.push("y:" + q.year);
    if (q.region) {
      var reg = String(q.region).trim().replace(/ /g, "/");
      if (reg) out.push((reg.indexOf("/") >= 0 ? "p:" : "r:") + reg);
    }
    return out;
  }
  // Starts fetching what a query's search will read first (meta.json, its terms' dictionary
  // shards) without running the search itself: on a page's first query, the browser then
  // compiles `search` while these are in flight rather than before asking for them.
  Index.prototype.prefetch = function (q) {
    this.entries(queryTokens(q.text || "").concat(filtersOf(q))).catch(function () {});
  };

  // Every unit must occur (in any searched field); a report's score sums, per unit, its field
  // scores (each a float, summed in double then rounded, as Lucene's disjunction and
  // conjunction do). The top q.k (default 10) are exact. Each term's best postings (its first
  // tier) and block table come with its entry; then only the blocks that could still hold a document
  // scoring above the k-th best found are read — those that settle a candidate, and, for
  // documents seen nowhere yet, the rarest term's blocks whose bounds could reach the top k.
  // The total is exact when everything that could match was read, else an estimate
  // (`exact: false`).
  Index.prototype.search = function (q) {
    var self = this;
    var units = queryUnits(q.text || "");
    var toks = queryTokens(q.text || "");
    var k = Math.max(1, q.k || 10);
    var none = { total: 0, exact: true, hits: [], tokens: toks };
    if (units.length === 0) return Promise.resolve(none);
    var filterTerms = filtersOf(q);
    return this.entries(toks.concat(filterTerms)).then(function (entries) {
      var meta = self.meta;
      var nf = meta.fields.length;
      var states = [], byTerm = new Map();
      for (var i = 0; i < toks.length; i++) {
        if (!entries[i] || entries[i].filter) return none;
        var e = entries[i];
        var table = e.first < e.docs ? parseTable(e.table, e, nf) : null;
        var head = e.tierLength + e.tableLength;
        var st = {
          e: e, post: new Int32Array(meta.docs), seen: [], fq: new Int32Array(0), n: 0, table: table, index: states.length,
          // the second tier while unread (null once read, or when there is none)
          second: e.second > 0 ? { first: 0, from: head, to: head + e.secondLength } : null,
          firsts: table ? Int32Array.from(table, function (b) { return b.first; }) : null,
          read: new Uint8Array(table ? table.length : 0) // 1: the block was read
        };
        states.push(st);
        byTerm.set(toks[i], st);
      }
      var filters = entries.slice(toks.length);
      if (filters.some(function (e) { return !e || !e.filter; })) return none;
      var us = units.map(function (u) {
        var st = u.terms.map(function (t) { return byTerm.get(t); });
        // per field, one scorer per term (null: some term never occurs in the field)
        var scorers = meta.fields.map(function (fm, f) {
          if (st.some(function (s) { return s.e.df[f] === 0; })) return null;
          return st.map(function (s) { return scorer(meta, f, idfOf(fm, s.e.df[f])); });
        });
        return { states: st, scorers: scorers };
      });
      var allowed = null, allowedSorted = null, spent = 0, batch = BATCH, budgetReached = false, secondsRead = 0, rounds = 0;
      // Reports whose answer is final: complete (every term known, the exact score) or out
      // (some term known to be missing, or a filter excludes them). Later rounds skip them.
      var OUT = {}, openMemo = new Map(), complete = [];
      // per report: 0 not looked at yet, SETTLED (complete or out) or OPEN (in openMemo)
      var status = new Uint8Array(meta.docs), SETTLED = 1, OPEN = 2;
      var fresh = []; // reports whose postings arrived since the last evaluation
      // per unit, room for each term's posting of the report being looked at, and its block
      us.forEach(function (u) { u.ps = new Array(u.states.length); u.bk = new Array(u.states.length); });
      // Does the filter allow any report in [from, to)?
      function allowsIn(from, to) {
        if (!allowedSorted) return true;
        var lo = 0, hi = allowedSorted.length;
        while (lo < hi) { var mid = (lo + hi) >> 1; if (allowedSorted[mid] < from) lo = mid + 1; else hi = mid; }
        return lo < allowedSorted.length && allowedSorted[lo] < to;
      }
      // postings of several terms (a list of {e, from, to}), counted against the budget
      function postings(list) {
        return self.termBytes(list).then(function (bs) {
          bs.forEach(function (b) { spent += b.length; });
          return bs;
        });
      }
      // the block tables came with the dictionary: they count against the budget, as when
      // they were read on their own
      states.forEach(function (s) { spent += s.e.tableLength; });
      var first = states.map(function (s) {
        return postings([{ e: s.e, from: 0, to: s.e.tierLength }]).then(function (b) {
          var docs = addPostings(s, b[0], nf);
          self.locate(s.e, docs);
          fresh.push.apply(fresh, docs);
        });
      });
      var lists = filters.map(function (e) { return self.read(e.loc); });
      return Promise.all(first).then(function () { return Promise.all(lists); }).then(function (lists) {
        lists.forEach(function (bytes) {
          var r = new Reader(bytes), set = new Set(), d = 0;
          while (r.p < bytes.length) { d += r.varint(); if (!allowed || allowed.has(d)) set.add(d); }
          allowed = set;
        });
        if (allowed) allowedSorted = Array.from(allowed).sort(function (a, b) { return a - b; });
        return step();
      });

      function step() {
        var r = evaluate();
        if (r.done) return r.result;
        if (r.spent || (budgetReached && r.complete >= k)) {
          // out of budget: the best of what was read, each score exact, the order approximate
          var exact = r.exact;
          return { total: estimate(exact.length), exact: false, approximate: true, hits: exact, tokens: toks, secondTiers: secondsRead, rounds: rounds };
        }
        // read the wanted blocks, adjacent ones of a term as one range, a pack's ranges in one request
        var reads = [];
        r.wanted.forEach(function (blocks, s) {
          var ids = Array.from(blocks).sort(function (a, b) { return a - b; });
          for (var i = 0; i < ids.length; ) {
            var j = i;
            while (j + 1 < ids.length && ids[j + 1] === ids[j] + 1) j++;
            reads.push({ s: s, ids: ids.slice(i, j + 1) });
            i = j + 1;
          }
        });
        // meanwhile, where the records of the likely results are (the best k complete reports,
        // the best k being settled now), so the page's records are one round later, not two
        var likely = r.exact.slice(0, k).map(function (c) { return c.doc; }).concat(r.settling.slice(0, k));
        var locating = self.locateDocs(likely.filter(function (d) { return !self.located.has(d); }));
        rounds++;
        return Promise.all([postings(reads.map(function (rd) {
          return { e: rd.s.e, from: span(rd.s, rd.ids[0]).from, to: span(rd.s, rd.ids[rd.ids.length - 1]).to };
        })), locating]).then(function (both) {
          var bs = both[0];
          reads.forEach(function (rd, i) {
            var base = span(rd.s, rd.ids[0]).from;
            rd.ids.forEach(function (id) {
              var p = span(rd.s, id);
              fresh.push.apply(fresh, addPostings(rd.s, bs[i].subarray(p.from - base, p.to - base), nf, p.first));
              if (id === SECOND) { rd.s.second = null; secondsRead++; } else rd.s.read[id] = 1;
            });
          });
          if (!r.seconds) batch *= 2;
          if (r.last) budgetReached = true;
        }).then(step);
      }

      // Either the answer ({done: true, result}) or the blocks to read next ({wanted}).
      // Only reports seen for the first time, and open ones a block they waited for has
      // settled, are looked at again.
      function evaluate() {
        for (var i = 0; i < fresh.length; i++) {
          var d = fresh[i];
          if (status[d] !== 0) continue;
          if (allowed && !allowed.has(d)) { status[d] = SETTLED; continue; }
          classify(d, candidate(d));
        }
        fresh = [];
        var open = [];
        openMemo.forEach(function (c, d) {
          // an open report stays as it was (the same bound) until a block it waits for is read
          if (!stillOpen(c)) c = classify(d, candidate(d));
          if (c !== OUT && c.score === undefined) open.push(c);
        });
        return decide(complete, open);
      }
      function classify(d, r) {
        if (r === OUT || r.score !== undefined) {
          status[d] = SETTLED;
          openMemo.delete(d);
          if (r !== OUT) complete.push(r);
        } else {
          status[d] = OPEN;
          openMemo.set(d, r);
        }
        return r;
      }

      // (a second tier read since tightens every open report's bound)
      function stillOpen(c) {
        if (c.seconds !== secondsRead) return false;
        var m = c.missing;
        for (var i = 0; i < m.length; i += 2) if (states[m[i]].read[m[i + 1]] === 1) return false;
        return true;
      }

      // Where the ranges of reports seen nowhere begin: every block boundary of the terms.
      var startsMemo = null;
      function rangeStarts() {
        if (startsMemo) return startsMemo;
        var cuts = new Set([0]);
        states.forEach(function (s) { if (s.table) s.table.forEach(function (b, i) { if (i > 0) cuts.add(b.first); }); });
        startsMemo = Array.from(cuts).sort(function (a, b) { return a - b; });
        return startsMemo;
      }

      // A report seen in some postings: OUT, complete ({doc, score}) or open ({doc, bound,
      // missing: term, block, term, block … for the terms whose postings of it are unknown,
      // each term as its index in `states`}).
      function candidate(d) {
        var sum = 0, bound = 0, complete = true, missing = [];
        for (var j = 0; j < us.length; j++) {
          var u = us[j], all = true, ps = u.ps, bk = u.bk;
          for (var i = 0; i < u.states.length; i++) {
            var s = u.states[i], p = s.post[d] - 1;
            ps[i] = p;
            if (p >= 0) continue;
            if (whole(s)) return OUT; // the document lacks this term
            var b = blockOf(s, d);
            if (s.read[b] === 1) return OUT;
            bk[i] = b;
            all = false;
            missing.push(s.index, b);
          }
          if (all) {
            var v = 0;
            for (var f = 0; f < nf; f++) v += unitFieldScoreOf(u, f, ps);
            if (v === 0) return OUT;
            v = F(v);
            sum += v;
            bound += v;
          } else {
            complete = false;
            for (var f2 = 0; f2 < nf; f2++) {
              var sc = u.scorers[f2];
              if (!sc) continue;
              var m = 0;
              for (var t = 0; t < u.states.length; t++) {
                var q = ps[t], x = q >= 0 ? u.states[t].fq[q + f2] : 0;
                var g = q >= 0 ? (x !== 0 ? sc[t].g(x >> 8, x & 255) : -1) : partBound(u.states[t], bk[t], f2);
                if (g < 0) { m = 0; break; } // the field lacks a term: it scores nothing
                m += sc[t].weight * g;
              }
              bound += m * SLACK;
            }
          }
        }
        return complete ? { doc: d, score: F(sum) } : { doc: d, bound: bound, missing: missing, seconds: secondsRead };
      }

      // The bytes of the blocks these pieces of work would read.
      function costOf(work) {
        var counted = new Set(), cost = 0;
        for (var w = 0; w < work.length; w++) {
          var bs = work[w].blocks;
          for (var i = 0; i < bs.length; i += 2) {
            var s = states[bs[i]], key = bs[i + 1] * states.length + bs[i];
            if (counted.has(key)) continue;
            counted.add(key);
            cost += s.table[bs[i + 1]].to - s.table[bs[i + 1]].from;
          }
        }
        return cost;
      }

      // The answer ({done: true, result}) or the blocks to read next ({wanted}), from the
      // complete and the open candidates.
      function decide(exact, open) {
        exact.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        var theta = exact.length >= k ? exact[k - 1].score : -Infinity;
        // out of budget with k complete: any work left means stopping here, so the first piece
        // found is enough (a query of common words has thousands after its last round)
        var stop = budgetReached && exact.length >= k ? { done: false, spent: true, complete: exact.length, exact: exact } : null;
        // work that could still change the top k, best bound first
        var work = [];
        var openCount = open.length;
        for (var o = 0; o < open.length; o++) {
          var c = open[o];
          if (c.bound < theta) continue;
          if (stop) return stop;
          work.push({ bound: c.bound, doc: c.doc, blocks: c.missing });
        }
        // documents seen nowhere, range by range between the terms' block boundaries
        var unseenOpen = false;
        var noBlocks = states.some(whole);
        if (!noBlocks) {
          var starts = rangeStarts();
          // each term's block at the range's start, walked forward with the ranges
          // (every term has a block table here)
          var at = states.map(function () { return 0; }), blocks = new Array(states.length);
          var best = 0;
          for (var j = 1; j < states.length; j++) if (states[j].e.docs < states[best].e.docs) best = j;
          ranges: for (var r = 0; r < starts.length; r++) {
            var a = starts[r];
            // a range the filters exclude holds nothing to find
            if (!allowsIn(a, r + 1 < starts.length ? starts[r + 1] : Infinity)) continue;
            for (var i = 0; i < states.length; i++) {
              var tb = states[i].table;
              while (at[i] + 1 < tb.length && tb[at[i] + 1].first <= a) at[i]++;
              blocks[i] = at[i];
            }
            for (var i2 = 0; i2 < states.length; i2++) if (states[i2].read[blocks[i2]] === 1) continue ranges;
            var bound = 0;
            for (var x = 0; x < us.length; x++) {
              var u = us[x];
              for (var f = 0; f < nf; f++) {
                var sc = u.scorers[f];
                if (!sc) continue;
                var m = 0;
                for (var t = 0; t < u.states.length; t++) m += sc[t].weight * partBound(u.states[t], blocks[u.states[t].index], f);
                bound += m * SLACK;
              }
            }
            if (bound <= 0) continue;
            unseenOpen = true;
            if (bound < theta) continue;
            if (stop) return stop;
            work.push({ bound: bound, blocks: [best, blocks[best]] });
          }
        }
        if (work.length > 0) {
          // the second tiers rather than blocks, when those blocks would cost far more
          var seconds = new Map(), secondsCost = 0;
          states.forEach(function (s) {
            if (!s.second) return;
            seconds.set(s, new Set([SECOND]));
            secondsCost += s.second.to - s.second.from;
          });
          if (seconds.size > 0 && batch > BATCH && secondsCost <= BUDGET - spent && costOf(work) > SECOND_TIERS * secondsCost) {
            return { done: false, wanted: seconds, seconds: true, complete: exact.length, exact: exact, settling: [] };
          }
          work.sort(function (a, b) { return b.bound - a.bound; });
          var wanted = new Map(), taken = new Set(), settling = 0;
          var take = function (w) {
            taken.add(w);
            if (work[w].doc !== undefined) settling++;
            var bs = work[w].blocks;
            for (var i = 0; i < bs.length; i += 2) {
              var s = states[bs[i]];
              if (!wanted.has(s)) wanted.set(s, new Set());
              wanted.get(s).add(bs[i + 1]);
            }
          };
          // at most `batch` pieces, and no more bytes than the budget has left; after the first
          // round, with fewer than k reports complete (no bound to prune work by), when all the
          // work left would cost more than that, the query ends on the budget whatever it does:
          // it spends it in this round rather than in several
          var room = BUDGET - spent, planned = 0, over = false, limit = batch;
          if (batch > BATCH && exact.length < k && costOf(work) > room) limit = work.length;
          for (var w = 0; w < work.length && w < limit; w++) {
            var cost = 0, bs = work[w].blocks;
            for (var i = 0; i < bs.length; i += 2) {
              var s = states[bs[i]], b = bs[i + 1];
              cost += wanted.has(s) && wanted.get(s).has(b) ? 0 : s.table[b].to - s.table[b].from;
            }
            if (planned + cost > room) { over = true; break; }
            planned += cost;
            take(w);
          }
          if (over) {
            // the budget is spent: with k complete reports, stop here; else settle, in this one
            // round, as many of the best candidates as make k (or at least one piece)
            if (exact.length >= k && taken.size === 0) return { done: false, spent: true, complete: exact.length, exact: exact };
            for (var v = 0; v < work.length && exact.length + settling < k; v++) if (!taken.has(v) && work[v].doc !== undefined) take(v);
            if (taken.size === 0) take(0);
          }
          var settlingDocs = [];
          for (var x = 0; x < work.length; x++) if (taken.has(x) && work[x].doc !== undefined) settlingDocs.push(work[x].doc);
          return { done: false, wanted: wanted, last: over, complete: exact.length, exact: exact, settling: settlingDocs };
        }
        var isExact = openCount === 0 && !unseenOpen;
        return {
          done: true,
          result: { total: isExact ? exact.length : estimate(exact.length), exact: isExact, hits: exact, tokens: toks, secondTiers: secondsRead, rounds: rounds }
        };
      }

      // Matches among the settled documents of the rarest term's fetched postings, scaled to
      // all its documents.
      function estimate(found) {
        var rarest = states[0];
        states.forEach(function (s) { if (s.e.docs < rarest.e.docs) rarest = s; });
        var seen = 0, passing = 0, settled = 0, matched = 0;
        rarest.seen.forEach(function (d) {
          seen++;
          if (allowed && !allowed.has(d)) return;
          passing++;
          var all = true, alive = true;
          us.forEach(function (u) {
            u.states.forEach(function (s) { if (s.post[d] === 0) { if (known(s, d)) alive = false; else all = false; } });
            if (all && alive) {
              var v = 0;
              for (var f = 0; f < nf; f++) v += unitFieldScore(u, f, d);
              if (v === 0) alive = false;
            }
          });
          if (all || !alive) { settled++; if (all && alive) matched++; }
        });
        if (seen === 0 || settled === 0) return found;
        // the filters' share of all reports (the first tier is not a fair sample of them)
        var share = allowed ? allowed.size / meta.docs : 1;
        return Math.max(found, Math.round(rarest.e.docs * share * (matched / settled)));
      }
    });
  };

  // Documents' records: the records of a page of results in one request per document pack
  // (packs are large: two at 100,000 reports), after one more such request for the offsets of
  // those whose record no term entry located.
  function docPath(d, per) { return "docs/" + Math.floor(d / per).toString(16) + ".bin"; }
  // Notes where these documents' records are, reading their packs' offset tables (one request
  // per pack) for those not located yet.
  Index.prototype.locateDocs = function (ds) {
    var self = this, per = this.meta.docsPerPack;
    var unknown = ds.filter(function (d, i) { return !self.located.has(d) && ds.indexOf(d) === i; });
    if (unknown.length === 0) return Promise.resolve();
    return this.ranges(unknown.map(function (d) {
      var i = d % per;
      return { path: docPath(d, per), start: 4 * i, end: 4 * i + 8 };
    })).then(function (hs) {
      hs.forEach(function (h, j) {
        var v = new DataView(h.buffer, h.byteOffset, h.byteLength), from = v.getUint32(0, true);
        self.located.set(unknown[j], { offset: from, length: v.getUint32(4, true) - from });
      });
    });
  };
  Index.prototype.docs = function (ds) {
    var self = this, per = this.meta.docsPerPack;
    function path(d) { return docPath(d, per); }
    return this.locateDocs(ds).then(function () {
      return self.ranges(ds.map(function (d) {
        var at = self.located.get(d);
        return { path: path(d), start: at.offset, end: at.offset + at.length };
      }));
    }).then(function (records) {
      return records.map(function (b) { return JSON.parse(UTF8.decode(inflate(b))); });
    });
  };
  Index.prototype.doc = function (d) { return this.docs([d]).then(function (r) { return r[0]; }); };

  // ---- inflate (RFC 1950, 1951) ---------------------------------------------------------------
  // A record is a zlib stream of a few KB: decoding it here takes a fraction of a millisecond,
  // where a DecompressionStream per record cost Chromium 1–3 ms each.
  var LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  var LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
    4097, 6145, 8193, 12289, 16385, 24577];
  var DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var CODE_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  // A canonical Huffman code from its code lengths: how many codes of each length, and the
  // symbols in code order.
  var FAST = 9;
  function huffman(lengths) {
    var counts = new Uint16Array(16), symbols = new Uint16Array(lengths.length), next = new Uint16Array(16);
    for (var i = 0; i < lengths.length; i++) counts[lengths[i]]++;
    counts[0] = 0;
    for (var l = 1; l < 16; l++) next[l] = next[l - 1] + counts[l - 1];
    for (var s = 0; s < lengths.length; s++) if (lengths[s]) symbols[next[lengths[s]]++] = s;
    // and a table of the codes of at most FAST bits, by their next FAST bits of input (the
    // stream holds a code's bits last to first): symbol × 16 + length, or -1
    var fast = new Int32Array(1 << FAST).fill(-1), code = 0, k = 0;
    for (var len = 1; len < 16; len++) {
      for (var j = 0; j < counts[len]; j++, code++) {
        var sym = symbols[k++];
        if (len > FAST) continue;
        var rev = 0;
        for (var b = 0; b < len; b++) rev |= ((code >> b) & 1) << (len - 1 - b);
        for (var r = rev; r < (1 << FAST); r += 1 << len) fast[r] = (sym << 4) | len;
      }
      code <<= 1;
    }
    return { counts: counts, symbols: symbols, fast: fast };
  }
  var FIXED_LIT = huffman(Array.from({ length: 288 }, function (_, i) { return i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8; }));
  var FIXED_DIST = huffman(new Array(30).fill(5));

  function inflate(bytes) {
    if (bytes.length < 2 || (bytes[0] & 0x0f) !== 8 || ((bytes[0] << 8) | bytes[1]) % 31 !== 0 || (bytes[1] & 0x20)) {
      throw new Error("not a zlib stream");
    }
    var pos = 2, buf = 0, cnt = 0, out = new Uint8Array(bytes.length * 4 + 64), n = 0;
    function bits(k) {
      while (cnt < k) {
        if (pos >= bytes.length) throw new Error("truncated zlib stream");
        buf |= bytes[pos++] << cnt;
        cnt += 8;
      }
      var v = buf & ((1 << k) - 1);
      buf >>>= k;
      cnt -= k;
      return v;
    }
    function decode(h) {
      while (cnt < FAST && pos < bytes.length) {
        buf |= bytes[pos++] << cnt;
        cnt += 8;
      }
      var e = h.fast[buf & ((1 << FAST) - 1)];
      if (e >= 0 && (e & 15) <= cnt) {
        buf >>>= e & 15;
        cnt -= e & 15;
        return e >> 4;
      }
      // a longer code, bit by bit
      var code = 0, first = 0, index = 0, counts = h.counts;
      for (var len = 1; len < 16; len++) {
        if (cnt === 0) {
          if (pos >= bytes.length) throw new Error("truncated zlib stream");
          buf = bytes[pos++];
          cnt = 8;
        }
        code |= buf & 1; // one bit, read here: this is the decoder's inner loop
        buf >>>= 1;
        cnt--;
        var count = counts[len];
        if (code - first < count) return h.symbols[index + code - first];
        index += count;
        first = (first + count) << 1;
        code <<= 1;
      }
      throw new Error("bad Huffman code");
    }
    function room(k) {
      if (n + k <= out.length) return;
      var grown = new Uint8Array(Math.max(out.length * 2, n + k));
      grown.set(out.subarray(0, n));
      out = grown;
    }
    var last;
    do {
      last = bits(1);
      var type = bits(2);
      if (type === 0) {
        pos -= cnt >> 3; // whole bytes read ahead go back; then to the byte boundary
        buf = cnt = 0;
        var len = bytes[pos] | (bytes[pos + 1] << 8);
        pos += 4;
        if (pos + len > bytes.length) throw new Error("truncated zlib stream");
        room(len);
        out.set(bytes.subarray(pos, pos + len), n);
        n += len;
        pos += len;
        continue;
      }
      var lit = FIXED_LIT, dist = FIXED_DIST;
      if (type === 2) {
        var hlit = bits(5) + 257, hdist = bits(5) + 1, hclen = bits(4) + 4, cl = new Uint8Array(19);
        for (var i = 0; i < hclen; i++) cl[CODE_ORDER[i]] = bits(3);
        var clh = huffman(cl), lens = new Uint8Array(hlit + hdist);
        for (var j = 0; j < lens.length; ) {
          var sym = decode(clh);
          if (sym < 16) { lens[j++] = sym; continue; }
          var val = 0, times;
          if (sym === 16) {
            if (j === 0) throw new Error("bad code lengths");
            val = lens[j - 1];
            times = 3 + bits(2);
          } else {
            times = sym === 17 ? 3 + bits(3) : 11 + bits(7);
          }
          if (j + times > lens.length) throw new Error("bad code lengths");
          while (times--) lens[j++] = val;
        }
        lit = huffman(lens.subarray(0, hlit));
        dist = huffman(lens.subarray(hlit));
      } else if (type !== 1) {
        throw new Error("bad block type");
      }
      for (;;) {
        var s = decode(lit);
        if (s < 256) {
          room(1);
          out[n++] = s;
        } else if (s === 256) {
          break;
        } else {
          s -= 257;
          if (s >= 29) throw new Error("bad length");
          var length = LEN_BASE[s] + bits(LEN_EXTRA[s]), ds = decode(dist);
          if (ds >= 30) throw new Error("bad distance");
          var d = DIST_BASE[ds] + bits(DIST_EXTRA[ds]);
          if (d > n) throw new Error("bad distance");
          room(length);
          for (var k = 0; k < length; k++, n++) out[n] = out[n - d];
        }
      }
    } while (!last);
    return out.subarray(0, n);
  }

  // The page of results with what each shows.
  Index.prototype.page = function (found, offset, limit) {
    var self = this, slice = found.hits.slice(offset, offset + limit);
    var q = new Set(found.tokens);
    return this.docs(slice.map(function (h) { return h.doc; })).then(function (ds) {
      return ds.map(function (d, i) {
        var segments = snippetSegments(d.body, q);
        return {
          organ: d.organ, region: d.region, year: d.year, url: d.url, score: slice[i].score,
          snippet: segmentsHtml(segments), segments: segments
        };
      });
    });
  };

  // Fetches over HTTP: whole files, or byte ranges — from the whole file if a server ignores
  // Range (it answers 200), which is then kept for later ranges of the same file. Range
  // requests bypass the HTTP cache: Chromium's cache, given concurrent ranges of one file, was
  // seen to answer one with the wrong bytes; a 206 of the wrong length falls back to the whole file.
  // A file fetched whole because the server ignored Range may be a document pack of tens of
  // thousands of reports: past this size the query stops with a message instead.
  var WHOLE_LIMIT = 8 * 1024 * 1024;
  function httpFetcher(base) {
    var whole = new Map();
    // limit: the most a whole answer (200) may be, for a file wanted only in part
    function get(path, init, limit) {
      return fetch(base + path, init).then(function (r) {
        if (!r.ok) throw new Error(path + ": " + r.status);
        if (limit && r.status !== 206 && Number(r.headers.get("Content-Length")) > limit) {
          if (r.body && r.body.cancel) r.body.cancel(); // not one byte more of it
          throw new Error("网站服务器不支持分段下载（HTTP Range 请求），检索需要它 / the server ignores HTTP Range requests, which search needs");
        }
        return r.arrayBuffer().then(function (b) { return { status: r.status, bytes: new Uint8Array(b) }; });
      });
    }
    function all(path, limit) {
      if (!whole.has(path)) whole.set(path, get(path, {}, limit).then(function (r) { return r.bytes; }));
      return whole.get(path);
    }
    function one(path, start, end) {
      if (start === undefined) return get(path, {}).then(function (r) { return r.bytes; });
      if (whole.has(path)) return whole.get(path).then(function (b) { return b.subarray(start, end); });
      return get(path, { headers: { Range: "bytes=" + start + "-" + (end - 1) }, cache: "no-store" }, WHOLE_LIMIT).then(function (r) {
        if (r.status === 206 && r.bytes.length === end - start) return r.bytes;
        if (r.status !== 206) whole.set(path, Promise.resolve(r.bytes));
        return all(path, WHOLE_LIMIT).then(function (b) { return b.subarray(start, end); });
      });
    }
    // Several ranges [start, end) of one file in one request: a server answers with a
    // multipart/byteranges body (nginx, Apache, IIS, `gongkai serve`). One that answers
    // otherwise is asked for single ranges from then on (its first answer is dropped unread).
    var multipart = true;
    function singly(path, ranges) { return Promise.all(ranges.map(function (r) { return one(path, r[0], r[1]); })); }
    one.ranges = function (path, ranges) {
      if (ranges.length === 1 || !multipart || whole.has(path)) return singly(path, ranges);
      var abort = typeof AbortController === "function" ? new AbortController() : null;
      var header = "bytes=" + ranges.map(function (r) { return r[0] + "-" + (r[1] - 1); }).join(",");
      return fetch(base + path, { headers: { Range: header }, cache: "no-store", signal: abort ? abort.signal : undefined }).then(function (r) {
        var m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(r.headers.get("Content-Type") || "");
        if (r.status !== 206 || !m) {
          multipart = false;
          if (abort) abort.abort();
          return singly(path, ranges);
        }
        return r.arrayBuffer().then(function (b) {
          var parts = byteranges(new Uint8Array(b), m[1] || m[2]);
          var out = ranges.map(function (rg) {
            for (var i = 0; i < parts.length; i++) {
              var p = parts[i];
              if (p.start <= rg[0] && rg[1] <= p.start + p.bytes.length) return p.bytes.subarray(rg[0] - p.start, rg[1] - p.start);
            }
            return null;
          });
          if (out.every(Boolean)) return out;
          multipart = false; // parts that do not cover what was asked for
          return singly(path, ranges);
        });
      });
    };
    return one;
  }

  // The parts of a multipart/byteranges body: each its first byte's offset in the file and its
  // bytes (the length its Content-Range gives, so binary data is never searched for the boundary).
  function byteranges(body, boundary) {
    var parts = [], pos = 0, dash = "--" + boundary;
    function find(text, from) {
      outer: for (var i = from; i + text.length <= body.length; i++) {
        for (var j = 0; j < text.length; j++) if (body[i + j] !== text.charCodeAt(j)) continue outer;
        return i;
      }
      return -1;
    }
    for (;;) {
      var at = find(dash, pos);
      if (at < 0 || (body[at + dash.length] === 45 && body[at + dash.length + 1] === 45)) break; // "--" closes
      var end = find("\r\n\r\n", at);
      if (end < 0) break;
      var head = String.fromCharCode.apply(null, body.subarray(at, end));
      var cr = /content-range:\s*bytes\s+(\d+)-(\d+)/i.exec(head);
      if (!cr) break;
      var start = +cr[1], len = +cr[2] - start + 1;
      parts.push({ start: start, bytes: body.subarray(end + 4, end + 4 + len) });
      pos = end + 4 + len;
    }
    return parts;
  }

  var core = { inflate: inflate, tokens: tokens, queryUnits: queryUnits, queryTokens: queryTokens, snippetHtml: snippetHtml, fnv: fnv, Index: Index, httpFetcher: httpFetcher };
  if (typeof module !== "undefined" && module.exports) module.exports = core;
  global.GongkaiSearch = core;

  // ---- the page ---------------------------------------------------------------------------
  if (typeof document === "undefined") return;
  var PAGE = 10;
  // The script is deferred: the page is parsed when it runs, so it starts at once rather than
  // after DOMContentLoaded.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
  function start() {
    var form = document.getElementById("search-form");
    if (!form) return;
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var pager = document.getElementById("search-pager");
    var base = form.getAttribute("data-index");
    var root = form.getAttribute("data-root");
    // One index per page: a new query typed here reuses what earlier ones fetched (the index's
    // statistics, term shards), and the page is not loaded again.
    var index = new Index(httpFetcher(base), parseInt(form.getAttribute("data-shards") || "0", 10));
    // every query needs meta.json: asked for before the query in the address is parsed (the page
    // preloads it too); a failure is reported by the query that waits for it
    index.init().catch(function () {});
    var current = 0;

    function fromUrl() {
      var params = new URLSearchParams(window.location.search);
      return {
        text: params.get("q") || "", region: params.get("region") || "", year: params.get("year") || "",
        page: Math.max(1, parseInt(params.get("page") || "1", 10) || 1)
      };
    }
    // Shows the results for the query in the address (?q=…&region=…&year=…&page=…).
    function show() {
      var query = fromUrl(), page = query.page, mine = ++current;
      form.elements.q.value = query.text;
      form.elements.region.value = query.region;
      form.elements.year.value = query.year;
      list.textContent = "";
      pager.textContent = "";
      status.textContent = "";
      if (!query.text.trim()) return;
      status.textContent = "正在检索……";
      query.k = page * PAGE;
      var started = performance.now();
      function done() { if (performance.measure) performance.measure("gongkai-search", { start: started }); }
      index.prefetch(query);
      index.search(query).then(function (found) {
        if (mine !== current) return; // a newer query has started
        if (found.tokens.length === 0) {
          status.textContent = "检索词中没有可检索的文字，请换一个检索词。";
          done();
          return;
        }
        if (found.total === 0) {
          status.textContent = "没有找到包含“" + query.text + "”的报告。";
          done();
          return;
        }
        var pages = Math.ceil(found.total / PAGE);
        page = Math.min(page, pages);
        return index.page(found, (page - 1) * PAGE, PAGE).then(function (hits) {
          if (mine !== current) return;
          status.textContent = "找到" + (found.exact ? " " : "约 ") + found.total + " 份报告" + (pages > 1 ? "，第 " + page + " / " + pages + " 页" : "") +
            (found.approximate ? "（检索词都很常见，排序为近似）" : "") + "。";
          hits.forEach(function (h) { list.appendChild(item(h)); });
          if (page > 1) pager.appendChild(link(page - 1, "上一页", "prev"));
          if (page < pages) pager.appendChild(link(page + 1, "下一页", "next"));
          done();
        });
      }).catch(function (e) {
        if (mine === current) status.textContent = "检索出错：" + e.message;
      });
    }
    // Goes to another query or page without loading the page again; the address keeps it, so
    // it can be shared, bookmarked and reached with Back.
    function go(search) {
      history.pushState(null, "", search);
      show();
    }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var p = new URLSearchParams();
      p.set("q", form.elements.q.value);
      if (form.elements.region.value) p.set("region", form.elements.region.value);
      if (form.elements.year.value) p.set("year", form.elements.year.value);
      go("?" + p.toString());
    });
    window.addEventListener("popstate", show);
    form.classList.add("ready");
    show();

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
      a.addEventListener("click", function (ev) {
        if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey || ev.button !== 0) return; // a new tab or window
        ev.preventDefault();
        go(a.getAttribute("href"));
        status.focus();
      });
      return a;
    }
  }
})(typeof window !== "undefined" ? window : globalThis);
