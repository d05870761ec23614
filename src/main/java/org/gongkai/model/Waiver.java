package org.gongkai.model;

import java.util.Objects;

/**
 * A maintainer's statement that the original itself breaks a rule: findings of that rule in
 * this report do not fail the build, but are shown to readers with this reason.
 */
public record Waiver(String rule, String reason) {
  public Waiver {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
