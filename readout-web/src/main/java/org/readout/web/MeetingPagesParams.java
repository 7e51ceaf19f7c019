package org.readout.web;

import io.javalin.http.Context;
import org.readout.ReadoutException;

/** Form parameters that must be present. */
final class MeetingPagesParams {
  private MeetingPagesParams() {
  }

  static String form(Context ctx, String name) {
    String v = ctx.formParam(name);
    if (v == null || v.isBlank()) {
      throw new ReadoutException("the form field '" + name + "' is missing");
    }
    return v.strip();
  }
}
