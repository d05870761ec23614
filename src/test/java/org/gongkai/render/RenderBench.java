package org.gongkai.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.archive.Archiver;
import org.gongkai.bench.CorpusGenerator;
import org.gongkai.load.LoadResult;
import org.gongkai.load.Loader;
import org.gongkai.load.ReportSchema;
import org.gongkai.model.Archive;
import org.gongkai.model.ArchiveEntry;
import org.gongkai.model.RegionNode;
import org.gongkai.model.Report;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-report half of rendering: one report's page (Markdown prose, the three tables) and
 * its JSON and CSV downloads, rendered into memory. Run with {@code bench/jmh.sh RenderBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBench {
  ReportPages pages;
  List<ArchiveEntry> entries = new ArrayList<>();
  List<Report> reports = new ArrayList<>();
  List<RegionNode.Organ> organs = new ArrayList<>();
  int next;

  @Setup
  public void setUp() throws IOException {
    Path dir = Files.createTempDirectory("gongkai-jmh-");
    CorpusGenerator.generate(new CorpusGenerator.Options(60, dir, CorpusGenerator.DEFAULT_SEED, 0));
    Path root = dir.resolve("content");
    Loader loader = Loader.create(ReportSchema.load());
    List<Archiver.Input> inputs = new ArrayList<>();
    java.util.Map<Path, Report> byPath = new java.util.HashMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        Report r = ((LoadResult.Loaded) loader.load(f, root)).report();
        inputs.add(Archiver.Input.of(r, f, List.of()));
        byPath.put(f, r);
      }
    }
    Archive archive = Archiver.build(inputs);
    collect(archive.root(), byPath);
    Theme theme = Theme.builtIn();
    pages = new ReportPages(new Templates(theme), new Markdown(), new Chrome("政府信息公开工作年度报告档案"));
  }

  private void collect(RegionNode node, java.util.Map<Path, Report> byPath) {
    for (RegionNode.Organ o : node.organs()) {
      for (ArchiveEntry e : o.years()) {
        entries.add(e);
        reports.add(byPath.get(e.source()));
        organs.add(o);
      }
    }
    for (RegionNode c : node.children()) collect(c, byPath);
  }

  @Benchmark
  public void reportPage(Blackhole bh) {
    int i = next++ % entries.size();
    pages.render(entries.get(i), reports.get(i), organs.get(i), bh::consume);
  }
}
