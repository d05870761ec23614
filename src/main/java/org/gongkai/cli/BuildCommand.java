package org.gongkai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
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
 * findings {@code check} prints — then renders the site and swaps it into place.
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

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    var outWriter = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    boolean zh = common.lang == Lang.ZH;
    try {
      Gongkai g = Gongkai.builder()
          .contentRoot(common.content)
          .theme(theme == null ? Theme.builtIn() : Theme.overlay(theme))
          .baseUrl(baseUrl)
          .onWait(() -> err.println(zh
              ? "另一个 Gongkai 构建正在写入 " + out + "，等待它完成……"
              : "Another Gongkai build is writing " + out + "; waiting for it to finish…"))
          .build();
      BuildResult result = g.build(out);
      new Findings(common.lang).text(result.check(), outWriter);
      if (!result.ok()) {
        err.println(zh ? "构建停止：请先修正上面的错误。网站未改动。" : "Build stopped: fix the errors above first. The site is unchanged.");
        return Main.FINDINGS;
      }
      BuildResult.Figures f = result.site();
      if (!Renderer.isAbsolute(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")) {
        outWriter.println(zh
            ? "提示：未用 --base-url 指定网站的完整地址（如 https://www.example.gov.cn/xxgk/ndbg/），因此没有生成 sitemap.xml。"
            : "Note: no absolute --base-url (e.g. https://www.example.gov.cn/xxgk/ndbg/), so no sitemap.xml was written.");
      }
      if (f.incremental()) {
        outWriter.println(String.format(zh
                ? "已更新 %s：%d 份报告，%d 个页面；重新读取 %d 个文件，写入 %d 个文件，%.1f MB，用时 %.2f 秒。"
                : "Updated %s: %d reports, %d pages; read %d files again, wrote %d files, %.1f MB in %.2f s.",
            out, f.reports(), f.pages(), f.read(), f.files(), f.bytes() / 1048576.0, f.seconds()));
      } else {
        outWriter.println(String.format(zh
                ? "已生成 %s：%d 份报告，%d 个页面，%d 个文件，%.1f MB，用时 %.2f 秒。"
                : "Built %s: %d reports, %d pages, %d files, %.1f MB in %.2f s.",
            out, f.reports(), f.pages(), f.files(), f.bytes() / 1048576.0, f.seconds()));
      }
      BuildResult.Stages s = f.stages();
      outWriter.println(String.format(zh
              ? "各阶段用时：读取与校验 %.2f 秒，生成页面 %.2f 秒，索引 %.2f 秒（与生成页面同时进行），发布 %.2f 秒。"
              : "Stages: load and check %.2f s, render %.2f s, index %.2f s (beside rendering), publish %.2f s.",
          s.check(), s.render(), s.index(), s.publish()));
      return Main.OK;
    } catch (GongkaiException | IllegalArgumentException e) {
      err.println("gongkai build: " + e.getMessage());
      return Main.FAILURE;
    }
  }
}
