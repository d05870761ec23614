package org.gongkai.validate.rules;

import static org.gongkai.validate.Variants.assertAt;
import static org.gongkai.validate.Variants.assertClean;
import static org.gongkai.validate.Variants.columnOfValue;
import static org.gongkai.validate.Variants.consistent;
import static org.gongkai.validate.Variants.exactly;
import static org.gongkai.validate.Variants.insertAfter;
import static org.gongkai.validate.Variants.jindouying;
import static org.gongkai.validate.Variants.lineText;
import static org.gongkai.validate.Variants.only;
import static org.gongkai.validate.Variants.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.CheckResult;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Severity;
import org.gongkai.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** published: a report about year Y cannot be published or signed on or before 31 December of Y. */
class PublishedRuleTest {
  private static final String FILE = jindouying(2023);
  private static final String SIGNATURE = "signature: {name: 阳谷县金斗营镇人民政府, date: %s}";

  @TempDir Path root;

  private static String published(String date) {
    return insertAfter(consistent(), "title:", "published: " + date);
  }

  private static String signed(String text, String date) {
    return insertAfter(text, "  litigation_after_review:", "\n" + String.format(SIGNATURE, date));
  }

  @Test
  void acceptsPublicationAndSignatureAfterTheYear() {
    put(root, FILE, signed(published("2024-01-01"), "2024-01-01"));
    assertClean(Fixtures.check(root));
  }

  @Test
  void flagsPublicationOnTheLastDayOfTheYear() {
    String text = published("2023-12-31");
    put(root, FILE, text);

    CheckResult r = Fixtures.check(root);

    Diagnostic d = only(r, "published");
    assertAt(d, Severity.ERROR, FILE, Fixtures.lineOf(text, "published:"), columnOfValue(text, "published"));
    assertEquals("发布日期 2023-12-31 早于报告年度结束（2023-12-31）：报告只能在年度结束后发布。", d.message().format(Lang.ZH));
    assertEquals("publication date 2023-12-31 is before the report's year ends (2023-12-31):"
        + " a report can only be published after its year.", d.message().format(Lang.EN));
    assertFalse(r.ok());
  }

  @Test
  void flagsSignatureDatedWithinTheYear() {
    String text = signed(consistent(), "2023-12-20");
    put(root, FILE, text);

    Diagnostic d = only(Fixtures.check(root), "published");

    int line = Fixtures.lineOf(text, "signature:");
    String shown = lineText(text, line);
    assertAt(d, Severity.ERROR, FILE, line, shown.indexOf("2023-12-20") + 1);
    assertEquals("落款日期 2023-12-20 早于报告年度结束（2023-12-31）：报告只能在年度结束后发布。", d.message().format(Lang.ZH));
  }

  @Test
  void flagsBothDatesWhenBothAreEarly() {
    String text = signed(published("2023-06-30"), "2023-06-29");
    put(root, FILE, text);

    List<Diagnostic> found = exactly(2, Fixtures.check(root), "published");

    assertEquals(Fixtures.lineOf(text, "published:"), found.get(0).pos().line());
    assertEquals(Fixtures.lineOf(text, "signature:"), found.get(1).pos().line());
  }
}
