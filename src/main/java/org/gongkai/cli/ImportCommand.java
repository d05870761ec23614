package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Message;
import org.gongkai.importer.DraftFile;
import org.gongkai.importer.ImportResult;
import org.gongkai.importer.Importer;
import org.gongkai.importer.Note;
import org.gongkai.region.Divisions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai import FILE…}: reads published reports (text copied out of PDF or Word) into
 * draft report files in the content tree, and prints what was read, guessed and not readable.
 * Exit codes: 0 every file imported (notes or not), 2 a file could not be read or written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "把原文（从 PDF、Word 复制出的文字，UTF-8 或 GBK）读成报告草稿，写入内容目录。"
        + "%nRead published report texts into draft report files.")
final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "原文文本文件")
  List<Path> files;

  @Option(names = "--region", paramLabel = "省/市/县/…", description = "所属区划，如 河南省/安阳市/滑县/八里营镇（原文未写明或有重名时）")
  String region;

  @Option(names = "--year", paramLabel = "Y", description = "报告年度（标题中没有或有误时）")
  Integer year;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "内容目录 (default: ${DEFAULT-VALUE})")
  Path out = Path.of("content");

  @Option(names = "--force", description = "覆盖已有的文件")
  boolean force;

  @Option(names = "--lang", paramLabel = "zh|en", converter = CommonOptions.LangConverter.class,
      description = "信息语言 message language (default: zh)")
  Lang lang = Lang.ZH;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<String> path = region == null ? null : regionPath(region);
    if (region != null && path == null) {
      err.println("gongkai import: " + Message.of("import.cli.badRegion", region).format(lang));
      return Main.FAILURE;
    }
    Importer importer = Importer.builder().divisions(Divisions.load()).region(path).year(year).build();
    int code = Main.OK;
    for (Path file : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        err.println("gongkai import: " + Message.of("import.cli.cannotRead", file, e.getMessage()).format(lang));
        code = Main.FAILURE;
        continue;
      }
      ImportResult result = importer.read(bytes, file.getFileName().toString());
      Path written;
      try {
        written = DraftFile.write(out, result, force);
      } catch (FileAlreadyExistsException e) {
        err.println("gongkai import: " + Message.of("import.cli.exists", out.resolve(result.path())).format(lang));
        code = Main.FAILURE;
        continue;
      } catch (IOException e) {
        err.println("gongkai import: " + Message.of("import.cli.cannotWrite", out.resolve(result.path()), e.getMessage())
            .format(lang));
        code = Main.FAILURE;
        continue;
      }
      print(stdout, file, written, result);
    }
    return code;
  }

  /** What was read, guessed, not readable and inconsistent, each with its line. */
  private void print(PrintWriter stdout, Path file, Path written, ImportResult result) {
    stdout.println(Message.of("import.cli.written", file, written).format(lang));
    for (Note.Kind kind : Note.Kind.values()) {
      List<Note> notes = result.notes(kind);
      if (notes.isEmpty()) continue;
      stdout.println("  " + kind.label(lang) + (lang == Lang.ZH ? "：" : ":"));
      for (Note n : notes) stdout.println("    " + n.format(lang));
    }
    stdout.println("  " + Message.of("import.cli.summary", result.notes(Note.Kind.READ).size(),
        result.notes(Note.Kind.GUESSED).size(), result.notes(Note.Kind.UNREADABLE).size(),
        result.notes(Note.Kind.MISMATCH).size(), written).format(lang));
  }

  /** 省/市/县/… as names; null when a name is empty. */
  private static List<String> regionPath(String text) {
    List<String> names = Arrays.stream(text.strip().split("\\s*[/／]\\s*")).toList();
    return names.isEmpty() || names.stream().anyMatch(String::isBlank) ? null : names;
  }
}
