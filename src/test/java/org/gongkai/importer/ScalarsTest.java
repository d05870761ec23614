package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever the original's text, the draft's scalars read back as that text. */
class ScalarsTest {
  @Test
  void writesPlainWhatReadsBackUnchanged() {
    assertEquals("金斗营镇人民政府 2023 年政府信息公开工作年度报告", Scalars.text("金斗营镇人民政府 2023 年政府信息公开工作年度报告"));
    assertEquals("0635-6882375", Scalars.text("0635-6882375"));
  }

  @Test
  void quotesWhatYamlWouldReadOtherwise() {
    for (String s : List.of("yes", "No", "252300", "2024-01-20", "a: b", "# x", "- x", "[x]", "x #y", " x", "~", "1.5",
        "\"q\" \\ ", "null")) {
      Map<String, Object> back = Drafts.parse("k: " + Scalars.text(s) + "\nf: [" + Scalars.flow(s) + "]\n");
      assertEquals(s, back.get("k"), s);
      assertEquals(List.of(s), back.get("f"), s);
    }
    assertEquals(List.of("a,b"), Drafts.parse("f: [" + Scalars.flow("a,b") + "]").get("f"));
  }

  @Test
  void writesNumbersAsTheFilesDo() {
    assertEquals("0", Scalars.number(new BigDecimal("0.00")));
    assertEquals("1.5", Scalars.number(new BigDecimal("1.50")));
    assertEquals("1200", Scalars.number(new BigDecimal("1.2E+3")));
    assertEquals("~", Scalars.number(null));
  }
}
