package org.gongkai.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Signature;

/**
 * The end of a report: lines of contact details ("联系电话：…"), and the signature — the
 * issuing organ and the date on the last lines. Both leave the prose; the rest stays.
 */
final class Closing {
  private static final Pattern FIELD = Pattern.compile(
      "(机构名称|单位名称|联系单位|联系部门|联系机构|工作机构|联系电话|办公电话|咨询电话|电话|传真号码|传真|电子邮箱|电子信箱|电子邮件"
          + "|邮箱|E-?mail|email|联系地址|通讯地址|通信地址|办公地址|地址|邮政编码|邮编)\\s*[:：]\\s*");
  private static final Pattern ORGAN = Pattern.compile(
      ".{2,28}(人民政府|政府|办事处|办公室|局|委员会|委|中心|院|厅|部|署|会|所|站|处|室|队|馆)");

  /** The closing as read; {@code rest} is the lines that remain prose. */
  record Read(Signature signature, int signatureLine, Map<String, String> contact, List<Line> rest) {
    Read {
      contact = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(contact));
      rest = List.copyOf(rest);
    }
  }

  private Closing() {}

  static Read read(List<Line> lines, Notes notes) {
    Map<String, String> contact = new LinkedHashMap<>();
    List<Line> rest = new ArrayList<>();
    for (Line l : lines) {
      if (!contactLine(l, contact, notes)) rest.add(l);
    }
    Signed signed = signature(rest, notes);
    return new Read(signed == null ? null : signed.signature, signed == null ? 0 : signed.line, contact, rest);
  }

  /** Reads "标签：值" pairs if the line starts with one; the line then leaves the prose. */
  private static boolean contactLine(Line l, Map<String, String> into, Notes notes) {
    String raw = l.text().strip();
    Matcher m = FIELD.matcher(raw);
    if (!m.lookingAt()) return false;
    List<int[]> spans = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    m.reset();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      labels.add(m.group(1));
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : raw.length();
      String value = raw.substring(spans.get(i)[1], end).strip().replaceAll("[；;，,。]+$", "");
      String field = Contacts.field(labels.get(i));
      if (value.isEmpty() || into.containsKey(field)) continue;
      into.put(field, value);
      notes.read(l.number(), "/contact/" + field, "import.contact", labels.get(i), value);
    }
    return true;
  }

  /** The organ and date on the last lines: "湘乡市泉塘镇人民政府" then "2024年1月9日", or both on one line. */
  private record Signed(Signature signature, int line) {}

  private static Signed signature(List<Line> rest, Notes notes) {
    int last = lastNonBlank(rest, rest.size());
    if (last < 0) return null;
    Line line = rest.get(last);
    String text = Fold.wide(line.text()).strip();
    List<Dates.Found> dates = Dates.all(text);
    if (dates.isEmpty()) return null;
    Dates.Found d = dates.get(dates.size() - 1);
    if (d.end() < text.length() - 1) return null;
    String before = text.substring(0, d.start()).strip();
    String name = null;
    if (!before.isEmpty()) {
      if (!ORGAN.matcher(before).matches() || before.matches(".*[。，；,;].*")) return null;
      name = before;
      rest.remove(last);
    } else {
      rest.remove(last);
      int prev = lastNonBlank(rest, last);
      if (prev >= 0) {
        String p = rest.get(prev).text().strip();
        if (ORGAN.matcher(Fold.tight(p)).matches() && !p.matches(".*[。，；,;:：].*")) {
          name = p;
          rest.remove(prev);
        }
      }
    }
    LocalDate date = d.date();
    notes.read(line.number(), "/signature", "import.signature", name == null ? "" : name, date.toString());
    if (d.noYearChar()) notes.guessed(line.number(), "/signature", "import.date.noYearChar", text.substring(d.start(), d.end()), date.toString());
    return new Signed(new Signature(name, date), line.number());
  }

  private static int lastNonBlank(List<Line> lines, int before) {
    for (int i = before - 1; i >= 0; i--) if (!lines.get(i).blank()) return i;
    return -1;
  }
}
