package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.COUNTY_DEPT;
import static org.gongkai.validate.Variants.COUNTY_GOV;
import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.columnOfValue;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.countyGovernment;
import static org.gongkai.validate.Variants.countyOrgan;
import static org.gongkai.validate.Variants.insertAfter;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.lineText;
import static org.gongkai.validate.Variants.only;
import static org.gongkai.validate.Variants.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deadline: published after 31 January of Y+1 (townships, departments) or 31 March of Y+1 (a
 * county-level or higher government's own report); the signature date stands in for a missing
 * publication date.
 */
class DeadlineRuleTest {
  private static final String FILE = jindouying(2023);

  @TempDir Path root;

  private static String published(String text, String date) {
    return insertAfter(text, "title:", "published: " + date);
  }

  private static String signed(String text, String date) {
    return insertAfter(text, "  litigation_after_review:", "\nsignature: {name: 阳谷县金斗营镇人民政府, date: " + date + "}");
  }

  @Test
  void acceptsTownshipReportPublishedOnTheLastDay() {
    put(root, FILE, published(consistent(), "2024-01-31"));
    assertClean(Fixtures.check(root));
  }

  @Test
  void acceptsReportWithoutAnyDate() {
    put(root, FILE, consistent());
    assertClean(Fixtures.check(root));
  }

  @Test
  void warnsWhenTownshipReportIsPublishedAfter31January() {
    String text = published(consistent(), "2024-02-01");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "deadline");
    assertAt(d, Severity.WARNING, FILE, Fixtures.lineOf(text, "published:"), columnOfValue(text, "published"));
    assertEquals("发布日期 2024-02-01 晚于公布期限 2024-01-31（部门和乡镇、街道为次年1月31日）。", d.message().format(Lang.ZH));
    assertEquals("Published 2024-02-01, after the deadline 2024-01-31 (31 January for departments, townships and"
        + " sub-districts).", d.message().format(Lang.EN));
    assertTrue(r.ok(), "a late report is a warning, not an error");
  }

  @Test
  void warnsWhenDepartmentReportIsPublishedAfter31January() {
    String text = published(countyOrgan("阳谷县教育局", "department"), "2024-02-01");
    put(root, COUNTY_DEPT, text);

    Diagnostic d = only(Fixtures.check(root), "deadline");

    assertAt(d, Severity.WARNING, COUNTY_DEPT, Fixtures.lineOf(text, "published:"), columnOfValue(text, "published"));
    assertEquals("发布日期 2024-02-01 晚于公布期限 2024-01-31（部门和乡镇、街道为次年1月31日）。", d.message().format(Lang.ZH));
  }

  @Test
  void acceptsGovernmentReportPublishedInMarch() {
    put(root, COUNTY_GOV, published(countyGovernment(), "2024-03-15"));
    assertClean(Fixtures.check(root));
  }

  @Test
  void warnsWhenGovernmentReportIsPublishedAfter31March() {
    String text = published(countyGovernment(), "2024-04-02");
    put(root, COUNTY_GOV, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "deadline");
    assertAt(d, Severity.WARNING, COUNTY_GOV, Fixtures.lineOf(text, "published:"), columnOfValue(text, "published"));
    assertEquals("发布日期 2024-04-02 晚于公布期限 2024-03-31（县级以上人民政府的本级报告为次年3月31日）。",
        d.message().format(Lang.ZH));
    assertEquals(1, r.diagnostics().size(), Fixtures.printed(r));
  }

  @Test
  void usesTheSignatureDateWhenThereIsNoPublicationDate() {
    String text = signed(consistent(), "2024-02-05");
    put(root, FILE, text);

    Diagnostic d = only(Fixtures.check(root), "deadline");

    int line = Fixtures.lineOf(text, "signature:");
    assertAt(d, Severity.WARNING, FILE, line, lineText(text, line).indexOf("2024-02-05") + 1);
    String zh = d.message().format(Lang.ZH);
    assertTrue(zh.contains("2024-02-05") && zh.contains("2024-01-31"), zh);
  }

  @Test
  void namesTheSignatureDateWhenItStandsInForThePublicationDate() {
    put(root, FILE, signed(consistent(), "2024-02-05"));

    Diagnostic d = only(Fixtures.check(root), "deadline");

    String zh = d.message().format(Lang.ZH);
    assertTrue(zh.contains("落款日期 2024-02-05"), zh);
    assertFalse(zh.contains("发布日期"), zh);
    assertFalse(d.message().format(Lang.EN).startsWith("Published"), d.message().format(Lang.EN));
  }

  @Test
  void prefersThePublicationDateToTheSignatureDate() {
    // Signed late, but published on time: the publication date counts.
    put(root, FILE, signed(published(consistent(), "2024-01-20"), "2024-02-05"));
    assertClean(Fixtures.check(root));
  }

  @Test
  void acceptsSignatureDateWithinTheDeadline() {
    put(root, FILE, signed(consistent(), "2024-01-09"));
    assertClean(Fixtures.check(root));
  }
}
