package org.readout.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.readout.attribution.PhraseMatcher;
import org.readout.internal.YamlData;

/**
 * The lexicons of {@code time.yaml}, with lookup helpers: every word list and word table the temporal
 * tagger, its normalisation, tense and event rules and the timeline read. Immutable and thread-safe.
 */
public final class TimeLexicon {
  /** {@code time.yaml} as written. */
  record Data(Map<String, Integer> months, Map<String, Integer> weekdays, Map<String, String> numbers,
              Map<String, String> units, Map<String, String> modifiers, Map<String, Integer> relative,
              Map<String, Integer> days, Map<String, String> seasons, Map<String, String> holidays,
              Map<String, String> orthodoxHolidays, List<String> westernHolidayMarkers,
              List<String> otherCalendarMarkers, Map<String, String> events,
              List<String> future,
              List<String> past, List<String> pastVerbs, List<String> asideVerbs, List<String> frameVerbs, List<String> superlatives, List<String> notPast, List<String> vocativeBefore,
              List<String> clausePronouns, List<String> meetVerbs, List<String> eventVerbs,
              List<String> agoApproximators, List<String> durationApproximators, List<String> monthRelative,
              List<String> seasonRelative, List<String> weekdayRelative, List<String> dayParts,
              List<String> decadeModifiers, List<String> notYearAfter, List<String> vagueUnits,
              List<String> offsetDirections, List<String> offsetBackward, List<String> offsetDeterminers,
              List<String> eventStop, List<String> determiners, List<String> anchorPrepositions,
              List<String> deadlinePrepositions, List<String> passiveBefore, List<String> futureAuxiliaries,
              List<String> eventVerbDeterminers, List<String> placePrepositions, List<String> slugLowercase,
              List<String> labelStopwords, Deixis deixis) {
  }

  /** The {@code deixis} section of {@code time.yaml} as written. */
  record Deixis(Map<String, List<String>> references, Map<String, String> dayParts, Map<String, String> dayWordParts,
                List<String> todayDateBefore, List<String> todayDateAfter, List<String> clauseOpeners, List<String> todayEventWords, List<String> todayGeneralSubjects,
                List<String> todayGeneralNouns,
                List<String> present, List<String> perfectMarkers, List<String> timeZones, Map<String, String> setWords,
                List<String> setQuantifiers, List<String> durationPrepositions, List<String> spanPrepositions,
                List<String> alternativeBefore,
                List<String> alternativeAfter, List<String> discourseNowAfter, List<String> prospective) {
  }

  final Map<String, Integer> months = new HashMap<>();
  final Map<String, Integer> weekdays = new HashMap<>();
  final Map<String, String> numbers = new HashMap<>();
  final Map<String, String> units = new HashMap<>();
  final Map<String, String> modifiers = new HashMap<>();
  final Map<String, Integer> relative = new HashMap<>();
  final Map<String, Integer> days = new HashMap<>();
  final Map<String, String> seasons = new HashMap<>();
  final Map<String, String> events = new HashMap<>();
  /** Holiday name as written → {@code MM-DD} or {@code MM/N/D} (the N-th weekday D of the month; N = -1 the last). */
  final Map<String, String> holidays;
  final Map<String, String> orthodoxHolidays;
  final Set<String> westernHolidayMarkers;
  final Set<String> otherCalendarMarkers;
  final PhraseMatcher future;
  final PhraseMatcher past;
  final PhraseMatcher eventPattern;
  final Set<String> pastVerbs;
  final Set<String> notPast;
  final Set<String> asideVerbs;
  /** Verbs after "would like to" that make a frame of the talk ("I would like to stress that …"), no future. */
  final Set<String> frameVerbs;
  /** Words before "in N units" that make it a span ("the best in four decades", "the first time in a year"). */
  final Set<String> superlatives;
  final Set<String> vocativeBefore;
  final Set<String> clausePronouns;
  final Set<String> meetVerbs;
  final List<String> eventVerbs;
  /** Word lists of the recognition patterns, in the order written (alternation order matters). */
  final Data raw;
  final Set<String> eventStop;
  final Set<String> determiners;
  final Set<String> anchorPrepositions;
  final Set<String> deadlinePrepositions;
  final Set<String> passiveBefore;
  final Set<String> futureAuxiliaries;
  final Set<String> offsetBackward;
  final List<String> eventVerbDeterminers;
  final List<String> placePrepositions;
  final Set<String> slugLowercase;
  final Set<String> labelStopwords;
  /** Reference phrase (lower case) → {@code PRESENT_REF}, {@code PAST_REF} or {@code FUTURE_REF}. */
  final Map<String, String> references = new HashMap<>();
  final Map<String, String> dayPartCodes = new HashMap<>();
  final Map<String, String> dayWordParts = new HashMap<>();
  final Set<String> todayDateBefore;
  final Set<String> todayDateAfter;
  final Set<String> clauseOpeners;
  final Set<String> todayEventWords;
  final Set<String> todayGeneralSubjects;
  final PhraseMatcher present;
  final Set<String> perfectMarkers;
  final Map<String, String> setWords = new HashMap<>();
  final Set<String> spanPrepositions;
  final Set<String> durationPrepositions;
  final Set<String> todayGeneralNouns;
  final PhraseMatcher alternativeBefore;
  final PhraseMatcher alternativeAfter;
  final Set<String> discourseNowAfter;

