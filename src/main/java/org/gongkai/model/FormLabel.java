package org.gongkai.model;

/** A row or column of the national form, named in Chinese (as printed) and in English. */
public interface FormLabel {
  /** The wording of the printed form. */
  String zh();

  String en();
}
