package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code gongkai}: check, build and look up places. Exit codes: 0 success, 1 findings in the
 * content, 2 usage or I/O failure.
 */
@Command(
    name = "gongkai",
    mixinStandardHelpOptions = true,
    version = "gongkai 0.1.0",
    description = "政府信息公开工作年度报告档案：校验报告、生成静态网站。%nArchive of government-information-disclosure annual reports.",
    subcommands = {CheckCommand.class, BuildCommand.class, SearchCommand.class, ServeCommand.class, RegionCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  static final int OK = 0;
  static final int FINDINGS = 1;
  static final int FAILURE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with the given streams and returns the exit code (tests call this). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> FAILURE);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("gongkai: " + e.getMessage());
      return FAILURE;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (OutOfMemoryError e) {
      code = outOfMemory(args.length > 0 && args[0].equals("build"), err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * What a user can do when a command runs out of heap, instead of a stack trace: a build holds
   * 12–15 KB of each report it reads, and the JVM's default ceiling is a quarter of memory. A
   * build has written nothing into the site by then (it writes into a staging folder).
   */
  static int outOfMemory(boolean build, PrintWriter err) {
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    err.println("gongkai: 内存不足：Java 堆的上限是 " + mb + " MB。" + (build ? "网站未改动。" : "")
        + "请用环境变量 JAVA_TOOL_OPTIONS=-Xmx<大小> 提高上限：每份报告约 20 KB，再加 2 GB（如 30 万份报告用 -Xmx8g）。");
    err.println("gongkai: out of memory: the Java heap's limit is " + mb + " MB." + (build ? " The site is unchanged." : "")
        + " Raise it with JAVA_TOOL_OPTIONS=-Xmx<size>: about 20 KB a report, plus 2 GB (e.g. -Xmx8g for 300,000 reports).");
    return FAILURE;
  }
}
