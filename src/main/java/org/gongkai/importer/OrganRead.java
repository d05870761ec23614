package org.gongkai.importer;

import java.util.List;
import org.gongkai.model.OrganKind;

/**
 * The organ as read from the title or the signature.
 *
 * @param name its name, or null when the text gives none
 * @param kind what kind of organ its name says, or null with no name
 * @param own the place the organ is of (安良镇 for 安良镇人民政府), or null
 * @param places every place the title and signature name, own included
 */
record OrganRead(String name, OrganKind kind, PlaceName own, List<PlaceName> places) {
  OrganRead {
    places = List.copyOf(places);
  }
}
