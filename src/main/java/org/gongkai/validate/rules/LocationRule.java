package org.gongkai.validate.rules;

import org.gongkai.diag.DiagnosticSink;
import org.gongkai.diag.SourceMap;
import org.gongkai.model.OrganPaths;
import org.gongkai.model.Report;
import org.gongkai.validate.Rule;

/**
 * location: a file lives at {@code <region…>/<organ>/<year>.yaml} under the content root, so
 * that its path alone tells a maintainer what it holds and two organs can never share a file.
 */
public final class LocationRule implements Rule {
  @Override
  public String code() {
    return "location";
  }

  @Override
  public void check(Report r, SourceMap at, DiagnosticSink out) {
    String expected = OrganPaths.file(r.region(), r.organ().name(), r.year());
    String actual = r.file();
    // A file checked from outside the content root is compared by its trailing folders.
    boolean ok = actual.startsWith("/") ? actual.endsWith("/" + expected) : actual.equals(expected);
    if (ok) return;
    String folder = expected.substring(0, expected.lastIndexOf('/') + 1);
    boolean onlyYear = actual.startsWith(folder) || actual.contains("/" + folder);
    out.error(code(), at.at(onlyYear ? "/year" : "/region/path"), "rule.location", expected);
  }
}
