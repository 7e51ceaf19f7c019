package org.readout.commitments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.actors.Actor;
import org.readout.actors.ActorDictionary;
import org.readout.actors.ActorType;

/**
 * Whether a later sentence that reports an event of the committed kind of act on the same object reports
 * the committed event itself, and not another event of the same kind (used by {@link Precision}). Another event
 * is one
 * <ul>
 *   <li>of another size: the two texts give amounts of the same thing ("90 million barrels" / "15 million
 *   barrels") and none agree ("more than 90" agrees with 90 or more);</li>
 *   <li>of other parties: the later sentence names a state the commitment does not, and the commitment (its
 *   text or actors) names a state, other than the later statement's own side, that the sentence does not (the
 *   deal with Japan is not the deal with the United Kingdom);</li>
 *   <li>dated before the commitment: every date the sentence gives (a day, "yesterday", "last week", a month)
 *   lies before the commitment's day, or on it for a commitment not set for the near term (its occasion, not
 *   its fulfilment); or the event is a reference point in the past ("since President Nixon convened …");</li>
 *   <li>on another document: the event's own object is a document of another kind ("signed an executive
 *   order" for a commitment to sign an act).</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class EventIdentity {
  private static final Map<String, Long> SMALL = new HashMap<>();
  private static final Map<String, Long> SCALE = Map.of("thousand", 1_000L, "million", 1_000_000L,
      "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);

  static {
    String[] words = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (int i = 0; i < words.length; i++) {
      SMALL.put(words[i], (long) (i + 1));
    }
  }

  private static final String MONTHS;

  static {
    StringBuilder months = new StringBuilder();
    for (Month m : Month.values()) {
      months.append(months.length() == 0 ? "" : "|").append(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
    }
    MONTHS = months.toString();
  }

  /**
   * An amount: an optional bound ("more than", "over", "at least"), a number (digits or a small number word),
   * an optional scale, and the noun counted (group "unit").
   */
  private static final Pattern AMOUNT = Pattern.compile(
      "(?i)(?<bound>\\b(?:more\\s+than|over|at\\s+least|nearly|almost|about|up\\s+to|some)\\s+)?"
      + "(?<![\\p{L}\\p{N}$.,-])\\$?(?<num>\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
      + "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
      + "(?:\\s*(?<scale>thousand|million|billion|trillion))?(?:-|\\s+)(?<unit>[a-z][a-z-]{2,})\\b");
  /** Words after a number that count nothing (a date's or a span's): the amount is not read. */
  private static final Set<String> NO_UNITS = Set.of("of", "and", "or", "to", "the", "a", "in", "on", "at", "for",
      "percent", "per", "years", "year", "days", "day", "weeks", "week", "months", "month", "times", "time",
      "hours", "minutes", "am", "pm", "p.m", "a.m", "more", "new", "other", "additional", "who", "that", "which",
      "have", "has", "had", "were", "was", "are", "is", "will", "would");
  /** A day of a month: "June 11", "11 June", with an optional year. */
  private static final Pattern DAY = Pattern.compile("\\b(?:(?<m1>" + MONTHS + ")\\s+(?<d1>\\d{1,2})(?!\\d)|(?<d2>\\d{1,2})\\s+(?<m2>"
      + MONTHS + ")\\b)(?:,?\\s+(?<y>(?:19|20)\\d{2})\\b)?");
  /** A month alone, after a preposition or "last"/"this" ("in March", "last November", "in June 2021"). */
  private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?i:in|last|this|early|late|mid|since|during)\\s+(?:(?i:early|late|mid)-?\\s*)?(?<m>"
      + MONTHS + ")\\b(?!\\s+\\d{1,2}\\b)(?:,?\\s+(?<y>(?:19|20)\\d{2})\\b)?");
  private static final Pattern YESTERDAY = Pattern.compile("(?i)\\byesterday\\b");
  private static final Pattern LAST_WEEK = Pattern.compile("(?i)\\blast\\s+week\\b");
  /** A clause break between "since" and an event: "Since that meeting, France has signed …" is no retrospect. */
  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b[^,;:\u2014\u2013()]{0,80}$");
  /** Kinds of document: the words right after an event naming one of these name the event's own object. */
  private static final Set<String> DOCUMENT_KINDS = Set.of("order", "orders", "memorandum", "memoranda",
      "proclamation", "proclamations", "bill", "bills", "act", "directive", "directives", "treaty", "agreement",
      "declaration");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "its", "his", "her", "their", "our", "new",
      "another", "executive", "presidential");

  /** State names, aliases and adjectives (case-sensitive) to the state's id. */
  private final Map<String, String> states;
  private final Pattern stateNames;

  EventIdentity(ActorDictionary actors) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Actor a : actors.actors()) {
      if (a.type() != ActorType.STATE) {
        continue;
      }
      List<String> forms = new ArrayList<>(a.aliases());
      forms.add(a.name());
      forms.addAll(a.adjectives());
      for (String f : forms) {
        if (f.length() >= 2 && Character.isUpperCase(f.charAt(0))) {
          names.putIfAbsent(f, a.id());
        }
      }
    }
    this.states = names;
    List<String> sorted = new ArrayList<>(names.keySet());
    sorted.sort((x, y) -> y.length() - x.length());
    this.stateNames = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", sorted.stream().map(Pattern::quote).toList())
        + ")(?![\\p{L}\\p{N}])");
  }

  /** The ids of the states {@code text} names. */
  Set<String> states(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = stateNames.matcher(text);
    while (m.find()) {
      out.add(states.get(m.group()));
    }
    return out;
  }

  /** True when {@code id} is a state of the dictionary. */
  boolean isState(String id) {
    return states.containsValue(id);
  }

  /** True when the two texts count the same thing with amounts none of which agree (see the class comment). */
  static boolean otherAmount(String commitment, String later) {
    Map<String, List<long[]>> a = amounts(commitment);
    Map<String, List<long[]>> b = amounts(later);
    for (Map.Entry<String, List<long[]>> e : a.entrySet()) {
      List<long[]> other = b.get(e.getKey());
      if (other == null) {
        continue;
      }
      boolean agree = false;
      for (long[] x : e.getValue()) {
        for (long[] y : other) {
          agree |= x[0] == y[0] || (x[1] == 1 && y[0] >= x[0]) || (y[1] == 1 && x[0] >= y[0]);
        }
      }
      if (!agree) {
        return true;
      }
    }
    return false;
  }

  /** Amounts by the noun counted (singular): {value, 1 when a lower bound}. */
  private static Map<String, List<long[]>> amounts(String text) {
    Map<String, List<long[]>> out = new HashMap<>();
    Matcher m = AMOUNT.matcher(text);
    while (m.find()) {
      String unit = m.group("unit").toLowerCase(Locale.ROOT);
      if (NO_UNITS.contains(unit) || SCALE.containsKey(unit)) {
        continue;
      }
      String before = text.substring(Math.max(0, m.start("num") - 12), m.start("num"));
      if (before.matches("(?s).*\\b(?:" + MONTHS + ")\\s+$")) {
        continue; // a date
      }
      String num = m.group("num").toLowerCase(Locale.ROOT).replace(",", "");
      if (m.group("scale") == null && num.matches("(?:19|20)\\d{2}")) {
        continue; // a year
      }
      double v = SMALL.containsKey(num) ? SMALL.get(num) : Double.parseDouble(num);
      if (m.group("scale") != null) {
        v *= SCALE.get(m.group("scale").toLowerCase(Locale.ROOT));
      }
      String bound = m.group("bound") == null ? "" : m.group("bound").toLowerCase(Locale.ROOT);
      boolean lower = bound.startsWith("more") || bound.startsWith("over") || bound.startsWith("at");
      String singular = unit.endsWith("s") && unit.length() > 3 ? unit.substring(0, unit.length() - 1) : unit;
      out.computeIfAbsent(singular, k -> new ArrayList<>()).add(new long[] {Math.round(v), lower ? 1 : 0});
    }
    return out;
  }

  /**
   * True when the later sentence names a state the commitment does not, and the commitment names a state other
   * than {@code side} (the later statement's own) that the sentence does not.
   */
  boolean otherParties(Commitment k, String later, String side) {
    Set<String> committed = states(k.text());
    for (String a : k.actors()) {
      if (isState(a)) {
        committed.add(a);
      }
    }
    Set<String> named = states(later);
    boolean foreign = false;
    for (String s : named) {
      foreign |= !committed.contains(s);
    }
    if (!foreign) {
      return false;
    }
    for (String s : committed) {
      if (!named.contains(s) && !s.equals(side)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when every date the later sentence (of {@code reported}) gives lies before {@code date} (the
   * commitment's), or, a day or a week ("last week") that holds it, when the commitment is not set for the near
   * term; a month counts only when wholly before. False when it gives no date.
   */
  static boolean datedBefore(LocalDate date, LocalDate reported, String later, boolean nearTerm) {
    List<LocalDate[]> spans = new ArrayList<>();
    Matcher d = DAY.matcher(later);
    while (d.find()) {
      String month = d.group("m1") != null ? d.group("m1") : d.group("m2");
      int day = Integer.parseInt(d.group("d1") != null ? d.group("d1") : d.group("d2"));
      Month m = Month.valueOf(month.toUpperCase(Locale.ROOT));
      if (day < 1 || day > m.maxLength()) {
        continue;
      }
      int year = d.group("y") != null ? Integer.parseInt(d.group("y")) : reported.getYear();
      LocalDate x = LocalDate.of(year, m, Math.min(day, m.length(java.time.Year.isLeap(year))));
      if (d.group("y") == null && x.isAfter(reported)) {
        x = x.minusYears(1);
        if (x.isBefore(date)) {
          x = x.plusYears(1); // a day ahead in the same year: a schedule
        }
      }
      spans.add(new LocalDate[] {x, x, x});
    }
    Matcher mo = MONTH_ONLY.matcher(later);
    while (mo.find()) {
      if (mo.group("m").equals("May") && mo.group("y") == null) {
        continue;
      }
      Month m = Month.valueOf(mo.group("m").toUpperCase(Locale.ROOT));
      int year = mo.group("y") != null ? Integer.parseInt(mo.group("y")) : reported.getYear();
      LocalDate first = LocalDate.of(year, m, 1);
      if (mo.group("y") == null && first.isAfter(reported) && mo.group().toLowerCase(Locale.ROOT).startsWith("last")) {
        first = first.minusYears(1);
      }
      spans.add(new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())}); // a month: wholly before
    }
    if (YESTERDAY.matcher(later).find()) {
      spans.add(new LocalDate[] {reported.minusDays(1), reported.minusDays(1), reported});
    }
    if (LAST_WEEK.matcher(later).find()) {
      LocalDate monday = reported.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
      spans.add(new LocalDate[] {monday, monday.plusDays(6), monday});
    }
    if (spans.isEmpty()) {
      return false;
    }
    for (LocalDate[] s : spans) {
      // a day or a week (a third element) on or around the commitment's day: its occasion, unless it was set for then
      boolean before = s[1].isBefore(date) || (s.length > 2 && !nearTerm && !s[0].isAfter(date));
      if (!before) {
        return false;
      }
    }
    return true;
  }

  /** True when every match of {@code events} in {@code later} is a past reference point ("since X convened"). */
  static boolean retrospective(Pattern events, String later) {
    Matcher m = events.matcher(later);
    boolean any = false;
    while (m.find()) {
      any = true;
      if (!SINCE.matcher(later.substring(0, m.start())).find()) {
        return false;
      }
    }
    return any;
  }

  /**
   * True when every match of {@code events} in {@code later} is followed by its own object, a document of a
   * kind that {@code object} (the commitment's) does not name: "signed an executive order" for "sign the … Act".
   */
  static boolean otherDocument(Pattern events, String object, String later) {
    Set<String> own = new HashSet<>();
    Matcher w = WORD.matcher(object);
    while (w.find()) {
      own.add(singular(w.group().toLowerCase(Locale.ROOT)));
    }
    Matcher m = events.matcher(later);
    boolean any = false;
    while (m.find()) {
      any = true;
      String kind = null;
      Matcher n = WORD.matcher(later.substring(m.end()));
      for (int i = 0; i < 3 && n.find(); i++) {
        String x = n.group().toLowerCase(Locale.ROOT);
        if (DOCUMENT_KINDS.contains(x)) {
          kind = x;
          break;
        }
        if (!ARTICLES.contains(x)) {
          break;
        }
      }
      if (kind == null || own.contains(singular(kind))) {
        return false;
      }
    }
    return any;
  }

  private static String singular(String w) {
    return w.equals("memoranda") ? "memorandum" : w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
  }
}
