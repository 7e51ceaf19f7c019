package org.readout.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentKind;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.topics.CodedStatement;

/**
 * The one-page brief of a comparison, as a model renderers and the web workspace share: a headline (the
 * outcome, or for a one-sided meeting the line saying so), what was compared, the findings ranked by importance
 * (outcome, initiative, mirror and contrast, one-sided reports, convergence, omissions, length), each with its
 * quoted evidence, and per side its commitments, warnings and topics. Only finding types whose measured
 * precision on the comparison gold is at least 0.8 ({@link #PRECISE}) enter it; the whole brief stays within
 * {@link #WORD_BUDGET} words. Negation is kept: a commitment is quoted by its clause, and a refusal or denied act
 * says so. Immutable.
 */
public record Brief(String headline, boolean twoSided, List<String> compared, List<String> notes, List<Item> items,
                    List<SideSummary> sides) {
  /** Words the rendered brief may take (the analyst's note on a whole meeting runs to about 700). */
  public static final int WORD_BUDGET = 670;
  /** Quotes are cut to this many words. */
  public static final int QUOTE_WORDS = 28;
  /** Finding types in the brief, most important first. */
  public static final List<String> RANK = List.of(Finding.OUTCOME, Finding.INITIATIVE, Finding.MIRROR, Finding.CONTRAST,
      Finding.ONE_SIDED_REPORT, Finding.CONVERGENCE, Finding.LENGTH_ASYMMETRY, Finding.ONE_SIDED_TOPIC);
  /**
   * Types admitted by the measured precision in {@code brief-gate.yaml} ({@link BriefGate}: at least 0.9 on the
   * development and the test half of the comparison gold); the others stay in {@code --detail full}.
   */
  public static final Set<String> PRECISE = BriefGate.BUNDLED.admitted();
  /** Commitments and warnings listed per side, and the words each is cut to. */
  static final int PER_SIDE_COMMITMENTS = 4;
  static final int PER_SIDE_WARNINGS = 3;
  static final int PER_SIDE_TOPICS = 8;
  static final int SIDE_QUOTE_WORDS = 18;
  /** Words kept before a quoted span that does not fit from the start of its clause. */
  static final int LEAD_WORDS = 5;

  public Brief {
    compared = List.copyOf(compared);
    notes = List.copyOf(notes);
    items = List.copyOf(items);
    sides = List.copyOf(sides);
  }

  /** One ranked finding: a short label, the finding's sentence, its quotes. */
  public record Item(String type, String label, String text, List<Quote> quotes) {
    public Item {
      quotes = List.copyOf(quotes);
    }
  }

  /** A quoted evidence sentence (or clause), with where it is. */
  public record Quote(String statement, String side, int sentence, int start, int end, String text) {
  }

  /**
   * One side's commitments and warnings (each quoted by its clause) and topics, most covered first; each list is
   * empty when the brief gate does not admit it.
   */
  public record SideSummary(String side, List<String> statements, List<String> commitments, List<String> warnings,
                            List<String> topics) {
    public SideSummary {
      statements = List.copyOf(statements);
      commitments = List.copyOf(commitments);
      warnings = List.copyOf(warnings);
      topics = List.copyOf(topics);
    }

    /** Whether the side has anything the brief lists (a side with nothing admitted is left out of "Per side"). */
    public boolean hasContent() {
      return !commitments.isEmpty() || !warnings.isEmpty() || !topics.isEmpty();
    }
  }

  /**
   * A note naming what the short brief leaves out because its type's measured precision is below the gate ("Not in
   * this brief (measured precision below 0.9): 5 topics raised by one side only; --detail full lists them."), or "".
   */
  static String leftOut(Comparison c, Set<String> precise) {
    List<String> parts = new ArrayList<>();
    for (String type : RANK) {
      long n = precise.contains(type) ? 0 : c.findings().stream().filter(f -> f.type().equals(type)).count();
      if (n > 0) {
        parts.add(n + " " + switch (type) {
          case Finding.ONE_SIDED_TOPIC -> n == 1 ? "topic raised by one side only" : "topics raised by one side only";
          case Finding.OUTCOME -> "outcome";
          default -> type + (n == 1 ? " finding" : " findings");
        });
      }
    }
    if (!precise.contains(BriefGate.LINE + "topics")
        && c.topics().stream().anyMatch(t -> c.statements().stream().anyMatch(s -> t.presentIn(s.id())))) {
      parts.add("the topics each side raised");
    }
    long acts = c.statements().stream().flatMap(s -> c.commitmentsOf(s.id()).stream())
        .filter(k -> !precise.contains(BriefGate.KIND + k.kind().id())).count();
    if (acts > 0) {
      parts.add(acts + (acts == 1 ? " commitment, demand or warning" : " commitments, demands and warnings"));
    }
    return parts.isEmpty() ? "" : "Not in this brief (measured precision below " + BriefGate.BUNDLED.minimum() + "): "
        + String.join("; ", parts) + "; --detail full lists them.";
  }

  /** The brief of {@code c} with the default set of precise types. */
  public static Brief of(Comparison c) {
    return of(c, PRECISE);
  }

  public static Brief of(Comparison c, Set<String> precise) {
    Map<String, String> sideOf = new LinkedHashMap<>();
    for (CodedStatement s : c.statements()) {
      sideOf.put(s.id(), Comparer.sideOf(s));
    }
    boolean twoSided = sideOf.values().stream().distinct().count() > 1;
    List<String> compared = new ArrayList<>();
    for (CodedStatement s : c.statements()) {
      compared.add(String.format(Locale.ROOT, "%s %s (%s, %d words)", sideOf.get(s.id()),
          s.statement().meta().kind().isEmpty() ? "statement" : s.statement().meta().kind(), s.id(), s.words()));
    }
    List<String> notes = new ArrayList<>(c.accounts().notes());
    if (!c.accounts().setAside().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (Accounts.SetAside a : c.accounts().setAside()) {
        parts.add(a.id() + " (" + a.reason() + ")");
      }
      notes.add("Set aside: " + String.join("; ", parts) + ".");
    }
    String leftOut = leftOut(c, precise);
    if (!leftOut.isEmpty()) {
      notes.add(leftOut);
    }
    String headline;
    Finding outcome = c.findings().stream().filter(f -> f.type().equals(Finding.OUTCOME)).findFirst().orElse(null);
    if (!twoSided) {
      String side = sideOf.values().stream().findFirst().orElse("one");
      headline = "One side only: every statement compared comes from the " + side
          + " side, so nothing can be said about what the other side stressed or left out.";
    } else if (outcome != null && precise.contains(Finding.OUTCOME)) {
      headline = outcome.text();
    } else {
      headline = "Two sides compared.";
    }
    List<Item> items = new ArrayList<>();
    int words = words(headline) + compared.stream().mapToInt(Brief::words).sum() + notes.stream().mapToInt(Brief::words).sum() + 40;
    List<SideSummary> sides = sides(c, sideOf, precise);
    for (SideSummary s : sides) {
      words += s.commitments().stream().mapToInt(Brief::words).sum() + s.warnings().stream().mapToInt(Brief::words).sum()
          + s.topics().size() * 3 + 8;
    }
    for (String type : RANK) {
      if (!precise.contains(type)) {
        continue;
      }
      for (Finding f : ranked(c.findings(), type)) {
        Item item = item(c, f, sideOf, twoSided);
        int w = words(item.label()) + words(item.text()) + item.quotes().stream().mapToInt(q -> words(q.text()) + 2).sum() + 2;
        if (words + w > WORD_BUDGET) {
          continue;
        }
        words += w;
        items.add(item);
      }
    }
    return new Brief(headline, twoSided, compared, notes, items, sides);
  }

  /**
   * The findings of one type, most important first: within a type, the one resting on more evidence sentences
   * (a topic raised in nine sentences before one raised in two); ties keep the comparison's order.
   */
  static List<Finding> ranked(List<Finding> findings, String type) {
    return findings.stream().filter(f -> f.type().equals(type))
        .sorted(java.util.Comparator.comparingInt((Finding f) -> -f.evidence().size())).toList();
  }

  private static Item item(Comparison c, Finding f, Map<String, String> sideOf, boolean twoSided) {
    boolean quotesInText = switch (f.type()) {
      case Finding.MIRROR, Finding.CONTRAST, Finding.CONVERGENCE, Finding.ONE_SIDED_REPORT -> true;
      default -> false;
    };
    String label = switch (f.type()) {
      case Finding.OUTCOME -> "Outcome";
      case Finding.INITIATIVE -> "Initiative";
      case Finding.MIRROR -> "Mirror accusations: each side blames the other";
      case Finding.CONTRAST -> "Opposite positions on one point";
      case Finding.ONE_SIDED_REPORT -> "Reported by one side only";
      case Finding.CONVERGENCE -> "Both sides make the same point";
      case Finding.ONE_SIDED_TOPIC -> "Raised by one side only";
      case Finding.LENGTH_ASYMMETRY -> "Length";
      default -> f.type();
    };
    // the two-sided headline already is the outcome's sentence: its item carries the evidence only
    String text = quotesInText || f.type().equals(Finding.OUTCOME) && twoSided ? "" : f.text();
    if (text.startsWith(label + ": ")) {
      text = text.substring(label.length() + 2); // "Outcome: …" under the label "Outcome"
    }
    List<Quote> quotes = new ArrayList<>();
    boolean quote = !f.type().equals(Finding.LENGTH_ASYMMETRY) && !f.type().equals(Finding.OUTCOME);
    for (Evidence e : f.evidence()) {
      if (!quote && !f.type().equals(Finding.OUTCOME) || quotes.size() >= (f.type().equals(Finding.ONE_SIDED_TOPIC) ? 1 : 2)) {
        break;
      }
      c.statement(e.statement()).ifPresent(s -> quotes.add(quote(s, e, sideOf.get(s.id()), f.topic())));
    }
    return new Item(f.type(), label, text, quotes);
  }

  /** The evidence quoted, cut so that the finding's topic phrase, when the sentence has one, stays in the quote. */
  private static Quote quote(CodedStatement s, Evidence e, String side, String topic) {
    Sentence x = s.sentences().get(e.sentence());
    boolean inside = e.start() >= x.start() && e.end() <= x.end() && e.end() > e.start();
    int from = inside ? e.start() : x.start();
    int to = inside ? e.end() : x.end();
    String t = s.statement().text().substring(from, to);
    String cut = cut(t);
    for (org.readout.topics.TopicHit h : s.hits().get(e.sentence())) {
      if (!topic.isEmpty() && h.topic().equals(topic) && h.end() > h.start() && h.start() >= from && h.end() <= to) {
        cut = cutAround(t, h.start() - from, h.end() - from, QUOTE_WORDS);
        break;
      }
    }
    return new Quote(s.id(), side, e.sentence(), from, to, cut);
  }

  /**
   * The topics a side's line lists: those present in any of its {@code statements}, most covered first (summed
   * share of sentences; ties keep the comparison's order), at most {@value #PER_SIDE_TOPICS}. The evaluation scores
   * this list against the topics gold ({@code readout eval --layer topics}).
   */
  public static List<TopicCoverage> sideTopics(Comparison c, List<String> statements) {
    Map<TopicCoverage, Double> topics = new LinkedHashMap<>();
    for (String id : statements) {
      for (TopicCoverage t : c.topics()) {
        if (t.presentIn(id)) {
          topics.merge(t, t.coverage().get(id).share(), Double::sum);
        }
      }
    }
    return topics.entrySet().stream().sorted(Map.Entry.<TopicCoverage, Double>comparingByValue().reversed())
        .map(Map.Entry::getKey).limit(PER_SIDE_TOPICS).toList();
  }

  private static List<SideSummary> sides(Comparison c, Map<String, String> sideOf, Set<String> precise) {
    Map<String, List<CodedStatement>> by = new LinkedHashMap<>();
    for (CodedStatement s : c.statements()) {
      by.computeIfAbsent(sideOf.get(s.id()), k -> new ArrayList<>()).add(s);
    }
    List<SideSummary> out = new ArrayList<>();
    for (Map.Entry<String, List<CodedStatement>> e : by.entrySet()) {
      List<String> commitments = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (CodedStatement s : e.getValue()) {
        ids.add(s.id());
        for (Commitment k : c.commitmentsOf(s.id())) {
          if (!precise.contains(BriefGate.KIND + k.kind().id())) {
            continue;
          }
          String line = commitmentLine(k);
          List<String> into = k.kind() == CommitmentKind.WARNING || k.kind() == CommitmentKind.DEMAND ? warnings : commitments;
          int max = into == warnings ? PER_SIDE_WARNINGS : PER_SIDE_COMMITMENTS;
          if (into.size() < max && !into.contains(line)) {
            into.add(line);
          }
        }
      }
      out.add(new SideSummary(e.getKey(), ids, commitments, warnings, !precise.contains(BriefGate.LINE + "topics")
          ? List.of() : sideTopics(c, ids).stream().map(TopicCoverage::label).toList()));
    }
    return out;
  }

  /** "pledge by USA — “…clause…”", marking a refusal or a denied act so a negation is never lost. */
  static String commitmentLine(Commitment k) {
    String kind = k.kind().id();
    if (k.negated()) {
      kind = "denied " + kind;
    } else if (k.refrain()) {
      kind = kind + " to refrain";
    }
    String who = k.actors().isEmpty() ? "" : " by " + String.join("+", k.actors());
    String cond = k.conditional() ? " (conditional)" : "";
    int at = k.action().isEmpty() ? -1 : k.text().indexOf(k.action());
    String quote = at < 0 ? cut(k.text(), SIDE_QUOTE_WORDS) : cutAround(k.text(), at, at + k.action().length(), SIDE_QUOTE_WORDS);
    return kind + who + cond + ": “" + quote + "”";
  }

  /**
   * {@code t} cut to {@code max} words so that the span {@code [from, to)} (the act's action, the topic's phrase)
   * stays in the quote: from the start when the span (or its first {@link #LEAD_WORDS} + 1 words) fits, else from
   * {@link #LEAD_WORDS} words before the span (its verb and actor), marked with "…" where words are left out. A long
   * clause no longer loses the act it is quoted for.
   */
  static String cutAround(String t, int from, int to, int max) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(t);
    List<int[]> words = new ArrayList<>();
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (first < 0 && words.get(i)[1] > from) {
        first = i;
      }
      if (words.get(i)[0] < to) {
        last = i;
      }
    }
    if (first < 0 || last < max || first + Math.min(last - first + 1, LEAD_WORDS + 1) <= max) {
      return cut(t, max); // the span, or its first words, fit from the start of the clause
    }
    int start = last - first + 1 + LEAD_WORDS <= max ? first - LEAD_WORDS : first;
    start = Math.max(0, start);
    int end = Math.min(words.size(), start + max);
    String body = t.substring(words.get(start)[0], words.get(end - 1)[1]).replaceAll("\\s+", " ");
    return (start > 0 ? "… " : "") + body + (end < words.size() ? " …" : "");
  }

  static String cut(String t) {
    return cut(t, QUOTE_WORDS);
  }

  static String cut(String t, int max) {
    String s = t.strip().replaceAll("\\s+", " ");
    String[] w = s.split(" ");
    return w.length <= max ? s : String.join(" ", java.util.Arrays.copyOf(w, max)) + " …";
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
