package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.archive.Archiver;
import org.gongkai.model.Archive;
import org.gongkai.model.KeyFigures;
import org.gongkai.model.Organ;
import org.gongkai.model.OrganKind;
import org.gongkai.model.Output;
import org.gongkai.model.Region;
import org.gongkai.site.Sites;
import org.gongkai.model.ReportHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open data of an update is spliced from the previous files: rows of unchanged reports are
 * copied as byte ranges, changed and added ones formatted — and the files equal a full build's.
 */
class OpenDataTest {
  @TempDir Path site;

  private static Archiver.Input input(String organ, int year, long received) {
    Region region = new Region(List.of("山东省", "聊城市", "阳谷县"), "371521", null);
    ReportHead head = new ReportHead(organ + year + "年报告", new Organ(organ, OrganKind.DEPARTMENT), region, year,
        LocalDate.of(year + 1, 1, 20));
    return new Archiver.Input(head, new KeyFigures(received, 3L, null, 1L), Path.of("/c/" + organ + "/" + year + ".yaml"),
        List.of());
  }

  private static Map<String, Output> outputs(Archive a, Selection select, Path previous) {
    Map<String, Output> out = new LinkedHashMap<>();
    if (previous == null) OpenData.write(a, o -> out.put(o.path(), o));
    else OpenData.update(a, select, previous, o -> out.put(o.path(), o));
    return out;
  }

  private void publish(Map<String, Output> files) throws IOException {
    Map<String, byte[]> written = new LinkedHashMap<>();
    for (Output o : files.values()) written.put(o.path(), Sites.bytes(o));
    for (var e : written.entrySet()) {
      Path f = site.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.write(f, e.getValue());
    }
  }

  @Test
  void changedAndAddedRowsAreSplicedIntoTheFilesAFullBuildWrites() throws IOException {
    List<Archiver.Input> before = new ArrayList<>();
    for (String organ : List.of("乙局", "丙局", "丁局,分局", "戊局")) {
      for (int year = 2021; year <= 2023; year++) before.add(input(organ, year, year * 10L));
    }
    publish(outputs(Archiver.build(before), Selection.ALL, null));
    JsonNode json = Json.MAPPER.readTree(Files.readAllBytes(site.resolve(OpenData.JSON)));
    assertEquals(12, json.size());
    assertEquals(13, Files.readString(site.resolve(OpenData.CSV)).split("\r\n").length);

    List<Archiver.Input> after = new ArrayList<>(before);
    after.set(4, input("丙局", 2022, 7)); // a corrected table
    after.add(input("甲局", 2023, 1)); // added before every other row
    after.add(input("丁局,分局", 2024, 2)); // added in the middle
    Archive now = Archiver.build(after);
    Set<String> touched = Set.of(now.entries().stream().filter(e -> e.figures().received() < 100)
        .map(e -> e.dir()).toArray(String[]::new));
    assertEquals(3, touched.size());
    Map<String, Output> spliced = outputs(now, new Selection(false, touched, Set.of(), Set.of(), Set.of()), site);
    Map<String, Output> full = outputs(now, Selection.ALL, null);
    assertEquals(full.keySet(), spliced.keySet());
    for (String path : List.of(OpenData.CSV, OpenData.JSON)) {
      Output.Spliced s = assertInstanceOf(Output.Spliced.class, spliced.get(path));
      assertTrue(s.pieces().stream().anyMatch(p -> p.bytes() == null), path + " keeps rows of the previous file");
    }
    for (String path : full.keySet()) {
      assertArrayEquals(Sites.bytes(full.get(path)), Sites.bytes(spliced.get(path)), path);
    }
    assertEquals(14, Json.MAPPER.readTree(Sites.bytes(spliced.get(OpenData.JSON))).size());
  }

  @Test
  void filesThatDoNotMatchTheirRowIndexAreWrittenWhole() throws IOException {
    List<Archiver.Input> inputs = List.of(input("甲局", 2023, 1), input("乙局", 2023, 2));
    Archive a = Archiver.build(inputs);
    publish(outputs(a, Selection.ALL, null));
    Files.writeString(site.resolve(OpenData.CSV), "edited by hand\r\n", StandardCharsets.UTF_8);
    Map<String, Output> out = outputs(a, new Selection(false, Set.of(), Set.of(), Set.of(), Set.of()), site);
    assertInstanceOf(Output.Bytes.class, out.get(OpenData.CSV));
    assertArrayEquals(Sites.bytes(outputs(a, Selection.ALL, null).get(OpenData.CSV)), Sites.bytes(out.get(OpenData.CSV)));
  }
}
