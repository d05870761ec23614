package org.gongkai;

/** The environment failed (a path that does not exist, a disk error): not a finding about content. */
public final class GongkaiException extends Exception {
  private static final long serialVersionUID = 1L;

  public GongkaiException(String message, Throwable cause) {
    super(message, cause);
  }
}
