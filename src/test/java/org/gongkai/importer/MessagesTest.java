package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every note the importer can make has its Chinese and English wording, and no wording is orphaned. */
class MessagesTest {
  private static final Path DIAG = Path.of("src/main/resources/org/gongkai/diag");
  private static final Pattern KEY = Pattern.compile("\"(import\\.[A-Za-z.]+)\"");

  private static Set<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(DIAG.resolve(file), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Set<String> out = new TreeSet<>();
    for (String k : p.stringPropertyNames()) if (k.startsWith("import.")) out.add(k);
    return out;
  }

  private static Set<String> used() throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> files = Stream.concat(Files.list(Path.of("src/main/java/org/gongkai/importer")),
        Stream.of(Path.of("src/main/java/org/gongkai/cli/ImportCommand.java")))) {
      for (Path f : files.toList()) {
        Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) out.add(m.group(1));
      }
    }
    return out;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    assertEquals(keys("messages_zh.properties"), keys("messages.properties"));
  }

  @Test
  void everyKeyUsedIsWordedAndEveryWordingUsed() throws IOException {
    Set<String> defined = keys("messages_zh.properties");
    Set<String> used = used();
    assertTrue(defined.containsAll(used), "not worded: " + diff(used, defined));
    assertTrue(used.containsAll(defined), "never used: " + diff(defined, used));
  }

  private static Set<String> diff(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
