package org.readout.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import org.readout.attribution.PhraseMatcher;

/**
 * Normalisation of deictic expressions, which {@link Normalisers} hands over: references to the present,
 * past and future ({@code PRESENT_REF}, {@code PAST_REF}, {@code FUTURE_REF}), day words with parts of day
 * ("last night" → {@code 2021-12-06TNI}), "today" as the day or as the present, clock times
 * ("15:00 GMT Saturday" → {@code 2021-12-11T15:00}), weekends ({@code 2021-W48-WE}) and sets ("each week"
 * → {@code P1W}). Immutable and thread-safe.
 */
final class DeicticNormalisers {
  private static final int EVENT_WINDOW_WORDS = 4;

  private final TimeLexicon lex;
  private final TenseDetector tenses;

  DeicticNormalisers(TimeLexicon lex, TenseDetector tenses) {
    this.lex = lex;
    this.tenses = tenses;
  }

  /** {@code reference}: "now", "currently", "recently", "in the future", "going forward"; not "the future of X". */
  Normalisers.Value reference(Normalisers.Match x) {
    String written = TimeLexicon.lower(x.m().group("ref")).replaceAll("\\s+", " ");
    String prev = TimeText.prevWord(x.text(), x.h().start());
    if (written.equals("soon") && prev.equals("as")) {
      return null; // "as soon as": a conjunction
    }
    if (written.equals("now") && discourseNow(x)) {
      return null;
    }
    if (written.equals("the future") && TimeText.nextWord(x.text(), x.h().end(), x.s().end()).equalsIgnoreCase("of")) {
      return null; // "the future of Europe": what becomes of it, no time
    }
    String kind = lex.references.get(written);
    return kind == null ? null : new Normalisers.Value(kind, "reference", "", x.refText(), 0);
  }

  /** "Now" opening a sentence before a comma or a topic word ("Now, listen", "Now regarding …"): no time. */
  private boolean discourseNow(Normalisers.Match x) {
    String text = x.text();
    int b = x.h().start();
    boolean opens = b == x.s().start() || !Character.isLetter(text.charAt(TimeText.skipSpaceBack(text, b) - 1));
    if (!Character.isUpperCase(text.charAt(b)) || !opens) {
      return false;
    }
    int a = TimeText.skipSpace(text, x.h().end());
    return a >= x.s().end() || text.charAt(a) == ','
        || lex.discourseNowAfter.contains(TimeText.nextWord(text, a, x.s().end()).toLowerCase(Locale.ROOT));
  }

  /**
   * {@code day-word}: "yesterday", "the day after tomorrow", "last night" ({@code TNI}), "tomorrow morning";
   * "today" is the present ({@code PRESENT_REF}) when it reads as "nowadays" (see {@link #todayIsPresent}).
   */
  Normalisers.Value dayWord(Normalisers.Match x) {
    if (x.ref() == null) {
      return null;
    }
    String dw = TimeLexicon.lower(x.m().group("dw")).replaceAll("\\s+", " ");
    if (inName(x)) {
      return null; // "USA Today", "MedPage Today": a title
    }
    String part = x.m().group("part") == null ? lex.dayWordParts.get(dw)
        : lex.dayPartCodes.get(TimeLexicon.lower(x.m().group("part")));
    if (dw.equals("today") && part == null && todayIsPresent(x)) {
      return new Normalisers.Value("PRESENT_REF", "reference", "", x.refText(), 0);
    }
    LocalDate d = x.ref().plusDays(lex.days.get(dw));
    return part == null ? new Normalisers.Value(d.toString(), "day", "", x.refText(), 0)
        : new Normalisers.Value(d + "T" + part, "time", "", x.refText(), 0);
  }

  /** A capitalised day word right after a capitalised word inside the sentence ("USA Today"): part of a name. */
  private static boolean inName(Normalisers.Match x) {
    String text = x.text();
    int b = x.h().start();
    if (!Character.isUpperCase(text.charAt(b)) || b == x.s().start() || b < 2 || text.charAt(b - 1) != ' '
        || !Character.isLetter(text.charAt(b - 2))) {
      return false;
    }
    int w = TimeText.prevWordStart(text, b);
    return w < b && w > x.s().start() && Character.isUpperCase(text.charAt(w));
  }

