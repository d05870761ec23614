package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.OrganKind;
import org.gongkai.model.Signature;

/**
 * The organ: the title's words before the year ("金斗营镇人民政府 2023 年…"), checked against the
 * signature. Leading places above the organ's own are dropped (郟县安良镇人民政府 → 安良镇人民政府),
 * as the content tree holds them in the folders; a title naming only a town gets the town's
 * government, noted as a guess.
 */
final class OrganReader {
  private final PlaceNames places;

  OrganReader(PlaceNames places) {
    this.places = places;
  }

  OrganRead read(String title, int titleLine, Signature signature, int signatureLine, Notes notes) {
    PlaceNames.Split fromTitle = title == null ? null : places.split(prefix(title));
    PlaceNames.Split fromSignature =
        signature == null || signature.name() == null ? null : places.split(Fold.tight(signature.name()));
    List<PlaceName> all = new ArrayList<>();
    if (fromTitle != null) all.addAll(fromTitle.places());
    if (fromSignature != null) for (PlaceName p : fromSignature.places()) if (!all.contains(p)) all.add(p);

    String byTitle = organ(fromTitle);
    String bySignature = organ(fromSignature);
    boolean titleComplete = fromTitle != null && !fromTitle.rest().isEmpty();
    String name;
    if (titleComplete && byTitle != null) {
      name = byTitle;
      notes.read(titleLine, "/organ/name", "import.organ.title", name);
    } else if (bySignature != null && !fromSignature.rest().isEmpty()
        && (byTitle == null || bySignature.startsWith(byTitle))) {
      name = bySignature;
      notes.read(signatureLine, "/organ/name", "import.organ.signature", name);
    } else if (byTitle != null && !byTitle.isEmpty()) {
      name = byTitle + defaultSuffix(byTitle);
      notes.guessed(titleLine, "/organ/name", "import.organ.assumed", byTitle, name);
    } else {
      name = null;
      notes.unreadable(0, "/organ/name", "import.organ.missing");
    }
    PlaceName own = ownPlace(fromTitle);
    if (own == null) own = ownPlace(fromSignature);
    return new OrganRead(name, kind(name), own, all);
  }

  /** The title's words before its year, or before "政府信息公开" when it has none. */
  static String prefix(String title) {
    String t = Fold.tight(title);
    Dates.Year y = Dates.year(t);
    int end = y != null ? y.start() : t.indexOf("政府信息公开");
    if (end < 0) end = t.indexOf("年度报告");
    String p = end < 0 ? t : t.substring(0, end);
    return p.replaceAll("^[《\"]+", "").replaceAll("(关于|的|[\"》])+$", "");
  }

  private static String organ(PlaceNames.Split s) {
    if (s == null) return null;
    if (s.places().isEmpty()) return s.rest().isEmpty() ? null : s.rest();
    return s.places().get(s.places().size() - 1).written() + s.rest();
  }

  private static PlaceName ownPlace(PlaceNames.Split s) {
    return s == null || s.places().isEmpty() ? null : s.places().get(s.places().size() - 1);
  }

  /** What a bare place name stands for as an organ: its government (街道: its office). */
  private static String defaultSuffix(String place) {
    if (place.endsWith("街道")) return "办事处";
    return "人民政府";
  }

  static OrganKind kind(String name) {
    if (name == null) return null;
    if (name.matches(".*(镇|乡|苏木)(人民政府|政府)$") || name.matches(".*街道(办事处)?$")) return OrganKind.TOWNSHIP;
    if (name.matches(".*(省|自治区|市|州|盟|县|区|旗)人民政府$")) return OrganKind.GOVERNMENT;
    return OrganKind.DEPARTMENT;
  }
}
