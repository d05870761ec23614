package org.gongkai.model;

import java.time.LocalDate;

/** The statistical period (统计期限) a report states. */
public record Period(LocalDate from, LocalDate to) {}
