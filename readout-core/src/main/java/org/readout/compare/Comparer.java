package org.readout.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.readout.ReadoutException;
import org.readout.actors.ActorDictionary;
import org.readout.analysis.Layers;
import org.readout.attribution.Attribution;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentPairs;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Sentence;
import org.readout.time.Timeline;
import org.readout.time.TimelineEvent;
import org.readout.topics.Codebook;
import org.readout.topics.CodedStatement;
import org.readout.topics.Embedder;

/**
 * Compares statements about one meeting. It reads what the analysis stages put on each statement —
 * topics, attributions, commitments, dated events — and never runs a stage again: it builds the
 * coverage matrix and topic order ({@link CoverageMatrix}), aligns sentences across statements
 * ({@link SentenceAligner}, sentence vectors from the embedder's cache), contrasts the wording of shared
 * topics (keyness), matches commitments across sides ({@link CommitmentMatching}), merges the timeline,
 * and states the findings ({@link Findings}, worded by {@link Wording}), each with evidence.
 *
 * <p>The input order never matters: statements are sorted by id first, and every later step breaks ties
 * deterministically. Statements are grouped into sides by their side code (a statement without one is
 * its own side); "one-sided" and "shared" refer to sides. Immutable and thread-safe.
 */
public final class Comparer {
  /**
   * A statement at least this many times as long as another gives a length-asymmetry finding (GUIDELINES: twice the
   * words; between two short readouts a half longer is no finding an analyst would make).
   */
  public static final double LENGTH_RATIO = 2.0;
  /** Alignments scoring at least this across sides are reported as convergence findings. */
  public static final double CONVERGENCE_SCORE = 0.60;
  /** Two shares on a shared topic differing by this factor (and {@link #EMPHASIS_POINTS}) give emphasis-difference. */
  public static final double EMPHASIS_RATIO = 2.0;
  public static final double EMPHASIS_POINTS = 0.10;
  /** The layers a statement needs before it can be compared. */
  public static final List<LayerKey<?>> NEEDS = List.of(Layers.TOKENS, Layers.TOPICS, Layers.ATTRIBUTIONS,
      Layers.COMMITMENTS, Layers.EVENTS);

  private final Codebook codebook;
  private final Embedder embedder;
  private final ActorDictionary actors;
  private final CommitmentPairs pairs;
  private final Timeline timeline;
  /** The codebook's key mentions of each topic, compiled once. */
  private final org.readout.topics.PhraseCoder mentions;

  /**
   * @param codebook the codebook the statements' topics were coded with
   * @param embedder sentence embeddings for alignment (the topic stage's, so vectors come from its cache)
   * @param actors   names actors in findings
   * @param pairs    matches commitments across statements
   * @param timeline merges the statements' dated events
   */
  public Comparer(Codebook codebook, Embedder embedder, ActorDictionary actors, CommitmentPairs pairs, Timeline timeline) {
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.pairs = Objects.requireNonNull(pairs, "pairs");
    this.timeline = Objects.requireNonNull(timeline, "timeline");
    this.mentions = codebook.mentionCoder();
  }