  /**
   * Whether "today" means the present rather than the statement's day: not after "earlier", "as of" and
   * the like ("starting today"), not opening a clause before "is" ("today is the anniversary") or a comma ("Today, we …", "Today,
   * the President signed"; not "Today, this is …"), with no event
   * or act within four words ("met today", "today's announcement", "said today"); right after a general noun
   * ("the situation today", "the world today") it is the present, else when the nearest tense cue
   * is a present ("the challenges facing the world today", "today they can do it openly"). Without any cue
   * it is the day.
   */
  boolean todayIsPresent(Normalisers.Match x) {
    String text = x.text();
    int start = x.h().start();
    int end = x.h().end();
    String prev = TimeText.prevWord(text, start);
    if (lex.todayDateBefore.contains(prev)
        && (!prev.equals("of") || TimeText.prevWord(text, TimeText.prevWordStart(text, start)).equals("as"))) {
      return false; // "earlier today", "as of today" (not "the needs of today's students")
    }
    int after = end;
    if (text.startsWith("’s", after) || text.startsWith("'s", after)) {
      after += 2;
    }
    boolean opensClause = start == x.s().start() || !Character.isLetter(text.charAt(TimeText.skipSpaceBack(text, start) - 1))
        || lex.clauseOpeners.contains(TimeText.prevWord(text, start));
    if (opensClause && lex.todayDateAfter.contains(TimeText.nextWord(text, after, x.s().end()).toLowerCase(Locale.ROOT))) {
      return false; // "Indeed, today is the anniversary", not "must be resolved today is unacceptable"
    }
    if (besideDayWord(x, after)) {
      return false; // "today and tomorrow": days
    }
    int comma = TimeText.skipSpace(text, after);
    if (opensClause && after == end && comma < x.s().end() && text.charAt(comma) == ','
        && !lex.todayGeneralSubjects.contains(TimeText.nextWord(text, comma + 1, x.s().end()).toLowerCase(Locale.ROOT))) {
      // "Today, we reaffirm …", "Today, the President signed …": the act of the day; "Today, the average wage is …"
      // (a present clause with no other tense and no event in the sentence) is the present
      return onlyPresent(x);
    }
    if (opensClause && after > end
        && !lex.todayGeneralNouns.contains(TimeText.nextWord(text, after, x.s().end()).toLowerCase(Locale.ROOT))) {
      return false; // "Today's convening builds on …": a possessive opening the clause names the day's event
    }
    if (eventNear(text, start, end, x.s().start(), x.s().end()) || eventUnderWay(x)) {
      return false;
    }
    if (after == end && lex.todayGeneralNouns.contains(prev)) {
      return true; // "the situation today", "the world today": the present
    }
    int tense = tenses.nearest(text, x.s(), x.h(), true, x.others());
    // "today's youth", "today's world": a possessive before no event is the present unless the clause is past
    return tense == TenseDetector.PRESENT || after > end && tense >= 0;
  }

