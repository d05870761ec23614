package org.gongkai.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.bench.CorpusGenerator;
import org.gongkai.load.LoadResult;
import org.gongkai.load.Loader;
import org.gongkai.load.ReportSchema;
import org.gongkai.region.Divisions;
import org.gongkai.validate.Validator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The per-file half of a build: load one generated report (UTF-8, YAML, schema, model) and run
 * the per-report rules on it. A build of N reports costs about N times this, on two cores.
 * Run with {@code bench/jmh.sh LoadBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoadBench {
  Loader loader;
  Validator validator;
  Path root;
  List<Path> files;
  int next;

  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("gongkai-jmh-");
    CorpusGenerator.generate(new CorpusGenerator.Options(60, dir, CorpusGenerator.DEFAULT_SEED, 0));
    root = dir.resolve("content");
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    loader = Loader.create(ReportSchema.load());
    validator = Validator.create(Divisions.load());
  }

  /** Load alone: bytes to report, with positions and schema findings. */
  @Benchmark
  public Object load() throws IOException {
    return loader.load(files.get(next++ % files.size()), root);
  }

  /** Load and the per-report rules, as a build does for every file. */
  @Benchmark
  public Object loadAndCheck() throws IOException {
    LoadResult r = loader.load(files.get(next++ % files.size()), root);
    return validator.check(((LoadResult.Loaded) r).report(), ((LoadResult.Loaded) r).positions());
  }
}
