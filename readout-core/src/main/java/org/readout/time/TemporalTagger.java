package org.readout.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.attribution.Lexicons;
import org.readout.attribution.PhraseMatcher;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;

/**
 * Finds temporal expressions and normalises them to TIMEX3-style values against the statement date.
 *
 * <p>Each sentence is scanned by a fixed set of patterns built from {@code time.yaml} (explicit dates
 * and ranges, months with modifiers, seasons, years, decades, "N units ago", "last/next/this unit",
 * durations, weekdays, day words, and offsets from an event such as "a week before the meeting");
 * overlapping matches keep the longest. Dates without a year take the year that puts them nearest the
 * statement date, unless a tense cue near the expression says the date lies ahead (future verbs) or
 * behind (past verbs) — so "January 9–10" in a late-December statement is next year and "the
 * December 30 telephone conversation" recalled in February is last year.
 *
 * <p>Immutable and thread-safe; patterns are compiled once.
 */
public final class TemporalTagger {
  private static final String NUMW = "(?:\\d{1,3}|";
  private static final Set<String> EVENT_STOP = Set.of("that", "which", "who", "was", "were", "is", "are", "will",
      "would", "to", "when", "and", "with", "on", "where", "as", "had", "has", "have", "for", "by", "of", "at", "in",
      "the", "a", "an", "from", "than", "but", "or", "be", "been", "it", "they", "we", "he", "she");
  private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their", "his", "her", "our",
      "last", "next", "a", "an", "these", "those", "your", "my");
  private static final Set<String> ANCHOR_PREPS = Set.of("in", "on", "at", "since", "until", "by", "during", "of",
      "from", "before", "after", "through", "till");

  private static final Set<String> DEADLINE_PREPS = Set.of("by", "until", "till");
  private static final Set<String> PASSIVE = Set.of("be", "been", "being", "is", "are", "get", "gets", "getting", "to");
  private static final Set<String> AUXILIARIES = Set.of("will", "shall", "'ll", "’ll", "going to");

  private static volatile TemporalTagger standard;

  private final TimeLexicon lex;
  private final List<Rule> rules = new ArrayList<>();

  private record Rule(String name, Pattern pattern, int priority) {
  }

  private record Hit(Rule rule, Matcher m, int start, int end) {
  }

  TemporalTagger(TimeLexicon lex) {
    this.lex = lex;
    String mon = "(?-i:" + TimeLexicon.alt(lex.months.keySet()) + ")";
    String wd = "(?-i:" + TimeLexicon.alt(lex.weekdays.keySet()) + ")";
    String num = NUMW + TimeLexicon.alt(lex.numbers.keySet()) + ")";
    String unit = TimeLexicon.alt(lex.units.keySet());
    String mod = TimeLexicon.alt(lex.modifiers.keySet());
    String rel = TimeLexicon.alt(lex.relative.keySet());
    String season = TimeLexicon.alt(lex.seasons.keySet());
    String dayw = TimeLexicon.alt(lex.days.keySet());
    String ev = TimeLexicon.alt(lex.events.keySet());
    String b = "(?<![\\p{L}\\p{N}])";
    String e = "(?![\\p{L}\\p{N}])";
    int f = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    add("date-mdy", b + "(?:(?<wd>" + wd + "),?\\s+)?(?<m>" + mon + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?"
        + "(?:\\s*(?:[–-]|to|and|through)\\s*(?:(?<m2>" + mon + ")\\s+)?(?<d2>\\d{1,2})(?:st|nd|rd|th)?)?"
        + "(?:,?\\s+(?<y>(?:19|20)\\d\\d))?(?!\\d)", f, 10);
    add("date-dmy", b + "(?:(?<wd>" + wd + "),?\\s+)?(?<![\\d,.])(?<d1>\\d{1,2})(?:st|nd|rd|th)?"
        + "(?:\\s*[–-]\\s*(?<d2>\\d{1,2}))?\\s+(?:of\\s+)?(?<m>" + mon + ")(?:,?\\s+(?<y>(?:19|20)\\d\\d))?(?!\\d)", f, 10);
    add("date-iso", "(?<![\\d-])(?<y>\\d{4})-(?<mm>\\d{2})-(?<dd>\\d{2})(?![\\d-])", 0, 10);
    add("month", b + "(?:(?<mod>" + mod + ")[\\s-]*)?(?:(?<rel>last|next|this|past)\\s+)?(?<m>" + mon
        + ")(?:\\s+(?:of\\s+)?(?<y>(?:19|20)\\d\\d))?(?![\\p{L}]|\\s*\\d)", f, 8);
    add("season", b + "(?:(?<mod>" + mod + ")[\\s-]*)?(?:(?<rel>last|next|this)\\s+)?(?<s>" + season
        + ")(?:\\s+(?:of\\s+)?(?<y>(?:19|20)\\d\\d))?" + e, f, 6);
    add("decade", b + "(?:(?<mod>early|mid|late)[\\s-]+)?(?:the\\s+)?(?<c>1[89]\\d|20\\d)0['’]?s" + e, f, 7);
    add("year-range", "(?<![\\d,.$€£-])(?<y1>(?:19|20)\\d\\d)\\s*[–-]\\s*(?<y2>(?:19|20)?\\d\\d)(?![\\d,%])", 0, 7);
    add("year", b + "(?:(?<mod>" + mod + ")[\\s-]*)?(?<![\\d,.$€£-])(?<y>(?:19|20)\\d\\d)(?![\\d%]|,\\d|\\s*(?:percent|per cent|troops|people))",
        f, 5);
    add("ago", b + "(?:(?<approx>about|some|nearly|almost|around|roughly|more than|over|as far back as|as long as|as early as)\\s+)?"
        + "(?<n>" + num + ")\\s+(?<u>" + unit + ")(?:\\s+and\\s+(?<n2>" + num + ")\\s+(?<u2>" + unit + "))?"
        + "\\s+(?<dir>ago|from now)" + e, f, 9);
    add("relative", b + "(?:(?<mod>" + mod + ")[\\s-]*)?(?<rel>" + rel + ")\\s+(?:(?<n>" + num + ")\\s+)?(?<u>" + unit + ")" + e,
        f, 8);
    add("day-word", b + "(?<dw>" + dayw + ")" + e, f, 6);
    add("weekday", b + "(?:(?<rel>last|next|this|on|until|by|since|before|from|coming)\\s+)?(?<wd>" + wd
        + ")(?:\\s+(?:morning|afternoon|evening|night))?" + e, f, 6);
    add("duration", b + "(?:(?<approx>about|some|nearly|almost|around|more than|over|at least|up to)\\s+)?(?<n>" + num
        + ")[\\s-]+(?<u>" + unit + ")(?:-long)?" + e + "(?![\\s-]+old" + e + ")", f, 4);
    add("duration-vague", b + "(?:for|over)\\s+(?<u>days|weeks|months|years|decades)(?:\\s+now)?" + e, f, 3);
    add("event-offset", b + "(?:(?<n>" + num + ")\\s+(?<u>" + unit + ")|the\\s+(?<u1>day|week|month|year))\\s+"
        + "(?<dir>before|after|prior to|following|ahead of)\\s+(?<ev>(?:the|this|that|our|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?" + ev + ")" + e,
        f, 11);
  }

  private void add(String name, String regex, int flags, int priority) {
    rules.add(new Rule(name, Pattern.compile(regex, flags), priority));
  }

  TimeLexicon lexicon() {
    return lex;
  }

  /** The tagger over the bundled lexicons (built once). */
  public static TemporalTagger standard() {
    TemporalTagger t = standard;
    if (t == null) {
      synchronized (TemporalTagger.class) {
        t = standard;
        if (t == null) {
          t = new TemporalTagger(new TimeLexicon(Lexicons.load(TemporalTagger.class, "time.yaml")));
          standard = t;
        }
      }
    }
    return t;
  }

  /** All temporal expressions of {@code doc}, in text order. */
  public List<TemporalExpression> tag(AnalyzedStatement doc) {
    String text = doc.text();
    List<Sentence> sentences = doc.sentences().isEmpty()
        ? List.of(new Sentence(0, 0, text.length(), text, List.of())) : doc.sentences();
    LocalDate ref = dateline(text, doc.meta().date());
    LocalDate meetingDate = meetingDate(doc.meta().meeting(), doc.meta().date());
    boolean usWeeks = "US".equalsIgnoreCase(doc.meta().side());
    List<TemporalExpression> out = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Hit h : hits(text, s.start(), s.end())) {
        TemporalExpression x = normalise(doc.id(), s, text, h, ref, meetingDate, usWeeks);
        if (x != null) {
          out.add(x);
        }
      }
    }
    return out;
  }

  /**
   * The date deictic words ("today", "yesterday") refer to: a full date in the opening lines (a
   * transcript's dateline, such as "Via Teleconference (November 14, 2021)") when it lies within three
   * days of the publication date, since a call held in the evening is often published the next day;
   * else the publication date.
   */
  LocalDate dateline(String text, LocalDate published) {
    int limit = Math.min(text.length(), 300);
    for (Hit h : hits(text, 0, limit)) {
      String r = h.rule().name();
      if ((r.equals("date-mdy") || r.equals("date-dmy")) && h.m().group("y") != null && h.m().group("d2") == null) {
        LocalDate d = safeDate(Integer.parseInt(h.m().group("y")), lex.month(h.m().group("m")),
            Integer.parseInt(h.m().group("d1")));
        if (d != null && (published == null || Math.abs(ChronoUnit.DAYS.between(d, published)) <= 3)) {
          return d;
        }
      }
    }
    return published;
  }

  /** Tags a bare sentence against {@code ref} (for tests and tools). */
  public List<TemporalExpression> tag(String text, LocalDate ref) {
    Sentence s = new Sentence(0, 0, text.length(), text, List.of());
    List<TemporalExpression> out = new ArrayList<>();
    for (Hit h : hits(text, 0, text.length())) {
      TemporalExpression x = normalise("", s, text, h, ref, ref, false);
      if (x != null) {
        out.add(x);
      }
    }
    return out;
  }

  /** Cheap facts about a sentence that let most rules be skipped without running their regex. */
  private record Triggers(boolean digit, boolean month, boolean weekday, boolean unit, boolean ago, boolean fromNow,
                          boolean season, boolean dayWord) {
  }

  private Triggers triggers(String text, int from, int to) {
    boolean digit = false;
    for (int i = from; i < to && !digit; i++) {
      digit = Character.isDigit(text.charAt(i));
    }
    String sub = text.substring(from, to);
    String lower = sub.toLowerCase(Locale.ROOT);
    boolean month = false;
    for (String m : lex.months.keySet()) {
      if (sub.contains(m)) {
        month = true;
        break;
      }
    }
    boolean unit = lower.contains("day") || lower.contains("week") || lower.contains("month") || lower.contains("year")
        || lower.contains("decade");
    boolean season = false;
    for (String k : lex.seasons.keySet()) {
      season |= lower.contains(k);
    }
    boolean dayWord = false;
    for (String k : lex.days.keySet()) {
      dayWord |= lower.contains(k);
    }
    return new Triggers(digit, month, lower.contains("day"), unit, lower.contains("ago"), lower.contains("from now"),
        season, dayWord);
  }

  private static boolean mayMatch(String rule, Triggers t) {
    return switch (rule) {
      case "date-mdy", "date-dmy", "month" -> t.month();
      case "date-iso", "year-range", "year", "decade" -> t.digit();
      case "season" -> t.season();
      case "ago" -> t.unit() && (t.ago() || t.fromNow());
      case "relative", "duration", "duration-vague", "event-offset" -> t.unit();
      case "day-word" -> t.dayWord();
      case "weekday" -> t.weekday();
      default -> true;
    };
  }

  private List<Hit> hits(String text, int from, int to) {
    List<Hit> all = new ArrayList<>();
    Triggers t = triggers(text, from, to);
    for (Rule r : rules) {
      if (!mayMatch(r.name(), t)) {
        continue;
      }
      Matcher m = r.pattern().matcher(text).region(from, to).useTransparentBounds(true);
      while (m.find()) {
        if (m.end() > m.start()) {
          all.add(new Hit(r, snapshot(r, text, m), m.start(), m.end()));
        }
      }
    }
    // longest match first wherever it starts ("On Tuesday, December 7" beats "On Tuesday"), then priority
    all.sort(Comparator.comparingInt((Hit h) -> -(h.end() - h.start())).thenComparing(h -> -h.rule().priority())
        .thenComparingInt(Hit::start));
    List<Hit> out = new ArrayList<>();
    for (Hit h : all) {
      boolean free = true;
      for (Hit o : out) {
        if (h.start() < o.end() && o.start() < h.end()) {
          free = false;
          break;
        }
      }
      if (free) {
        out.add(h);
      }
    }
    out.sort(Comparator.comparingInt(Hit::start));
    return out;
  }

  /** A matcher positioned on the same match, so named groups stay readable after the loop moves on. */
  private static Matcher snapshot(Rule r, String text, Matcher m) {
    Matcher copy = r.pattern().matcher(text).region(m.start(), m.end()).useTransparentBounds(true);
    copy.lookingAt();
    return copy;
  }

  private TemporalExpression normalise(String id, Sentence s, String text, Hit h, LocalDate ref, LocalDate meeting,
                                       boolean usWeeks) {
    Matcher m = h.m();
    String written = text.substring(h.start(), h.end());
    String refText = ref == null ? "" : ref.toString();
    String value;
    String gran;
    String mod = "";
    String anchor = "";
    int tense = 0;
    switch (h.rule().name()) {
      case "date-mdy", "date-dmy" -> {
        int month = lex.month(m.group("m"));
        int d1 = Integer.parseInt(m.group("d1"));
        String m2g = h.rule().name().equals("date-mdy") ? m.group("m2") : null;
        int month2 = m2g == null ? month : lex.month(m2g);
        String d2g = m.group("d2");
        if (d1 < 1 || d1 > 31 || (d2g != null && (Integer.parseInt(d2g) < 1 || Integer.parseInt(d2g) > 31))) {
          return null;
        }
        int year;
        if (m.group("y") != null) {
          year = Integer.parseInt(m.group("y"));
        } else {
          tense = tense(text, s, h);
          year = inferYear(ref, month, d1, tense);
          anchor = refText;
        }
        LocalDate a = safeDate(year < 0 ? 2000 : year, month, d1);
        if (a == null) {
          return null;
        }
        if (d2g != null) {
          int y0 = year < 0 ? 2000 : year;
          LocalDate z = safeDate(month2 < month ? y0 + 1 : y0, month2, Integer.parseInt(d2g));
          if (z == null || z.isBefore(a)) {
            return null;
          }
          value = a + "/" + z;
          gran = "range";
        } else {
          value = a.toString();
          gran = "day";
        }
        if (year < 0) {
          value = value.replaceAll("-?\\d{4}-", "XXXX-");
        }
      }
      case "date-iso" -> {
        LocalDate a = safeDate(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mm")), Integer.parseInt(m.group("dd")));
        if (a == null) {
          return null;
        }
        value = a.toString();
        gran = "day";
      }
      case "month" -> {
        String monthWord = m.group("m");
        int month = lex.month(monthWord);
        String relw = m.group("rel");
        mod = modifier(m.group("mod"));
        boolean bare = m.group("y") == null && relw == null && m.group("mod") == null;
        // "May" alone is far more often the modal than the month: only a preposition makes it a date
        String before = prevWord(text, h.start());
        if (monthWord.equals("May") && bare && !ANCHOR_PREPS.contains(before) && !before.equals("the")) {
          return null;
        }
        if (bare && personName(text, s, h)) {
          return null;
        }
        int year;
        if (m.group("y") != null) {
          year = Integer.parseInt(m.group("y"));
        } else if (ref == null) {
          year = -1;
        } else if (relw != null && !relw.equalsIgnoreCase("this")) {
          int dir = relw.equalsIgnoreCase("next") ? 1 : -1;
          year = ref.getYear();
          if (dir > 0 && month <= ref.getMonthValue()) {
            year++;
          } else if (dir < 0 && month >= ref.getMonthValue()) {
            year--;
          }
          anchor = refText;
        } else {
          tense = tense(text, s, h);
          year = inferYear(ref, month, 0, tense);
          anchor = refText;
        }
        value = (year < 0 ? "XXXX" : String.valueOf(year)) + "-" + two(month);
        gran = "month";
      }
      case "season" -> {
        mod = modifier(m.group("mod"));
        String relw = m.group("rel");
        if (m.group("y") == null && relw == null) {
          return null;
        }
        int year;
        if (m.group("y") != null) {
          year = Integer.parseInt(m.group("y"));
        } else if (ref == null) {
          return null;
        } else {
          year = ref.getYear() + (relw.equalsIgnoreCase("next") ? 1 : relw.equalsIgnoreCase("last") ? -1 : 0);
          anchor = refText;
        }
        value = year + "-" + lex.seasons.get(TimeLexicon.lower(m.group("s")));
        gran = "season";
      }
      case "decade" -> {
        value = m.group("c") + "X";
        gran = "decade";
        mod = modifier(m.group("mod"));
      }
      case "year-range" -> {
        int y1 = Integer.parseInt(m.group("y1"));
        String y2s = m.group("y2");
        int y2 = y2s.length() == 2 ? (y1 / 100) * 100 + Integer.parseInt(y2s) : Integer.parseInt(y2s);
        if (y2 <= y1) {
          return null;
        }
        value = y1 + "/" + y2;
        gran = "range";
      }
      case "year" -> {
        value = m.group("y");
        gran = "year";
        mod = modifier(m.group("mod"));
      }
      case "ago" -> {
        if (ref == null) {
          return null;
        }
        String n = lex.number(m.group("n"));
        String u = lex.units.get(TimeLexicon.lower(m.group("u")));
        if (n.equals("X")) {
          value = "P" + n + u;
          gran = "duration";
          anchor = refText;
          mod = m.group("dir").equalsIgnoreCase("ago") ? "BEFORE" : "AFTER";
          break;
        }
        int k = Integer.parseInt(n);
        int sign = m.group("dir").equalsIgnoreCase("ago") ? -1 : 1;
        String n2 = m.group("n2") == null ? "X" : lex.number(m.group("n2"));
        if (!n2.equals("X")) {
          // "a year and a day ago": both parts count, at the finer unit's precision
          String u2 = lex.units.get(TimeLexicon.lower(m.group("u2")));
          String[] vg = shift(plus(ref, u, sign * k), u2, sign * Integer.parseInt(n2));
          value = vg[0];
          gran = vg[1];
          mod = u2.equals("D") ? "" : "APPROX";
          anchor = refText;
          break;
        }
        String[] vg = shift(ref, u, sign * k);
        value = vg[0];
        gran = vg[1];
        mod = u.equals("D") ? "" : "APPROX";
        anchor = refText;
      }
      case "relative" -> {
        if (ref == null) {
          return null;
        }
        int dir = lex.relative.get(TimeLexicon.lower(m.group("rel")).replaceAll("\\s+", " "));
        String uWord = TimeLexicon.lower(m.group("u"));
        String u = lex.units.get(uWord);
        mod = modifier(m.group("mod"));
        anchor = refText;
        String relWord = TimeLexicon.lower(m.group("rel"));
        // "the past year" / "the coming month" span up to now (or from now); "last year" names a period
        boolean span = relWord.contains("past") || relWord.contains("previous") || relWord.contains("coming")
            || relWord.contains("following");
        if (m.group("n") != null || uWord.endsWith("s") || span) {
          String n = m.group("n") == null ? (uWord.endsWith("s") ? "X" : "1") : lex.number(m.group("n"));
          value = "P" + n + u;
          gran = "duration";
          if (mod.isEmpty()) {
            mod = dir < 0 ? "BEFORE" : dir > 0 ? "AFTER" : "";
          }
        } else {
          // in US usage a Sunday opens its week, so "last week" said on a Sunday is the ISO week just ending
          LocalDate base = u.equals("W") && usWeeks && ref.getDayOfWeek() == DayOfWeek.SUNDAY ? ref.plusDays(1) : ref;
          String[] vg = shift(base, u, dir);
          value = vg[0];
          gran = vg[1];
        }
      }
      case "day-word" -> {
        if (ref == null) {
          return null;
        }
        value = ref.plusDays(lex.days.get(TimeLexicon.lower(m.group("dw")).replaceAll("\\s+", " "))).toString();
        gran = "day";
        anchor = refText;
      }
      case "weekday" -> {
        if (ref == null) {
          return null;
        }
        DayOfWeek dow = DayOfWeek.of(lex.weekdays.get(m.group("wd")));
        String relw = m.group("rel") == null ? "" : TimeLexicon.lower(m.group("rel"));
        if (relw.equals("next") || relw.equals("coming") || relw.equals("until")) {
          tense = 1;
        } else if (relw.equals("last") || relw.equals("since")) {
          tense = -1;
        } else {
          tense = tense(text, s, h);
        }
        value = weekday(ref, dow, tense, relw.equals("next")).toString();
        gran = "day";
        anchor = refText;
      }
      case "duration" -> {
        String n = lex.number(m.group("n"));
        value = "P" + n + lex.units.get(TimeLexicon.lower(m.group("u")));
        gran = "duration";
        mod = m.group("approx") == null ? "" : "APPROX";
      }
      case "duration-vague" -> {
        value = "PX" + lex.units.get(TimeLexicon.lower(m.group("u")));
        gran = "duration";
      }
      case "event-offset" -> {
        // only the statement's own meeting is known by date; a named other event ("the Geneva Summit") is not
        boolean own = m.group("ev").chars().skip(1).noneMatch(Character::isUpperCase);
        if (meeting == null || !own) {
          value = "";
          gran = m.group("u1") != null ? m.group("u1").toLowerCase(Locale.ROOT) : "day";
          anchor = m.group("ev");
          break;
        }
        String u;
        int k;
        if (m.group("u1") != null) {
          u = lex.units.get(TimeLexicon.lower(m.group("u1")));
          k = 1;
        } else {
          u = lex.units.get(TimeLexicon.lower(m.group("u")));
          String n = lex.number(m.group("n"));
          if (n.equals("X")) {
            return null;
          }
          k = Integer.parseInt(n);
        }
        String dir = TimeLexicon.lower(m.group("dir"));
        int sign = dir.equals("before") || dir.equals("prior to") || dir.equals("ahead of") ? -1 : 1;
        // an offset from a dated event is a day, even when counted in weeks
        String[] vg = u.equals("W") ? shift(meeting, "D", sign * k * 7) : shift(meeting, u, sign * k);
        value = vg[0];
        gran = vg[1];
        anchor = m.group("ev") + " (" + meeting + ")";
      }
      default -> throw new IllegalStateException(h.rule().name());
    }
    String event = event(text, s, h, gran);
    return new TemporalExpression(id, s.index(), h.start(), h.end(), written, value, gran, mod, anchor, event,
        h.rule().name() + (tense > 0 ? "+future" : tense < 0 ? "+past" : ""));
  }

  /** The meeting date from a slug such as {@code 2021-12-07-biden-putin-video-call}, else the statement date. */
  static LocalDate meetingDate(String slug, LocalDate ref) {
    if (slug != null && slug.length() >= 10 && slug.charAt(4) == '-' && slug.charAt(7) == '-') {
      LocalDate d = safeDate(parse(slug.substring(0, 4)), parse(slug.substring(5, 7)), parse(slug.substring(8, 10)));
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

  private String modifier(String written) {
    if (written == null) {
      return "";
    }
    return lex.modifiers.getOrDefault(TimeLexicon.lower(written).strip().replaceAll("\\s+", " "), "");
  }

  private static LocalDate plus(LocalDate ref, String unit, int k) {
    return switch (unit) {
      case "D" -> ref.plusDays(k);
      case "W" -> ref.plusWeeks(k);
      case "M" -> ref.plusMonths(k);
      case "DE" -> ref.plusYears(10L * k);
      default -> ref.plusYears(k);
    };
  }

  /** Shifts {@code ref} by {@code k} units and returns {value, granularity} at that unit's precision. */
  private static String[] shift(LocalDate ref, String unit, int k) {
    return switch (unit) {
      case "D" -> new String[] {ref.plusDays(k).toString(), "day"};
      case "W" -> {
        LocalDate d = ref.plusWeeks(k);
        yield new String[] {d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), "week"};
      }
      case "M" -> new String[] {YearMonth.from(ref).plusMonths(k).toString(), "month"};
      case "DE" -> new String[] {(ref.getYear() + 10 * k) / 10 + "X", "decade"};
      default -> new String[] {String.valueOf(ref.getYear() + k), "year"};
    };
  }

  /**
   * The year for a month (and day, or 0) without one: the candidate year whose date lies nearest the
   * statement date, constrained to on/after it for future tense and on/before it for past tense.
   */
  static int inferYear(LocalDate ref, int month, int day, int tense) {
    if (ref == null) {
      return -1;
    }
    int best = ref.getYear();
    long bestDist = Long.MAX_VALUE;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate first = day > 0 ? safeDate(y, month, day) : LocalDate.of(y, month, 1);
      if (first == null) {
        continue;
      }
      LocalDate last = day > 0 ? first : first.with(TemporalAdjusters.lastDayOfMonth());
      if (tense > 0 && last.isBefore(ref.minusDays(1))) {
        continue;
      }
      if (tense < 0 && first.isAfter(ref)) {
        continue;
      }
      long dist = ref.isBefore(first) ? ChronoUnit.DAYS.between(ref, first)
          : ref.isAfter(last) ? ChronoUnit.DAYS.between(last, ref) : 0;
      if (dist < bestDist) {
        bestDist = dist;
        best = y;
      }
    }
    return best;
  }

  static LocalDate weekday(LocalDate ref, DayOfWeek dow, int tense, boolean nextWeek) {
    LocalDate after = ref.with(TemporalAdjusters.nextOrSame(dow));
    LocalDate before = ref.with(TemporalAdjusters.previousOrSame(dow));
    if (nextWeek) {
      return ref.with(TemporalAdjusters.next(dow));
    }
    if (tense > 0) {
      return after;
    }
    if (tense < 0) {
      return before;
    }
    return ChronoUnit.DAYS.between(before, ref) <= ChronoUnit.DAYS.between(ref, after) ? before : after;
  }

  /**
   * +1 when the nearest tense cue around the expression is future, -1 when past, 0 when none; a
   * deadline preposition ("by mid-January", "until March") always points ahead.
   */
  int tense(String text, Sentence s, Hit h) {
    if (DEADLINE_PREPS.contains(prevWord(text, h.start()))) {
      return 1;
    }
    int best = Integer.MAX_VALUE;
    int dir = 0;
    for (int k = 0; k < 2; k++) {
      for (PhraseMatcher.Match m : (k == 0 ? lex.future : lex.past).findAll(text, s.start(), s.end())) {
        if (m.start() >= h.start() && m.start() < h.end()) {
          continue;
        }
        int d = m.end() <= h.start() ? h.start() - m.end() : m.start() - h.end();
        if (k == 0 && m.end() <= h.start() && AUXILIARIES.contains(m.phrase().toLowerCase(Locale.ROOT))) {
          d -= 30; // an auxiliary governs the participle after it: "will be held" is future
        }
        if (d < best) {
          best = d;
          dir = k == 0 ? 1 : -1;
        }
      }
    }
    // past verbs the lexicon cannot list: irregular forms and regular -ed forms ("we wrote", "they launched")
    int i = s.start();
    while (i < s.end()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int w = i;
      while (i < s.end() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (w >= h.start() && w < h.end()) {
        continue;
      }
      int d = i <= h.start() ? h.start() - i : w - h.end();
      if (d >= best || Character.isUpperCase(text.charAt(w))) {
        continue; // capitalised: a name such as "United States", not a verb
      }
      String word = text.substring(w, i).toLowerCase(Locale.ROOT);
      if (PASSIVE.contains(prevWord(text, w))) {
        continue; // "to get reimbursed", "will be signed": a participle, not a past tense
      }
      if (lex.pastVerbs.contains(word) || (word.length() >= 5 && word.endsWith("ed") && !lex.notPast.contains(word))) {
        best = d;
        dir = -1;
      }
    }
    return best <= 80 ? dir : 0;
  }

  /**
   * Whether a bare month name (no day, year or modifier) is a person addressed or named — "Go ahead,
   * April.", "and, April, I will say", "April Ryan asked" — rather than a date. A preposition or
   * determiner before it ("in April", "last April") always makes it a date.
   */
  boolean personName(String text, Sentence s, Hit h) {
    String prev = prevWord(text, h.start());
    if (ANCHOR_PREPS.contains(prev) || DETERMINERS.contains(prev)) {
      return false;
    }
    int b = h.start();
    while (b > s.start() && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    char before = b > s.start() ? text.charAt(b - 1) : 0;
    int a = h.end();
    while (a < s.end() && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    char after = a < s.end() ? text.charAt(a) : 0;
    String next = nextWord(text, a < s.end() && after == ',' ? a + 1 : a, s.end());
    // a list of months ("January, February and March") is dates, whatever the punctuation
    String beforeComma = before == ',' ? prevWord(text, b - 1) : prev;
    if (lex.months.containsKey(capitalised(next)) || lex.months.containsKey(capitalised(beforeComma))
        || next.equalsIgnoreCase("and") || next.equalsIgnoreCase("or")) {
      return false;
    }
    if (after == ',' && lex.clausePronouns.contains(next.toLowerCase(Locale.ROOT))) {
      return true;
    }
    boolean opens = before == 0 || before == ',' || before == '—' || before == '–' || before == '(' || before == ':'
        || before == '"' || before == '“' || lex.vocativeBefore.contains(prev);
    if (opens && (after == 0 || ",.?!;:)".indexOf(after) >= 0)) {
      return true;
    }
    // followed straight by a capitalised word that is no date part: a first name ("April Ryan")
    return after != 0 && a == h.end() + 1 && Character.isUpperCase(after) && !next.isEmpty()
        && !next.equals("I") && !lex.months.containsKey(next) && !lex.weekdays.containsKey(next);
  }

  private static String nextWord(String text, int from, int limit) {
    int i = from;
    while (i < limit && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < limit && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '’' || text.charAt(j) == '\'')) {
      j++;
    }
    return text.substring(i, j);
  }

  private static String capitalised(String w) {
    return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
  }

  /**
   * The event an expression dates, if any: an event noun right after it when a determiner precedes it
   * ("the June 2021 Russian-American summit in Geneva"), or one shortly before it when a preposition
   * links them ("the talks …, which resumed in late November in Vienna").
   */
  private String event(String text, Sentence s, Hit h, String gran) {
    if (gran.equals("duration")) {
      return "";
    }
    String prev = prevWord(text, h.start());
    String written = text.substring(h.start(), Math.min(h.end(), h.start() + 4)).toLowerCase(Locale.ROOT);
    String lead = text.substring(h.start(), h.end()).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    int reach = 90;
    if (ANCHOR_PREPS.contains(lead) && h.end() > h.start() + lead.length()) {
      prev = lead; // "on Friday": the preposition is inside the match
      reach = 40;
    }
    if (DETERMINERS.contains(prev) || written.startsWith("the ")) {
      List<PhraseMatcher.Match> after = lex.eventPattern.findAll(text, h.end(), Math.min(s.end(), h.end() + 80));
      PhraseMatcher.Match m = after.isEmpty() ? null : after.get(0);
      if (m != null && cleanWords(text, h.end(), m.start()) <= 4) {
        int end = withPlace(text, m.end(), s.end());
        int from = skipSpace(text, h.end());
        if (text.startsWith("’s", from) || text.startsWith("'s", from)) {
          from = skipSpace(text, from + 2);
        }
        return text.substring(from, end).replaceAll("\\s+", " ");
      }
    }
    if (ANCHOR_PREPS.contains(prev)) {
      int ns = -1;
      int ne = -1;
      for (PhraseMatcher.Match m : lex.eventPattern.findAll(text, Math.max(s.start(), h.start() - reach), h.start())) {
        ns = m.start();
        ne = m.end();
      }
      if (ns >= 0) {
        String label = text.substring(withModifiers(text, ns, s.start()), ne).replaceAll("\\s+", " ");
        int place = withPlace(text, h.end(), s.end());
        if (place > h.end()) {
          label += text.substring(h.end(), place).replaceAll("\\s+", " ");
        }
        return label;
      }
      // "the last time we met was in 2017": a meeting verb shortly before, in the same clause
      String verb = meetVerbBefore(text, Math.max(s.start(), h.start() - 40), h.start());
      if (verb != null) {
        return "meeting" + text.substring(h.end(), withPlace(text, h.end(), s.end())).replaceAll("\\s+", " ");
      }
    }
    // "our summit today", "the G20 meetings tomorrow": an event noun right before a date
    for (PhraseMatcher.Match m : lex.eventPattern.findAll(text, Math.max(s.start(), h.start() - 60), h.start())) {
      if (text.substring(m.end(), h.start()).isBlank()) {
        return text.substring(withModifiers(text, m.start(), s.start()), m.end()).replaceAll("\\s+", " ");
      }
    }
    // "today held a Summit", "met on November 14": a verb after the date introduces the event
    int a = Math.min(skipSpace(text, h.end()), s.end());
    if (a < s.end() && text.charAt(a) == ',') {
      a = Math.min(skipSpace(text, a + 1), s.end());
      String subj = nextWord(text, a, s.end()).toLowerCase(Locale.ROOT);
      if (lex.clausePronouns.contains(subj)) {
        a = Math.min(skipSpace(text, a + subj.length()), s.end());
      }
    }
    String tail = text.substring(a, Math.min(s.end(), a + 20)).toLowerCase(Locale.ROOT);
    for (String v : lex.eventVerbs) {
      if (tail.startsWith(v + " ")) {
        List<PhraseMatcher.Match> after = lex.eventPattern.findAll(text, a + v.length(), Math.min(s.end(), a + v.length() + 60));
        if (!after.isEmpty() && cleanWords(text, skipDeterminer(text, a + v.length()), withModifiers(text, after.get(0).start(), a)) == 0) {
          PhraseMatcher.Match m = after.get(0);
          return text.substring(withModifiers(text, m.start(), a + v.length()), m.end()).replaceAll("\\s+", " ");
        }
      }
    }
    String verbAfter = nextWord(text, a, s.end()).toLowerCase(Locale.ROOT);
    if (lex.meetVerbs.contains(verbAfter) && !verbAfter.equals("meeting")) {
      return "meeting" + text.substring(a + verbAfter.length(), withPlace(text, a + verbAfter.length(), s.end()))
          .replaceAll("\\s+", " ");
    }
    String verbBefore = prevWord(text, h.start());
    if (ANCHOR_PREPS.contains(verbBefore)) {
      int p = h.start();
      while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
        p--;
      }
      verbBefore = prevWord(text, p - verbBefore.length());
    }
    if (lex.meetVerbs.contains(verbBefore) && !verbBefore.equals("meeting")) {
      return "meeting" + text.substring(h.end(), withPlace(text, h.end(), s.end())).replaceAll("\\s+", " ");
    }
    return "";
  }

  /** The last meeting verb ("met", "spoke") between two offsets, unless a clause break follows it. */
  private String meetVerbBefore(String text, int from, int to) {
    String found = null;
    int i = from;
    while (i < to) {
      if (!Character.isLetter(text.charAt(i))) {
        if (found != null && ".;:?!".indexOf(text.charAt(i)) >= 0) {
          found = null;
        }
        i++;
        continue;
      }
      int w = i;
      while (i < to && Character.isLetter(text.charAt(i))) {
        i++;
      }
      String word = text.substring(w, i).toLowerCase(Locale.ROOT);
      if (lex.meetVerbs.contains(word) && !word.equals("meeting")) {
        found = word;
      }
    }
    return found;
  }

  /** Extends an event noun's start back over the name words before it ("APEC Leaders’", "G20", "COP27"). */
  private static int withModifiers(String text, int start, int limit) {
    int b = start;
    for (int k = 0; k < 3; k++) {
      int e = b;
      while (e > limit && text.charAt(e - 1) == ' ') {
        e--;
      }
      int w = e;
      while (w > limit && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '’'
          || text.charAt(w - 1) == '\'' || text.charAt(w - 1) == '.' || text.charAt(w - 1) == '-')) {
        w--;
      }
      if (w == e || e == b || !(Character.isUpperCase(text.charAt(w)) || Character.isDigit(text.charAt(w)))
          || DETERMINERS.contains(text.substring(w, e).toLowerCase(Locale.ROOT))) {
        break;
      }
      b = w;
    }
    return b;
  }

  private static int skipDeterminer(String text, int i) {
    int a = skipSpace(text, i);
    for (String d : new String[] {"a ", "an ", "the ", "their ", "our ", "its ", "this ", "his ", "her "}) {
      if (text.regionMatches(true, a, d, 0, d.length())) {
        return a + d.length();
      }
    }
    return a;
  }

  /** Words between two offsets, or 99 when a stop word or punctuation interrupts them. */
  private static int cleanWords(String text, int from, int to) {
    int n = 0;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int w = i;
      while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '’'
          || text.charAt(i) == '\'')) {
        i++;
      }
      if (w == i || EVENT_STOP.contains(text.substring(w, i).toLowerCase(Locale.ROOT))) {
        return 99;
      }
      n++;
    }
    return n;
  }

  /** Extends an event label over " in Geneva" / " at Camp David" (capitalised place words). */
  private static int withPlace(String text, int end, int limit) {
    for (String p : new String[] {" in ", " at "}) {
      if (text.startsWith(p, end)) {
        int i = end + p.length();
        int j = i;
        while (j < limit && Character.isUpperCase(text.charAt(j))) {
          int k = j;
          while (k < limit && Character.isLetter(text.charAt(k))) {
            k++;
          }
          j = k;
          if (j + 1 < limit && text.charAt(j) == ' ' && Character.isUpperCase(text.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
        if (j > i) {
          return j;
        }
      }
    }
    return end;
  }

  static String prevWord(String text, int pos) {
    int e = pos;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(b, e).toLowerCase(Locale.ROOT);
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static LocalDate safeDate(int y, int m, int d) {
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
