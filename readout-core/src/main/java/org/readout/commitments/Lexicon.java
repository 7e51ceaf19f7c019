package org.readout.commitments;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
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
  record Rule(String id, CommitmentKind kind, Pattern pattern, Pattern lower, boolean strong, int priority,
              boolean negated, boolean refrain, boolean addresseeSubject, boolean actionFromCue, List<String> triggers) {
    /**
     * False when the lowercased text cannot match: none of the literal words a match must start with
     * occurs in it. Most sentences carry no cue, so this skips most regex scans.
     */
    boolean mayMatch(String lowered) {
      if (lowered == null || triggers.isEmpty()) {
        return true;
      }
      for (String t : triggers) {
        if (lowered.contains(t)) {
          return true;
        }
      }
      return false;
    }

    /** Matcher over the text: the case-sensitive twin on lowercased text (much faster), else case-insensitive. */
    Matcher matcher(String text, String lowered) {
      return lowered != null ? lower.matcher(lowered) : pattern.matcher(text);
    }
  }

  /** One condition cue. */
  record Cue(String id, Pattern pattern, Pattern lower) {
    Matcher matcher(String text, String lowered) {
      return lowered != null ? lower.matcher(lowered) : pattern.matcher(text);
    }
  }

  /**
   * The lowercased text when lowercasing keeps every offset (the usual case), else null: callers then
   * match case-insensitively on the original text.
   */
  static String lowered(String text) {
    String l = text.toLowerCase(Locale.ROOT);
    return l.length() == text.length() ? l : null;
  }

  final List<Rule> rules;
  final List<Cue> conditions;
  final Pattern negator;
  final Pattern boundary;
  final List<String> clauseSubjectStarters;
  final Pattern complementizer;
  final List<Pattern> descriptive;
  final List<Pattern> epistemic;
  final Pattern personPronoun;
  final Pattern groupPronoun;

  private Lexicon(Map<String, Object> y, String source) {
    List<Rule> rs = new ArrayList<>();
    for (Map<String, Object> r : maps(y.get("rules"), source, "rules")) {
      String id = str(r, "id", source);
      CommitmentKind kind = CommitmentKind.parse(str(r, "kind", source))
          .orElseThrow(() -> new ReadoutException(source + ": rule " + id + ": unknown kind " + r.get("kind")));
      String pattern = str(r, "pattern", source);
      rs.add(new Rule(id, kind, compile(pattern, source, id), compileLower(pattern, source, id),
          "strong".equals(r.get("strength")),
          ((Number) r.getOrDefault("priority", 0)).intValue(), Boolean.TRUE.equals(r.get("negated")),
          Boolean.TRUE.equals(r.get("refrain")), Boolean.TRUE.equals(r.get("addresseeSubject")),
          "cue".equals(r.get("action")), triggers(pattern)));
    }
    this.rules = List.copyOf(rs);
    List<Cue> cs = new ArrayList<>();
    for (Map<String, Object> c : maps(y.get("conditions"), source, "conditions")) {
      String id = str(c, "id", source);
      String pattern = str(c, "pattern", source);
      cs.add(new Cue(id, compile(pattern, source, id), compileLower(pattern, source, id)));
    }
    this.conditions = List.copyOf(cs);
    this.negator = negators(strings(y.get("negators")), source);
    this.boundary = alternation(strings(y.get("boundaries")), source, "boundaries");
    this.clauseSubjectStarters = strings(y.get("clause-subject-starters")).stream()
        .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    this.complementizer = words(strings(y.get("complementizers")), "\\b(?:", ")\\s", source, "complementizers");
    this.descriptive = strings(y.get("descriptive")).stream().map(p -> compile(p, source, "descriptive")).toList();
    this.epistemic = strings(y.get("epistemic")).stream().map(p -> compile(p, source, "epistemic")).toList();
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

  /**
   * The literal prefixes every match of {@code p} starts with, derived from a leading {@code \\b(?:a|b…)}
   * group or literal; empty when they cannot be derived safely (then the rule is always tried).
   */
  static List<String> triggers(String p) {
    String r = p.startsWith("\\b") ? p.substring(2) : p;
    List<String> alternatives = new ArrayList<>();
    if (r.startsWith("(?:")) {
      int depth = 0;
      int start = 3;
      int end = -1;
      for (int i = 3; i < r.length() && end < 0; i++) {
        char c = r.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          if (depth == 0) {
            alternatives.add(r.substring(start, i));
            end = i;
          } else {
            depth--;
          }
        } else if (c == '|' && depth == 0) {
          alternatives.add(r.substring(start, i));
          start = i + 1;
        }
      }
      if (end < 0 || (end + 1 < r.length() && "?*{".indexOf(r.charAt(end + 1)) >= 0)) {
        return List.of();
      }
    } else {
      alternatives.add(r);
    }
    List<String> out = new ArrayList<>();
    for (String a : alternatives) {
      int i = 0;
      while (i < a.length() && Character.isLetter(a.charAt(i))) {
        i++;
      }
      // A quantifier right after the literal would make its last letter optional.
      if (i < a.length() && "?*{".indexOf(a.charAt(i)) >= 0) {
        i--;
      }
      if (i <= 0) {
        return List.of();
      }
      out.add(a.substring(0, i));
    }
    return List.copyOf(out);
  }

  /** For lowercased text: patterns are written in lowercase, so no case folding is needed. */
  private static Pattern compileLower(String p, String source, String id) {
    try {
      return Pattern.compile(p);
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
