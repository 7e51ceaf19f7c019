package org.readout.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;

/**
 * Finds temporal expressions and normalises them to TIMEX3-style values against the statement date.
 *
 * <p>Three steps, each its own class: recognition ({@link Recogniser}: a table of {@link TemporalRule}s
 * built from {@code time.yaml}, overlapping matches keep the longest), normalisation
 * ({@link Normalisers}: one normaliser per rule, tense from {@link TenseDetector}), and event linking
 * ({@link EventLinker}: the event an expression dates). Deictic words ("today") refer to the dateline
 * when the text opens with one, else to the publication date.
 *
 * <p>Immutable and thread-safe; patterns are compiled once.
 */
public final class TemporalTagger {
  private final TimeLexicon lex;
  private final Normalisers normalisers;
  private final Recogniser recogniser;
  private final EventLinker events;
  /** "today, Wednesday, August 9th": a transcript saying which day its "today" is. */
  private final java.util.regex.Pattern todayIs;

  public TemporalTagger(TimeLexicon lex) {
    this.lex = Objects.requireNonNull(lex, "lex");
    this.normalisers = new Normalisers(lex, new TenseDetector(lex));
    this.recogniser = new Recogniser(lex, normalisers);
    this.events = new EventLinker(lex);
    this.todayIs = java.util.regex.Pattern.compile("\\b(?i:today),\\s+(?:" + TimeLexicon.alt(lex.weekdays.keySet())
        + ",?\\s+)?(?<m>" + TimeLexicon.alt(lex.months.keySet()) + ")\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]*\\s*\\d{4})");
  }

  /** The lexicon this tagger was built from. */
  public TimeLexicon lexicon() {
    return lex;
  }

  /** All temporal expressions of {@code doc}, in text order. */
  public List<TemporalExpression> tag(AnalyzedStatement doc) {
    String text = doc.text();
    List<Sentence> sentences = doc.sentences().isEmpty()
        ? List.of(new Sentence(0, 0, text.length(), text, List.of())) : doc.sentences();
    LocalDate ref = dateline(text, doc.meta().date());
    LocalDate meetingDate = meetingDate(doc.meta().meeting(), doc.meta().date());
    List<TemporalExpression> out = new ArrayList<>();
    Discourse discourse = Discourse.of(doc.meta().side());
    for (Sentence s : sentences) {
      out.addAll(sentence(doc.id(), s, text, ref, meetingDate, discourse));
    }
    return out;
  }

  /**
   * The expressions of one sentence. A weekday naming a replaced plan ("instead of on Thursday") is placed
   * in a second pass, in the week of the sentence's other day-dated expression. {@code discourse} holds what the
   * statement has said so far (the last calendar date, the years of the days named) and is moved on by each date.
   */
  private List<TemporalExpression> sentence(String id, Sentence s, String text, LocalDate ref, LocalDate meeting,
                                            Discourse discourse) {
    List<Recogniser.Hit> hits = recogniser.hits(text, s.start(), s.end());
    List<TemporalExpression> out = new ArrayList<>(hits.size());
    for (Recogniser.Hit h : hits) {
      TemporalExpression x = normalise(id, s, text, h, ref, meeting, null, hits, discourse.story(), discourse);
      out.add(x);
      if (x != null) {
        discourse.saw(x);
      }
    }
    if (hits.size() > 1) {
      for (int i = 0; i < hits.size(); i++) {
        Recogniser.Hit h = hits.get(i);
        if (!h.rule().name().equals("weekday")
            || !normalisers.wantsSibling(match(s, text, h, ref, meeting, null, hits, null, discourse))) {
          continue;
        }
        LocalDate sibling = sibling(out, i);
        if (sibling != null) {
          out.set(i, normalise(id, s, text, h, ref, meeting, sibling, hits, null, discourse));
        }
      }
    }
    Spans.splitYearRanges(out);
    Spans.splitDayLists(out);
    Spans.splitMonthDayRanges(out);
    out.removeIf(java.util.Objects::isNull);
    Spans.eveOf(out, text, s.start());
    Spans.partOfDayOfDate(out, text, s.start(), lex.dayPartCodes);
    Spans.joinDayAndClock(out, text);
    Spans.clockRangeDays(out, text);
    Spans.rangeYears(out, text);
    return out;
  }

