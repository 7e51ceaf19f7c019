package org.readout.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reported-speech cues from {@code cues.yaml}, and questioner labels. Immutable and thread-safe.
 */
public final class CueLexicon {
  private static volatile CueLexicon standard;

  private final PhraseMatcher verbs;
  private final PhraseMatcher before;
  private final PhraseMatcher naming;
  private final Set<String> questioner;

  private CueLexicon(Map<String, Object> yaml) {
    verbs = new PhraseMatcher(Lexicons.strings(yaml.get("verbs")), true);
    before = new PhraseMatcher(Lexicons.strings(yaml.get("before")), true);
    naming = new PhraseMatcher(Lexicons.strings(yaml.get("naming")), true);
    questioner = new HashSet<>(Lexicons.strings(yaml.get("questioner")));
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

  /** Cues inside {@code [from, to)} of {@code text}, in text order; overlapping cues keep the longest. */
  public List<Cue> find(String text, int from, int to) {
    List<Cue> all = new ArrayList<>();
    collect(naming, Cue.Kind.NAMING, text, from, to, all);
    collect(before, Cue.Kind.BEFORE, text, from, to, all);
    collect(verbs, Cue.Kind.VERB, text, from, to, all);
    all.sort(Comparator.comparingInt(Cue::start).thenComparing(c -> -(c.end() - c.start())));
    List<Cue> out = new ArrayList<>();
    int last = -1;
    for (Cue c : all) {
      if (c.start() >= last) {
        out.add(c);
        last = c.end();
      }
    }
    return out;
  }

  private static void collect(PhraseMatcher p, Cue.Kind kind, String text, int from, int to, List<Cue> out) {
    for (PhraseMatcher.Match m : p.findAll(text, from, to)) {
      out.add(new Cue(m.start(), m.end(), text.substring(m.start(), m.end()), kind));
    }
  }

  /** Whether a turn label names a questioner ({@code Q}, {@code Question}). */
  public boolean isQuestioner(String label) {
    return questioner.contains(label.strip());
  }
}
