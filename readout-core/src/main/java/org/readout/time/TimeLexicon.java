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
import org.readout.attribution.Lexicons;
import org.readout.attribution.PhraseMatcher;

/** The lexicons of {@code time.yaml}, with lookup helpers. Immutable and thread-safe. */
final class TimeLexicon {
  final Map<String, Integer> months = new HashMap<>();
  final Map<String, Integer> weekdays = new HashMap<>();
  final Map<String, String> numbers = new HashMap<>();
  final Map<String, String> units = new HashMap<>();
  final Map<String, String> modifiers = new HashMap<>();
  final Map<String, Integer> relative = new HashMap<>();
  final Map<String, Integer> days = new HashMap<>();
  final Map<String, String> seasons = new HashMap<>();
  final Map<String, String> events = new HashMap<>();
  final PhraseMatcher future;
  final PhraseMatcher past;
  final PhraseMatcher eventPattern;
  final Set<String> pastVerbs;
  final Set<String> notPast;
  final Set<String> vocativeBefore;
  final Set<String> clausePronouns;
  final Set<String> meetVerbs;
  final List<String> eventVerbs;

  TimeLexicon(Map<String, Object> y) {
    ((Map<?, ?>) y.get("months")).forEach((k, v) -> months.put(k.toString(), ((Number) v).intValue()));
    ((Map<?, ?>) y.get("weekdays")).forEach((k, v) -> weekdays.put(k.toString(), ((Number) v).intValue()));
    ((Map<?, ?>) y.get("numbers")).forEach((k, v) -> numbers.put(lower(k), v.toString()));
    ((Map<?, ?>) y.get("units")).forEach((k, v) -> units.put(lower(k), v.toString()));
    ((Map<?, ?>) y.get("modifiers")).forEach((k, v) -> modifiers.put(lower(k), v.toString()));
    ((Map<?, ?>) y.get("relative")).forEach((k, v) -> relative.put(lower(k), ((Number) v).intValue()));
    ((Map<?, ?>) y.get("days")).forEach((k, v) -> days.put(lower(k), ((Number) v).intValue()));
    ((Map<?, ?>) y.get("seasons")).forEach((k, v) -> seasons.put(lower(k), v.toString()));
    ((Map<?, ?>) y.get("events")).forEach((k, v) -> events.put(lower(k), v.toString()));
    future = new PhraseMatcher(Lexicons.strings(y.get("future")), true);
    past = new PhraseMatcher(Lexicons.strings(y.get("past")), true);
    eventPattern = new PhraseMatcher(events.keySet(), true);
    pastVerbs = lowerSet(y.get("pastVerbs"));
    notPast = lowerSet(y.get("notPast"));
    vocativeBefore = lowerSet(y.get("vocativeBefore"));
    clausePronouns = lowerSet(y.get("clausePronouns"));
    meetVerbs = lowerSet(y.get("meetVerbs"));
    List<String> ev = new ArrayList<>(lowerSet(y.get("eventVerbs")));
    // longest first, so "will hold" is tried before "hold"
    ev.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    eventVerbs = List.copyOf(ev);
  }

  private static Set<String> lowerSet(Object list) {
    Set<String> out = new HashSet<>();
    for (String s : Lexicons.strings(list)) {
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
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append(Pattern.quote(sorted.get(i)));
    }
    return sb.append(')').toString();
  }

  int month(String s) {
    return months.getOrDefault(s, 0);
  }

  /** A number word or digits → its value as text ({@code "5"}), {@code "X"} for "several". */
  String number(String s) {
    String l = lower(s.strip());
    if (!l.isEmpty() && Character.isDigit(l.charAt(0))) {
      return l;
    }
    return numbers.getOrDefault(l, "X");
  }
}
