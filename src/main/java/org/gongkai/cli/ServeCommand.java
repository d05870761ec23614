package org.gongkai.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.BuildResult;
import org.gongkai.ContentChanges;
import org.gongkai.Gongkai;
import org.gongkai.GongkaiException;
import org.gongkai.render.Theme;
import org.gongkai.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai serve}: builds the site, serves it on localhost with the search API, and
 * rebuilds (and reloads open pages) when content or theme change.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "在本机预览网站（含检索接口 /api/search），内容或主题修改后自动重建并刷新页面。"
        + "Preview the site on localhost, with /api/search, rebuilding on change.")
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = "--port", paramLabel = "P", description = "端口 (default: ${DEFAULT-VALUE})")
  int port = 8080;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "网站输出目录 (default: ${DEFAULT-VALUE})")
  Path out = Path.of("site");

  @Option(names = "--theme", paramLabel = "DIR", description = "自定义主题目录")
  Path theme;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Whether a build has run: later ones leave out the waived findings it showed. */
  private boolean built;

  @Override
  public Integer call() throws Exception {
    var o = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    Gongkai g = Gongkai.builder().contentRoot(common.content)
        .theme(theme == null ? Theme.builtIn() : Theme.overlay(theme))
        .onWait(() -> err.println("另一个 Gongkai 构建正在写入 " + out + "，等待它完成…… / waiting for another build"))
        .build();
    AtomicReference<PreviewServer> serving = new AtomicReference<>();
    try (Rebuilds rebuilds = new Rebuilds(common.content, theme, changes -> build(g, changes), () -> {
      if (serving.get() != null) serving.get().rebuilt();
    }, o)) {
      if (!rebuilds.buildNow()) return Main.FINDINGS;
      ObjectMapper mapper = new ObjectMapper();
      try (PreviewServer server = PreviewServer.start(out, port, r -> {
        try {
          return mapper.writeValueAsString(SearchJson.of(r));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      })) {
        serving.set(server);
        o.println("预览地址 http://127.0.0.1:" + server.port() + "/ （检索接口 /api/search?q=…；按 Ctrl+C 停止）");
        o.flush();
        Thread.currentThread().join();
      } catch (java.net.BindException e) {
        err.println("gongkai serve: 端口 " + port + " 已被占用 / port in use; try --port");
        return Main.FAILURE;
      }
    }
    return Main.OK;
  }

  private boolean build(Gongkai g, ContentChanges changes) {
    var o = spec.commandLine().getOut();
    try {
      BuildResult r = g.build(out, changes);
      new Findings(common.lang).text(r.check(), o, !built);
      built = true;
      if (!r.ok()) {
        spec.commandLine().getErr().println("构建失败，继续显示上一次的网站。Build failed; still serving the previous site.");
      } else {
        BuildCommand.figures(r.site(), out, common.lang == org.gongkai.diag.Lang.ZH, o);
      }
      o.flush();
      return r.ok();
    } catch (GongkaiException e) {
      spec.commandLine().getErr().println("gongkai serve: " + e.getMessage());
      return false;
    }
  }
}
