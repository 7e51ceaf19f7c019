package org.readout.commitments;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.ReadoutException;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Sides;
import org.readout.topics.Embedder;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Follows a commitment through later statements: finds sentences that report progress, fulfilment,
 * stalling or breach of it and suggests status changes with evidence and a confidence.
 *
 * <p>A later sentence is about the same commitment when it shares the action's content words (crude
 * stems: lowercase, plural -s dropped, first six letters, so "negotiations" meets "negotiate"), names
 * one of the parties, and/or refers back to an agreement or to the commitment's date ("the agreement …
 * reached during the December 7 videoconference"). Score = 0.6 × action overlap + 0.2 × parties +
 * 0.2 × back-reference; a suggestion needs a score of at least {@value #THRESHOLD} and a status cue
 * from {@code tracking.yaml}. With {@link #withEmbedder} the action overlap is the larger of word
 * overlap and sentence-embedding similarity (rule ids then end in {@code +embedding}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Tracker {
  static final double THRESHOLD = 0.4;
  private static final String RESOURCE = "/org/readout/commitments/tracking.yaml";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern BACKREF = Pattern.compile(
      "\\b(?:agreement|agreed|understanding|commitment|pledge|promise|promised|as\\s+agreed|reached\\s+(?:at|during|in))\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Pattern MONTH = Pattern.compile(
      "\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final double REFRAIN_DONE = 0.6;
  /** Content stems a later sentence must share with the action to match lexically. */
  public static final int MIN_SHARED = 2;
  private static final Pattern NEGATION = Pattern.compile("\\b(?:not|never|no)\\b|n[’']t\\b", Pattern.CASE_INSENSITIVE);
  private static final Cue REFRAIN_BROKEN = new Cue("track.refrain.done", Status.BROKEN, Pattern.compile("(?!)"));

  /** One suggested status change, with the sentence that supports it. */
  public record Suggestion(String commitmentId, Status status, String statement, int sentence, int start, int end,
                           LocalDate date, double confidence, String rule, String text) {
  }

  private record Cue(String id, Status status, Pattern pattern) {
  }

  private final List<Cue> cues;
  private final Set<String> stopwords;
  private final FallbackActors fallback;
  private final Embedder embedder;

  private Tracker(List<Cue> cues, Set<String> stopwords, FallbackActors fallback, Embedder embedder) {
    this.cues = List.copyOf(cues);
    this.stopwords = Set.copyOf(stopwords);
    this.fallback = fallback;
    this.embedder = embedder;
  }

  /** Lexical matching only (no model needed). */
  public static Tracker standard() {
    return Holder.STANDARD;
  }

  /**
   * A copy that also compares the commitment's action with each candidate sentence by sentence
   * embeddings (cosine), so a report in other words ("talks on missile limits will begin in Geneva")
   * still matches; the same-action signal is then the larger of word overlap and the rescaled cosine
   * {@code (cos − 0.65) / 0.25} clipped to [0, 1] (ignored below 0.5).
   */
  public Tracker withEmbedder(Embedder e) {
    return new Tracker(cues, stopwords, fallback, Objects.requireNonNull(e, "embedder"));
  }

  private static final class Holder {
    static final Tracker STANDARD = load();
  }

  @SuppressWarnings("unchecked")
  private static Tracker load() {
    try (InputStream in = Tracker.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      Map<String, Object> y = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      List<Cue> cues = new ArrayList<>();
      for (Map<String, Object> s : (List<Map<String, Object>>) y.get("statuses")) {
        Status st = Status.parse(String.valueOf(s.get("status")))
            .orElseThrow(() -> new ReadoutException(RESOURCE + ": unknown status " + s.get("status")));
        for (Map<String, Object> c : (List<Map<String, Object>>) s.get("cues")) {
          cues.add(new Cue(String.valueOf(c.get("id")), st,
              Pattern.compile(String.valueOf(c.get("pattern")), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
      }
      Set<String> stop = new HashSet<>();
      for (Object o : (List<Object>) y.get("stopwords")) {
        stop.add(String.valueOf(o).toLowerCase(Locale.ROOT));
      }
      return new Tracker(cues, stop, FallbackActors.load(), null);
    } catch (IOException e) {
      throw new ReadoutException(RESOURCE + ": " + e.getMessage(), ReadoutException.IO_FAILURE, e);
    }
  }

  /**
   * Suggestions for {@code c} from the statements in {@code later} dated after it (statements without a
   * date, or the commitment's own statement, are skipped), ordered by date, statement and sentence.
   * Only binding commitments (agreement, pledge, readiness, hope; not negated) are tracked.
   */
  public List<Suggestion> track(TrackedCommitment c, List<AnalyzedStatement> later) {
    Objects.requireNonNull(c, "c");
    Commitment k = c.commitment();
    List<Suggestion> out = new ArrayList<>();
    if (!k.binding()) {
      return out;
    }
    Set<String> action = stems(k.action().length() > 12 ? k.action() : k.text());
    if (action.isEmpty()) {
      return out;
    }
    Pattern dateRef = c.date() == null ? null : dateReference(c.date());
    for (AnalyzedStatement doc : later) {
      LocalDate d = doc.meta().date();
      if (doc.id().equals(k.statement()) || d == null || c.date() == null || !d.isAfter(c.date())) {
        continue;
      }
      String side = Sides.actorOf(doc.meta().side()).orElse("");
      List<Mention> mentions = doc.mentions().isEmpty() ? fallback.mentions(doc, side) : doc.mentions();
      List<Sentence> candidates = new ArrayList<>();
      List<Cue> candidateCues = new ArrayList<>();
      for (Sentence s : doc.sentences()) {
        Cue cue = cue(s.text());
        if (cue == null && k.refrain() && overlap(action, stems(s.text())) >= REFRAIN_DONE
            && !NEGATION.matcher(s.text()).find()) {
          // "has no intention of deploying missiles" … later "missiles were deployed": the act reported
          // done, in the commitment's own words, breaks a pledge to refrain.
          cue = REFRAIN_BROKEN;
        }
        if (cue != null) {
          candidates.add(s);
          candidateCues.add(cue);
        }
      }
      double[] semantic = semantic(k, candidates);
      for (int i = 0; i < candidates.size(); i++) {
        Sentence s = candidates.get(i);
        Cue cue = candidateCues.get(i);
        Set<String> sentenceStems = stems(s.text());
        // One shared word ("you", "call") is chance; the same action repeats at least two content words.
        double lexical = shared(action, sentenceStems) >= MIN_SHARED ? overlap(action, sentenceStems) : 0.0;
        double overlap = Math.max(lexical, semantic[i]);
        double parties = parties(k, mentions, s.index()) ? 1.0 : 0.0;
        boolean backref = BACKREF.matcher(s.text()).find() || (dateRef != null && dateRef.matcher(s.text()).find());
        double score = 0.6 * overlap + 0.2 * parties + (backref ? 0.2 : 0.0);
        if (score < THRESHOLD || overlap == 0.0) {
          continue;
        }
        Status status = cue.status;
        if (k.refrain() && status == Status.FULFILLED) {
          // A pledge not to act is broken when the act is later reported done.
          status = Status.BROKEN;
        }
        String rule = semantic[i] > lexical ? cue.id + "+embedding" : cue.id;
        out.add(new Suggestion(k.id(), status, doc.id(), s.index(), s.start(), s.end(), d,
            Math.min(0.95, Math.round(score * 100.0) / 100.0), rule, s.text()));
      }
    }
    out.sort(Comparator.comparing(Suggestion::date).thenComparing(Suggestion::statement)
        .thenComparingInt(Suggestion::sentence));
    return out;
  }

  /**
   * The content-word stems {@link #track} compares a later sentence with, or an empty set when
   * {@code c} is not tracked (not binding). Callers use them to prefilter later statements cheaply: a
   * statement whose text shares fewer than {@link #MIN_SHARED} of them cannot match lexically.
   */
  public Set<String> actionStems(Commitment c) {
    return c.binding() ? stems(c.action().length() > 12 ? c.action() : c.text()) : Set.of();
  }

  /**
   * False when {@code sentence} cannot refer back to a commitment: no back-reference word ("agreed",
   * "commitment", …) and no month name (a date reference). Without one, a lexical match needs the
   * sentence to repeat at least a third of the action's stems to reach the threshold (0.6 × overlap +
   * 0.2 for the parties).
   */
  public boolean mayReferBack(String sentence) {
    return BACKREF.matcher(sentence).find() || MONTH.matcher(sentence).find();
  }

  /** Content-word stems of {@code text}, as compared by {@link #track}. */
  public Set<String> contentStems(String text) {
    return stems(text);
  }

  /**
   * False when no sentence of {@code text} can be a status report for a commitment other than a pledge
   * to refrain: none of the status cues occurs anywhere in it. A cheap whole-text prefilter.
   */
  public boolean mayReport(String text) {
    return cue(text) != null;
  }

  /** Rescaled cosine of the action to each candidate sentence; zeros without an embedder. */
  private double[] semantic(Commitment k, List<Sentence> candidates) {
    double[] out = new double[candidates.size()];
    if (embedder == null || candidates.isEmpty()) {
      return out;
    }
    List<String> texts = new ArrayList<>(candidates.size() + 1);
    texts.add(k.action().isEmpty() ? k.text() : k.action());
    for (Sentence s : candidates) {
      texts.add(s.text());
    }
    List<float[]> v = embedder.embedAll(texts);
    for (int i = 0; i < candidates.size(); i++) {
      double cos = cosine(v.get(0), v.get(i + 1));
      // BGE cosines of unrelated news sentences sit around 0.5–0.65; only clearly closer ones count.
      double sem = Math.max(0.0, Math.min(1.0, (cos - 0.65) / 0.25));
      out[i] = sem >= 0.5 ? sem : 0.0;
    }
    return out;
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0.0 : dot / Math.sqrt(na * nb);
  }

  private Cue cue(String text) {
    for (Cue c : cues) {
      if (c.pattern.matcher(text).find()) {
        return c;
      }
    }
    return null;
  }

  private static boolean parties(Commitment k, List<Mention> mentions, int sentence) {
    for (Mention m : mentions) {
      if (m.sentence() == sentence && (k.actors().contains(m.entityId()) || "group".equals(m.rule())
          || FallbackActors.GROUP.equals(m.entityId()))) {
        return true;
      }
    }
    return false;
  }

  private static int shared(Set<String> action, Set<String> sentence) {
    int hit = 0;
    for (String a : action) {
      if (sentence.contains(a)) {
        hit++;
      }
    }
    return hit;
  }

  /** Share of the commitment's content stems that the sentence repeats. */
  static double overlap(Set<String> action, Set<String> sentence) {
    int hit = 0;
    for (String a : action) {
      if (sentence.contains(a)) {
        hit++;
      }
    }
    return action.isEmpty() ? 0.0 : (double) hit / action.size();
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

  /** "December 7" or "7 December" for the commitment's date. */
  private static Pattern dateReference(LocalDate date) {
    String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    int day = date.getDayOfMonth();
    return Pattern.compile("\\b(?:" + month + "\\s+" + day + "|" + day + "\\s+" + month + ")\\b", Pattern.CASE_INSENSITIVE);
  }
}
