package org.readout.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.readout.internal.Similarity;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;

/**
 * Builds a timeline from temporal expressions: every expression that dates an event (an anchor such
 * as a meeting, talks, an agreement) becomes an event; each statement's own meeting (from the meeting
 * slug's date) is one too. Events on the same date merge when they are of the same kind or their
 * labels share most words; the result is sorted by date, then label. Event classes and label words come
 * from {@code time.yaml} ({@link TimeLexicon}). Immutable and thread-safe.
 */
public final class Timeline {
  private final TimeLexicon lex;

  /** A timeline reading event classes and label words from {@code lex}. */
  public Timeline(TimeLexicon lex) {
    this.lex = Objects.requireNonNull(lex, "lex");
  }

  /** Raw events (one per dated mention) from one statement's expressions. */
  public List<TimelineEvent> events(AnalyzedStatement doc, List<TemporalExpression> expressions) {
    List<TimelineEvent> out = new ArrayList<>();
    String slug = doc.meta().meeting();
    if (slug.length() > 11 && TemporalTagger.meetingDate(slug, null) != null) {
      Sentence cited = meetingSentence(doc, expressions, slug.substring(0, 10));
      out.add(new TimelineEvent(slug.substring(0, 10), slugLabel(slug.substring(11)), "meeting",
          List.of(new TimelineEvent.EventEvidence(doc.id(), cited == null ? 0 : cited.index(),
              cited == null ? 0 : cited.start(), cited == null ? 0 : cited.end()))));
    }
    for (TemporalExpression x : expressions) {
      // only calendar values date an event: no durations, sets or PRESENT_REF-like references
      if (x.event().isEmpty() || x.value().isEmpty() || !Character.isDigit(x.value().charAt(0))
          || x.granularity().equals("duration") || x.granularity().equals("set") || x.value().contains("XXXX")) {
        continue;
      }
      // "this week's trip" is no happening of its own; a named event in a week ("APEC Leaders’ Meeting") is
      if (x.granularity().equals("week") && x.event().chars().noneMatch(Character::isUpperCase)) {
        continue;
      }
      // a time of day ("2021-12-10TAF", "2021-12-11T15:00") dates its day's event
      int t = x.value().indexOf('T');
      out.add(new TimelineEvent(t > 0 ? x.value().substring(0, t) : x.value(), x.event(), kindOf(x.event()),
          List.of(new TimelineEvent.EventEvidence(x.statement(), x.sentence(), x.start(), x.end()))));
    }
    return out;
  }

  /**
   * The sentence to cite for the statement's own meeting: the first that names a meeting (an event noun
   * of the meeting class, or a verb such as "met"), else the first that dates something on the meeting
   * day, else the first sentence — never a bare greeting when the text says more.
   */
  private Sentence meetingSentence(AnalyzedStatement doc, List<TemporalExpression> xs, String date) {
    List<Sentence> ss = doc.sentences();
    if (ss.isEmpty()) {
      return null;
    }
    String text = doc.text();
    for (Sentence s : ss) {
      for (var m : lex.eventPattern.findAll(text, s.start(), s.end())) {
        if ("meeting".equals(lex.events.get(m.phrase().toLowerCase(Locale.ROOT)))) {
          return s;
        }
      }
      for (String w : s.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (lex.meetVerbs.contains(w)) {
          return s;
        }
      }
    }
    for (TemporalExpression x : xs) {
      if (x.value().equals(date) && x.sentence() < ss.size()) {
        return ss.get(x.sentence());
      }
    }
    return ss.get(0);
  }

  /** Merges raw events on the same date by kind or label similarity, and sorts them. */
  public List<TimelineEvent> merge(List<TimelineEvent> raw) {
    List<List<TimelineEvent>> groups = new ArrayList<>();
    for (TimelineEvent e : raw) {
      List<TimelineEvent> home = null;
      for (List<TimelineEvent> g : groups) {
        TimelineEvent h = g.get(0);
        if (h.date().equals(e.date()) && (h.kind().equals(e.kind()) || similarity(h.label(), e.label()) >= 0.5)) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(e);
    }
    List<TimelineEvent> out = new ArrayList<>();
    for (List<TimelineEvent> g : groups) {
      Map<String, Integer> votes = new LinkedHashMap<>();
      List<TimelineEvent.EventEvidence> ev = new ArrayList<>();
      for (TimelineEvent e : g) {
        votes.merge(e.label(), 1, Integer::sum);
        for (TimelineEvent.EventEvidence x : e.evidence()) {
          if (ev.stream().noneMatch(o -> o.statement().equals(x.statement()) && o.sentence() == x.sentence())) {
            ev.add(x);
          }
        }
      }
      String label = votes.entrySet().stream()
          .max(Comparator.<Map.Entry<String, Integer>>comparingInt(en -> words(en.getKey()).size())
              .thenComparingInt(Map.Entry::getValue).thenComparingInt(en -> en.getKey().length()).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .orElseThrow().getKey();
      ev.sort(Comparator.comparing(TimelineEvent.EventEvidence::statement)
          .thenComparingInt(TimelineEvent.EventEvidence::sentence).thenComparingInt(TimelineEvent.EventEvidence::start));
      out.add(new TimelineEvent(g.get(0).date(), label, g.get(0).kind(), ev));
    }
    out.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::label));
    return out;
  }

  String kindOf(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    String best = "event";
    int bestAt = -1;
    for (Map.Entry<String, String> e : lex.events.entrySet()) {
      int i = l.lastIndexOf(e.getKey());
      if (i > bestAt || (i == bestAt && i >= 0 && e.getKey().length() > 0)) {
        bestAt = i;
        best = e.getValue();
      }
    }
    return best;
  }

  double similarity(String a, String b) {
    return Similarity.jaccard(words(a), words(b));
  }

  private Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && !lex.labelStopwords.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private String slugLabel(String rest) {
    StringBuilder sb = new StringBuilder();
    for (String w : rest.split("-")) {
      if (w.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(lex.slugLowercase.contains(w) ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }
}
