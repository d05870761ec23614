package org.gongkai.model;

import java.util.Objects;

/** The administrative organ that publishes the report. */
public record Organ(String name, OrganKind kind) {
  public Organ {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
