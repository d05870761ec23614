package org.gongkai.model;

/**
 * A finding shown to readers on a report's page: a defect of the original that a maintainer
 * waived (with the reason), or a warning about the report.
 */
public record Notice(String code, boolean waived, String message, String reason) {}
