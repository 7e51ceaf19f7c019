package org.readout.commitments;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
              List<String> stopwords) {
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
  private final Set<String> stopwords;

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
    Set<String> stop = new HashSet<>();
    for (String w : d.stopwords()) {
      stop.add(w.toLowerCase(Locale.ROOT));
    }
    this.stopwords = Set.copyOf(stop);
  }

  /** The bundled lexicon; called when an engine is assembled ({@code ReadoutConfig.defaults()}). */
  public static TrackingLexicon bundled() {
    return new TrackingLexicon(YamlData.resource(TrackingLexicon.class, RESOURCE, Data.class));
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
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() < 3 || stopwords.contains(w) || Character.isDigit(w.charAt(0))) {
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
