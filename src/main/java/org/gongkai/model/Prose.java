package org.gongkai.model;

/**
 * The prose parts of a report as Markdown, each {@code null} when the original has none:
 * the introduction and sections 一、五、六 (sections 二–四 are the tables).
 */
public record Prose(String intro, String overview, String problems, String otherMatters) {}