  /**
   * Compares analysed statements (each with the layers of {@link #NEEDS}).
   *
   * @throws ReadoutException when no statement is given or an id occurs twice
   * @throws IllegalStateException naming the missing layer and its stage when a statement lacks one
   */
  public Comparison compare(List<AnalyzedStatement> input) {
    if (input.isEmpty()) {
      throw new ReadoutException("compare: no statements given");
    }
    List<AnalyzedStatement> sorted = new ArrayList<>(input);
    sorted.sort(Comparator.comparing(AnalyzedStatement::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new ReadoutException(sorted.get(i).statement().source() + ": statement id '" + sorted.get(i).id()
            + "' given twice");
      }
    }
    for (AnalyzedStatement a : sorted) {
      for (LayerKey<?> k : NEEDS) {
        a.require(k);
      }
    }
    List<CodedStatement> coded = new ArrayList<>(sorted.size());
    Map<String, List<float[]>> vectors = new LinkedHashMap<>();
    Map<String, List<Commitment>> commitments = new LinkedHashMap<>();
    Map<String, List<Attribution>> attributions = new LinkedHashMap<>();
    List<TimelineEvent> raw = new ArrayList<>();
    for (AnalyzedStatement a : sorted) {
      CodedStatement c = new CodedStatement(a, a.require(Layers.TOPICS));
      coded.add(c);
      // served from the embedding cache the topic stage filled
      vectors.put(c.id(), embedder.embedAll(c.sentences().stream().map(Sentence::text).toList()));
      commitments.put(c.id(), a.require(Layers.COMMITMENTS));
      attributions.put(c.id(), a.require(Layers.ATTRIBUTIONS));
      raw.addAll(a.require(Layers.EVENTS));
    }
    List<TopicCoverage> matrix = CoverageMatrix.coverage(codebook, coded);
    Map<String, List<String>> order = CoverageMatrix.topicOrder(coded, matrix);
    Map<String, List<StancePairs.Side>> stances = new LinkedHashMap<>();
    for (CodedStatement c : coded) {
      stances.put(c.id(), stances(c, commitments.get(c.id())));
    }
    List<Alignment> alignments = new ArrayList<>();
    List<StancePairs.Judged> judged = new ArrayList<>();
    for (int i = 0; i < coded.size(); i++) {
      for (int j = i + 1; j < coded.size(); j++) {
        CodedStatement a = coded.get(i);
        CodedStatement b = coded.get(j);
        List<StancePairs.Side> sa = stances.get(a.id());
        List<StancePairs.Side> sb = stances.get(b.id());
        for (Alignment al : SentenceAligner.align(a, vectors.get(a.id()), b, vectors.get(b.id()))) {
          if (takesPart(sa.get(al.a().sentence())) && takesPart(sb.get(al.b().sentence()))) {
            alignments.add(al); // questions, moderator lines and pleasantries are never aligned
          }
        }
        if (!sideOf(a).equals(sideOf(b))) {
          judged.addAll(StancePairs.pairs(a, vectors.get(a.id()), sa, b, vectors.get(b.id()), sb));
        }
      }
    }
    List<Framing> framings = CoverageMatrix.framings(coded, matrix);
    Map<String, List<SpeakerShare>> speakers = new LinkedHashMap<>();
    for (CodedStatement c : coded) {
      speakers.put(c.id(), Speech.shares(c, attributions.get(c.id())));
    }
    List<CommitmentPairs.Pair> matched = CommitmentMatching.pairs(pairs, coded, commitments);
    List<CommitmentMatching.FirmnessGap> gaps = CommitmentMatching.gaps(coded, commitments, matched, alignments);
    Findings f = new Findings(coded, matrix, order, alignments, framings, matched, gaps, new Wording(coded, actors),
        judged, vectors, commitments, mentions);
    return new Comparison(codebook, coded, matrix, order, alignments, framings, f.all(), commitments, matched,
        attributions, speakers, Speech.quoted(f.sides, attributions), timeline.merge(raw));
  }

  /** The role and stance of every sentence of a statement; the side's entity from the side table. */
  private static List<StancePairs.Side> stances(CodedStatement c, List<Commitment> commitments) {
    String entity = org.readout.model.Sides.actorOf(c.statement().meta().side()).orElse("");
    List<SentenceRoles.Role> roles = SentenceRoles.of(c.statement().text(), c.sentences());
    List<StancePairs.Side> out = new ArrayList<>();
    List<org.readout.model.Mention> mentions = c.statement().mentions();
    for (Sentence s : c.sentences()) {
      out.add(new StancePairs.Side(entity, roles.get(s.index()),
          Stance.of(s, entity, mentions, commitments, StanceLexicon.BUNDLED)));
    }
    return out;
  }

  private static boolean takesPart(StancePairs.Side s) {
    return s.role().content() || s.role() == SentenceRoles.Role.ATMOSPHERE;
  }

  static String sideOf(CodedStatement c) {
    String side = c.statement().meta().side();
    return side.isEmpty() ? "id:" + c.id() : side.toUpperCase(Locale.ROOT);
  }
}
