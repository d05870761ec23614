package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.index.Tokens;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The browser tokenises exactly as the indexer: every token (text and offsets) and every
 * snippet of search.js equals the Java one, over all the seeds' text and awkward inputs.
 */
class TokensParityTest {
  static List<String> samples() throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path f : Fixtures.files(Fixtures.CONTENT)) texts.add(Files.readString(f));
    Path seeds = Path.of("../shared/seeds");
    if (Files.isDirectory(seeds)) for (Path f : Fixtures.files(seeds)) texts.add(Files.readString(f));
    texts.addAll(List.of(
        "", "   ", "，。！？", "行", "ＡＢＣ１２３ａｂｃ", "Ⅻ ① ㍻ ﬁ ½", "2023年1月1日", "0635-6882375",
        "jindouying009@163.com", "𠀀𠀁 𪜀", "〇一二", "Straße İstanbul ΣΑΣ", "a" + "b".repeat(40),
        "\"><script>alert(1)</script>", "(行政 OR 复议) AND \"依申请\"~2 [a TO z] ^*?\\/", "政务新媒体信息处理费不予公开"));
    return texts;
  }

  @Test
  void browserTokensEqualJavaTokens() throws Exception {
    Node.assumeAvailable();
    List<String> texts = samples();
    Path input = Files.createTempFile("tokens-", ".json");
    Files.writeString(input, new ObjectMapper().writeValueAsString(texts), StandardCharsets.UTF_8);
    String script = Node.withSearchJs()
        + "const texts = JSON.parse(readFileSync(process.argv[2], 'utf8'));\n"
        + "console.log(JSON.stringify(texts.map(t => ({ tokens: core.tokens(t),"
        + " snippet: core.snippetHtml(t, new Set(core.queryTokens('政务公开 行政复议 workflow'))) }))));\n";
    JsonNode js = new ObjectMapper().readTree(Node.run(script, List.of(input.toString())));
    Set<String> query = Query.tokensOf("政务公开 行政复议 workflow");
    for (int i = 0; i < texts.size(); i++) {
      List<Tokens.Token> java = Tokens.of(texts.get(i));
      JsonNode got = js.get(i).get("tokens");
      assertEquals(java.size(), got.size(), "token count of sample " + i);
      for (int k = 0; k < java.size(); k++) {
        Tokens.Token t = java.get(k);
        JsonNode g = got.get(k);
        assertEquals(t.text(), g.get("text").asText(), "sample " + i + " token " + k);
        assertEquals(t.start(), g.get("start").asInt(), "sample " + i + " token " + k + " start");
        assertEquals(t.end(), g.get("end").asInt(), "sample " + i + " token " + k + " end");
      }
      assertEquals(Snippets.html(texts.get(i), query), js.get(i).get("snippet").asText(), "snippet of sample " + i);
    }
    Files.deleteIfExists(input);
  }

}
