import java.nio.file.Path;
import org.gongkai.index.StaticIndex;

/**
 * Writes a built site's static index again from its Lucene index (search/lucene), with the
 * default layout, and prints the shard count (the search page's data-shards must name it).
 * java -cp target/gongkai.jar bench/Rewrite.java SITE
 */
public class Rewrite {
  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]);
    long t0 = System.nanoTime();
    StaticIndex.rewrite(site, StaticIndex.Layout.DEFAULT);
    System.err.printf("rewritten in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    System.out.println(StaticIndex.shards(site));
  }
}
