package org.gongkai.model;

import java.time.LocalDate;

/** The issuing organ and date printed at the end of a report (落款); either may be absent. */
public record Signature(String name, LocalDate date) {}
