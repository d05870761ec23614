package org.gongkai.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.diag.Label;
import org.gongkai.model.Contact;

/** The contact fields and the words reports label them with, and contact details inside a sentence. */
final class Contacts {
  // "可与昂素镇人民政府办公室联系（电话：0477-7921011）": an office ends with a word like 办公室.
  private static final Pattern OFFICE =
      Pattern.compile("(?:可与|请与|与|向)([^，。,；;（(“”\\s本]{2,30}?(?:办公室|办|室|中心|科|股|局|政府|委员会))联系");
  private static final Pattern PHONE =
      Pattern.compile("电话[:：]?\\s*((?:\\d{3,4}-)?\\d{7,8}(?:-\\d{1,5})?|1[3-9]\\d{9})");

  private Contacts() {}

  /** The field a label names: 联系电话 → phone. */
  static String field(String label) {
    if (label.contains("传真")) return "fax";
    if (label.contains("电话")) return "phone";
    if (label.contains("邮编") || label.contains("邮政")) return "postcode";
    if (label.contains("邮") || label.toLowerCase(java.util.Locale.ROOT).contains("mail")) return "email";
    if (label.contains("地址")) return "address";
    return "office";
  }

  /** The fields read, or null when none was. */
  static Contact of(Map<String, String> f) {
    if (f.isEmpty()) return null;
    return new Contact(f.get("office"), f.get("phone"), f.get("fax"), f.get("email"), f.get("address"), f.get("postcode"));
  }

  /** Office and phone named inside prose lines, when no contact lines gave them. */
  static void inline(List<Line> lines, Map<String, String> into, Notes notes) {
    for (Line l : lines) {
      String text = Fold.wide(l.text());
      Matcher o = OFFICE.matcher(text);
      if (!into.containsKey("office") && o.find()) {
        into.put("office", o.group(1));
        notes.read(l.number(), "/contact/office", "import.contact.inline", Label.of("机构名称", "office"), o.group(1));
      }
      Matcher p = PHONE.matcher(text);
      if (!into.containsKey("phone") && p.find()) {
        into.put("phone", p.group(1));
        notes.read(l.number(), "/contact/phone", "import.contact.inline", Label.of("联系电话", "phone"), p.group(1));
      }
    }
  }
}