  private TimeLexicon(Data y) {
    this.raw = y;
    y.months().forEach((k, v) -> months.put(k, v));
    y.weekdays().forEach((k, v) -> weekdays.put(k, v));
    y.numbers().forEach((k, v) -> numbers.put(lower(k), v));
    y.units().forEach((k, v) -> units.put(lower(k), v));
    y.modifiers().forEach((k, v) -> modifiers.put(lower(k), v));
    y.relative().forEach((k, v) -> relative.put(lower(k), v));
    y.days().forEach((k, v) -> days.put(lower(k), v));
    y.seasons().forEach((k, v) -> seasons.put(lower(k), v));
    y.events().forEach((k, v) -> events.put(lower(k), v));
    holidays = Map.copyOf(y.holidays());
    orthodoxHolidays = Map.copyOf(y.orthodoxHolidays());
    westernHolidayMarkers = Set.copyOf(y.westernHolidayMarkers());
    otherCalendarMarkers = Set.copyOf(y.otherCalendarMarkers());
    Deixis dx = y.deixis();
    List<String> fut = new ArrayList<>(y.future());
    fut.addAll(dx.prospective());
    future = new PhraseMatcher(fut, true);
    past = new PhraseMatcher(y.past(), true);
    eventPattern = new PhraseMatcher(events.keySet(), true);
    pastVerbs = lowerSet(y.pastVerbs());
    notPast = lowerSet(y.notPast());
    asideVerbs = lowerSet(y.asideVerbs());
    frameVerbs = lowerSet(y.frameVerbs());
    superlatives = lowerSet(y.superlatives());
    vocativeBefore = lowerSet(y.vocativeBefore());
    clausePronouns = lowerSet(y.clausePronouns());
    meetVerbs = lowerSet(y.meetVerbs());
    List<String> ev = new ArrayList<>(lowerSet(y.eventVerbs()));
    // longest first, so "will hold" is tried before "hold"
    ev.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    eventVerbs = List.copyOf(ev);
    eventStop = lowerSet(y.eventStop());
    determiners = lowerSet(y.determiners());
    anchorPrepositions = lowerSet(y.anchorPrepositions());
    deadlinePrepositions = lowerSet(y.deadlinePrepositions());
    passiveBefore = lowerSet(y.passiveBefore());
    futureAuxiliaries = lowerSet(y.futureAuxiliaries());
    offsetBackward = lowerSet(y.offsetBackward());
    eventVerbDeterminers = y.eventVerbDeterminers();
    placePrepositions = y.placePrepositions();
    slugLowercase = lowerSet(y.slugLowercase());
    labelStopwords = lowerSet(y.labelStopwords());
    dx.references().forEach((kind, phrases) -> phrases.forEach(p -> references.put(lower(p), kind)));
    dx.dayParts().forEach((k, v) -> dayPartCodes.put(lower(k), v));
    dx.dayWordParts().forEach((k, v) -> dayWordParts.put(lower(k), v));
    todayDateBefore = lowerSet(dx.todayDateBefore());
    todayDateAfter = lowerSet(dx.todayDateAfter());
    clauseOpeners = lowerSet(dx.clauseOpeners());
    todayEventWords = lowerSet(dx.todayEventWords());
    todayGeneralSubjects = lowerSet(dx.todayGeneralSubjects());
    present = new PhraseMatcher(dx.present(), true);
    perfectMarkers = lowerSet(dx.perfectMarkers());
    dx.setWords().forEach((k, v) -> setWords.put(lower(k), v));
    spanPrepositions = lowerSet(dx.spanPrepositions());
    durationPrepositions = lowerSet(dx.durationPrepositions());
    todayGeneralNouns = lowerSet(dx.todayGeneralNouns());
    alternativeBefore = new PhraseMatcher(dx.alternativeBefore(), true);
    alternativeAfter = new PhraseMatcher(dx.alternativeAfter(), true);
    discourseNowAfter = lowerSet(dx.discourseNowAfter());
  }

