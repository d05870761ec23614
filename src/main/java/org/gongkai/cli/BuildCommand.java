package org.gongkai.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.CheckResult;
import org.gongkai.Gongkai;
import org.gongkai.GongkaiException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai build}: validates the whole content tree; errors stop the build with the same
 * findings {@code check} prints. Rendering {@code site/} arrives with the site stage.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "校验全部报告并生成网站。Validate all reports and build the site.")
final class BuildCommand implements Callable<Integer> {
  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "网站输出目录 (default: ${DEFAULT-VALUE})")
  Path out = Path.of("site");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      CheckResult result = Gongkai.builder().contentRoot(common.content).build().check(List.of(common.content));
      new Findings(common.lang).text(result, spec.commandLine().getOut());
      if (!result.ok()) {
        spec.commandLine().getErr().println(common.lang == org.gongkai.diag.Lang.ZH
            ? "构建停止：请先修正上面的错误。" : "Build stopped: fix the errors above first.");
        return Main.FINDINGS;
      }
      return Main.OK;
    } catch (GongkaiException e) {
      spec.commandLine().getErr().println("gongkai build: " + e.getMessage());
      return Main.FAILURE;
    }
  }
}
