package org.readout.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.model.Sentence;

/**
 * Normalisation: one method per recognition rule turning its match into a TIMEX3-style value against
 * the statement date. Dates without a year take the year that puts them nearest the statement date,
 * unless a tense cue near the expression ({@link TenseDetector}) says the date lies ahead or behind — so
 * "January 9–10" in a late-December statement is next year and "the December 30 telephone
 * conversation" recalled in February is last year. Immutable and thread-safe.
 */
final class Normalisers {
  /**
   * What a normaliser reads: the match and where it stands.
   *
   * @param ref     the date deictic words refer to (the dateline or publication date), or null
   * @param meeting the meeting date (from the meeting slug), or the statement date
   * @param sibling the day of another expression of the sentence, or null ("on Tuesday instead of on
   *                Thursday": a weekday naming the replaced plan lies in that day's week)
   * @param others  the other matches of the sentence (their words are no tense cues of this one)
   * @param story   the last calendar date mentioned before this expression in the statement, or null
   * @param discourse what the statement has said before this expression (days named, calendar), or null
   */
  record Match(Sentence s, String text, Recogniser.Hit h, LocalDate ref, LocalDate meeting, LocalDate sibling,
               java.util.List<Recogniser.Hit> others, Story story, Discourse discourse) {
    Matcher m() {
      return h.m();
    }

    String refText() {
      return ref == null ? "" : ref.toString();
    }
  }

  /**
   * The last calendar date a statement mentioned, which anaphoric expressions ("the next day", "the following
   * month") count from in a narrative.
   *
   * @param date the date (the first day of a week, month or year)
   * @param rank how precise it is: 1 year, 2 month, 3 week, 4 day
   */
  record Story(LocalDate date, int rank) {
    /** The story point of a value, or null when it is no calendar date ("P2Y", "PRESENT_REF", "199"). */
    static Story of(String value) {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return new Story(LocalDate.parse(value.substring(0, 10)), 4);
      }
      if (value.matches("\\d{4}-W\\d{2}")) {
        return new Story(TimeMath.mondayOfWeek(value), 3);
      }
      if (value.matches("\\d{4}-\\d{2}")) {
        return new Story(LocalDate.parse(value + "-01"), 2);
      }
      return value.matches("\\d{4}") ? new Story(LocalDate.of(Integer.parseInt(value), 1, 1), 1) : null;
    }

