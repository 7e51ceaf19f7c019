package org.readout.commitments;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.readout.ReadoutException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The speech-act lexicon ({@code lexicon.yaml}): cue rules, negators, condition cues, clause
 * boundaries, complementizers, descriptive frames, pronouns. Immutable once loaded; thread-safe.
 */
final class Lexicon {
  static final String RESOURCE = "/org/readout/commitments/lexicon.yaml";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** One cue rule. */
  record Rule(String id, CommitmentKind kind, Pattern pattern, boolean strong, int priority, boolean negated,
              boolean refrain, boolean addresseeSubject, boolean actionFromCue) {
  }

  /** One condition cue. */
  record Cue(String id, Pattern pattern) {
  }

  final List<Rule> rules;
  final List<Cue> conditions;
  final Pattern negator;
  final Pattern boundary;
  final List<String> clauseSubjectStarters;
  final Pattern complementizer;
  final List<Pattern> descriptive;
  final Pattern personPronoun;
  final Pattern groupPronoun;

  private Lexicon(Map<String, Object> y, String source) {
    List<Rule> rs = new ArrayList<>();
    for (Map<String, Object> r : maps(y.get("rules"), source, "rules")) {
      String id = str(r, "id", source);
      CommitmentKind kind = CommitmentKind.parse(str(r, "kind", source))
          .orElseThrow(() -> new ReadoutException(source + ": rule " + id + ": unknown kind " + r.get("kind")));
      rs.add(new Rule(id, kind, compile(str(r, "pattern", source), source, id), "strong".equals(r.get("strength")),
          ((Number) r.getOrDefault("priority", 0)).intValue(), Boolean.TRUE.equals(r.get("negated")),
          Boolean.TRUE.equals(r.get("refrain")), Boolean.TRUE.equals(r.get("addresseeSubject")),
          "cue".equals(r.get("action"))));
    }
    this.rules = List.copyOf(rs);
    List<Cue> cs = new ArrayList<>();
    for (Map<String, Object> c : maps(y.get("conditions"), source, "conditions")) {
      String id = str(c, "id", source);
      cs.add(new Cue(id, compile(str(c, "pattern", source), source, id)));
    }
    this.conditions = List.copyOf(cs);
    this.negator = negators(strings(y.get("negators")), source);
    this.boundary = alternation(strings(y.get("boundaries")), source, "boundaries");
    this.clauseSubjectStarters = strings(y.get("clause-subject-starters")).stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    this.complementizer = words(strings(y.get("complementizers")), "\\b(?:", ")\\s", source, "complementizers");
    this.descriptive = strings(y.get("descriptive")).stream().map(p -> compile(p, source, "descriptive")).toList();
    @SuppressWarnings("unchecked")
    Map<String, Object> pr = (Map<String, Object>) y.getOrDefault("pronouns", Map.of());
    this.personPronoun = words(strings(pr.get("person")), "^(?:", ")\\b", source, "pronouns.person");
    this.groupPronoun = words(strings(pr.get("group")), "^(?:", ")\\b", source, "pronouns.group");
  }

  static Lexicon load() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, Object> y = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return new Lexicon(y, RESOURCE);
    } catch (IOException e) {
      throw new ReadoutException(RESOURCE + ": " + e.getMessage(), ReadoutException.IO_FAILURE, e);
    }
  }

  private static Pattern compile(String p, String source, String id) {
    try {
      return Pattern.compile(p, FLAGS);
    } catch (PatternSyntaxException e) {
      throw new ReadoutException(source + ": " + id + ": bad pattern: " + e.getDescription());
    }
  }

  private static Pattern words(List<String> ws, String pre, String post, String source, String what) {
    if (ws.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    StringBuilder b = new StringBuilder(pre);
    for (int i = 0; i < ws.size(); i++) {
      b.append(i == 0 ? "" : "|").append(Pattern.quote(ws.get(i)).replace(" ", "\\E\\s+\\Q"));
    }
    return compile(b.append(post).toString(), source, what);
  }

  /** Word negators match as words; clitics such as "n't" match glued to the previous word. */
  private static Pattern negators(List<String> ws, String source) {
    StringBuilder b = new StringBuilder();
    for (String w : ws) {
      String q = Pattern.quote(w).replace(" ", "\\E\\s+\\Q");
      b.append(b.length() == 0 ? "" : "|").append(Character.isLetter(w.charAt(0)) ? "\\b" + q + "\\b" : q + "\\b");
    }
    return compile(b.length() == 0 ? "(?!)" : b.toString(), source, "negators");
  }

  private static Pattern alternation(List<String> ws, String source, String what) {
    StringBuilder b = new StringBuilder();
    for (String w : ws) {
      b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    return compile(b.length() == 0 ? "(?!)" : b.toString(), source, what);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> maps(Object o, String source, String key) {
    if (!(o instanceof List<?> l)) {
      throw new ReadoutException(source + ": '" + key + "' must be a list");
    }
    return (List<Map<String, Object>>) l;
  }

  private static List<String> strings(Object o) {
    if (!(o instanceof List<?> l)) {
      return List.of();
    }
    return l.stream().map(String::valueOf).toList();
  }

  private static String str(Map<String, Object> m, String key, String source) {
    Object v = m.get(key);
    if (v == null) {
      throw new ReadoutException(source + ": entry " + m + " lacks '" + key + "'");
    }
    return v.toString();
  }
}
