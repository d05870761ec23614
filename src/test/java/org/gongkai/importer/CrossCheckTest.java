package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Figures the prose states that a table also holds: disagreements are noted, never corrected. */
class CrossCheckTest {
  @ParameterizedTest
  @EnumSource(Seed.class)
  void theSeedsProseAgreesWithTheirTables(Seed seed) {
    assertEquals(List.of(), Drafts.read(seed).notes(Note.Kind.MISMATCH));
  }

  @Test
  void applicationsInTheProseDisagreeingWithTableBAreNotedWithTheirLine() {
    String text = Seed.JINDOUYING.text().replace("共计收到政府信息依申请公开1项", "共计收到政府信息依申请公开7项");
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    List<Note> m = r.notes(Note.Kind.MISMATCH);
    assertEquals(1, m.size(), m.toString());
    assertEquals(17, m.get(0).line());
    assertEquals("/table_b/new", m.get(0).field());
    assertTrue(m.get(0).format(org.gongkai.diag.Lang.ZH).contains("表中为 1"), m.get(0).toString());
    assertEquals(List.of(1, 0, 0, 0, 0, 0, 1), LayoutVariantsTest.row(r, "table_b", "new"), "the table is not corrected");
  }

  @Test
  void aPenaltyCountInTheProseDisagreeingWithTableAIsNoted() {
    String text = Seed.JINDOUYING.text().replace("完善了政府信息公开制度", "全年作出行政处罚1217件，完善了政府信息公开制度");
    ImportResult r = Drafts.read(text, Seed.JINDOUYING.file);
    assertTrue(Drafts.hasNote(r, Note.Kind.MISMATCH, "/table_a/punishment", "import.crossCheck"), r.notes().toString());
    assertTrue(r.yaml().contains("# 不一致：第13行：正文写“行政处罚1217件”，而表中为 0。"), r.yaml());
  }

  @Test
  void noApplicationsInTheProseAgainstApplicationsInTheTableIsNoted() {
    String text = Seed.JINDOUYING.text().replace("共计收到政府信息依申请公开1项，已完成答复", "未收到政府信息公开申请");
    assertTrue(Drafts.hasNote(Drafts.read(text, "x.txt"), Note.Kind.MISMATCH, "/table_b/new", "import.crossCheck"));
  }
}
