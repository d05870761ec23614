package org.gongkai.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.region.Divisions;
import org.gongkai.region.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai region NAME}: every place of that name with its full path and code. */
@Command(name = "region", mixinStandardHelpOptions = true,
    description = "按名称查询区划的完整路径和统计用区划代码。Look up a place's full path and division code.")
final class RegionCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NAME", description = "区划名称，如 八里营镇")
  String name;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Divisions divisions = Divisions.load();
    var out = spec.commandLine().getOut();
    List<Place> found = divisions.find(name.strip());
    if (!found.isEmpty()) {
      for (Place p : found) out.println(p.pathText() + " " + p.code());
      return Main.OK;
    }
    List<Place> near = divisions.suggest(name.strip(), 10);
    out.println("统计用区划代码（" + divisions.edition() + "年）中没有“" + name.strip() + "”。"
        + (near.isEmpty() ? "" : "相近的有："));
    for (Place p : near) out.println(p.pathText() + " " + p.code());
    return Main.FINDINGS;
  }
}
