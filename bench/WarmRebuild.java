import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.BuildResult;
import org.gongkai.ContentChanges;
import org.gongkai.Gongkai;

/**
 * Rebuilds in one JVM, as {@code gongkai serve} does: a corrected table (the first
 * {@code punishment:} count of FILE, alternately +1 and back), ROUNDS times; the first half
 * walk the content ({@code build(out)}), the second half are told what changed, as serve's
 * watcher tells them ({@code build(out, changes)}). Prints each rebuild's wall time and stages.
 * FILE is put back as it was at the end.
 *
 * <p>{@code java -XX:+UseParallelGC -XX:InitialRAMPercentage=12.5 -cp target/gongkai.jar
 * bench/WarmRebuild.java CONTENT SITE FILE [ROUNDS]} (SITE built before from CONTENT with the
 * same jar, or the first round is a full build).
 */
public class WarmRebuild {
  public static void main(String[] args) throws Exception {
    Path content = Path.of(args[0]), site = Path.of(args[1]), file = Path.of(args[2]);
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
    String original = Files.readString(file);
    Matcher m = Pattern.compile("(?m)^(  punishment: )(\\d+)").matcher(original);
    if (!m.find()) throw new IllegalArgumentException(file + " has no punishment: count");
    String corrected = original.substring(0, m.start(2)) + (Long.parseLong(m.group(2)) + 1) + original.substring(m.end(2));
    Gongkai g = Gongkai.builder().contentRoot(content).build();
    ContentChanges changes = new ContentChanges();
    try {
      for (int r = 0; r < rounds; r++) {
        Files.writeString(file, r % 2 == 0 ? corrected : original);
        boolean told = r >= rounds / 2;
        changes.add(List.of(file));
        long start = System.nanoTime();
        BuildResult result = told ? g.build(site, changes) : g.build(site);
        BuildResult.Stages s = result.site().stages();
        System.out.printf("rebuild %d (%s): %.3f s; check %.3f, render %.3f, publish %.3f%n", r,
            told ? "told" : "walk", (System.nanoTime() - start) / 1e9, s.check(), s.render(), s.publish());
      }
    } finally {
      Files.writeString(file, original);
    }
  }
}
