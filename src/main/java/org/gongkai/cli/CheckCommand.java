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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai check [PATH…]}: validate files or trees and print every finding. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "校验报告文件，列出全部问题。Validate report files and print every finding.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin CommonOptions common = new CommonOptions();

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "文件或目录 (default: the content folder)")
  List<Path> paths;

  @Option(names = "--format", paramLabel = "text|json", description = "输出格式 (default: ${DEFAULT-VALUE})")
  Format format = Format.text;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> targets = paths == null || paths.isEmpty() ? List.of(common.content) : paths;
    try {
      CheckResult result = Gongkai.builder().contentRoot(common.content).build().check(targets);
      Findings printer = new Findings(common.lang);
      if (format == Format.json) printer.json(result, spec.commandLine().getOut());
      else printer.text(result, spec.commandLine().getOut());
      return result.ok() ? Main.OK : Main.FINDINGS;
    } catch (GongkaiException e) {
      spec.commandLine().getErr().println("gongkai check: " + e.getMessage());
      return Main.FAILURE;
    }
  }
}
