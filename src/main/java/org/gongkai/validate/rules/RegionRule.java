package org.gongkai.validate.rules;

import java.util.List;
import java.util.Optional;
import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.Label;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.Report;
import org.gongkai.region.Divisions;
import org.gongkai.region.Place;
import org.gongkai.region.Resolution;
import org.gongkai.validate.Rule;

/**
 * region: every name of the region path is in the national division list under its parent
 * (a warning, with "did you mean"); region-code: a stated 区划代码 agrees with the names.
 */
public final class RegionRule implements Rule {
  private final Divisions divisions;

  public RegionRule(Divisions divisions) {
    this.divisions = divisions;
  }

  @Override
  public String code() {
    return "region";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    List<String> path = r.region().path();
    Resolution res = divisions.resolve(path);
    if (!res.resolved()) {
      int i = res.unknownIndex();
      String pointer = "/region/path/" + i;
      if (i >= 4) {
        out.warning(code(), at.at(pointer), "rule.region.tooDeep", path.get(i));
      } else {
        Label parent = i == 0 ? Label.of("全国", "China")
            : Label.of(String.join(" ", path.subList(0, i)), String.join(" ", path.subList(0, i)));
        String edition = divisions.edition();
        if (res.suggestions().isEmpty()) {
          out.warning(code(), at.at(pointer), "rule.region.unknown", path.get(i), parent, edition);
        } else {
          out.warning(code(), at.at(pointer), "rule.region.unknown.suggest", path.get(i), parent, edition,
              Label.of(String.join("、", res.suggestions()), String.join(", ", res.suggestions())));
        }
      }
    }
    String code = r.region().code();
    if (code == null) return;
    Optional<Place> byCode = divisions.byCode(code);
    if (byCode.isEmpty()) {
      out.error("region-code", at.at("/region/code"), "rule.region.codeUnknown", code, divisions.edition());
    } else if (res.place().isPresent() && !res.place().get().code().equals(code)) {
      Place named = res.place().get();
      out.error("region-code", at.at("/region/code"), "rule.region.code", code, named.pathText(), named.code());
    }
  }
}
