package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the browser's search fetches for a one-word query (search.js in Node over a real build of
 * the seeds, every request logged): the shard named by the search page, fetched beside
 * meta.json; no tier pack (a term's first tier is in its dictionary entry); and then the
 * results' records, located by the term's entry — no offset table first — in one request per
 * document pack (several ranges in one request, as a server answers with multipart/byteranges).
 */
class StaticFetchTest {
  @TempDir Path root;

  @Test
  void oneWordQueryFetchesItsShardAndThenItsRecordsInOneRequest() throws Exception {
    Node.assumeAvailable();
    Path site = Fixtures.buildAllSeeds(root);
    int shards = pageShards(site);
    JsonNode run = run(site, shards);
    JsonNode search = run.get("search");
    JsonNode page = run.get("page");

    assertTrue(run.get("hits").asInt() >= 2, "the seeds have several reports on 行政复议: " + run);
    assertEquals(java.util.Set.of("meta.json", "terms/"), kinds(search), "the search fetched meta.json and shards only: " + search);
    for (JsonNode r : search) {
      if (r.get("path").asText().startsWith("terms/")) {
        assertTrue(r.get("whole").asBoolean(), "a shard is fetched whole");
        assertEquals(0, r.get("startedAfterMeta").asInt(), "the shard was asked for before meta.json arrived: " + r);
      }
    }
    assertEquals(1, page.size(), "one request for the records of all results (the seeds fit one pack): " + page);
    JsonNode records = page.get(0);
    assertEquals("docs/0.bin", records.get("path").asText());
    assertTrue(records.get("ranges").size() >= 1, "ranges: " + records);
    for (JsonNode r : records.get("ranges")) {
      assertTrue(r.get(1).asInt() - r.get(0).asInt() > 8, "records themselves, not their pack's offset table: " + records);
    }
    assertEquals(run.get("urls"), run.get("urlsWithWrongShards"),
        "a page naming another shard count (an index of another build) finds the same reports");
  }

  /**
   * A page of results found in blocks (records no term entry locates), over an index rewritten
   * with first tiers of two reports, blocks of two and packs of two reports: per document pack
   * at most one request for offsets and one for records, several ranges each — and the same
   * results as a fetcher that reads one range per request.
   */
  @Test
  void aPageOfResultsCostsAtMostTwoRequestsPerDocumentPack() throws Exception {
    Node.assumeAvailable();
    Path site = Fixtures.buildAllSeeds(root);
    org.gongkai.index.StaticIndex.rewrite(site, new org.gongkai.index.StaticIndex.Layout(2, 2, 2, 0, 256, 512, 2));
    String script = Node.withSearchJs()
        + "const site = process.argv[2];\n"
        + "let log = [];\n"
        + "const file = p => new Uint8Array(readFileSync(site + '/search/' + p));\n"
        + "const read = (p, s, e) => { log.push({ path: p, ranges: 1 }); const b = file(p); return Promise.resolve(s === undefined ? b : b.subarray(s, e)); };\n"
        + "const many = Object.assign((p, s, e) => read(p, s, e), { ranges: (p, rs) => { log.push({ path: p, ranges: rs.length }); const b = file(p); return Promise.resolve(rs.map(r => b.subarray(r[0], r[1]))); } });\n"
        + "const out = [];\n"
        + "for (const q of ['政务公开 行政复议', '依申请公开 政府信息', '政府信息公开']) {\n"
        + "  const index = new core.Index(many, 0);\n"
        + "  const found = await index.search({ text: q });\n"
        + "  log = [];\n"
        + "  const hits = await index.page(found, 0, 10);\n"
        + "  const page = log.filter(r => r.path.startsWith('docs/'));\n"
        + "  const single = new core.Index(read, 0);\n"
        + "  const again = await single.page(await single.search({ text: q }), 0, 10);\n"
        + "  out.push({ q, hits: hits.map(h => h.url), single: again.map(h => h.url), page });\n"
        + "}\n"
        + "console.log(JSON.stringify(out));\n";
    JsonNode runs = new ObjectMapper().readTree(Node.run(script, List.of(site.toString())));
    for (JsonNode r : runs) {
      assertTrue(r.get("hits").size() >= 2, "the seeds have several reports on " + r.get("q") + ": " + r);
      assertEquals(r.get("single"), r.get("hits"), "the same page, one range per request or several");
      java.util.Map<String, Integer> perPack = new java.util.HashMap<>();
      for (JsonNode q : r.get("page")) perPack.merge(q.get("path").asText(), 1, Integer::sum);
      for (var e : perPack.entrySet()) assertTrue(e.getValue() <= 2, "at most two requests to " + e.getKey() + ": " + r);
      assertTrue(r.get("page").size() < r.get("hits").size() || r.get("hits").size() <= 2,
          "fewer requests than results (adjacent records are one range): " + r);
    }
  }

  @Test
  void inflateDecodesWhatZlibWrites() throws Exception {
    Node.assumeAvailable();
    String script = Node.withSearchJs()
        + "import zlib from 'node:zlib';\n"
        + "let checked = 0;\n"
        + "for (let level = 0; level <= 9; level++) for (const size of [0, 1, 300, 70000]) {\n"
        + "  const data = Buffer.alloc(size);\n"
        + "  for (let i = 0; i < size; i++) data[i] = (i * 7 + (i >> 5) * 13) & (level % 2 ? 0xff : 0x0f);\n"
        + "  const back = Buffer.from(core.inflate(new Uint8Array(zlib.deflateSync(data, { level }))));\n"
        + "  if (!back.equals(data)) throw new Error('level ' + level + ', ' + size + ' bytes');\n"
        + "  checked++;\n"
        + "}\n"
        + "let refused = false;\n"
        + "try { core.inflate(new Uint8Array([1, 2, 3])); } catch (e) { refused = true; }\n"
        + "console.log(JSON.stringify({ checked, refused }));\n";
    JsonNode r = new ObjectMapper().readTree(Node.run(script, List.of()));
    assertEquals(40, r.get("checked").asInt());
    assertTrue(r.get("refused").asBoolean(), "bytes that are no zlib stream are refused");
  }

  /**
   * On a server that ignores Range (it answers 200 with the whole file), a small file is taken
   * whole and cut, but a large one — a document pack of tens of thousands of reports — is not
   * downloaded: the query stops with a message saying why.
   */
  @Test
  void aServerIgnoringRangeGetsSmallFilesWholeAndStopsBeforeALargeOne() throws Exception {
    Node.assumeAvailable();
    String script = Node.withSearchJs()
        + "const sizes = { 'small.bin': 1000, 'docs/0.bin': 120000000 };\n"
        + "const log = [];\n"
        + "globalThis.fetch = (url, init) => {\n"
        + "  const path = url.replace('/base/', ''), size = sizes[path];\n"
        + "  log.push({ path, range: (init.headers || {}).Range || null });\n"
        + "  return Promise.resolve({ ok: true, status: 200,\n"
        + "    headers: { get: h => h.toLowerCase() === 'content-length' ? String(size) : null },\n"
        + "    body: { cancel: () => { log.push({ path, cancelled: true }); return Promise.resolve(); } },\n"
        + "    arrayBuffer: () => { log.push({ path, read: true });\n"
        + "      const b = new Uint8Array(size); for (let i = 0; i < size; i++) b[i] = i & 0xff; return Promise.resolve(b.buffer); } });\n"
        + "};\n"
        + "const fetcher = core.httpFetcher('/base/');\n"
        + "const small = Array.from(await fetcher('small.bin', 300, 305));\n"
        + "let refused = null;\n"
        + "try { await fetcher('docs/0.bin', 5000, 5100); } catch (e) { refused = e.message; }\n"
        + "console.log(JSON.stringify({ small, refused, log }));\n";
    JsonNode r = new ObjectMapper().readTree(Node.run(script, List.of()));
    assertEquals("[44,45,46,47,48]", r.get("small").toString(), "bytes 300..305 of the whole file");
    assertTrue(r.get("refused").asText().contains("HTTP Range"), r.toString());
    boolean cancelled = false;
    for (JsonNode e : r.get("log")) {
      if (!e.get("path").asText().equals("docs/0.bin")) continue;
      assertTrue(!e.has("read"), "the large file's body is never read: " + r.get("log"));
      cancelled |= e.has("cancelled");
    }
    assertTrue(cancelled, "its download is cancelled: " + r.get("log"));
  }

  /** The shard count the search page names ({@code data-shards}). */
  private static int pageShards(Path site) throws Exception {
    String html = Files.readString(site.resolve("search/index.html"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("data-shards=\"(\\d+)\"").matcher(html);
    assertTrue(m.find(), "the search page names the shard count");
    return Integer.parseInt(m.group(1));
  }

  /** The kinds of file fetched: meta.json, terms/, tiers/, docs/. */
  private static java.util.Set<String> kinds(JsonNode requests) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (JsonNode r : requests) {
      String p = r.get("path").asText();
      out.add(p.contains("/") ? p.substring(0, p.indexOf('/') + 1) : p);
    }
    return out;
  }

  private JsonNode run(Path site, int shards) throws Exception {
    String script = Node.withSearchJs()
        + "const [site, shards] = [process.argv[2], +process.argv[3]];\n"
        + "let log = [], metaArrived = false;\n"
        + "const read = (p, s, e) => {\n"
        + "  log.push({ path: p, whole: s === undefined, start: s || 0, end: e || 0, startedAfterMeta: metaArrived ? 1 : 0 });\n"
        + "  return new Promise(r => setTimeout(r, 5)).then(() => {\n"
        + "    const b = new Uint8Array(readFileSync(site + '/search/' + p)); // a missing file: a rejection, as with fetch\n"
        + "    if (p === 'meta.json') metaArrived = true;\n"
        + "    return s === undefined ? b : b.subarray(s, e);\n"
        + "  });\n"
        + "};\n"
        + "read.ranges = (p, rs) => {\n"
        + "  log.push({ path: p, ranges: rs, startedAfterMeta: metaArrived ? 1 : 0 });\n"
        + "  const b = new Uint8Array(readFileSync(site + '/search/' + p));\n"
        + "  return new Promise(r => setTimeout(r, 5)).then(() => rs.map(x => b.subarray(x[0], x[1])));\n"
        + "};\n"
        + "const index = new core.Index(read, shards);\n"
        + "const found = await index.search({ text: '行政复议' });\n"
        + "const search = log; log = [];\n"
        + "const hits = await index.page(found, 0, 10);\n"
        + "const page = log; log = [];\n"
        + "const other = new core.Index(read, shards + 3);\n"
        + "const again = await other.page(await other.search({ text: '行政复议' }), 0, 10);\n"
        + "console.log(JSON.stringify({ search, page, hits: hits.length, urls: hits.map(h => h.url),\n"
        + "  urlsWithWrongShards: again.map(h => h.url) }));\n";
    return new ObjectMapper().readTree(Node.run(script, List.of(site.toString(), String.valueOf(shards))));
  }
}
