package org.readout.commitments;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.readout.ReadoutException;
import org.readout.internal.YamlData;

/**
 * The speech-act lexicon ({@code lexicon.yaml}): cue rules, negators, condition cues, clause
 * boundaries and patterns, complementizers, descriptive frames, pronouns; and the small stand-in actor
 * matcher ({@code fallback-actors.yaml}). Shared by {@link CommitmentExtractor} and {@link Tracker} (one
 * negator list for both). Immutable once loaded; thread-safe.
 */
public final class CommitmentLexicon {
  static final String RESOURCE = "org/readout/commitments/lexicon.yaml";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** One cue rule. */
  record Rule(String id, CommitmentKind kind, Pattern pattern, Pattern lower, boolean strong, int priority,
              boolean negated, boolean refrain, boolean addresseeSubject, boolean actionFromCue, boolean issuer,
              boolean possessor, boolean signatories, List<String> triggers) {
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

  /**
   * The lowercased text when lowercasing keeps every offset (the usual case), else null: callers then
   * match case-insensitively on the original text.
   */
  /** A subject pattern of {@code lexicon.yaml} by name; a missing one is an error naming the file's key. */
  Pattern subjectPattern(String name) {
    Pattern p = subjectPatterns.get(name);
    if (p == null) {
      throw new ReadoutException("lexicon.yaml: subject-patterns." + name + " missing");
    }
    return p;
  }

  static String lowered(String text) {
    String l = text.toLowerCase(Locale.ROOT);
    return l.length() == text.length() ? l : null;
  }

  /** {@code lexicon.yaml} as written. */
  record Data(List<RuleSpec> rules, List<String> negators, List<String> logistics,
              @JsonProperty("silent-turns") List<String> silentTurns,
              List<String> complementizers, List<String> epistemic, List<String> descriptive, Pronouns pronouns,
              @JsonProperty("clause-patterns") ClausePatterns clausePatterns,
              @JsonProperty("subject-patterns") java.util.Map<String, String> subjectPatterns) {
  }

  record RuleSpec(String id, String kind, String strength, Integer priority, Boolean negated, Boolean refrain,
                  Boolean addresseeSubject, Boolean issuer, Boolean possessor, Boolean signatories, String action,
                  String pattern) {
  }

  record Pronouns(List<String> person, List<String> group) {
  }

  /** The extractor's clause patterns (Java regexes, matched case-insensitively). */
  record ClausePatterns(String modal, @JsonProperty("adjacent-gap") String adjacentGap,
                        @JsonProperty("conjunction-gap") String conjunctionGap, String coordination,
                        @JsonProperty("leading-adverbial") String leadingAdverbial,
                        @JsonProperty("place-before") String placeBefore,
                        @JsonProperty("subject-preposition") String subjectPreposition,
                        @JsonProperty("embedded-question") String embeddedQuestion,
                        @JsonProperty("addressee-types") List<String> addresseeTypes,
                        @JsonProperty("negation-window") int negationWindow,
                        @JsonProperty("addressee-window") int addresseeWindow) {
  }

  final List<Rule> rules;
  /** Denial words: anywhere in a later sentence they deny a report (the tracker); clauses carry their own. */
  final Pattern negator;
  /** What a modal cue may not open: logistics and scheduling ("get you that list", "be greeted by"). */
  final Pattern logistics;
  /** Transcript turns that are no party's position (moderator, operator), lower case. */
  final List<String> silentTurns;
  final Pattern complementizer;
  final List<Pattern> descriptive;
  final List<Pattern> epistemic;
  final Pattern personPronoun;
  final Pattern groupPronoun;
  final Pattern modal;
  final Pattern adjacentGap;
  final Pattern conjunctionGap;
  final Pattern coordination;
  final Pattern leadingAdverbial;
  final Pattern placeBefore;
  final Pattern subjectPreposition;
  final Pattern embeddedQuestion;
  final Set<String> addresseeTypes;
  final int negationWindow;
  final int addresseeWindow;
  /** Subject patterns by name ({@code subject-patterns}), compiled as written. */
  private final java.util.Map<String, Pattern> subjectPatterns;
  /** The stand-in actor matcher for statements without actor mentions ({@code fallback-actors.yaml}). */
  final FallbackActors fallback;
  /** Discourse checks that drop a cue that is no act ({@code discourse.yaml}). */
  final ActFilters filters;

  private CommitmentLexicon(Data y, String source, FallbackActors fallback, ActFilters filters) {
    List<Rule> rs = new ArrayList<>();
    for (RuleSpec r : required(y.rules(), source, "rules")) {
      String id = need(r.id(), source, "rule", "id");
      CommitmentKind kind = CommitmentKind.parse(need(r.kind(), source, id, "kind"))
          .orElseThrow(() -> new ReadoutException(source + ": rule " + id + ": unknown kind " + r.kind()));
      String pattern = need(r.pattern(), source, id, "pattern");
      rs.add(new Rule(id, kind, compile(pattern, source, id), compileLower(pattern, source, id),
          "strong".equals(r.strength()), r.priority() == null ? 0 : r.priority(), Boolean.TRUE.equals(r.negated()),
          Boolean.TRUE.equals(r.refrain()), Boolean.TRUE.equals(r.addresseeSubject()),
          "cue".equals(r.action()), Boolean.TRUE.equals(r.issuer()), Boolean.TRUE.equals(r.possessor()),
          Boolean.TRUE.equals(r.signatories()), triggers(pattern)));
    }
    this.rules = List.copyOf(rs);
    this.negator = negators(nz(y.negators()), source);
    this.logistics = compile("^\\s*(?:(?:not|never|also|then|just|now|really|only|actually|necessarily|certainly|definitely|surely|of\\s+course|today|at\\s+least|sort\\s+of|kind\\s+of|you\\s+know|(?:I|we)\\s*[’\']ll|—|–|,)\\s*){0,5}(?:" + String.join("|", nz(y.logistics()).isEmpty() ? List.of("(?!)")
        : y.logistics()) + ")", source, "logistics");
    this.silentTurns = nz(y.silentTurns()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    this.complementizer = words(nz(y.complementizers()), "\\b(?:", ")\\s", source, "complementizers");
    this.descriptive = nz(y.descriptive()).stream().map(p -> compile(p, source, "descriptive")).toList();
    this.epistemic = nz(y.epistemic()).stream().map(p -> compile(p, source, "epistemic")).toList();
    Pronouns pr = y.pronouns() == null ? new Pronouns(List.of(), List.of()) : y.pronouns();
    this.personPronoun = words(nz(pr.person()), "^(?:", ")\\b", source, "pronouns.person");
    this.groupPronoun = words(nz(pr.group()), "^(?:", ")\\b", source, "pronouns.group");
    java.util.Map<String, Pattern> sp = new java.util.HashMap<>();
    (y.subjectPatterns() == null ? java.util.Map.<String, String>of() : y.subjectPatterns()).forEach((name, re) -> {
      try {
        sp.put(name, Pattern.compile(re));
      } catch (java.util.regex.PatternSyntaxException e) {
        throw new ReadoutException(source + ": subject-patterns." + name + ": " + e.getDescription());
      }
    });
    this.subjectPatterns = java.util.Map.copyOf(sp);
    ClausePatterns cp = Objects.requireNonNull(y.clausePatterns(), source + ": 'clause-patterns' missing");
    this.modal = ascii(cp.modal(), source, "modal");
    this.adjacentGap = ascii(cp.adjacentGap(), source, "adjacent-gap");
    this.conjunctionGap = ascii(cp.conjunctionGap(), source, "conjunction-gap");
    this.coordination = ascii(cp.coordination(), source, "coordination");
    this.leadingAdverbial = ascii(cp.leadingAdverbial(), source, "leading-adverbial");
    this.placeBefore = ascii(cp.placeBefore(), source, "place-before");
    this.subjectPreposition = ascii(cp.subjectPreposition(), source, "subject-preposition");
    this.embeddedQuestion = ascii(cp.embeddedQuestion(), source, "embedded-question");
    this.addresseeTypes = Set.copyOf(nz(cp.addresseeTypes()));
    this.negationWindow = cp.negationWindow();
    this.addresseeWindow = cp.addresseeWindow();
    this.fallback = fallback;
    this.filters = filters;
  }

  /**
   * The bundled lexicon ({@code lexicon.yaml} with {@code fallback-actors.yaml} and {@code discourse.yaml}); called when an engine
   * is assembled ({@code ReadoutConfig.defaults()}).
   */
  public static CommitmentLexicon bundled() {
    return new CommitmentLexicon(YamlData.resource(CommitmentLexicon.class, "lexicon.yaml", Data.class), RESOURCE,
        FallbackActors.load(), ActFilters.load());
  }

  /** Whether {@code text} holds a denial word anywhere ("not", "never", "n't", …). */
  boolean negated(String text) {
    return negator.matcher(text).find();
  }

  /** Whether {@code turn} ends on a question (closing quotes, brackets and spaces aside); reads only its tail. */
  private static boolean endsOnQuestion(String turn) {
    int i = turn.length() - 1;
    while (i >= 0 && (Character.isWhitespace(turn.charAt(i)) || "\"”’»)]".indexOf(turn.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && turn.charAt(i) == '?';
  }

  /** Whether {@code action} (the text after a modal cue) opens with logistics or a scheduling notice. */
  boolean logistics(String action) {
    return logistics.matcher(action).find();
  }

  /**
   * Whether a transcript turn is no party's voice: a journalist's question, a moderator's line, or the turn of
   * a speaker outside the actor dictionary that ends on a question (a reporter who names herself at a news
   * conference: "Anna Roe: Mr President, … Will Russia respond?").
   */
  boolean silentTurn(org.readout.attribution.Attribution turn) {
    if ("journalist".equalsIgnoreCase(turn.role())) {
      return true;
    }
    // (a leader outside the dictionary may ask a rhetorical question inside his answer; a reporter ends on one)
    if (turn.speakerId().isEmpty() && turn.speakerActor().isEmpty() && endsOnQuestion(turn.content())) {
      return true;
    }
    String who = (turn.speaker() + " " + turn.cue()).toLowerCase(Locale.ROOT);
    for (String w : silentTurns) {
      if (who.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static <T> List<T> required(List<T> l, String source, String key) {
    if (l == null) {
      throw new ReadoutException(source + ": '" + key + "' must be a list");
    }
    return l;
  }

  private static String need(String v, String source, String entry, String key) {
    if (v == null) {
      throw new ReadoutException(source + ": " + entry + " lacks '" + key + "'");
    }
    return v;
  }

  private static List<String> nz(List<String> l) {
    return l == null ? List.of() : l;
  }

  /** The extractor's own patterns are ASCII: case-insensitive without Unicode case folding. */
  private static Pattern ascii(String p, String source, String id) {
    if (p == null) {
      throw new ReadoutException(source + ": clause-patterns lacks '" + id + "'");
    }
    try {
      return Pattern.compile(p, Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      throw new ReadoutException(source + ": " + id + ": bad pattern: " + e.getDescription());
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
   * group or literal (after leading lookbehinds, which consume nothing; an alternative may open with a class of
   * plain characters: {@code [’']ll} gives {@code ’ll} and {@code 'll}); empty when they cannot be derived safely
   * (then the rule is always tried).
   */
  static List<String> triggers(String p) {
    String r = p;
    while (true) {
      if (r.startsWith("\\b")) {
        r = r.substring(2);
      } else if (r.startsWith("(?<=") || r.startsWith("(?<!")) {
        int close = groupEnd(r);
        if (close < 0) {
          return List.of();
        }
        r = r.substring(close + 1);
      } else {
        break;
      }
    }
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
      if (a.startsWith("[")) {
        // "[’']ll": one trigger per character of a class of plain characters, followed by the letters after it
        int close = a.indexOf(']');
        int j = close + 1;
        while (close > 1 && j < a.length() && Character.isLetter(a.charAt(j))) {
          j++;
        }
        String cls = close > 1 ? a.substring(1, close) : "";
        if (j == close + 1 || cls.isEmpty() || cls.indexOf('\\') >= 0 || cls.indexOf('-') >= 0 || cls.indexOf('^') >= 0
            || (j < a.length() && "?*{".indexOf(a.charAt(j)) >= 0)) {
          return List.of();
        }
        String letters = a.substring(close + 1, j);
        cls.chars().distinct().forEach(c -> out.add((char) c + letters));
        continue;
      }
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

  /** The index of the parenthesis closing the group that opens {@code r}, or -1. */
  private static int groupEnd(String r) {
    int depth = 0;
    for (int i = 0; i < r.length(); i++) {
      char c = r.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
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
}
