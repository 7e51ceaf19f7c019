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

  public TemporalTagger(TimeLexicon lex) {
    this.lex = Objects.requireNonNull(lex, "lex");
    this.normalisers = new Normalisers(lex, new TenseDetector(lex));
    this.recogniser = new Recogniser(lex, normalisers);
    this.events = new EventLinker(lex);
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
    Normalisers.Story[] story = {null};
    for (Sentence s : sentences) {
      out.addAll(sentence(doc.id(), s, text, ref, meetingDate, story));
    }
    return out;
  }

  /**
   * The expressions of one sentence. A weekday naming a replaced plan ("instead of on Thursday") is placed
   * in a second pass, in the week of the sentence's other day-dated expression. {@code story} holds the last
   * calendar date mentioned so far (anaphoric "the next day" counts from it) and is moved on by each date.
   */
  private List<TemporalExpression> sentence(String id, Sentence s, String text, LocalDate ref, LocalDate meeting,
                                            Normalisers.Story[] story) {
    List<Recogniser.Hit> hits = recogniser.hits(text, s.start(), s.end());
    List<TemporalExpression> out = new ArrayList<>(hits.size());
    for (Recogniser.Hit h : hits) {
      TemporalExpression x = normalise(id, s, text, h, ref, meeting, null, hits, story[0]);
      out.add(x);
      Normalisers.Story next = x == null ? null : Normalisers.Story.of(x.value());
      if (next != null) {
        story[0] = next;
      }
    }
    if (hits.size() > 1) {
      for (int i = 0; i < hits.size(); i++) {
        Recogniser.Hit h = hits.get(i);
        if (!h.rule().name().equals("weekday")
            || !normalisers.wantsSibling(match(s, text, h, ref, meeting, null, hits, null))) {
          continue;
        }
        LocalDate sibling = sibling(out, i);
        if (sibling != null) {
          out.set(i, normalise(id, s, text, h, ref, meeting, sibling, hits, null));
        }
      }
    }
    splitYearRanges(out);
    splitDayLists(out);
    out.removeIf(java.util.Objects::isNull);
    return out;
  }

  /**
   * TIMEX3 has no interval values: a range of two full years ("1922–1924", "2014-2015") becomes two year
   * expressions, each with its own span. Ranges whose end is abbreviated ("2021-22") stay one interval.
   */
  private static void splitYearRanges(List<TemporalExpression> xs) {
    for (int i = xs.size() - 1; i >= 0; i--) {
      TemporalExpression x = xs.get(i);
      if (x == null || !x.value().matches("\\d{4}/\\d{4}") || !x.text().matches("\\d{4}\\s*[–-]\\s*\\d{4}")) {
        continue;
      }
      String y1 = x.value().substring(0, 4);
      String y2 = x.value().substring(5);
      int e2 = x.start() + x.text().length();
      xs.set(i, new TemporalExpression(x.statement(), x.sentence(), x.start(), x.start() + 4, y1, y1, "year", x.modifier(),
          x.anchor(), x.event(), x.rule()));
      xs.add(i + 1, new TemporalExpression(x.statement(), x.sentence(), e2 - 4, e2, y2, y2, "year", "", x.anchor(), "",
          x.rule()));
    }
  }

  private static final java.util.regex.Pattern DAY_LIST =
      java.util.regex.Pattern.compile("(?s)(.*?\\d{1,2}(?:st|nd|rd|th)?),?\\s+and\\s+(.+)");

  /**
   * Two days joined by "and" ("January 11 and November 26, 2021", "December 7 and 8") are two dates, not the
   * interval a dash makes: each gets its own span, the first the year written after the second.
   */
  private static void splitDayLists(List<TemporalExpression> xs) {
    for (int i = xs.size() - 1; i >= 0; i--) {
      TemporalExpression x = xs.get(i);
      if (x == null || !x.rule().startsWith("date-mdy") || !x.value().matches("[\\dX]{4}-\\d\\d-\\d\\d/[\\dX]{4}-\\d\\d-\\d\\d")) {
        continue;
      }
      java.util.regex.Matcher m = DAY_LIST.matcher(x.text());
      if (!m.matches()) {
        continue;
      }
      String a = x.value().substring(0, 10);
      String z = x.value().substring(11);
      int s2 = x.start() + m.start(2);
      xs.set(i, new TemporalExpression(x.statement(), x.sentence(), x.start(), x.start() + m.end(1), m.group(1), a, "day",
          x.modifier(), x.anchor(), x.event(), x.rule()));
      xs.add(i + 1, new TemporalExpression(x.statement(), x.sentence(), s2, x.start() + x.text().length(), m.group(2), z,
          "day", x.modifier(), x.anchor(), "", x.rule()));
    }
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
                                         LocalDate sibling, List<Recogniser.Hit> hits, Normalisers.Story story) {
    List<Recogniser.Hit> others = new ArrayList<>(hits);
    others.remove(h);
    return new Normalisers.Match(s, text, h, ref, meeting, sibling, others, story);
  }

  /** Tags a bare sentence against {@code ref} (for tests and tools). */
  public List<TemporalExpression> tag(String text, LocalDate ref) {
    Sentence s = new Sentence(0, 0, text.length(), text, List.of());
    return sentence("", s, text, ref, ref, new Normalisers.Story[1]);
  }

  /**
   * The date deictic words ("today", "yesterday") refer to: a full date in the opening lines (a
   * transcript's dateline, such as "Via Teleconference (November 14, 2021)") when it lies within three
   * days of the publication date, since a call held in the evening is often published the next day;
   * else the publication date.
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
    return published;
  }

  private TemporalExpression normalise(String id, Sentence s, String text, Recogniser.Hit h, LocalDate ref,
                                       LocalDate meeting, LocalDate sibling, List<Recogniser.Hit> hits,
                                       Normalisers.Story story) {
    Normalisers.Value v = h.rule().normaliser().normalise(match(s, text, h, ref, meeting, sibling, hits, story));
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
