package org.gongkai.validate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.diag.SourceMap;
import org.gongkai.diag.SourcePos;
import org.gongkai.model.BRow;
import org.gongkai.model.OrganKind;
import org.gongkai.model.Report;
import org.gongkai.model.Row;
import org.gongkai.model.TableB;
import org.gongkai.model.Waiver;

/**
 * What rules across reports need of one report — its identity, table B, a fingerprint of its
 * content and a few positions — so that checking 100,000 files never holds 100,000 whole
 * reports and their position maps at once.
 */
public record ReportSummary(
    String file,
    String contentPath,
    String organKey,
    List<String> regionPath,
    String organName,
    OrganKind kind,
    int year,
    TableB tableB,
    List<String> members,
    String fingerprint,
    SourceMap positions,
    List<Waiver> waivers,
    Set<String> waiversUsed) {

  public ReportSummary {
    members = List.copyOf(members);
    waivers = List.copyOf(waivers);
    waiversUsed = Set.copyOf(waiversUsed);
  }

  /**
   * The reports a rule across reports relates: findings about this report depend only on the
   * reports of the same scope — the first folder of its organ key, its province (or 中央). Every
   * such rule pairs reports of one organ, or a government with members named below its own
   * region, so an incremental build checks again only the scopes a change touched.
   */
  public String scope() {
    int slash = organKey.indexOf('/');
    return slash < 0 ? organKey : organKey.substring(0, slash);
  }

  /**
   * The places rules across reports point at (besides waivers), one string each for all
   * summaries; the manifest numbers them in advance too.
   */
  public static final List<String> POINTERS = pointers();

  private static List<String> pointers() {
    List<String> out = new ArrayList<>(List.of("", "/organ/name", "/year", "/members", "/table_b"));
    for (BRow row : BRow.values()) out.add(row.pointer());
    for (int c = 0; c < 7; c++) out.add(BRow.CARRIED_IN.pointer() + "/" + c);
    return List.copyOf(out);
  }

  static ReportSummary of(Report r, SourceMap at, Set<String> waiversUsed) {
    Map<String, SourcePos> keep = new HashMap<>();
    for (String p : POINTERS) keep.put(p, at.at(p));
    for (int i = 0; i < r.waivers().size(); i++) keep.put("/waivers/" + i, at.at("/waivers/" + i));
    return new ReportSummary(at.file(), r.file(), r.organKey(), r.region().path(), r.organ().name(),
        r.organ().kind(), r.year(), r.tableB(), r.members(), fingerprint(r), SourceMap.compact(at.file(), keep),
        r.waivers(), waiversUsed);
  }

  /**
   * Tables exactly, and prose with its years masked: a report copied from last year differs
   * only in those. Only whole four-digit numbers in the prose count as years, so a count such
   * as 1950 in a table is never mistaken for one.
   */
  static String fingerprint(Report r) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      // The tables' cells as numbers, not as their records' text (which cost a tenth of loading a
      // report): each table's rows in the form's order, each row's length and cells.
      List<Map<? extends Enum<?>, Row>> tables = java.util.Arrays.asList(r.tableA() == null ? null : r.tableA().rows(),
          r.tableB() == null ? null : r.tableB().rows(), r.tableC() == null ? null : r.tableC().rows());
      md.update(cells(r.tableA() == null ? "-" : String.valueOf(r.tableA().fees()), tables));
      for (String part : new String[] {r.prose().intro(), r.prose().overview(), r.prose().problems(), r.prose().otherMatters()}) {
        md.update((byte) 0);
        if (part != null) md.update(proseKey(part).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] cells(String fees, List<Map<? extends Enum<?>, Row>> tables) {
    byte[] feeBytes = fees.getBytes(StandardCharsets.UTF_8);
    int size = 4 + feeBytes.length;
    for (Map<? extends Enum<?>, Row> t : tables) {
      size += 4;
      if (t != null) for (Row row : t.values()) size += 8 + 9 * row.size();
    }
    ByteBuffer b = ByteBuffer.allocate(size);
    b.putInt(feeBytes.length).put(feeBytes);
    for (Map<? extends Enum<?>, Row> t : tables) {
      b.putInt(t == null ? -1 : t.size()); // a table left out
      if (t == null) continue;
      for (Map.Entry<? extends Enum<?>, Row> e : t.entrySet()) { // an EnumMap's order: the form's
        Row row = e.getValue();
        b.putInt(e.getKey().ordinal()).putInt(row.size());
        for (int i = 0; i < row.size(); i++) {
          Long v = row.get(i);
          if (v == null) b.put((byte) 0).putLong(0);
          else b.put((byte) 1).putLong(v);
        }
      }
    }
    return b.array();
  }

  /**
   * Prose without white space and with each whole four-digit number from 1900 to 2099 replaced
   * by "####". A hand-written loop: this runs once per report, and regular expressions made it
   * a seventh of the time to check 10,000 files.
   */
  static String proseKey(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) continue;
      boolean year = i + 3 < n && (c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0')
          && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))
          && (i == 0 || !isDigit(s.charAt(i - 1))) && (i + 4 >= n || !isDigit(s.charAt(i + 4)));
      if (year) {
        b.append("####");
        i += 3;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
