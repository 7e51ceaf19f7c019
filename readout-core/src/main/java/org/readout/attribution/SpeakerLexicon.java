package org.readout.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the attributor names on its own, beyond the actor dictionary ({@code org.readout.actors}, the
 * single source of canonical people, states and organisations): pronouns (from {@code cues.yaml}),
 * generic turn labels and the institutional reporter of each publisher (from {@code speakers.yaml}).
 * Immutable and thread-safe.
 */
public final class SpeakerLexicon {
  private record Entry(SpeakerMention.Kind kind, Speaker speaker) {
  }

  private static volatile SpeakerLexicon standard;

  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<String, Speaker> reporters = new LinkedHashMap<>();
  private final Speaker questioner;
  private final PhraseMatcher matcher;

  private SpeakerLexicon(Map<String, Object> yaml, Map<String, Object> cues) {
    for (String a : Lexicons.strings(cues.get("firstPerson"))) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_FIRST, null));
    }
    // he / she take the person the actor stage resolved them to (DictionarySpeakers.merge)
    for (String a : Lexicons.strings(cues.get("thirdMale"))) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_SINGULAR, null));
    }
    for (String a : Lexicons.strings(cues.get("thirdFemale"))) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_SINGULAR, null));
    }
    for (String a : Lexicons.strings(cues.get("thirdPlural"))) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_PLURAL, null));
    }
    Map<?, ?> q = (Map<?, ?>) yaml.get("questioner");
    questioner = new Speaker(str(q.get("name")), "", "", str(q.get("role")), "questioner");
    if (yaml.get("publishers") instanceof Map<?, ?> p) {
      p.forEach((k, v) -> {
        Map<?, ?> m = (Map<?, ?>) v;
        reporters.put(str(k), new Speaker(str(m.get("name")), "", str(m.get("actor")), "", "institution"));
      });
    }
    matcher = new PhraseMatcher(entries.keySet(), false);
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
   * Every pronoun in {@code text}, in text order, unresolved ({@code speaker} null): he/she take the
   * actor stage's resolution, I/we/they are resolved in context by the attributor.
   */
  public List<SpeakerMention> find(String text) {
    List<SpeakerMention> out = new ArrayList<>();
    for (PhraseMatcher.Match m : matcher.findAll(text)) {
      Entry e = entries.get(m.phrase());
      out.add(new SpeakerMention(m.start(), m.end(), m.phrase(), e.kind(), e.speaker()));
    }
    return out;
  }

  /** The generic speaker of a questioner turn ({@code Q}, {@code Question:}). */
  public Speaker questioner() {
    return questioner;
  }

  /**
   * The institutional reporter of a publisher ("President of Russia" → Kremlin; another publisher
   * reports under its own name), or {@code null} when there is no publisher.
   */
  public Speaker reporter(String publisher) {
    if (publisher == null || publisher.isEmpty()) {
      return null;
    }
    Speaker s = reporters.get(publisher);
    return s != null ? s : new Speaker(publisher, "", "", "", "institution");
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}
