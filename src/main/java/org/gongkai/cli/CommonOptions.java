package org.gongkai.cli;

import java.nio.file.Path;
import org.gongkai.diag.Lang;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content. */
final class CommonOptions {
  @Option(names = "--content", paramLabel = "DIR", description = "报告所在目录 (default: ${DEFAULT-VALUE})")
  Path content = Path.of("content");

  @Option(names = "--lang", paramLabel = "zh|en", converter = LangConverter.class,
      description = "信息语言 message language (default: zh)")
  Lang lang = Lang.ZH;

  static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
      return Lang.parse(value);
    }
  }
}
