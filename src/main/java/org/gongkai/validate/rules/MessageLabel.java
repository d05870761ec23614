package org.gongkai.validate.rules;

import org.gongkai.diag.Label;
import org.gongkai.diag.Lang;
import org.gongkai.diag.Message;

/** A message used as an argument of another message, worded in the same language. */
record MessageLabel(Message message) implements Label {
  @Override
  public String zh() {
    return message.format(Lang.ZH);
  }

  @Override
  public String en() {
    return message.format(Lang.EN);
  }
}
