import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.archive.Archiver;
import org.gongkai.index.Indexer;
import org.gongkai.index.StaticIndex;
import org.gongkai.load.LoadResult;
import org.gongkai.load.Loader;
import org.gongkai.load.ReportSchema;
import org.gongkai.model.Archive;
import org.gongkai.model.Output;
import org.gongkai.model.Report;

/**
 * Times Gongkai's search indexing alone, without page rendering: loads the reports of a
 * content folder (not timed), indexes them as the build does (`Indexer.index`: the Lucene
 * parts on every core, then the static index), then writes the static index once more from
 * the Lucene index to time it alone. Prints the seconds of the Lucene part and of the static
 * index. java -cp target/gongkai.jar bench/IndexTime.java CONTENT WORKDIR
 */
public class IndexTime {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    Path work = Path.of(args[1]);
    Loader loader = Loader.create(ReportSchema.load());
    Map<Path, String> bodies = new HashMap<>();
    List<Archiver.Input> inputs = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Report r = ((LoadResult.Loaded) loader.load(f, root)).report();
        bodies.put(f, Indexer.body(r));
        inputs.add(Archiver.Input.of(r, f, List.of()));
      }
    }
    Archive archive = Archiver.build(inputs);
    inputs = null;
    long t0 = System.nanoTime();
    Indexer.index(archive, e -> bodies.get(e.source()), o -> {
      try {
        Path to = work.resolve(o.path());
        Files.createDirectories(to.getParent());
        if (o instanceof Output.Bytes b) Files.write(to, b.bytes());
        else Files.copy(((Output.Copy) o).source(), to);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    long t1 = System.nanoTime();
    StaticIndex.rewrite(work, StaticIndex.Layout.DEFAULT);
    long t2 = System.nanoTime();
    double all = (t1 - t0) / 1e9;
    double statik = (t2 - t1) / 1e9;
    System.out.printf("%.1f %.1f%n", all - statik, statik);
  }
}