  /** The day of the nearest other expression dated to a day, or null. */
  private static LocalDate sibling(List<TemporalExpression> xs, int i) {
    for (int d = 1; d < xs.size(); d++) {
      for (int j : new int[] {i - d, i + d}) {
        if (j >= 0 && j < xs.size() && xs.get(j) != null && xs.get(j).value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
          return LocalDate.parse(xs.get(j).value().substring(0, 10));
        }
      }
    }
    return null;
  }

  private static Normalisers.Match match(Sentence s, String text, Recogniser.Hit h, LocalDate ref, LocalDate meeting,
                                         LocalDate sibling, List<Recogniser.Hit> hits, Normalisers.Story story,
                                         Discourse discourse) {
    List<Recogniser.Hit> others = new ArrayList<>(hits);
    others.remove(h);
    return new Normalisers.Match(s, text, h, ref, meeting, sibling, others, story, discourse);
  }

  /** Tags a bare sentence against {@code ref} (for tests and tools). */
  public List<TemporalExpression> tag(String text, LocalDate ref) {
    Sentence s = new Sentence(0, 0, text.length(), text, List.of());
    return sentence("", s, text, ref, ref, new Discourse(false));
  }

  /**
   * The date deictic words ("today", "yesterday") refer to: a full date in the opening lines (a
   * transcript's dateline, such as "Via Teleconference (November 14, 2021)") when it lies within three
   * days of the publication date, since a call held in the evening is often published the next day; else a
   * day the opening of a transcript gives its "today" ("embargoed until 4:00 p.m. Eastern today, Wednesday,
   * August 9th") within three days; else the publication date.
   */
  LocalDate dateline(String text, LocalDate published) {
    int limit = Math.min(text.length(), 300);
    for (Recogniser.Hit h : recogniser.hits(text, 0, limit)) {
      String r = h.rule().name();
      if ((r.equals("date-mdy") || r.equals("date-dmy")) && h.m().group("y") != null && h.m().group("d2") == null) {
        LocalDate d = TimeText.safeDate(Integer.parseInt(h.m().group("y")), lex.month(h.m().group("m")),
            Integer.parseInt(h.m().group("d1")));
        if (d != null && (published == null || Math.abs(ChronoUnit.DAYS.between(d, published)) <= 3)) {
          return d;
        }
      }
    }
    java.util.regex.Matcher m = todayIs.matcher(text).region(0, Math.min(text.length(), 3000));
    if (published != null && m.find()) {
      for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
        LocalDate d = TimeText.safeDate(y, lex.month(m.group("m")), Integer.parseInt(m.group("d")));
        if (d != null && Math.abs(ChronoUnit.DAYS.between(d, published)) <= 3) {
          return d;
        }
      }
    }
    return published;
  }

  private TemporalExpression normalise(String id, Sentence s, String text, Recogniser.Hit h, LocalDate ref,
                                       LocalDate meeting, LocalDate sibling, List<Recogniser.Hit> hits,
                                       Normalisers.Story story, Discourse discourse) {
    Normalisers.Value v = h.rule().normaliser().normalise(match(s, text, h, ref, meeting, sibling, hits, story, discourse));
    if (v == null) {
      return null;
    }
    String written = text.substring(h.start(), h.end());
    String event = events.event(text, s, h, v.gran());
    return new TemporalExpression(id, s.index(), h.start(), h.end(), written, v.value(), v.gran(), v.mod(), v.anchor(),
        event, h.rule().name() + (v.tense() > 0 ? "+future" : v.tense() < 0 ? "+past" : ""));
  }

  /** The meeting date from a slug such as {@code 2021-12-07-biden-putin-video-call}, else the statement date. */
  static LocalDate meetingDate(String slug, LocalDate ref) {
    if (slug != null && slug.length() >= 10 && slug.charAt(4) == '-' && slug.charAt(7) == '-') {
      LocalDate d = TimeText.safeDate(parse(slug.substring(0, 4)), parse(slug.substring(5, 7)),
          parse(slug.substring(8, 10)));
      if (d != null) {
        return d;
      }
    }
    return ref;
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
