package org.readout.commitments;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.readout.ReadoutException;
import org.readout.internal.YamlData;

/**
 * What {@link Tracker} and {@link CommitmentPairs} compare commitments with ({@code tracking.yaml}):
 * status cues by class, back-reference words, and the stopwords left out of content-word stems.
 * Immutable and thread-safe.
 */
public final class TrackingLexicon {
  private static final String RESOURCE = "tracking.yaml";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  /** {@code tracking.yaml} as written. */
  record Data(List<StatusSpec> statuses, @JsonProperty("back-references") String backReferences,
              @JsonProperty("follow-ups") List<CueSpec> followUps, Map<String, List<String>> concepts,
              @JsonProperty("window-days") Integer windowDays,
              @JsonProperty("follow-up-window-days") Integer followUpWindowDays,
              @JsonProperty("max-suggestions") Integer maxSuggestions, List<String> stopwords,
              List<String> common) {
  }

  record StatusSpec(String status, List<CueSpec> cues) {
  }

  record CueSpec(String id, String pattern) {
  }

  /** One status cue; classes are tried in file order, so the first listed class wins. */
  record Cue(String id, Status status, Pattern pattern) {
  }

  final List<Cue> cues;
  /** Words that refer back to an agreement ("as agreed", "the commitment", "reached during"). */
  final Pattern backReference;
  /** Follow-up language ("the agreement reached during the December call", "as agreed"); may be empty. */
  final List<Cue> followUps;
  /** Stem to the concept groups it belongs to. */
  private final Map<String, Set<String>> concepts;
  /** Days after a commitment within which later statements are read for it. */
  final int windowDays;
  /** Days after a commitment within which follow-up language links to it without shared words. */
  final int followUpWindowDays;
  /** The most suggestions one commitment gets (its best-scored, one per later statement). */
  final int maxSuggestions;
  private final Set<String> stopwords;
  /** Common words left out of the stems the tracker matches ({@code common}). */
  private final Set<String> common;

