package org.readout.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** The precompiled jte templates (HTML content type: every {@code ${…}} is escaped for its context). */
final class Templates {
  private final TemplateEngine jte = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Templates.class.getClassLoader(), "org.readout.web.templates");
  private final boolean auth;

  Templates(boolean auth) {
    this.auth = auth;
  }

  View.Page page(Context ctx, String title, String active) {
    // a page rendered for the cache holds a placeholder, replaced by the request's token when sent (PageCache)
    String csrf = Boolean.TRUE.equals(ctx.attribute(PageCache.RENDERING)) ? PageCache.CSRF_PLACEHOLDER : Guard.csrfToken(ctx);
    return new View.Page(title, csrf, auth, active);
  }

  String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput(8192);
    jte.render(template, params, out);
    return out.toString();
  }

  void page(Context ctx, String template, String title, String active, Object view) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(render(template, Map.of("page", page(ctx, title, active), "view", view)));
  }
}
