package org.gongkai.model;

/** Provenance of a transcription: where the original is and what the transcriber noticed. */
public record Source(String url, String file, String note) {}
