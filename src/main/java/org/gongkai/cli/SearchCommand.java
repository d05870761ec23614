package org.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.search.Hit;
import org.gongkai.search.Query;
import org.gongkai.search.Results;
import org.gongkai.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai search QUERY}: the built site's index, from the command line. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "在已生成网站的检索索引中查询。Search the built site's index.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", description = "检索词，如 行政复议")
  String query;

  @Option(names = "--region", paramLabel = "R", description = "按区划筛选：任一级名称（滑县）或路径（河南省/安阳市）")
  String region;

  @Option(names = "--year", paramLabel = "Y", description = "按年度筛选")
  Integer year;

  @Option(names = "--limit", paramLabel = "N", description = "最多显示几条 (default: ${DEFAULT-VALUE})")
  int limit = 10;

  @Option(names = "--json", description = "输出一个 JSON 文档")
  boolean json;

  @Option(names = "--site", paramLabel = "DIR", description = "网站目录 (default: ${DEFAULT-VALUE})")
  Path site = Path.of("site");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    if (limit < 1 || limit > 1000) {
      spec.commandLine().getErr().println("gongkai search: --limit must be between 1 and 1000");
      return Main.FAILURE;
    }
    try (Searcher s = Searcher.open(site)) {
      Results r = s.search(Query.of(query, region, year, 0, limit));
      if (json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(SearchJson.of(r)));
      } else {
        out.println("共 " + r.total() + " 份报告" + (r.hits().isEmpty() ? "。" : "，前 " + r.hits().size() + " 份："));
        int i = 1;
        for (Hit h : r.hits()) {
          out.printf("%d. %s（%s，%d年度）%s  %.3f%n   %s%n", i++, h.organ(), String.join(" ", h.region()), h.year(),
              h.url(), h.score(), h.snippet().replace("<mark>", "【").replace("</mark>", "】")
                  .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                  .replace("&amp;", "&"));
        }
      }
      return Main.OK;
    } catch (IOException e) {
      spec.commandLine().getErr().println("gongkai search: " + e.getMessage());
      return Main.FAILURE;
    }
  }
}