  private TrackingLexicon(Data d) {
    List<Cue> cs = new ArrayList<>();
    for (StatusSpec s : d.statuses()) {
      Status st = Status.parse(String.valueOf(s.status()))
          .orElseThrow(() -> new ReadoutException(RESOURCE + ": unknown status " + s.status()));
      for (CueSpec c : s.cues()) {
        cs.add(new Cue(c.id(), st, compile(c.pattern(), c.id(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
      }
    }
    this.cues = List.copyOf(cs);
    this.backReference = compile(d.backReferences(), "back-references", Pattern.CASE_INSENSITIVE);
    List<Cue> fs = new ArrayList<>();
    for (CueSpec c : d.followUps() == null ? List.<CueSpec>of() : d.followUps()) {
      fs.add(new Cue(c.id(), Status.IN_PROGRESS, compile(c.pattern(), c.id(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
    this.followUps = List.copyOf(fs);
    Map<String, Set<String>> cs2 = new HashMap<>();
    if (d.concepts() != null) {
      d.concepts().forEach((name, stems) -> {
        for (String st : stems) {
          cs2.computeIfAbsent(st.toLowerCase(Locale.ROOT), x -> new HashSet<>()).add(name);
        }
      });
    }
    this.concepts = Map.copyOf(cs2);
    this.windowDays = positive(d.windowDays(), 365, "window-days");
    this.followUpWindowDays = positive(d.followUpWindowDays(), 120, "follow-up-window-days");
    this.maxSuggestions = positive(d.maxSuggestions(), 3, "max-suggestions");
    Set<String> stop = new HashSet<>();
    for (String w : d.stopwords()) {
      stop.add(w.toLowerCase(Locale.ROOT));
    }
    this.stopwords = Set.copyOf(stop);
    Set<String> com = new HashSet<>();
    for (String w : d.common() == null ? List.<String>of() : d.common()) {
      com.add(w.toLowerCase(Locale.ROOT));
    }
    this.common = Set.copyOf(com);
  }

  /** The bundled lexicon; called when an engine is assembled ({@code ReadoutConfig.defaults()}). */
  public static TrackingLexicon bundled() {
    return new TrackingLexicon(YamlData.resource(TrackingLexicon.class, RESOURCE, Data.class));
  }

  private static int positive(Integer v, int dflt, String name) {
    if (v == null) {
      return dflt;
    }
    if (v <= 0) {
      throw new ReadoutException(RESOURCE + ": " + name + " must be positive");
    }
    return v;
  }

  /** The first follow-up cue found in {@code text}, or null. */
  Cue followUp(String text) {
    for (Cue c : followUps) {
      if (c.pattern().matcher(text).find()) {
        return c;
      }
    }
    return null;
  }

  /** The concept groups of {@code stems} (see {@code concepts} in tracking.yaml). */
  Set<String> concepts(Set<String> stems) {
    Set<String> out = new HashSet<>();
    for (String st : stems) {
      Set<String> c = concepts.get(st);
      if (c != null) {
        out.addAll(c);
      }
    }
    return out;
  }

  private static Pattern compile(String p, String id, int flags) {
    try {
      return Pattern.compile(p, flags);
    } catch (PatternSyntaxException | NullPointerException e) {
      throw new ReadoutException(RESOURCE + ": " + id + ": bad pattern");
    }
  }

  /** The first status cue found in {@code text}, or null. */
  Cue cue(String text) {
    for (Cue c : cues) {
      if (c.pattern().matcher(text).find()) {
        return c;
      }
    }
    return null;
  }

  /** Content-word stems of {@code text}: lowercase, stopwords out, plural -s dropped, first six letters. */
  Set<String> stems(String text) {
    return stems(text, false);
  }

  /** As {@link #stems(String)}, also without the {@code common} words: what the tracker matches. */
  Set<String> trackStems(String text) {
    return stems(text, true);
  }

  /**
   * Runs of adjacent content words of {@code text} as stems (as {@link #trackStems}): a run ends at a
   * stopword, a common word, a word under three letters, a number or any punctuation between two words.
   * With {@code skipVerbs} (an action: "launch negotiations on a new arms control treaty") the action's
   * verbs open no run: the first word, a word after "to", "be" or "will", and an -ing word opening a run
   * before another content word ("fostering international cooperation"). What is left are the object's
   * noun phrases; a run's last stem is its head.
   */
  List<List<String>> runs(String text, boolean skipVerbs) {
    List<List<String>> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int prevEnd = -1;
    boolean verbNext = skipVerbs;
    while (m.find()) {
      if (prevEnd >= 0 && !text.substring(prevEnd, m.start()).isBlank()) {
        run = flush(out, run);
      }
      prevEnd = m.end();
      String w = m.group().toLowerCase(Locale.ROOT);
      boolean verb = verbNext;
      verbNext = skipVerbs && (w.equals("to") || w.equals("be") || w.equals("will"));
      if (w.length() < 3 || stopwords.contains(w) || Character.isDigit(w.charAt(0)) || common.contains(w) || verb) {
        run = flush(out, run);
        continue;
      }
      if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
        w = w.substring(0, w.length() - 1);
      }
      if (skipVerbs && run.isEmpty() && w.endsWith("ing") && w.length() > 5) {
        run.add("\u0000" + w); // maybe a verb: dropped below when another content word follows
        continue;
      }
      if (run.size() == 1 && run.get(0).startsWith("\u0000")) {
        run.clear();
      }
      run.add(w.length() > 6 ? w.substring(0, 6) : w);
    }
    flush(out, run);
    return out;
  }

  private static List<String> flush(List<List<String>> out, List<String> run) {
    if (!run.isEmpty()) {
      if (run.size() == 1 && run.get(0).startsWith("\u0000")) {
        String w = run.get(0).substring(1);
        run.set(0, w.length() > 6 ? w.substring(0, 6) : w);
      }
      out.add(List.copyOf(run));
    }
    return new ArrayList<>();
  }

  private Set<String> stems(String text, boolean dropCommon) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() < 3 || stopwords.contains(w) || Character.isDigit(w.charAt(0))
          || (dropCommon && common.contains(w))) {
        continue;
      }
      if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
        w = w.substring(0, w.length() - 1);
      }
      out.add(w.length() > 6 ? w.substring(0, 6) : w);
    }
    return out;
  }
}
