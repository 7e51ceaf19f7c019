package org.readout.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reported-speech cues from {@code cues.yaml}, and questioner labels. Immutable and thread-safe.
 */
public final class CueLexicon {
  private static volatile CueLexicon standard;

  /** One matcher over every cue (one scan per segment); the kind of each comes from {@link #kinds}. */
  private final PhraseMatcher all;
  private final java.util.Map<String, Cue.Kind> kinds = new java.util.HashMap<>();
  private final Set<String> questioner;
  private final SubjectWords subjectWords;

  private CueLexicon(Map<String, Object> yaml) {
    // on a phrase listed under two kinds the first listed kind wins: naming, then before, then verb
    for (String p : Lexicons.strings(yaml.get("naming"))) {
      kinds.putIfAbsent(p.toLowerCase(java.util.Locale.ROOT), Cue.Kind.NAMING);
    }
    for (String p : Lexicons.strings(yaml.get("before"))) {
      kinds.putIfAbsent(p.toLowerCase(java.util.Locale.ROOT), Cue.Kind.BEFORE);
    }
    for (String p : Lexicons.strings(yaml.get("verbs"))) {
      kinds.putIfAbsent(p.toLowerCase(java.util.Locale.ROOT), Cue.Kind.VERB);
    }
    all = new PhraseMatcher(kinds.keySet(), true);
    questioner = new HashSet<>(Lexicons.strings(yaml.get("questioner")));
    subjectWords = new SubjectWords(lower(yaml.get("adverbs")), lower(yaml.get("auxiliaries")),
        lower(yaml.get("beForms")), lower(yaml.get("otherPronouns")), lower(yaml.get("relatives")),
        lower(yaml.get("openers")), lower(yaml.get("notAdverbs")), lower(yaml.get("contractions")),
        lower(yaml.get("gerundPrepositions")));
  }

  private static Set<String> lower(Object list) {
    Set<String> out = new HashSet<>();
    for (String s : Lexicons.strings(list)) {
      out.add(s.toLowerCase(java.util.Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** The words that tell where a verb cue's subject stands (cues.yaml: adverbs … openers). */
  SubjectWords subjectWords() {
    return subjectWords;
  }

  /** The lexicon from the bundled resources (loaded once). */
  public static CueLexicon standard() {
    CueLexicon c = standard;
    if (c == null) {
      synchronized (CueLexicon.class) {
        c = standard;
        if (c == null) {
          c = new CueLexicon(Lexicons.load(CueLexicon.class, "cues.yaml"));
          standard = c;
        }
      }
    }
    return c;
  }

  /** Cues inside {@code [from, to)} of {@code text}, in text order, leftmost-longest and non-overlapping. */
  public List<Cue> find(String text, int from, int to) {
    List<Cue> out = new ArrayList<>();
    for (PhraseMatcher.Match m : all.findAll(text, from, to)) {
      out.add(new Cue(m.start(), m.end(), text.substring(m.start(), m.end()), kinds.get(m.phrase())));
    }
    return out;
  }

  /** Whether a turn label names a questioner ({@code Q}, {@code Question}). */
  public boolean isQuestioner(String label) {
    return questioner.contains(label.strip());
  }
}
