package org.readout.io.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.readout.ReadoutException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML front matter at the top of a Markdown or text file: a first line {@code ---}, a YAML mapping,
 * a closing line {@code ---} (or {@code ...}). Values are kept as strings (dates are not turned into
 * timestamps, so {@code 2021-12-07} stays exactly that). Stateless and thread-safe.
 *
 * @param fields    the mapping, keys in file order, values as strings (nested values as YAML text)
 * @param body      the text after the closing line
 * @param bodyLine  1-based line number where {@code body} starts in the file
 */
public record FrontMatter(Map<String, String> fields, String body, int bodyLine) {
  private static final int MAX_FRONT_MATTER_CHARS = 64 * 1024;
  /** Keys that become statement metadata: each must be a scalar. */
  private static final java.util.Set<String> METADATA_KEYS = java.util.Set.of("id", "title", "date", "publisher", "side",
      "kind", "meeting", "url", "licence", "license", "note");

  /**
   * Splits {@code text} into front matter and body; empty when the text does not start with
   * {@code ---}.
   *
   * @throws ReadoutException when the front matter is not closed, not YAML, or not a mapping
   */
  public static Optional<FrontMatter> parse(String text, String source) {
    if (!(text.startsWith("---\n") || text.startsWith("---\r\n") || text.equals("---"))) {
      return Optional.empty();
    }
    int pos = text.indexOf('\n') + 1;
    int line = 2;
    int closeStart = -1;
    int closeEnd = -1;
    while (pos > 0 && pos < text.length()) {
      int e = text.indexOf('\n', pos);
      int lineEnd = e < 0 ? text.length() : e;
      String l = stripCr(text.substring(pos, lineEnd)).stripTrailing();
      if (l.equals("---") || l.equals("...")) {
        closeStart = pos;
        closeEnd = e < 0 ? text.length() : e + 1;
        break;
      }
      if (pos > MAX_FRONT_MATTER_CHARS) {
        break;
      }
      pos = e < 0 ? -1 : e + 1;
      line++;
    }
    if (closeStart < 0) {
      throw new ReadoutException(source + ": malformed front matter: opening '---' is never closed by a '---' line");
    }
    String yamlText = text.substring(text.indexOf('\n') + 1, closeStart);
    Object loaded;
    try {
      loaded = yaml().load(yamlText);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark();
      String where = m == null ? "" : " at line " + (m.getLine() + 2);
      throw new ReadoutException(source + ": malformed front matter" + where + ": " + oneLine(e.getProblem()),
          ReadoutException.BAD_INPUT, e);
    } catch (YAMLException e) {
      throw new ReadoutException(source + ": malformed front matter: " + oneLine(e.getMessage()),
          ReadoutException.BAD_INPUT, e);
    }
    if (loaded == null) {
      loaded = Map.of();
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new ReadoutException(source + ": malformed front matter: expected 'key: value' lines, got a YAML "
          + (loaded instanceof java.util.List ? "list" : "scalar"));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<?, ?> en : map.entrySet()) {
      Object v = en.getValue();
      if ((v instanceof Map || v instanceof java.util.List) && METADATA_KEYS.contains(String.valueOf(en.getKey()))) {
        throw new ReadoutException(source + ": front matter field '" + en.getKey() + "' must be a single value, not a "
            + (v instanceof Map ? "mapping" : "list"));
      }
      fields.put(String.valueOf(en.getKey()), v == null ? "" : String.valueOf(v));
    }
    return Optional.of(new FrontMatter(Map.copyOf(fields), text.substring(closeEnd), line + 1));
  }

  private static String stripCr(String s) {
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  static String oneLine(String s) {
    if (s == null) {
      return "unknown problem";
    }
    return s.replace('\r', ' ').replace('\n', ' ').strip();
  }

  /** A fresh loader: SnakeYAML's Yaml is not thread-safe. Safe types only, no timestamp resolution. */
  private static Yaml yaml() {
    LoaderOptions lo = new LoaderOptions();
    lo.setMaxAliasesForCollections(10);
    lo.setAllowDuplicateKeys(false);
    lo.setCodePointLimit(MAX_FRONT_MATTER_CHARS);
    DumperOptions dopts = new DumperOptions();
    return new Yaml(new SafeConstructor(lo), new Representer(dopts), dopts, lo, new NoTimestampResolver());
  }

  /** The standard resolver minus timestamps: a date in front matter stays the string it was written as. */
  private static final class NoTimestampResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(Tag.INT, INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }
}