    /** Whether this date is precise enough to count a unit from ("the next day" needs a day). */
    boolean counts(String unit) {
      return rank >= switch (unit) {
        case "D" -> 4;
        case "W" -> 3;
        case "M" -> 2;
        case "Y" -> 1;
        default -> 9;
      };
    }
  }

  /**
   * A normalised value.
   *
   * @param value  TIMEX3-style value
   * @param gran   granularity
   * @param mod    modifier, or {@code ""}
   * @param anchor what a relative value was computed from, or {@code ""}
   * @param tense  +1 future, -1 past, 0 when no tense cue was consulted or found
   */
  record Value(String value, String gran, String mod, String anchor, int tense) {
    static Value of(String value, String gran) {
      return new Value(value, gran, "", "", 0);
    }
  }

  private final TimeLexicon lex;
  private final TenseDetector tenses;
  private final DeicticNormalisers deixis;

  Normalisers(TimeLexicon lex, TenseDetector tenses) {
    this.lex = lex;
    this.tenses = tenses;
    this.deixis = new DeicticNormalisers(lex, tenses);
  }

  /** The tense detector the normalisers share. */
  TenseDetector tenses() {
    return tenses;
  }

  /** The normalisers of deictic expressions (references, day words, clock times, weekends, sets). */
  DeicticNormalisers deixis() {
    return deixis;
  }

  /** {@code date-mdy}: "December 7", "December 7–8, 2021", "December 30 to January 2". */
  Value dateMdy(Match x) {
    return date(x, true);
  }

  /** {@code date-dmy}: "7 December", "7–8 December 2021". */
  Value dateDmy(Match x) {
    return date(x, false);
  }

  /** A day date or a range of days; {@code mdy} when the month comes first (and a range may cross months). */
  private Value date(Match x, boolean mdy) {
    Matcher m = x.m();
    int month = lex.month(m.group("m"));
    int d1 = Integer.parseInt(m.group("d1"));
    String m2g = mdy ? m.group("m2") : null;
    int month2 = m2g == null ? month : lex.month(m2g);
    String d2g = m.group("d2");
    if (d1 < 1 || d1 > 31 || (d2g != null && (Integer.parseInt(d2g) < 1 || Integer.parseInt(d2g) > 31))) {
      return null;
    }
    int year;
    int tense = 0;
    String anchor = "";
    Integer named = d2g == null ? namedBefore(x, month, d1) : null;
    Integer weekdayYear = m.group("wd") == null ? null : weekdayYear(x.ref(), month, d1, m.group("wd"));
    if (m.group("y") != null) {
      year = Integer.parseInt(m.group("y"));
    } else if (weekdayYear != null) {
      year = weekdayYear; // "Monday, November 13th": the year in which that day is a Monday
      anchor = x.refText();
    } else if (m.group("ry") != null && x.ref() != null) {
      year = x.ref().getYear() + relativeYear(m.group("ry")); // "on June 28 last year"
      anchor = x.refText();
    } else if (named != null) {
      year = named; // the day named earlier with its year ("of November 9, 2020" … "since November 9")
      anchor = x.refText();
    } else {
      tense = tenses.tense(x.text(), x.s(), x.h());
      year = TimeMath.inferYear(x.ref(), month, d1, tense);
      anchor = x.refText();
    }
    LocalDate a = TimeText.safeDate(year < 0 ? 2000 : year, month, d1);
    if (a == null) {
      return null;
    }
    String value;
    String gran;
    if (d2g != null) {
      int y0 = year < 0 ? 2000 : year;
      LocalDate z = TimeText.safeDate(month2 < month ? y0 + 1 : y0, month2, Integer.parseInt(d2g));
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
    return new Value(value, gran, "", anchor, tense);
  }

  /**
   * The year an earlier expression of the statement gave this day, when it lies within a year of the statement
   * date (an anniversary of a day long past, "December 7, 1941", does not date a later bare "December 7").
   */
  private static Integer namedBefore(Match x, int month, int day) {
    Integer y = x.discourse() == null || x.ref() == null ? null : x.discourse().yearOf(month, day);
    return y != null && Math.abs(y - x.ref().getYear()) <= 1 ? y : null;
  }

  /** The year next to the statement's (or its own) in which {@code month}-{@code day} falls on {@code weekday}, or null. */
  private Integer weekdayYear(LocalDate ref, int month, int day, String weekday) {
    if (ref == null || !lex.weekdays.containsKey(weekday)) {
      return null;
    }
    for (int y : new int[] {ref.getYear(), ref.getYear() + 1, ref.getYear() - 1}) {
      LocalDate d = TimeText.safeDate(y, month, day);
      if (d != null && d.getDayOfWeek().getValue() == lex.weekdays.get(weekday)) {
        return y;
      }
    }
    return null;
  }

  /** The offset of "last", "this" or "next" year from the statement's year. */
  private static int relativeYear(String written) {
    String r = TimeLexicon.lower(written);
    return r.equals("last") ? -1 : r.equals("next") ? 1 : 0;
  }

  /** {@code date-iso}: "2021-12-07". */
  Value dateIso(Match x) {
    Matcher m = x.m();
    LocalDate a = TimeText.safeDate(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("mm")),
        Integer.parseInt(m.group("dd")));
    return a == null ? null : Value.of(a.toString(), "day");
  }

  /**
   * {@code month}: "in late November", "last April", "June 2021", "November last year", "May[2021]" (a year an
   * editor put in brackets); a bare "May" is the modal.
   */
  Value month(Match x) {
    Matcher m = x.m();
    String text = x.text();
    Recogniser.Hit h = x.h();
    String monthWord = m.group("m");
    int month = lex.month(monthWord);
    String relw = m.group("rel");
    String ry = m.group("ry");
    String mod = modifier(m.group("mod"));
    boolean bare = m.group("y") == null && relw == null && ry == null && m.group("mod") == null;
    // "May" alone is far more often the modal than the month: only a preposition makes it a date
    String before = TimeText.prevWord(text, h.start());
    if (monthWord.equals("May") && bare && !lex.anchorPrepositions.contains(before) && !before.equals("the")) {
      return null;
    }
    if (bare && personName(text, x.s(), h)) {
      return null;
    }
    LocalDate ref = x.ref();
    int year;
    int tense = 0;
    String anchor = "";
    if (m.group("y") != null) {
      year = Integer.parseInt(m.group("y"));
    } else if (ref == null) {
      year = -1;
    } else if (ry != null) {
      // "November last year", "in March of next year", "from January to November this year"
      year = ref.getYear() + relativeYear(ry);
      anchor = x.refText();
    } else if (relw != null && relw.equalsIgnoreCase("this")) {
      year = ref.getYear(); // "this November": the statement's year, before or after its month
      anchor = x.refText();
    } else if (relw != null) {
      int dir = relw.equalsIgnoreCase("next") ? 1 : -1;
      year = ref.getYear();
      if (dir > 0 && month <= ref.getMonthValue()) {
        year++;
      } else if (dir < 0 && month >= ref.getMonthValue()) {
        year--;
      }
      anchor = x.refText();
    } else {
      tense = tenses.tense(text, x.s(), h);
      year = TimeMath.inferYear(ref, month, 0, tense);
      anchor = x.refText();
    }
    return new Value((year < 0 ? "XXXX" : String.valueOf(year)) + "-" + TimeText.two(month), "month", mod, anchor, tense);
  }

  /** {@code season}: "next spring", "summer 2021"; a bare season, or one in a name ("the Summer Games"), is no date. */
  Value season(Match x) {
    Matcher m = x.m();
    String mod = modifier(m.group("mod"));
    String relw = m.group("rel");
    String next = TimeText.nextWord(x.text(), x.h().end(), x.s().end());
    if (m.group("y") == null && relw == null || "the".equalsIgnoreCase(relw) && next.equalsIgnoreCase("of")
        || m.group("y") == null && Character.isUpperCase(m.group("s").charAt(0)) && m.start("s") > x.s().start()) {
      return null; // a bare season, "the fall of the city", or a capitalised one inside a name ("the Winter Olympics")
    }
    int year;
    String anchor = "";
    if (m.group("y") != null) {
      year = Integer.parseInt(m.group("y"));
    } else if (x.ref() == null) {
      return null;
    } else {
      year = x.ref().getYear() + (relw.equalsIgnoreCase("next") ? 1 : relw.equalsIgnoreCase("last") ? -1 : 0);
      anchor = x.refText();
    }
    String code = lex.seasons.get(TimeLexicon.lower(m.group("s")));
    int tense = 0;
    if (m.group("y") == null && relw.equalsIgnoreCase("the")) {
      // "it was early in the fall" written in February is last fall; "will resume in the spring" in December next
      tense = tenses.tense(x.text(), x.s(), x.h());
      year = TimeMath.seasonYear(x.ref(), code, tense);
    }
    return new Value(year + "-" + code, "season", mod, anchor, tense);
  }

  /** {@code decade}: "the late 1990s" → {@code 199} (TIMEX3: the decade's first three digits). */
  Value decade(Match x) {
    return new Value(x.m().group("c"), "decade", modifier(x.m().group("mod")), "", 0);
  }

  /** {@code year-range}: "2014–2015", "2021-22". */
  Value yearRange(Match x) {
    Matcher m = x.m();
    int y1 = Integer.parseInt(m.group("y1"));
    String y2s = m.group("y2");
    int y2 = y2s.length() == 2 ? (y1 / 100) * 100 + Integer.parseInt(y2s) : Integer.parseInt(y2s);
    return y2 <= y1 ? null : Value.of(y1 + "/" + y2, "range");
  }

  /** {@code year}: "in 2015", "early 2022". */
  Value year(Match x) {
    return new Value(x.m().group("y"), "year", modifier(x.m().group("mod")), "", 0);
  }

  /**
   * {@code ago}: "five years ago", "a year and a day ago", "two weeks from now"; with no number ("several weeks
   * ago", "a few years from now") {@code PAST_REF} or {@code FUTURE_REF}, as the gold's guidelines annotate them.
   */
  Value ago(Match x) {
    Matcher m = x.m();
    LocalDate ref = x.ref();
    if (ref == null) {
      return null;
    }
    String n = lex.number(m.group("n"));
    String u = lex.units.get(TimeLexicon.lower(m.group("u")));
    boolean back = m.group("dir").equalsIgnoreCase("ago");
    if (n.equals("X")) {
      // "several weeks ago", "a few years from now": a point in the past or future the text does not place
      return new Value(back ? "PAST_REF" : "FUTURE_REF", "reference", "", x.refText(), 0);
    }
    int k = Integer.parseInt(n);
    int sign = back ? -1 : 1;
    String n2 = m.group("n2") == null ? "X" : lex.number(m.group("n2"));
    if (!n2.equals("X")) {
      // "a year and a day ago": both parts count, at the finer unit's precision
      String u2 = lex.units.get(TimeLexicon.lower(m.group("u2")));
      String[] vg = TimeMath.shift(TimeMath.plus(ref, u, sign * k), u2, sign * Integer.parseInt(n2));
      return new Value(vg[0], vg[1], u2.equals("D") ? "" : "APPROX", x.refText(), 0);
    }
    if (m.group("today") != null) {
      // "30 years ago today": the anniversary, to the day
      return new Value(TimeMath.plus(ref, u, sign * k).toString(), "day", "", x.refText(), 0);
    }
    String[] vg = TimeMath.shift(ref, u, sign * k);
    return new Value(vg[0], vg[1], u.equals("D") ? "" : "APPROX", x.refText(), 0);
  }

  /**
   * {@code relative}: "last week", "the past year", "the next two months"; an unnumbered span ("the past
   * few weeks", "the coming days") is {@code PAST_REF} or {@code FUTURE_REF} (as the gold's guidelines and dev
   * half annotate it); "the following month" counts from the narrative's last date; a span after "over", "for"
   * or "within" ("over the next year") a duration. Weeks are ISO weeks, Monday first, whatever the weekday
   * of the statement.
   */
  Value relative(Match x) {
    Matcher m = x.m();
    LocalDate ref = x.ref();
    if (ref == null) {
      return null;
    }
    int dir = lex.relative.get(TimeLexicon.lower(m.group("rel")).replaceAll("\\s+", " "));
    String uWord = TimeLexicon.lower(m.group("u"));
    String u = lex.units.get(uWord);
    String mod = modifier(m.group("mod"));
    String relWord = TimeLexicon.lower(m.group("rel")).replaceAll("\\s+", " ");
    if (anaphoric(x, relWord, uWord, u)) {
      // "the next day", "the following month", "the previous year": counted from the date the narrative is at
      LocalDate from = x.story() != null && x.story().counts(u) ? x.story().date() : ref;
      String[] vg = TimeMath.shift(from, u, dir);
      return new Value(vg[0], vg[1], mod, from.toString(), 0);
    }
    // "the past year" / "the coming month" span up to now (or from now); "last year" names a period
    boolean span = relWord.contains("past") || relWord.contains("previous") || relWord.contains("coming")
        || relWord.contains("following")
        || (relWord.startsWith("the ") && spanAfter(x.text(), x.h().start()));
    if (m.group("n") != null || uWord.endsWith("s") || span) {
      String n = m.group("n") == null ? (uWord.endsWith("s") ? "X" : "1") : lex.number(m.group("n"));
      if (n.equals("X") && mod.isEmpty() && dir != 0) {
        return new Value(dir < 0 ? "PAST_REF" : "FUTURE_REF", "reference", "", x.refText(), 0);
      }
      if (mod.isEmpty()) {
        mod = dir < 0 ? "BEFORE" : dir > 0 ? "AFTER" : "";
      }
      return new Value(TimeMath.durationValue(n, u), "duration", mod, x.refText(), 0);
    }
    String[] vg = TimeMath.shift(ref, u, dir);
    return new Value(vg[0], vg[1], mod, x.refText(), 0);
  }

  /**
   * Whether the words before {@code pos} make what follows a span: a preposition of {@code spanPrepositions}
   * ("over the next year") or a two-word one ("over the course of the last year").
   */
  private boolean spanAfter(String text, int pos) {
    String w = TimeText.prevWord(text, pos);
    return lex.spanPrepositions.contains(w)
        || lex.spanPrepositions.contains(TimeText.prevWord(text, TimeText.prevWordStart(text, pos)) + " " + w);
  }

  /**
   * Whether a relative unit points from the narrative's last date rather than the statement date: one unit
   * (not a span after "for", "within", "during", "throughout") after "the following", "the previous", "the
   * preceding", or "the next day".
   */
  private boolean anaphoric(Match x, String relWord, String uWord, String u) {
    if (x.m().group("n") != null || uWord.endsWith("s") || u.equals("H") || u.equals("MIN") || u.equals("DE")) {
      return false;
    }
    boolean rel = relWord.equals("the following") || relWord.equals("the previous") || relWord.equals("the preceding")
        || relWord.equals("the next") && u.equals("D");
    return rel && !lex.durationPrepositions.contains(TimeText.prevWord(x.text(), x.h().start()));
  }

  /** Words before a weekday that make it a name ("Good Friday", "Black Friday", "Super Tuesday", "Cyber Monday"). */
  private static final Pattern NAMED_DAY = Pattern.compile("(?<![\\p{L}])(?:Good|Black|Super|Cyber|Holy|Ash)\\s+$");

  /**
   * {@code weekday}: "on Friday", "next Monday", "since Tuesday", "Friday afternoon" ({@code TAF}); a
   * weekday naming a replaced plan ("instead of on Thursday") lies in the week of the sentence's other date;
   * a weekday in a name ("the Good Friday Agreement") is none.
   */

  Value weekday(Match x) {
    Matcher m = x.m();
    LocalDate ref = x.ref();
    if (ref == null) {
      return null;
    }
    DayOfWeek dow = DayOfWeek.of(lex.weekdays.get(m.group("wd")));
    String relw = m.group("rel") == null ? "" : TimeLexicon.lower(m.group("rel"));
    if (relw.isEmpty() && NAMED_DAY.matcher(x.text().substring(Math.max(x.s().start(), x.h().start() - 7), x.h().start())).find()) {
      return null; // "the Good Friday Agreement", "Black Friday", "Super Tuesday": a name, not a date
    }
    int tense;
    if (relw.equals("next") || relw.equals("coming") || relw.equals("until")) {
      tense = 1;
    } else if (relw.equals("last") || relw.equals("since")) {
      tense = -1;
    } else {
      tense = tenses.tense(x.text(), x.s(), x.h());
    }
    LocalDate day = x.sibling() != null && deixis.alternative(x) ? TimeMath.sameWeek(x.sibling(), dow)
        : TimeMath.weekday(ref, dow, tense, relw.equals("next"));
    String part = m.group("part") == null ? null : lex.dayPartCodes.get(TimeLexicon.lower(m.group("part")));
    return part == null ? new Value(day.toString(), "day", "", x.refText(), tense)
        : new Value(day + "T" + part, "time", "", x.refText(), tense);
  }

  /** Whether this weekday names a replaced plan and so needs the sentence's other date ({@link Match#sibling}). */
  boolean wantsSibling(Match x) {
    return deixis.alternative(x);
  }

  /**
   * {@code duration}: "two weeks" ({@code P2W}), "about five years", "a 30-day", "48 hours" ({@code PT48H}),
   * "a decade" ({@code P10Y}), "a year and a half" ({@code P18M}), "two and a half years" ({@code P30M}); "in
   * two days" said of what lies ahead is the day it points to.
   */
  Value duration(Match x) {
    Matcher m = x.m();
    String n = lex.number(m.group("n"));
    String u = lex.units.get(TimeLexicon.lower(m.group("u")));
    String approx = m.group("approx") == null ? "" : "APPROX";
    if (m.group("half") != null || m.group("halfn") != null) {
      return n.equals("X") ? null : new Value(TimeMath.andAHalf(Long.parseLong(n), u), "duration", approx, "", 0);
    }
    if (!n.equals("X") && x.ref() != null && m.group("approx") == null && !u.equals("H") && !u.equals("MIN")
        && TimeText.prevWord(x.text(), x.h().start()).equals("in") && !followedByOf(x) && !afterSuperlative(x)
        && tenses.tense(x.text(), x.s(), x.h()) > 0) {
      String[] vg = TimeMath.shift(x.ref(), u, Integer.parseInt(n));
      return new Value(vg[0], vg[1], "", x.refText(), 1);
    }
    return new Value(TimeMath.durationValue(n, u), "duration", approx, "", 0);
  }

  /** "the best in four decades", "the first time in a year": a superlative up to four words before "in". */
  private boolean afterSuperlative(Match x) {
    int p = TimeText.prevWordStart(x.text(), x.h().start()); // "in"
    for (int k = 0; k < 4 && p > x.s().start(); k++) {
      String w = TimeText.prevWord(x.text(), p);
      if (lex.superlatives.contains(w)) {
        return true;
      }
      int b = TimeText.prevWordStart(x.text(), p);
      if (b == p) {
        return false;
      }
      p = b;
    }
    return false;
  }

  private static boolean followedByOf(Match x) {
    return TimeText.nextWord(x.text(), x.h().end(), x.s().end()).equalsIgnoreCase("of");
  }

  private static final java.util.List<String> CENTURY_WORDS = java.util.List.of("eighteenth", "nineteenth", "twentieth",
      "twenty-first", "twenty-second");

  /** {@code century}: "the 19th century" → {@code 18}, "the early 21st century". */
  Value century(Match x) {
    String cw = x.m().group("cw");
    int c = cw == null ? Integer.parseInt(x.m().group("c")) : CENTURY_WORDS.indexOf(cw.toLowerCase(Locale.ROOT)
        .replaceAll("[\\s-]+", "-")) + 18;
    return c < 1 || c > 30 ? null : new Value(TimeText.two(c - 1), "century", modifier(x.m().group("mod")), "", 0);
  }

  /** {@code duration-vague}: "for years", "over months". */
  Value durationVague(Match x) {
    return Value.of(TimeMath.durationValue("X", lex.units.get(TimeLexicon.lower(x.m().group("u")))), "duration");
  }

  /** {@code event-offset}: "a week before the meeting", dated only from the statement's own meeting. */
  Value eventOffset(Match x) {
    Matcher m = x.m();
    if (m.group("n") != null && lex.durationPrepositions.contains(TimeText.prevWord(x.text(), x.h().start()))) {
      // "within 10 days before their visit": a span before the event, no day
      String n = lex.number(m.group("n"));
      return Value.of(TimeMath.durationValue(n, lex.units.get(TimeLexicon.lower(m.group("u")))), "duration");
    }
    LocalDate meeting = x.meeting();
    // only the statement's own meeting is known by date; a named other event ("the Geneva Summit") is not
    boolean own = m.group("ev").chars().skip(1).noneMatch(Character::isUpperCase);
    if (meeting == null || !own) {
      String gran = m.group("u1") != null ? m.group("u1").toLowerCase(Locale.ROOT) : "day";
      return new Value("", gran, "", m.group("ev"), 0);
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
    int sign = lex.offsetBackward.contains(TimeLexicon.lower(m.group("dir"))) ? -1 : 1;
    // an offset from a dated event is a day, even when counted in weeks
    String[] vg = u.equals("W") ? TimeMath.shift(meeting, "D", sign * k * 7) : TimeMath.shift(meeting, u, sign * k);
    return new Value(vg[0], vg[1], "", m.group("ev") + " (" + meeting + ")", 0);
  }

  /**
   * Whether a bare month name (no day, year or modifier) is a person addressed or named — "Go ahead,
   * April.", "and, April, I will say", "April Ryan asked" — rather than a date. A preposition or
   * determiner before it ("in April", "last April") always makes it a date.
   */
  boolean personName(String text, Sentence s, Recogniser.Hit h) {
    String prev = TimeText.prevWord(text, h.start());
    if (lex.anchorPrepositions.contains(prev) || lex.determiners.contains(prev)) {
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
    String next = TimeText.nextWord(text, a < s.end() && after == ',' ? a + 1 : a, s.end());
    // a list of months ("January, February and March") is dates, whatever the punctuation
    String beforeComma = before == ',' ? TimeText.prevWord(text, b - 1) : prev;
    if (lex.months.containsKey(TimeText.capitalised(next)) || lex.months.containsKey(TimeText.capitalised(beforeComma))
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

  private String modifier(String written) {
    if (written == null) {
      return "";
    }
    return lex.modifiers.getOrDefault(TimeLexicon.lower(written).strip().replaceAll("\\s+", " "), "");
  }
}
