package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.ContentChanges;
import org.gongkai.Gongkai;
import org.gongkai.GongkaiException;
import org.gongkai.diag.Lang;
import org.gongkai.render.Renderer;
import org.gongkai.render.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai build}: validates the whole content tree — errors stop the build with the same
 * findings {@code check} prints — then renders the site and swaps it into place; with
 * {@code --watch}, stays and builds again (incrementally) whenever content or theme change.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "校验全部报告并生成静态网站。Validate all reports and build the static site.")
final class BuildCommand implements Callable<Integer> {
  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "网站输出目录 (default: ${DEFAULT-VALUE})")
  Path out = Path.of("site");

  @Option(names = "--theme", paramLabel = "DIR",
      description = "自定义主题目录，其中的文件覆盖内置主题的同名文件 (a theme folder overriding the built-in theme)")
  Path theme;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "网站发布地址，如 https://www.example.gov.cn/xxgk/ndbg/ ；页面链接均为相对链接，"
          + "此地址只用于订阅源、站点地图和 404 页 (default: ${DEFAULT-VALUE})")
  String baseUrl = "/";

  @Option(names = {"-w", "--watch"},
      description = "生成后继续监视内容和主题，修改后自动增量重建（按 Ctrl+C 停止）"
          + " (keep watching content and theme, rebuilding on change)")
  boolean watch;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** Whether a build has run: later ones (under --watch) leave out the waived findings it showed. */
  private boolean built;

  @Override
  public Integer call() throws Exception {
    var err = spec.commandLine().getErr();
    boolean zh = common.lang == Lang.ZH;
    Gongkai g;
    try {
      g = Gongkai.builder()
          .contentRoot(common.content)
          .theme(theme == null ? Theme.builtIn() : Theme.overlay(theme))
          .baseUrl(baseUrl)
          .onWait(() -> err.println(zh
              ? "另一个 Gongkai 构建正在写入 " + out + "，等待它完成……"
              : "Another Gongkai build is writing " + out + "; waiting for it to finish…"))
          .build();
    } catch (IllegalArgumentException e) {
      err.println("gongkai build: " + e.getMessage());
      return Main.FAILURE;
    }
    if (!watch) return build(g, null);
    // Like `hugo --watch`: the process stays, so each rebuild runs warm and is told what changed.
    var o = spec.commandLine().getOut();
    try (Rebuilds rebuilds = new Rebuilds(common.content, theme, changes -> build(g, changes) == Main.OK, () -> {}, o)) {
      rebuilds.buildNow();
      o.println(zh
          ? "正在监视 " + common.content + (theme == null ? "" : " 和 " + theme) + " 的修改，修改后自动重建 " + out + "（按 Ctrl+C 停止）。"
          : "Watching " + common.content + (theme == null ? "" : " and " + theme) + " for changes to rebuild " + out
              + " (Ctrl+C to stop).");
      o.flush();
      Thread.currentThread().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stopped
    }
    return Main.OK;
  }

  /** One build, told what a watcher saw ({@code changes}, null: nothing known); prints its findings and figures. */
  private int build(Gongkai g, ContentChanges changes) {
    var outWriter = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    boolean zh = common.lang == Lang.ZH;
    try {
      BuildResult result = g.build(out, changes);
      new Findings(common.lang).text(result.check(), outWriter, !built);
      built = true;
      if (!result.ok()) {
        err.println(zh ? "构建停止：请先修正上面的错误。网站未改动。" : "Build stopped: fix the errors above first. The site is unchanged.");
        err.flush();
        return Main.FINDINGS;
      }
      if (!Renderer.isAbsolute(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")) {
        outWriter.println(zh
            ? "提示：未用 --base-url 指定网站的完整地址（如 https://www.example.gov.cn/xxgk/ndbg/），因此没有生成 sitemap.xml。"
            : "Note: no absolute --base-url (e.g. https://www.example.gov.cn/xxgk/ndbg/), so no sitemap.xml was written.");
      }
      figures(result.site(), out, zh, outWriter);
      outWriter.flush();
      return Main.OK;
    } catch (GongkaiException | IllegalArgumentException e) {
      err.println("gongkai build: " + e.getMessage());
      err.flush();
      return Main.FAILURE;
    }
  }

  /** What a build wrote and how long each stage took (also printed by {@code serve}'s rebuilds). */
  static void figures(BuildResult.Figures f, Path out, boolean zh, PrintWriter w) {
    if (f.incremental()) {
      w.println(String.format(zh
              ? "已更新 %s：%d 份报告，%d 个页面；重新读取 %d 个文件，写入 %d 个文件，%.1f MB，用时 %.2f 秒。"
              : "Updated %s: %d reports, %d pages; read %d files again, wrote %d files, %.1f MB in %.2f s.",
          out, f.reports(), f.pages(), f.read(), f.files(), f.bytes() / 1048576.0, f.seconds()));
    } else {
      w.println(String.format(zh
              ? "已生成 %s：%d 份报告，%d 个页面，%d 个文件，%.1f MB，用时 %.2f 秒。"
              : "Built %s: %d reports, %d pages, %d files, %.1f MB in %.2f s.",
          out, f.reports(), f.pages(), f.files(), f.bytes() / 1048576.0, f.seconds()));
    }
    BuildResult.Stages s = f.stages();
    w.println(String.format(zh
            ? "各阶段用时：读取与校验 %.2f 秒，生成页面 %.2f 秒，索引 %.2f 秒（与生成页面同时进行），发布 %.2f 秒。"
            : "Stages: load and check %.2f s, render %.2f s, index %.2f s (beside rendering), publish %.2f s.",
        s.check(), s.render(), s.index(), s.publish()));
  }
}