  /** The bundled {@code time.yaml}; called when an engine is assembled ({@code ReadoutConfig.defaults()}). */
  public static TimeLexicon bundled() {
    return new TimeLexicon(YamlData.resource(TimeLexicon.class, "time.yaml", Data.class));
  }

  private static Set<String> lowerSet(List<String> list) {
    Set<String> out = new HashSet<>();
    for (String s : list) {
      out.add(lower(s));
    }
    return Set.copyOf(out);
  }

  static String lower(Object o) {
    return o.toString().toLowerCase(Locale.ROOT);
  }

  /** A regex alternation of the keys, longest first, each quoted. */
  static String alt(Collection<String> keys) {
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return inOrder(sorted);
  }

  /** A regex alternation of literal words in the order given ({@code about|some|…}). */
  static String inOrder(List<String> words) {
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(words.get(i)));
    }
    return sb.append(')').toString();
  }

  int month(String s) {
    return months.getOrDefault(s, 0);
  }

  /** A number word or digits → its value as text ({@code "5"}), {@code "X"} for "several". */
  String number(String s) {
    String l = lower(s.strip()).replaceAll("\\s+", " ");
    if (!l.isEmpty() && Character.isDigit(l.charAt(0))) {
      return l;
    }
    int compound = compound(l);
    return compound > 0 ? Integer.toString(compound) : numbers.getOrDefault(l, "X");
  }

  private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
  private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
      "ninety");
  /** Written numbers the {@code numbers} table does not list: "twenty-five", "two hundred and forty-five". */
  static final String COMPOUND_NUMBER;

  static {
    String unit = "(?:" + String.join("|", UNITS) + ")";
    String tens = "(?:" + String.join("|", TENS) + ")(?:[-\\s]" + unit + ")?";
    COMPOUND_NUMBER = "(?:(?:a|one|" + String.join("|", UNITS.subList(1, UNITS.size())) + ")\\s+hundred(?:\\s+and\\s+(?:"
        + tens + "|" + unit + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?|"
        + tens + ")";
  }

  /** The value of a compound number written in words, or 0. */
  private static int compound(String l) {
    int total = 0;
    int hundred = l.indexOf(" hundred");
    String rest = l;
    if (hundred > 0) {
      String h = l.substring(0, hundred);
      int k = h.equals("a") ? 1 : UNITS.indexOf(h) + 1;
      if (k <= 0) {
        return 0;
      }
      total = 100 * k;
      rest = l.substring(hundred + " hundred".length()).replaceFirst("^\\s+and\\s+", "").strip();
      if (rest.isEmpty()) {
        return total;
      }
    }
    String[] parts = rest.split("[-\\s]");
    int t = TENS.indexOf(parts[0]);
    if (t >= 0) {
      int u = parts.length > 1 ? UNITS.indexOf(parts[1]) + 1 : 0;
      return parts.length > 1 && u == 0 ? 0 : total + 10 * (t + 2) + u;
    }
    if (total > 0) {
      String[] small = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
      int i = java.util.Arrays.asList(small).indexOf(rest);
      return i < 0 ? 0 : total + i + 1;
    }
    return 0;
  }
}
