package org.readout.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognition: the table of temporal patterns built from {@code time.yaml} (explicit dates and ranges,
 * months with modifiers, seasons, years, decades, "N units ago", "last/next/this unit", durations,
 * weekdays, day words, holidays, offsets from an event such as "a week before the meeting") and the scan that keeps,
 * among overlapping matches, the longest (then the higher priority). Immutable and thread-safe.
 */
final class Recogniser {
  private static final String NUMW = "(?:\\d{1,3}|" + TimeLexicon.COMPOUND_NUMBER + "|";
  /** A year relative to the statement after a month or day ("November last year", "June 28 of next year"). */
  private static final String RELATIVE_YEAR = "|,?\\s+(?:of\\s+)?(?<ry>this|last|next)\\s+year(?![\\p{L}])";

  /** A match of one rule, with a matcher positioned on it so its named groups stay readable. */
  record Hit(TemporalRule rule, Matcher m, int start, int end) {
  }

  /** Cheap facts about a sentence that let most rules be skipped without running their regex. */
  record Triggers(boolean digit, boolean month, boolean weekday, boolean unit, boolean ago, boolean fromNow,
                  boolean season, boolean dayWord, boolean clock, boolean set, boolean weekend,
                  boolean century, boolean period, boolean holiday) {
  }

  private final TimeLexicon lex;
  private final List<TemporalRule> rules = new ArrayList<>();
  /** The last word of each holiday name ("Christmas", "Day", "Year"): a sentence without one names no holiday. */
  private final java.util.Set<String> holidayWords = new java.util.HashSet<>();

