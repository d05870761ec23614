package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A later year's report still printed on the 2019 trial form (国办公开办函〔2019〕60号): table A
 * has other columns, and （六）其他处理 is one row without sub-rows. Only what means the same
 * in the national form is taken; the rest is noted, never mapped.
 */
class TrialFormTest {
  private static final String TABLE_A_2019 = String.join("\n",
      "第二十条第（一）项\t\t\t",
      "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
      "规章\t0\t0\t0",
      "规范性文件\t2\t2\t5",
      "第二十条第（五）项\t\t\t",
      "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
      "行政许可\t10\t0\t36",
      "其他对外管理服务事项\t0\t0\t0",
      "第二十条第（六）项\t\t\t",
      "信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
      "行政处罚\t3\t1\t12",
      "行政强制\t0\t0\t0",
      "第二十条第（八）项\t\t\t",
      "信息内容\t上一年项目数量\t本年增/减\t",
      "行政事业性收费\t0\t0\t",
      "第二十条第（九）项\t\t\t",
      "信息内容\t采购项目数量\t采购总金额\t",
      "政府集中采购\t8\t160.5964万元\t",
      "");

  private static ImportResult trialReport() {
    String text = Seed.JINDOUYING.text();
    int a = text.indexOf("第二十条第（一）项");
    int b = text.indexOf("三、收到和处理政府信息公开申请情况");
    text = text.substring(0, a) + TABLE_A_2019 + "\n" + text.substring(b);
    text = Layouts.cut(text, "(六) 其他处理", "(七) 总计");
    text = text.replace("\t(七) 总计", "\t(六) 其他处理\t\t0\t0\t0\t0\t0\t0\t0\n\t(七) 总计");
    return Drafts.read(text, Seed.JINDOUYING.file);
  }

  @Test
  @SuppressWarnings("unchecked")
  void takesOnlyTheDecisionCountsOfTableA() {
    ImportResult r = trialReport();
    Map<String, Object> a = (Map<String, Object>) Drafts.parse(r.yaml()).get("table_a");
    assertEquals(Map.of("licensing", 36, "punishment", 12, "coercion", 0), a);
    assertTrue(Drafts.hasNote(r, Note.Kind.READ, "/table_a", "import.tableA.trial"));
    assertEquals(3, Drafts.notes(r, Note.Kind.GUESSED, "/table_a").stream()
        .filter(n -> n.message().key().equals("import.tableA.trialDecisions")).count());
    // 规章, 规范性文件, 其他对外管理服务事项, 行政事业性收费, 政府集中采购: columns the national form lacks.
    assertEquals(5, Drafts.notes(r, Note.Kind.UNREADABLE, "/table_a").stream()
        .filter(n -> n.message().key().equals("import.tableA.unmapped")).count());
  }

  @Test
  @SuppressWarnings("unchecked")
  void leavesTheSubRowsOfASingleOtherRowMissing() {
    ImportResult r = trialReport();
    Map<String, Object> b = (Map<String, Object>) Drafts.parse(r.yaml()).get("table_b");
    assertFalse(b.containsKey("other"), r.yaml());
    assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), b.get("results_total"));
    assertTrue(Drafts.hasNote(r, Note.Kind.UNREADABLE, "/table_b", "import.row.groupOnly"));
  }
}
