package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.COUNTY_DEPT;
import static org.gongkai.validate.Variants.COUNTY_GOV;
import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.countyGovernment;
import static org.gongkai.validate.Variants.countyOrgan;
import static org.gongkai.validate.Variants.exactly;
import static org.gongkai.validate.Variants.inYear;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.lineText;
import static org.gongkai.validate.Variants.put;
import static org.gongkai.validate.Variants.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * aggregate: a county government's own report listing its {@code members} has, when all their
 * reports are in the archive, table B equal to their sum.
 */
class AggregateRuleTest {
  private static final String TOWNSHIP = "金斗营镇/金斗营镇人民政府";
  private static final String DEPARTMENT = "阳谷县教育局";

  @TempDir Path root;

  /** The township and the department each received and granted 1 application. */
  private void members() {
    put(root, jindouying(2023), consistent());
    put(root, COUNTY_DEPT, countyOrgan(DEPARTMENT, "department"));
  }

  /** The government's own report with {@code n} applications received and granted by natural persons. */
  private static String government(int n) {
    String text = countyGovernment(TOWNSHIP, DEPARTMENT);
    for (String key : List.of("new", "granted", "results_total")) {
      text = row(text, key, "[" + n + ", 0, 0, 0, 0, 0, " + n + "]");
    }
    return text;
  }

  @Test
  void acceptsGovernmentReportThatSumsItsMembers() {
    members();
    put(root, COUNTY_GOV, government(2));

    CheckResult r = Fixtures.check(root);

    assertEquals(3, r.files());
    assertClean(r);
  }

  @Test
  void warnsAtEachRowWhoseFirstCellDiffersFromTheMembersSum() {
    members();
    String text = government(1);
    put(root, COUNTY_GOV, text);

    CheckResult r = Fixtures.check(root);

    List<Diagnostic> found = exactly(3, r, "aggregate");
    List<String> rows = List.of("  new:", "  granted:", "  results_total:");
    for (int i = 0; i < 3; i++) {
      int line = Fixtures.lineOf(text, rows.get(i));
      // At the row (its opening bracket); the message names the column.
      assertAt(found.get(i), Severity.WARNING, COUNTY_GOV, line, lineText(text, line).indexOf('[') + 1);
    }
    assertEquals("一、本年新收政府信息公开申请数量 自然人列：本级政府报告为 1，所汇总的 2 份报告之和为 2。",
        found.get(0).message().format(Lang.ZH));
    assertEquals("三（一）予以公开 自然人列：本级政府报告为 1，所汇总的 2 份报告之和为 2。", found.get(1).message().format(Lang.ZH));
    assertEquals("3(7) total, column natural persons: the government's report says 1, the sum of the 2 member reports"
        + " is 2.", found.get(2).message().format(Lang.EN));
    assertTrue(r.ok(), "a warning does not fail the check");
    assertEquals(3, r.diagnostics().size(), Fixtures.printed(r));
  }

  @Test
  void saysNothingWhileAMemberReportIsMissing() {
    put(root, jindouying(2023), consistent());
    put(root, COUNTY_GOV, government(1));

    assertClean(Fixtures.check(root));
  }

  @Test
  void saysNothingAboutGovernmentWithoutMembers() {
    members();
    put(root, COUNTY_GOV, countyGovernment());

    assertClean(Fixtures.check(root));
  }

  @Test
  void comparesOnlyReportsOfTheSameYear() {
    // The members' reports are for 2023; the government's for 2024 has nothing to compare with.
    members();
    String rel = "山东省/聊城市/阳谷县/阳谷县人民政府/2024.yaml";
    put(root, rel, inYear(government(5), 2024));

    assertClean(Fixtures.check(root));
  }
}