  Recogniser(TimeLexicon lex, Normalisers n) {
    DeicticNormalisers dx = n.deixis();
    this.lex = lex;
    TimeLexicon.Data w = lex.raw;
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
        + "(?:,?\\s+(?<y>(?:19|20)\\d\\d)" + RELATIVE_YEAR + ")?(?!\\d)", f, 10, Triggers::month, n::dateMdy);
    add("date-dmy", b + "(?:(?<wd>" + wd + "),?\\s+)?(?<![\\d,.])(?<d1>\\d{1,2})(?:st|nd|rd|th)?"
        + "(?:\\s*[–-]\\s*(?<d2>\\d{1,2}))?\\s+(?:of\\s+)?(?<m>" + mon + ")(?:,?\\s+(?<y>(?:19|20)\\d\\d)" + RELATIVE_YEAR
        + ")?(?!\\d)", f, 10,
        Triggers::month, n::dateDmy);
    add("date-iso", "(?<![\\d-])(?<y>\\d{4})-(?<mm>\\d{2})-(?<dd>\\d{2})(?![\\d-])", 0, 10, Triggers::digit, n::dateIso);
    add("month", b + "(?:(?<mod>" + mod + ")[\\s-]*)?(?:(?<rel>" + inner(w.monthRelative()) + ")\\s+)?(?<m>" + mon
        + ")(?:(?:\\s+(?:of\\s+)?|\\s*\\[)(?<y>(?:19|20)\\d\\d)\\]?" + RELATIVE_YEAR + ")?"
        + "(?![\\p{L}]|\\s*\\d)", f, 8, Triggers::month, n::month);
    add("season", b + "(?:(?<mod>" + mod + ")[\\s-]*)?(?:(?<rel>" + inner(w.seasonRelative()) + ")\\s+)?(?<s>" + season
        + ")(?:\\s+(?:of\\s+)?(?<y>(?:19|20)\\d\\d))?" + e, f, 6, Triggers::season, n::season);
    add("decade", b + "(?:(?<mod>" + inner(w.decadeModifiers()) + ")[\\s-]+)?(?:the\\s+)?(?<c>1[89]\\d|20\\d)0['’]?s" + e,
        f, 7, Triggers::digit, n::decade);
    add("year-range", "(?<![\\d,.$€£-])(?<y1>(?:19|20)\\d\\d)\\s*[–-]\\s*(?<y2>(?:19|20)?\\d\\d)(?![\\d,%])", 0, 7,
        Triggers::digit, n::yearRange);
    add("year", b + "(?:(?<mod>" + mod + ")[\\s-]*)?(?:(?<=(?i:post|pre|mid|early|late)-)|(?<![\\d,.$€£-]))(?<y>(?:19|20)\\d\\d)(?![\\d%]|,\\d|\\s*"
        + TimeLexicon.inOrder(w.notYearAfter()) + ")", f, 5, Triggers::digit, n::year);
    add("ago", b + "(?:(?<approx>" + inner(w.agoApproximators()) + ")\\s+)?"
        + "(?<n>" + num + ")\\s+(?<u>" + unit + ")(?:\\s+and\\s+(?<n2>" + num + ")\\s+(?<u2>" + unit + "))?"
        + "\\s+(?<dir>ago|from now)(?<today>\\s+today)?" + e, f, 9, t -> t.unit() && (t.ago() || t.fromNow()), n::ago);
    add("relative", b + "(?:(?<mod>" + mod + ")[\\s-]*)?(?<rel>" + rel + ")\\s+(?:(?<n>" + num + ")\\s+)?(?<u>" + unit + ")" + e,
        f, 8, Triggers::unit, n::relative);
    String part = TimeLexicon.inOrder(w.dayParts());
    add("day-word", b + "(?<dw>" + dayw + ")(?:\\s+(?<part>" + part.substring(3, part.length() - 1) + "))?" + e, f, 6,
        Triggers::dayWord, dx::dayWord);
    add("weekday", b + "(?:(?<rel>" + inner(w.weekdayRelative()) + ")\\s+)?(?<wd>" + wd
        + ")(?:\\s+(?<part>" + part.substring(3, part.length() - 1) + "))?" + e, f, 6, Triggers::weekday, n::weekday);
    add("duration", b + "(?:(?<approx>" + inner(w.durationApproximators()) + ")\\s+)?(?<n>" + num
        + ")(?<halfn>\\s+and\\s+a\\s+half)?[\\s-]+(?<u>" + unit + ")(?<half>\\s+and\\s+a\\s+half)?(?:-long)?" + e
        // an age is no duration: "12 years old", "18 years of age", "aged 65 years and older"
        + "(?![\\s-]+(?:old|of\\s+age|and\\s+(?:older|over|above|up|younger|under))" + e + ")", f, 4, Triggers::unit, n::duration);
    add("duration-vague", b + "(?:for|over)\\s+(?<u>" + inner(w.vagueUnits()) + ")(?:\\s+now)?" + e, f, 3,
        Triggers::unit, n::durationVague);
    // "They start on the 10th in Geneva", "then the 12th in Brussels": a day of the month the narrative is in
    OrdinalDays ordinals = new OrdinalDays(n.tenses());
    add("ordinal-day", b + "(?:on\\s+)?the\\s+(?<d>[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)"
        + "(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:in|at|and|or|to|through|until|till|when|before|after)(?![\\p{L}]))", f, 3,
        Triggers::digit, ordinals::day);
    add("event-offset", b + "(?:(?<n>" + num + ")\\s+(?<u>" + unit + ")|the\\s+(?<u1>day|week|month|year))\\s+"
        + "(?<dir>" + inner(w.offsetDirections()) + ")\\s+(?<ev>" + TimeLexicon.inOrder(w.offsetDeterminers())
        + "\\s+(?:[\\p{L}-]+\\s+){0,3}?" + ev + ")" + e, f, 11, Triggers::unit, n::eventOffset);
    addDeictic(lex, n, dx, b, e, f);
    PeriodNormalisers periods = new PeriodNormalisers(lex, n.tenses());
    addPeriods(lex, periods, b, e, f);
    for (String k : lex.holidays.keySet()) {
      holidayWords.add(k.substring(k.lastIndexOf(' ') + 1));
    }
    add("holiday", b + "(?:(?<y0>(?:19|20)\\d\\d)\\s+)?(?-i:(?<orth>Orthodox\\s+)?(?<hd>" + TimeLexicon.alt(lex.holidays.keySet()) + "))"
        + "(?:\\s+(?<y>(?:19|20)\\d\\d))?" + e, f, 7, Triggers::holiday, periods::holiday);
  }

  /** Rules of quarters, halves, fiscal years and parts of the current period (see {@link PeriodNormalisers}). */
  private void addPeriods(TimeLexicon lex, PeriodNormalisers p, String b, String e, int f) {
    String year = "(?:19|20)\\d\\d";
    String ofYear = "(?:(?:\\s+of)?\\s+(?<y>" + year + ")(?!\\d)|\\s+of\\s+(?<ry>this|last|next|the)\\s+(?:fiscal\\s+|calendar\\s+)?year"
        + e + ")?";
    add("quarter", b + "(?:(?:(?:the\\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th|final|(?<=the\\s)last)[\\s-]+quarter"
        + "|(?-i:Q(?<qn>[1-4])))" + ofYear + "|(?<rq>last|next|this|the previous|the coming|the current|previous|current)"
        + "\\s+quarter)" + e, f, 9, Triggers::period, p::quarter);
    add("half", b + "(?:the\\s+)?(?<q>first|second)\\s+half\\s+of\\s+(?:(?<y>" + year + ")(?!\\d)|(?<ry>this|last|next|the)\\s+year"
        + e + ")", f, 9, Triggers::period, p::half);
    add("fiscal", b + "(?:(?:fiscal(?:\\s+year)?|financial\\s+year|(?-i:FY))\\s*['’]?(?<y>(?:19|20)?\\d\\d)(?![\\d%])"
        + "|(?<y2>" + year + ")\\s+(?:fiscal|financial)\\s+year" + e + ")", f, 9, Triggers::period, p::fiscal);
    add("period-part", b + "(?<mod>the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of)\\s+the\\s+"
        + "(?<new>new\\s+)?(?<u>week|month|year|decade|century)" + e, f, 6, Triggers::period,
        x -> p.periodPart(x, lex.modifiers.getOrDefault(TimeLexicon.lower(x.m().group("mod")).replaceAll("\\s+", " "), "")));
  }

  /** Rules of deictic expressions, clock times, weekends, sets and centuries (see {@link DeicticNormalisers}). */
  private void addDeictic(TimeLexicon lex, Normalisers n, DeicticNormalisers dx, String b, String e, int f) {
    TimeLexicon.Data w = lex.raw;
    TimeLexicon.Deixis d = w.deixis();
    String wd = "(?-i:" + TimeLexicon.alt(lex.weekdays.keySet()) + ")";
    String num = NUMW + TimeLexicon.alt(lex.numbers.keySet()) + ")";
    String unit = TimeLexicon.alt(lex.units.keySet());
    String part = inner(w.dayParts());
    rules.add(new TemporalRule("reference", Pattern.compile("(?<ref>[\\s\\S]+)"), 5, t -> true, dx::reference,
        new org.readout.attribution.PhraseMatcher(lex.references.keySet(), true)));
    String clock = "(?:(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)(?:\\s*(?<ap>[ap]\\.m\\.|[ap]m" + e + "))?"
        + "|(?<h2>1[0-2]|0?[1-9])(?:[:.](?<mi2>[0-5]\\d))?\\s*(?<ap2>[ap]\\.m\\.|[ap]m" + e + "|o['’]clock" + e + ")"
        + "|(?<noon>noon|midnight|midday)" + e + ")";
    add("clock", "(?<![\\p{L}\\p{N}:.,])(?:(?<wd0>" + wd + ")(?:\\s+(?:" + part + "))?,?\\s+(?:at\\s+)?)?" + clock
        + "(?:\\s+(?-i:" + TimeLexicon.inOrder(d.timeZones()) + ")" + e + ")?"
        // a weekday with its date after it ("5 p.m. on Saturday, April 9") is left to the date, joined later
        + "(?:,?\\s+(?:on\\s+)?(?<wd>" + wd + ")" + e + "(?!,?\\s+(?:(?-i:" + TimeLexicon.alt(lex.months.keySet()) + ")\\s*\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?-i:"
        + TimeLexicon.alt(lex.months.keySet()) + ")))"
        + "|\\s+(?<dw>today|tomorrow|yesterday|tonight)" + e + ")?", f, 9,
        Triggers::clock, dx::clock);
    add("weekend", b + "(?:(?<rel>this past|this coming|this|last|next|past|coming)\\s+|the\\s+)weekend" + e, f, 7,
        Triggers::weekend, dx::weekend);
    add("set", b + "(?:" + inner(d.setQuantifiers()) + ")\\s+(?:single\\s+|calendar\\s+|fiscal\\s+)?(?:(?<n>" + num + ")\\s+)?(?<u>" + unit + ")" + e
        + "|" + b + "(?<adv>" + TimeLexicon.alt(lex.setWords.keySet()) + ")" + e
        + "|" + b + "(?:once|twice|(?:three|four|\\d{1,2})\\s+times)\\s+(?:a|an|per|each)\\s+(?<u2>day|week|month|year)" + e
        // "every quarter" (P3M) and "every Monday (morning)" (XXXX-WXX-1, XXXX-WXX-1TMO)
        + "|" + b + "(?:" + inner(d.setQuantifiers()) + ")\\s+(?:(?<q>quarter)|(?<swd>" + wd + ")(?:\\s+(?<spart>" + part + "))?)" + e,
        f, 7, t -> t.set() || t.weekday() || t.period(), dx::set);
    add("century", b + "(?:the\\s+)?(?:(?<mod>" + inner(w.decadeModifiers()) + ")[\\s-]+)?(?:(?<c>\\d{1,2})(?:st|nd|rd|th)|(?<cw>"
        + "eighteenth|nineteenth|twentieth|twenty[\\s-]first|twenty[\\s-]second))[\\s-]+century" + e, f, 7, Triggers::century,
        n::century);
  }

  /** The alternatives of a word list for a named group: {@code a|b|c}, quoted, in the order written. */
  private static String inner(List<String> words) {
    String alt = TimeLexicon.inOrder(words);
    return alt.substring(3, alt.length() - 1);
  }

  private void add(String name, String regex, int flags, int priority,
                   java.util.function.Predicate<Triggers> mayMatch, TemporalRule.Normaliser normaliser) {
    rules.add(new TemporalRule(name, Pattern.compile(regex, flags), priority, mayMatch, normaliser, null));
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
        || lower.contains("decade") || lower.contains("hour") || lower.contains("minute");
    boolean set = unit && (lower.contains("each") || lower.contains("every") || lower.contains("per ")
        || lower.contains("once") || lower.contains("twice") || lower.contains("times"));
    for (String k : lex.setWords.keySet()) {
      set |= lower.contains(k);
    }
    boolean clock = digit && (sub.indexOf(':') >= 0 || lower.contains("a.m") || lower.contains("p.m") || lower.contains("am")
        || lower.contains("pm") || lower.contains("clock")) || lower.contains("noon") || lower.contains("midnight")
        || lower.contains("midday");
    boolean season = false;
    for (String k : lex.seasons.keySet()) {
      season |= lower.contains(k);
    }
    boolean dayWord = false;
    for (String k : lex.days.keySet()) {
      dayWord |= lower.contains(k);
    }
    boolean period = lower.contains("quarter") || lower.contains("half") || lower.contains("fiscal")
        || lower.contains("financial") || sub.contains("FY") || sub.contains("Q") || lower.contains(" of the ");
    boolean holiday = false;
    for (String k : holidayWords) {
      holiday |= sub.contains(k);
    }
    return new Triggers(digit, month, lower.contains("day"), unit, lower.contains("ago"), lower.contains("from now"),
        season, dayWord, clock, set, lower.contains("weekend"), lower.contains("century"), period, holiday);
  }

  /** The non-overlapping matches in {@code text[from, to)}, in text order. */
  List<Hit> hits(String text, int from, int to) {
    List<Hit> all = new ArrayList<>();
    Triggers t = triggers(text, from, to);
    for (TemporalRule r : rules) {
      if (!r.mayMatch().test(t)) {
        continue;
      }
      if (r.phrases() != null) {
        for (var p : r.phrases().findAll(text, from, to)) {
          Matcher m = r.pattern().matcher(text).region(p.start(), p.end());
          if (m.lookingAt()) {
            all.add(new Hit(r, m, p.start(), p.end()));
          }
        }
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
  private static Matcher snapshot(TemporalRule r, String text, Matcher m) {
    Matcher copy = r.pattern().matcher(text).region(m.start(), m.end()).useTransparentBounds(true);
    copy.lookingAt();
    return copy;
  }
}
