import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times reading report YAML into the loader's tree and positions, one thread, page cache and
 * JIT warm: the first 3,000 files of a content folder, 40 rounds, the best round. "fast" goes
 * through `YamlTree.parse` (the fast path, SnakeYAML for what it leaves), "snake" through
 * SnakeYAML alone. Both are package-private, hence the reflection.
 * java -cp target/gongkai.jar bench/YamlTime.java CONTENT [fast|snake]
 */
public class YamlTime {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).sorted().limit(3000).toList()) {
        texts.add(Files.readString(p));
      }
    }
    boolean snake = args.length > 1 && args[1].equals("snake");
    Method parse = Class.forName("org.gongkai.load.YamlTree")
        .getDeclaredMethod(snake ? "snakeYaml" : "parse", String.class, String.class);
    parse.setAccessible(true);
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 40; round++) {
      long t0 = System.nanoTime();
      for (String t : texts) parse.invoke(null, t, "f.yaml");
      best = Math.min(best, System.nanoTime() - t0);
    }
    System.out.printf("%s: %d files, best round %.1f µs a file%n", snake ? "SnakeYAML" : "YamlTree.parse", texts.size(),
        best / 1e3 / texts.size());
  }
}