  /** "today and tomorrow", "yesterday or today": "today" coordinated with another day word is the day. */
  private boolean besideDayWord(Normalisers.Match x, int after) {
    String text = x.text();
    String next = TimeText.nextWord(text, after, x.s().end()).toLowerCase(Locale.ROOT);
    if (next.equals("and") || next.equals("or")) {
      int a = TimeText.skipSpace(text, after) + next.length();
      if (lex.days.containsKey(TimeText.nextWord(text, a, x.s().end()).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    String prev = TimeText.prevWord(text, x.h().start());
    return (prev.equals("and") || prev.equals("or"))
        && lex.days.containsKey(TimeText.prevWord(text, TimeText.prevWordStart(text, x.h().start())));
  }

  /**
   * An event word in the progressive anywhere in the sentence ("we are talking about continuing our cooperation
   * today", "they are meeting in Geneva today"): the talk or meeting going on that day, so "today" is the day.
   */
  private boolean eventUnderWay(Normalisers.Match x) {
    Matcher m = PROGRESSIVE.matcher(x.text()).region(x.s().start(), x.s().end());
    while (m.find()) {
      if (lex.todayEventWords.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A progressive ("are touring", "is visiting"; group 1 the verb): something going on that day, not a state of
   * the present.
   */
  private static final java.util.regex.Pattern PROGRESSIVE =
      java.util.regex.Pattern.compile("(?i)(?<![\\p{L}])(?:is|are|am|['’]re|['’]m)\\s+(\\p{L}+ing)(?![\\p{L}])");

  /**
   * The sentence reads in the present only: a present cue, no future or past cue near, no progressive and no
   * event word in it ("Today, the average wage is …", not "Today, the Governor is touring the port").
   */
  private boolean onlyPresent(Normalisers.Match x) {
    if (tenses.nearest(x.text(), x.s(), x.h(), false, x.others()) != 0
        || tenses.nearest(x.text(), x.s(), x.h(), true, x.others()) != TenseDetector.PRESENT
        || PROGRESSIVE.matcher(x.text()).region(x.s().start(), x.s().end()).find()) {
      return false;
    }
    int i = x.s().start();
    while (i < x.s().end()) {
      i = wordStartAfter(x.text(), i, x.s().end());
      if (i >= x.s().end()) {
        break;
      }
      if (lex.todayEventWords.contains(word(x.text(), i, x.s().end()))) {
        return false;
      }
      i = wordEnd(x.text(), i, x.s().end());
    }
    return true;
  }

  private boolean eventNear(String text, int start, int end, int from, int to) {
    int b = start;
    for (int k = 0; k < EVENT_WINDOW_WORDS && b > from; k++) {
      b = wordStartBefore(text, b, from);
      if (lex.todayEventWords.contains(word(text, b, to))) {
        return true;
      }
    }
    int a = end;
    for (int k = 0; k < EVENT_WINDOW_WORDS && a < to; k++) {
      a = wordStartAfter(text, a, to);
      if (a >= to) {
        break;
      }
      if (lex.todayEventWords.contains(word(text, a, to))) {
        return true;
      }
      a = wordEnd(text, a, to);
    }
    return false;
  }

  private static int wordStartBefore(String text, int pos, int from) {
    int i = pos;
    while (i > from && !Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    while (i > from && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordStartAfter(String text, int pos, int to) {
    int i = pos;
    while (i < to && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int wordEnd(String text, int pos, int to) {
    int i = pos;
    while (i < to && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String word(String text, int b, int to) {
    return text.substring(b, wordEnd(text, b, to)).toLowerCase(Locale.ROOT);
  }

  /**
   * {@code clock}: "15:00 GMT Saturday", "at 10 a.m.", "Friday at 3 p.m.", "noon tomorrow": the day (a weekday
   * resolved by tense, a day word, else the statement day) with the time of day; the zone is dropped.
   */
  Normalisers.Value clock(Normalisers.Match x) {
    Matcher m = x.m();
    LocalDate ref = x.ref();
    if (ref == null) {
      return null;
    }
    int hour;
    int minute = 0;
    if (m.group("noon") != null) {
      hour = m.group("noon").equalsIgnoreCase("midnight") ? 24 : 12;
    } else if (m.group("h") != null) {
      hour = Integer.parseInt(m.group("h"));
      minute = Integer.parseInt(m.group("mi"));
      hour = twelveHour(hour, m.group("ap"));
    } else {
      hour = Integer.parseInt(m.group("h2"));
      minute = m.group("mi2") == null ? 0 : Integer.parseInt(m.group("mi2"));
      hour = twelveHour(hour, m.group("ap2"));
    }
    if (hour < 0 || hour > 24) {
      return null;
    }
    String wd = m.group("wd") != null ? m.group("wd") : m.group("wd0");
    LocalDate day;
    if (wd != null) {
      day = TimeMath.weekday(ref, DayOfWeek.of(lex.weekdays.get(wd)), tenses.tense(x.text(), x.s(), x.h()), false);
    } else if (m.group("dw") != null) {
      day = ref.plusDays(lex.days.get(TimeLexicon.lower(m.group("dw"))));
    } else {
      day = ref;
    }
    return new Normalisers.Value(day + "T" + TimeText.two(hour) + ":" + TimeText.two(minute), "time", "", x.refText(), 0);
  }

  private static int twelveHour(int hour, String ap) {
    if (ap == null || ap.toLowerCase(Locale.ROOT).startsWith("o")) {
      return hour;
    }
    if (hour < 1 || hour > 12) {
      return -1;
    }
    boolean pm = ap.toLowerCase(Locale.ROOT).startsWith("p");
    return hour % 12 + (pm ? 12 : 0);
  }

  /**
   * {@code weekend}: "over the weekend", "next weekend" → the ISO week of its Saturday, {@code 2022-W15-WE}; "the
   * weekend" lies ahead with a future cue or, without a cue, when written on a Thursday or Friday.
   */
  Normalisers.Value weekend(Normalisers.Match x) {
    LocalDate ref = x.ref();
    if (ref == null) {
      return null;
    }
    String rel = x.m().group("rel") == null ? "" : TimeLexicon.lower(x.m().group("rel"));
    boolean onWeekend = ref.getDayOfWeek() == DayOfWeek.SATURDAY || ref.getDayOfWeek() == DayOfWeek.SUNDAY;
    LocalDate last = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    LocalDate coming = onWeekend ? last : ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
    LocalDate sat;
    if (rel.equals("next") || rel.contains("coming")) {
      sat = onWeekend ? ref.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)) : coming;
    } else if (rel.equals("last") || rel.contains("past")) {
      sat = onWeekend ? last.minusWeeks(1) : last;
    } else {
      // no cue either way: the weekend just past, unless the statement is written on Thursday or Friday
      int tense = tenses.tense(x.text(), x.s(), x.h());
      boolean lateWeek = ref.getDayOfWeek() == DayOfWeek.THURSDAY || ref.getDayOfWeek() == DayOfWeek.FRIDAY;
      sat = tense > 0 || tense == 0 && lateWeek ? coming : last;
    }
    return new Normalisers.Value(sat.get(IsoFields.WEEK_BASED_YEAR) + "-W"
        + TimeText.two(sat.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) + "-WE", "week", "", x.refText(), 0);
  }

  /** {@code set}: "each week" ({@code P1W}), "every two years" ({@code P2Y}), "annually", "twice a year". */
  Normalisers.Value set(Normalisers.Match x) {
    Matcher m = x.m();
    if (m.group("adv") != null) {
      return new Normalisers.Value(lex.setWords.get(TimeLexicon.lower(m.group("adv"))), "set", "", "", 0);
    }
    if (m.group("q") != null) {
      return new Normalisers.Value("P3M", "set", "", "", 0);
    }
    if (m.group("swd") != null) {
      // "every Monday" → XXXX-WXX-1; "every Friday evening" → XXXX-WXX-5TEV
      Integer wd = lex.weekdays.get(m.group("swd"));
      String part = m.group("spart") == null ? null : lex.dayPartCodes.get(TimeLexicon.lower(m.group("spart")));
      return wd == null ? null : new Normalisers.Value("XXXX-WXX-" + wd + (part == null ? "" : "T" + part), "set", "", "", 0);
    }
    String u = lex.units.get(TimeLexicon.lower(m.group("u") != null ? m.group("u") : m.group("u2")));
    String n = m.group("n") == null ? "1" : lex.number(m.group("n"));
    if (u == null || n.equals("X")) {
      return null;
    }
    return new Normalisers.Value(TimeMath.durationValue(n, u), "set", "", "", 0);
  }

  /**
   * Whether a weekday names the plan a date replaced: "instead of on Thursday", "rather than Friday",
   * "on Thursday, as originally planned". Such a weekday lies in the week of the other date of the sentence.
   */
  boolean alternative(Normalisers.Match x) {
    int from = Math.max(x.s().start(), x.h().start() - 20);
    for (PhraseMatcher.Match m : lex.alternativeBefore.findAll(x.text(), from, x.h().start())) {
      if (m.end() <= x.h().start()) {
        return true;
      }
    }
    int to = Math.min(x.s().end(), x.h().end() + 30);
    return !lex.alternativeAfter.findAll(x.text(), x.h().end(), to).isEmpty();
  }
}
