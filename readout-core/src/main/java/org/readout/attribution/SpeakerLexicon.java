package org.readout.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The speakers the attributor can name by itself, from {@code speakers.yaml}: persons with aliases and
 * dated head-of-state terms, head-of-state role phrases, collective references, states, and publisher
 * reporters. Immutable and thread-safe.
 */
public final class SpeakerLexicon {
  private record Person(Speaker speaker, String headState, LocalDate from, LocalDate to) {
  }

  private record Entry(SpeakerMention.Kind kind, Speaker speaker, String headState) {
  }

  private static volatile SpeakerLexicon standard;

  private final List<Person> persons = new ArrayList<>();
  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<String, Speaker> byLowerAlias = new HashMap<>();
  private final Map<String, String> reporters = new LinkedHashMap<>();
  private final List<String> rolePrefixes;
  private final PhraseMatcher matcher;

  private SpeakerLexicon(Map<String, Object> yaml, Map<String, Object> cues) {
    for (Object o : (List<?>) yaml.get("persons")) {
      Map<?, ?> m = (Map<?, ?>) o;
      Speaker s = new Speaker(str(m.get("name")), str(m.get("actor")), str(m.get("role")), "person", str(m.get("gender")));
      String headState = null;
      LocalDate from = null;
      LocalDate to = null;
      if (m.get("headOf") instanceof Map<?, ?> h) {
        headState = str(h.get("state"));
        from = date(h.get("from"));
        to = date(h.get("to"));
      }
      persons.add(new Person(s, headState, from, to));
      for (String a : Lexicons.strings(m.get("aliases"))) {
        entries.putIfAbsent(a, new Entry(SpeakerMention.Kind.NAMED, s, null));
        byLowerAlias.putIfAbsent(a.toLowerCase(Locale.ROOT), s);
      }
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) yaml.get("headRoles")).entrySet()) {
      for (String a : Lexicons.strings(e.getValue())) {
        entries.put(a, new Entry(SpeakerMention.Kind.NAMED, null, str(e.getKey())));
      }
    }
    for (String a : Lexicons.strings(yaml.get("ownHead"))) {
      entries.put(a, new Entry(SpeakerMention.Kind.OWN_HEAD, null, null));
    }
    for (String a : Lexicons.strings(yaml.get("groups"))) {
      entries.put(a, new Entry(SpeakerMention.Kind.GROUP, null, null));
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) yaml.get("states")).entrySet()) {
      List<String> names = Lexicons.strings(e.getValue());
      String display = names.stream().filter(n -> !n.startsWith("the ") && !n.startsWith("The ")).findFirst()
          .orElse(names.get(0).replaceFirst("^[Tt]he ", ""));
      Speaker s = new Speaker(stateName(str(e.getKey()), display), str(e.getKey()), "", "state", "");
      for (String a : names) {
        entries.putIfAbsent(a, new Entry(SpeakerMention.Kind.STATE, s, null));
      }
    }
    for (String a : Lexicons.strings(cues.get("firstPerson"))) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_FIRST, null, null));
    }
    for (String a : Lexicons.strings(cues.get("thirdMale"))) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_SINGULAR, new Speaker("", "", "", "pronoun", "m"), null));
    }
    for (String a : Lexicons.strings(cues.get("thirdFemale"))) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_SINGULAR, new Speaker("", "", "", "pronoun", "f"), null));
    }
    for (String a : Lexicons.strings(cues.get("thirdPlural"))) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_PLURAL, null, null));
    }
    if (yaml.get("publishers") instanceof Map<?, ?> p) {
      p.forEach((k, v) -> reporters.put(str(k), str(v)));
    }
    rolePrefixes = List.copyOf(Lexicons.strings(yaml.get("rolePrefixes")));
    matcher = new PhraseMatcher(entries.keySet(), false);
  }

  private static String stateName(String id, String display) {
    return switch (id) {
      case "USA" -> "United States";
      case "RUS" -> "Russia";
      case "CHN" -> "China";
      default -> display;
    };
  }

  /** The lexicon from the bundled resources (loaded once). */
  public static SpeakerLexicon standard() {
    SpeakerLexicon s = standard;
    if (s == null) {
      synchronized (SpeakerLexicon.class) {
        s = standard;
        if (s == null) {
          s = new SpeakerLexicon(Lexicons.load(SpeakerLexicon.class, "speakers.yaml"),
              Lexicons.load(SpeakerLexicon.class, "cues.yaml"));
          standard = s;
        }
      }
    }
    return s;
  }

  /**
   * Every speaker reference in {@code text}, in text order. Dated roles ("the Russian President") are
   * resolved at {@code date}; "the President" to the head of {@code ownState}; pronouns and groups are
   * left unresolved ({@code speaker} null or a gender-only placeholder).
   */
  public List<SpeakerMention> find(String text, LocalDate date, String ownState) {
    List<SpeakerMention> out = new ArrayList<>();
    for (PhraseMatcher.Match m : matcher.findAll(text)) {
      String surface = m.phrase();
      Entry e = entries.get(surface);
      Speaker s = e.speaker();
      if (e.headState() != null) {
        s = headOf(e.headState(), date).orElse(null);
        if (s == null) {
          continue;
        }
      } else if (e.kind() == SpeakerMention.Kind.OWN_HEAD) {
        s = ownState == null ? null : headOf(ownState, date).orElse(null);
      }
      out.add(new SpeakerMention(m.start(), m.end(), surface, e.kind(), s));
    }
    return out;
  }

  /** The head of state of {@code state} on {@code date} (today's heads when the date is unknown). */
  public Optional<Speaker> headOf(String state, LocalDate date) {
    LocalDate d = date == null ? LocalDate.of(2022, 1, 1) : date;
    for (Person p : persons) {
      if (state.equals(p.headState()) && !d.isBefore(p.from()) && d.isBefore(p.to())) {
        return Optional.of(p.speaker());
      }
    }
    return Optional.empty();
  }

  /** A person whose alias equals {@code alias} ignoring case ("SULLIVAN" → Jake Sullivan). */
  public Optional<Speaker> byAlias(String alias) {
    return Optional.ofNullable(byLowerAlias.get(alias.toLowerCase(Locale.ROOT)));
  }

  /** The reporter layer for a publisher ("President of Russia" → "Kremlin"), or the publisher itself. */
  public String reporter(String publisher) {
    return reporters.getOrDefault(publisher, publisher);
  }

  /** Role phrases that may stand before a name. */
  public List<String> rolePrefixes() {
    return rolePrefixes;
  }

  private static LocalDate date(Object o) {
    if (o instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    return LocalDate.parse(str(o));
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}
