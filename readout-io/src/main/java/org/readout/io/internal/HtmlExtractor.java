package org.readout.io.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.readout.text.TextNormaliser;

/**
 * Extracts the main text, title and date of an HTML page with jsoup. Boilerplate (navigation, page
 * header and footer, sidebars, scripts, forms, cookie banners) is dropped; the main content is the
 * {@code <main>} element, else the only {@code <article>}, else {@code [role=main]}, else the body.
 * Block elements become paragraphs separated by a blank line, ready for {@link TextNormaliser} in
 * {@link TextNormaliser.Syntax#PLAIN}. Stateless and thread-safe.
 */
public final class HtmlExtractor {
  /** Never content. (Not {@code form}: some sites wrap the whole page in one.) */
  private static final String BOILERPLATE = "script, style, noscript, template, svg, canvas, iframe, nav, header,"
      + " footer, aside, button, select, input, textarea, label, [role=navigation], [role=banner],"
      + " [role=contentinfo], [role=complementary], [role=search], [aria-hidden=true], [hidden]";
  /** class/id words (split at spaces, "-" and "_") that mark boilerplate blocks on real sites. */
  private static final Set<String> BOILERPLATE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
      "breadcrumbs", "sidebar", "cookie", "cookies", "share", "sharing", "social", "newsletter", "related",
      "skip", "header", "footer", "masthead", "banner", "promo", "subscribe");
  private static final java.util.regex.Pattern CLASS_WORDS = java.util.regex.Pattern.compile("[\\s_-]+");
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "figure", "figcaption", "dl", "dt", "dd",
      "br", "hr", "address", "body");

  private HtmlExtractor() {
  }

  /**
   * What the page says about itself.
   *
   * @param text      main text, paragraphs separated by blank lines (not yet normalised)
   * @param title     og:title, else {@code <title>}, else the first h1; may be empty
   * @param date      first ISO date found in article:published_time, date metas, {@code <time datetime>}; may be empty
   * @param publisher og:site_name; may be empty
   */
  public record Page(String text, String title, String date, String publisher) {
  }

  /** Parses {@code html} (base URI {@code baseUri}, may be empty) and extracts its page content. */
  public static Page extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    String title = firstNonEmpty(meta(doc, "meta[property=og:title]"), meta(doc, "meta[name=twitter:title]"),
        doc.title(), text(doc.selectFirst("h1")));
    String date = firstIsoDate(doc);
    String publisher = meta(doc, "meta[property=og:site_name]");
    // Pick the main content first, so boilerplate removal can never take it away with a wrapper.
    Element main = mainContent(doc);
    for (Element e : main.select(BOILERPLATE)) {
      if (e != main) {
        e.remove();
      }
    }
    // Class names are only a hint: a "has-sidebar" wrapper holding most of the text is the content.
    int total = main.text().length();
    for (Element e : main.select("[class], [id]")) {
      if (e != main && isBoilerplate(e) && e.text().length() * 2 < total) {
        e.remove();
      }
    }
    StringBuilder b = new StringBuilder(4096);
    NodeTraversor.traverse(new TextCollector(b), main);
    return new Page(b.toString(), title, date, publisher);
  }

  private static Element mainContent(Document doc) {
    Element main = doc.selectFirst("main");
    if (main != null) {
      return main;
    }
    Elements articles = doc.select("article");
    if (articles.size() == 1) {
      return articles.first();
    }
    Element role = doc.selectFirst("[role=main]");
    if (role != null) {
      return role;
    }
    Element body = doc.body();
    return body != null ? body : doc;
  }

  private static boolean isBoilerplate(Element e) {
    if (e.tagName().equals("body") || e.tagName().equals("main") || e.tagName().equals("article")) {
      return false;
    }
    for (String attr : new String[] {e.className(), e.id()}) {
      for (String word : CLASS_WORDS.split(attr.toLowerCase(Locale.ROOT))) {
        if (BOILERPLATE_WORDS.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String firstIsoDate(Document doc) {
    String[] candidates = {
        meta(doc, "meta[property=article:published_time]"),
        meta(doc, "meta[name=article:published_time]"),
        meta(doc, "meta[itemprop=datePublished]"),
        meta(doc, "meta[name=date]"),
        meta(doc, "meta[name=dc.date]"),
        meta(doc, "meta[name=DC.date.issued]"),
        attr(doc.selectFirst("time[datetime]"), "datetime"),
    };
    for (String c : candidates) {
      Optional<String> d = isoDatePrefix(c);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return "";
  }

  /** "2021-12-07T18:00:00Z" → "2021-12-07"; anything not starting with yyyy-MM-dd → empty. */
  static Optional<String> isoDatePrefix(String s) {
    if (s == null || s.length() < 10) {
      return Optional.empty();
    }
    for (int i = 0; i < 10; i++) {
      char c = s.charAt(i);
      boolean ok = (i == 4 || i == 7) ? c == '-' : c >= '0' && c <= '9';
      if (!ok) {
        return Optional.empty();
      }
    }
    return Optional.of(s.substring(0, 10));
  }

  private static String meta(Document doc, String css) {
    return attr(doc.selectFirst(css), "content");
  }

  private static String attr(Element e, String name) {
    return e == null ? "" : e.attr(name).strip();
  }

  private static String text(Element e) {
    return e == null ? "" : e.text().strip();
  }

  private static String firstNonEmpty(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  /** Walks the content: text nodes append their text; block elements open and close paragraphs. */
  private static final class TextCollector implements NodeVisitor {
    private final StringBuilder b;

    TextCollector(StringBuilder b) {
      this.b = b;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String s = t.getWholeText();
        Element parent = t.parent();
        boolean pre = parent != null && parent.normalName().equals("pre");
        // inside a paragraph a line break in the HTML source is just a space
        b.append(pre ? s : s.replace('\n', ' ').replace('\r', ' '));
      } else if (node instanceof Element e) {
        if (BLOCKS.contains(e.normalName())) {
          b.append("\n\n");
        } else if (e.normalName().equals("td") || e.normalName().equals("th")) {
          b.append(' ');
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        b.append("\n\n");
      }
    }
  }
}
