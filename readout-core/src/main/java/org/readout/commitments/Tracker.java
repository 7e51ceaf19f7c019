package org.readout.commitments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.readout.analysis.Layers;
import org.readout.clauses.ClauseStage;
import org.readout.internal.Similarity;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Sides;
import org.readout.topics.Embedder;

/**
 * Follows a commitment through later statements: finds sentences that report progress, fulfilment,
 * stalling or breach of it and suggests status changes with evidence and a confidence.
 *
 * <p>A later sentence reports on a commitment when it talks about the same act: it repeats the act's
 * object ({@link ActObject}: the head of the direct object, and a rare phrase of the object or two rare
 * heads; rare among the commitments and, in a corpus scan, among the later statements); a status cue that
 * can report on the kind of act the action's verb names ({@code acts} in tracking.yaml: "hold talks" is
 * reported held or stalled, "sign a treaty" signed or broken) governs it (same clause, used as a verb, within
 * {@value #MAX_WORDS} words of the repeated object, not in a condition or an expectation); the sentence is
 * no question and not about an earlier time ("last year", an earlier year); AND it names one of the parties,
 * or its statement is a party's own (its side). Or it holds follow-up language linked to the commitment
 * (see {@link #track(TrackedCommitment, List, ToDoubleFunction)}). Score = 0.4 × object (1 a phrase, 0.8
 * two heads) + 0.2 × parties (1 when the sentence names one, ½ when only the statement is a party's) + 0.15 ×
 * coverage (share of the action's and object's words repeated) + 0.1 × proximity of cue and object + 0.15 ×
 * back-reference ("as agreed", "reached during the …", the commitment's date); a suggestion needs at least
 * {@value #THRESHOLD} and a date within the window after the commitment. The confidence is that score
 * (capped at 0.95): a rule score; eval/tracking-sample-4.tsv gives the hand-checked precision. With an
 * {@link Embedder} the object may also match by sentence-embedding similarity (rule ids then end in
 * {@code +embedding}).
 * Denial words are the commitment lexicon's negators (one list for extraction and tracking).
 *
 * <p>Immutable and thread-safe.
 */
public final class Tracker {
  public static final double THRESHOLD = 0.6;
  /** The least (weighted) share of the action's stems a lexical match repeats. */
  static final double MIN_OVERLAP = 0.25;
  private static final double REFRAIN_DONE = 0.6;
  /** The most words between a status cue and the repeated object it governs. */
  static final int MAX_WORDS = 6;
  /** A sentence that only expects, plans or supposes an act does not report it done. */
  private static final Pattern MODAL = Pattern.compile(
      "\\b(?:will|would|could|should|might|may|must|shall|can|cannot|if|unless|intends?|plans?)\\b", Pattern.CASE_INSENSITIVE);
  /** A one-party pledge needs this (weighted) share of its stems repeated. */
  static final double MIN_OVERLAP_ONE_PARTY = 0.5;
  /**
   * The weight a shared stem needs to count as rare. With the corpus scan's weights (IDF over the open
   * commitments' actions, {@code ln(1 + N / (1 + df))}) that is a stem in at most about 2% of commitments.
   */
  public static final double RARE = 3.9;
  /** The action overlap a follow-up link counts for (a shared concept or the commitment's month). */
  private static final double FOLLOW_UP_OVERLAP = 0.5;
  /** Content stems a later sentence must share with the action to match lexically. */
  public static final int MIN_SHARED = 2;
  private static final TrackingLexicon.Cue REFRAIN_BROKEN =
      new TrackingLexicon.Cue("track.refrain.done", Status.BROKEN, Pattern.compile("(?!)"));

  /** One suggested status change, with the sentence that supports it. */
  public record Suggestion(String commitmentId, Status status, String statement, int sentence, int start, int end,
                           LocalDate date, double confidence, String rule, String text) {
  }

  private final TrackingLexicon lexicon;
  private final CommitmentLexicon commitments;
  private final Embedder embedder;
  /** Adds the clause layer to a later statement read without it (null: statements are read as they come). */
  private final ClauseStage clauses;
  private final Precision precision;
  private final org.readout.actors.ActorDictionary actors;

  /**
   * A tracker matching by shared content words only ({@code embedder} null), or also by sentence
   * embeddings: the same-action signal is then the larger of word overlap and the rescaled cosine
   * {@code (cos − 0.65) / 0.25} clipped to [0, 1] (ignored below 0.5), so a report in other words
   * ("talks on missile limits will begin in Geneva") still matches.
   */
  public Tracker(TrackingLexicon lexicon, CommitmentLexicon commitments, Embedder embedder) {
    this(lexicon, commitments, embedder, null);
  }

  /**
   * As {@link #Tracker(TrackingLexicon, CommitmentLexicon, Embedder)}, adding the clause layer with
   * {@code clauses} to a later statement that has tokens but no clauses (a statement stored at ingest):
   * a status cue governs the words of its clause only.
   */
  public Tracker(TrackingLexicon lexicon, CommitmentLexicon commitments, Embedder embedder, ClauseStage clauses) {
    this(lexicon, commitments, embedder, clauses, null);
  }

  /**
   * As {@link #Tracker(TrackingLexicon, CommitmentLexicon, Embedder, ClauseStage)}, the precision gate also
   * reading the states of {@code actors} (null: no check of the parties, {@link EventIdentity#otherParties}).
   */
  public Tracker(TrackingLexicon lexicon, CommitmentLexicon commitments, Embedder embedder, ClauseStage clauses,
                 org.readout.actors.ActorDictionary actors) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.commitments = Objects.requireNonNull(commitments, "commitments");
    this.embedder = embedder;
    this.clauses = clauses;
    this.actors = actors;
    this.precision = new Precision(lexicon, actors == null ? null : new EventIdentity(actors));
  }

  /** A copy that also compares by sentence embeddings (see the constructor). */
  public Tracker withEmbedder(Embedder e) {
    return new Tracker(lexicon, commitments, Objects.requireNonNull(e, "embedder"), clauses, actors);
  }

  /**
   * Suggestions for {@code c} from the statements in {@code later} dated after it (statements without a
   * date, or the commitment's own statement, are skipped), ordered by date, statement and sentence.
   * Only binding commitments (agreement, pledge, readiness, hope; not negated) are tracked.
   */
  public List<Suggestion> track(TrackedCommitment c, List<AnalyzedStatement> later) {
    return track(c, later, null);
  }

  /**
   * As {@link #track(TrackedCommitment, List)}, with each content stem weighted by {@code weight} (e.g. its
   * inverse document frequency in the workspace, so that sharing "continue" and "work" counts for less
   * than sharing "consultations" and "security"); null weighs every stem 1.
   *
   * <p>Besides shared words, a sentence with follow-up language ({@code follow-ups} in tracking.yaml: "the
   * agreement reached during the December call", "as the leaders agreed", "talks scheduled for …") links
   * to a commitment of two or more parties when it falls within the follow-up window, its statement
   * involves every party of the commitment (the statement's side or its actor mentions), and it shares a concept group with the
   * action or names the commitment's month. Its rule id then carries the follow-up cue's id.
   */
  public List<Suggestion> track(TrackedCommitment c, List<AnalyzedStatement> later, ToDoubleFunction<String> weight) {
    Objects.requireNonNull(c, "c");
    List<Suggestion> out = new ArrayList<>();
    for (AnalyzedStatement doc : later) {
      out.addAll(track(c, read(doc), doc.sentences(), weight));
    }
    out.sort(Comparator.comparing(Suggestion::date).thenComparing(Suggestion::statement)
        .thenComparingInt(Suggestion::sentence));
    return out;
  }

  /**
   * A later statement, read for scoring against many commitments (see {@link LaterStatement}); its clause
   * layer is added first when it has tokens but no clauses and this tracker has a clause stage.
   */
  public LaterStatement read(AnalyzedStatement doc) {
    boolean tokens = !doc.sentences().isEmpty() && !doc.sentences().get(0).tokens().isEmpty();
    AnalyzedStatement d = clauses != null && tokens && !doc.has(Layers.CLAUSES) ? clauses.process(doc) : doc;
    return new LaterStatement(lexicon, commitments, d);
  }

  /**
   * As {@link #track(TrackedCommitment, List, ToDoubleFunction)} for one later statement, scoring only
   * {@code sentences} (of it), in sentence order; its readings are kept in {@code later} for the next
   * commitment.
   */
  public List<Suggestion> track(TrackedCommitment c, LaterStatement later, List<Sentence> sentences,
                                ToDoubleFunction<String> weight) {
    return track(c, actionStems(c.commitment()), actObject(c.commitment()), later, sentences, weight);
  }

  /**
   * As {@link #track(TrackedCommitment, LaterStatement, List, ToDoubleFunction)} with the commitment's
   * {@link #actionStems} and {@link #actObject} computed by the caller (once per commitment in a corpus scan).
   */
  public List<Suggestion> track(TrackedCommitment c, Set<String> action, ActObject object, LaterStatement later,
                                List<Sentence> sentences, ToDoubleFunction<String> weight) {
    Commitment k = c.commitment();
    List<Suggestion> out = new ArrayList<>();
    AnalyzedStatement doc = later.doc;
    LocalDate d = doc.meta().date();
    if (!k.binding() || doc.id().equals(k.statement()) || d == null || c.date() == null || !d.isAfter(c.date())
        || d.isAfter(c.date().plusDays(lexicon.windowDays))) {
      return out;
    }
    if (action.isEmpty() || object.isEmpty()) {
      return out;
    }
    Set<String> actionConcepts = lexicon.concepts(action);
    boolean bilateral = k.actors().size() >= 2;
    String side = later.side;
    List<Mention> mentions = later.mentions;
    boolean followWindow = !d.isAfter(c.date().plusDays(lexicon.followUpWindowDays));
    // follow-up language ("as the leaders agreed") refers to what several parties agreed
    boolean allParties = followWindow && bilateral && k.kind() == CommitmentKind.AGREEMENT
        && involvesAll(k, side, mentions);
    boolean own = !side.isEmpty() && k.actors().contains(side);
    TrackingLexicon.Act act = lexicon.acts.isEmpty() ? null : lexicon.act(k.action());
    boolean reportable = lexicon.acts.isEmpty() || act != null;
    // an act scheduled for the near term ("Today, the President will sign …"), reported on later, is named by
    // its month and year ("In November 2022, the President signed …"); otherwise a later report is of another
    boolean late = d.isAfter(c.date().plusDays(lexicon.nearTermDays)) && lexicon.nearTerm(k.text());
    String verb = k.refrain() ? lexicon.verb(k.action()) : null;
    String verbStem = verb == null ? null : lexicon.stem(verb);
    for (Sentence s : sentences) {
      LaterStatement.Reading r = later.read(s);
      if (r.anyCue() == null && r.follow() == null && !k.refrain()) {
        continue; // nothing to report a status with
      }
      if (r.question() || r.earlier() || (r.latestYear() > 0 && r.latestYear() < c.date().getYear())) {
        continue; // a question reports nothing; a sentence about an earlier year reports an earlier act
      }
      if (late && !(DateMentions.namesMonth(c.date(), s.text()) && s.text().contains(Integer.toString(c.date().getYear())))) {
        continue;
      }
      if (DateMentions.otherMonth(k.text(), s.text())) {
        continue; // the commitment's act was set for another month than the one this sentence reports
      }
      ActObject.Match match = object.match(r.keys(), weight);
      // the same act: the object repeated (a rare phrase of it or two rare heads) and a cue that can
      // report on the kind of act, used as a verb, within a few words of the repeated object
      boolean objectOk = match.direct() && (match.phrase() || match.heads() >= 2)
          && object.qualifiers().agree(lexicon, s.text(), s.start(), match.stems(),
              SentenceMentions.aside(k, mentions, s.index()), weight);
      LaterStatement.CueClause governed = objectOk && reportable ? r.governing(match.stems(), act, MAX_WORDS) : null;
      TrackingLexicon.Cue cue = governed == null ? null : governed.cue();
      boolean ungoverned = false;
      if (cue == null && embedder != null && reportable) {
        // a report in other words shares no stem for a cue to govern: it may match by embedding only
        for (LaterStatement.CueClause cc : r.cues()) {
          if (!cc.attributive() && !cc.conditional() && (act == null || act.reports(cc.cue()))) {
            cue = cc.cue();
            ungoverned = true;
            break;
          }
        }
      }
      // follow-up language in a supposition ("could and should"), or naming another month or day than the
      // commitment's ("as agreed during the April 26 meeting"), is about another agreement
      TrackingLexicon.Cue follow = allParties && !r.supposed() && !DateMentions.otherDate(c.date(), r.followWhen()) ? r.follow() : null;
      // a party does not report breaking its own pledge to refrain; its own statements restate it
      if (cue == null && k.refrain() && !own && objectOk && verbStem != null && r.stems().contains(verbStem)
          && Similarity.coverage(action, r.stems()) >= REFRAIN_DONE && !r.negated() && !MODAL.matcher(s.text()).find()) {
        // "has no intention of deploying missiles" … later "missiles were deployed": the act reported
        // done, in the commitment's own words (its verb too), breaks a pledge to refrain.
        cue = REFRAIN_BROKEN;
      }
      if (cue == null && follow != null && !k.refrain()) {
        cue = follow; // a reference to the agreement as being acted on: progress
      }
      if (cue == null) {
        continue;
      }
      double semantic = ungoverned ? semantic(k, s) : 0.0;
      double objectScore = ungoverned ? 0.0 : match.strength();
      boolean strong = (!ungoverned && match.phrase()) || semantic > 0.0;
      double overlap = Math.max(objectScore, semantic);
      // Parties: for an act of two or more parties, a party other than the reporting side named in the
      // sentence; for one party's pledge, that party named or reporting. The parties' own statement
      // (its side) with the object's phrase repeated also counts.
      boolean namedOther = SentenceMentions.named(k, mentions, s.index(), bilateral ? side : null);
      // a follow-up names the same kind of act (a concept group shared with the action); naming the
      // commitment's month only strengthens it: every agreement of that month shares the month
      // follow-up language names the agreement's parties in the sentence itself ("as the two presidents
      // agreed, the talks between Russian and American representatives …")
      boolean linked = follow != null && SentenceMentions.namedAll(k, mentions, s.index())
          && !disjoint(actionConcepts, lexicon.concepts(r.followKeys()));
      if (linked) {
        overlap = Math.max(overlap, FOLLOW_UP_OVERLAP);
      } else if (follow == cue) {
        continue;
      }
      boolean partiesOk = bilateral
          ? namedOther || (own && strong) || linked
          : (namedOther || own) && (strong || match.heads() >= 2);
      if (!partiesOk || overlap == 0.0) {
        continue;
      }
      double parties = namedOther ? 1.0 : own ? 0.5 : 0.0;
      // coverage: the share of the action's words and of the object's keys repeated (by embedding: the similarity)
      double coverage = ungoverned ? semantic
          : (weightedCoverage(action, r.stems(), weight) + weightedCoverage(object.keys(), r.keys(), weight)) / 2;
      double proximity = governed == null ? 0.5 : 1.0 - (governed.distance(match.stems()) - 1) / (double) MAX_WORDS;
      double score = 0.4 * overlap + 0.2 * parties + 0.15 * coverage + 0.1 * proximity;
      // a back-reference ("as agreed", the commitment's date) is read only where it can decide
      if (score + 0.15 >= THRESHOLD && (linked || r.backReference() || DateMentions.namesDay(c.date(), s.text())
          || (follow != null && DateMentions.namesMonth(c.date(), s.text())))) {
        score += 0.15;
      }
      if (score < THRESHOLD) {
        continue;
      }
      Status status = cue.status();
      if (status == Status.BROKEN && cue != REFRAIN_BROKEN && SentenceMentions.otherAgent(k, mentions, s, cue)) {
        continue; // a breach committed by someone else ("Russia's violation of the rules"), not by the party
      }
      if (k.refrain() && status == Status.FULFILLED) {
        // A pledge not to act is broken when the act is later reported done.
        status = Status.BROKEN;
      }
      String rule = cue.id() + (linked && follow != cue ? "+" + follow.id() : "")
          + (semantic > objectScore && !linked ? "+embedding" : "");
      out.add(new Suggestion(k.id(), status, doc.id(), s.index(), s.start(), s.end(), d,
          Math.min(0.95, Math.round(score * 100.0) / 100.0), rule, s.text()));
    }
    return out;
  }

  /**
   * The precision gate of a corpus-wide track ({@link Precision}): true when {@code s}, one of this tracker's
   * suggestions for {@code c}, reports an event of the committed act on the same object (or follow-up
   * language referring back to the agreement itself), so that it is worth recording.
   */
  public boolean precise(TrackedCommitment c, Suggestion s) {
    return precision.precise(c, s);
  }

  /**
   * As {@link #precise(TrackedCommitment, Suggestion)}, knowing the later statement's own side ({@code side}, an
   * actor id such as {@code USA}, or ""): a state the commitment names that the later sentence does not is
   * then missing only when it is not the side reporting.
   */
  public boolean precise(TrackedCommitment c, Suggestion s, String side) {
    return precision.precise(c, s, side);
  }

  /**
   * True when {@code c}'s action names a kind of act ({@code acts} in tracking.yaml) that a status cue can
   * report on; otherwise only follow-up language and, for a pledge to refrain, the act reported done link to it.
   */
  public boolean reportable(Commitment c) {
    return lexicon.acts.isEmpty() || lexicon.act(c.action()) != null;
  }

  /**
   * The ids of the status cues that can report on {@code c}'s kind of act ({@code acts}; every cue when
   * the lexicon lists no acts, none when {@code c} is not {@link #reportable}).
   */
  public Set<String> admittedCues(Commitment c) {
    Set<String> out = new java.util.HashSet<>();
    TrackingLexicon.Act act = lexicon.acts.isEmpty() ? null : lexicon.act(c.action());
    if (act == null && !lexicon.acts.isEmpty()) {
      return out;
    }
    for (TrackingLexicon.Cue cue : lexicon.cues) {
      if (act == null || act.reports(cue)) {
        out.add(cue.id());
      }
    }
    return out;
  }

  /** The ids of the status cues found in {@code sentence} (a cheap prefilter: governing is not checked). */
  public Set<String> cueIds(String sentence) {
    Set<String> out = new java.util.HashSet<>();
    if (!lexicon.anyCue.matcher(sentence).find()) {
      return out;
    }
    for (TrackingLexicon.Cue cue : lexicon.cues) {
      if (cue.pattern().matcher(sentence).find()) {
        out.add(cue.id());
      }
    }
    return out;
  }

  /** Days after a commitment within which later statements are read for it ({@code window-days}). */
  public int windowDays() {
    return lexicon.windowDays;
  }

  /** Days within which follow-up language links without shared words ({@code follow-up-window-days}). */
  public int followUpWindowDays() {
    return lexicon.followUpWindowDays;
  }

  /** The most suggestions one commitment keeps per run ({@code max-suggestions}). */
  public int maxSuggestions() {
    return lexicon.maxSuggestions;
  }

  /** True when {@code sentence} holds follow-up language (see {@link #track(TrackedCommitment, List, ToDoubleFunction)}). */
  public boolean mayFollowUp(String sentence) {
    return lexicon.followUp(sentence) != null;
  }

  /** The concept groups ({@code concepts} in tracking.yaml) of a set of content stems. */
  public Set<String> concepts(Set<String> stems) {
    return lexicon.concepts(stems);
  }

  /**
   * The weighted share of the action's stems that {@code other} repeats, or 0 when it is no lexical match:
   * fewer than {@value #MIN_SHARED} shared stems, none of them rare (weight at least {@value #RARE}; with a
   * null weight every stem weighs 1 and counts as rare), or a share below {@value #MIN_OVERLAP} (below
   * {@value #MIN_OVERLAP_ONE_PARTY} for a one-party pledge, whose "will continue to …" wording recurs in
   * much unrelated text).
   */
  public double lexical(Commitment k, Set<String> action, Set<String> other, ToDoubleFunction<String> weight) {
    int shared = 0;
    boolean rare = false;
    for (String w : action) {
      if (other.contains(w)) {
        shared++;
        rare |= weight == null || weight.applyAsDouble(w) >= RARE;
      }
    }
    if (shared < MIN_SHARED || !rare) {
      return 0.0;
    }
    double cov = weightedCoverage(action, other, weight);
    return cov >= (k.actors().size() >= 2 ? MIN_OVERLAP : MIN_OVERLAP_ONE_PARTY) ? cov : 0.0;
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when every state or organisation among the commitment's actors is the later statement's side or
   * is mentioned in it (a group mention counts for none).
   */
  private static boolean involvesAll(Commitment k, String side, List<Mention> mentions) {
    if (k.actors().isEmpty()) {
      return false;
    }
    for (String a : k.actors()) {
      if (a.equals(side) || FallbackActors.GROUP.equals(a)) {
        continue;
      }
      boolean found = false;
      for (Mention m : mentions) {
        if (a.equals(m.entityId()) || a.equals(m.actorId())) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /**
   * The content-word stems {@link #track} compares a later sentence with, or an empty set when
   * {@code c} is not tracked (not binding). Callers use them to prefilter later statements cheaply: a
   * statement whose text shares fewer than {@link #MIN_SHARED} of them cannot match lexically.
   */
  public Set<String> actionStems(Commitment c) {
    return c.binding() ? lexicon.trackStems(c.action().length() > 12 ? c.action() : c.text()) : Set.of();
  }

  /**
   * False when {@code sentence} cannot refer back to a commitment: no back-reference word ("agreed",
   * "commitment", …) and no date reference (a month name with a day: "December 7"). Without one, a
   * lexical match needs the sentence to repeat at least a third of the action's stems to reach the
   * threshold (0.6 × overlap + 0.2 for the parties).
   */
  public boolean mayReferBack(String sentence) {
    return lexicon.backReference.matcher(sentence).find() || DateMentions.anyMonthDay(sentence);
  }

  /** Content-word stems of {@code text}, as compared by {@link #track}. */
  public Set<String> contentStems(String text) {
    return lexicon.trackStems(text);
  }

  /**
   * False when no sentence of {@code text} can be a status report for a commitment other than a pledge
   * to refrain: none of the status cues occurs anywhere in it. A cheap whole-text prefilter.
   */
  public boolean mayReport(String text) {
    return lexicon.cue(text) != null;
  }

  /** Rescaled cosine of the action to the sentence; 0 without an embedder or below 0.5. */
  private double semantic(Commitment k, Sentence s) {
    if (embedder == null) {
      return 0.0;
    }
    List<float[]> v = embedder.embedAll(List.of(k.action().isEmpty() ? k.text() : k.action(), s.text()));
    double cos = Similarity.cosine(v.get(0), v.get(1));
    // BGE cosines of unrelated news sentences sit around 0.5–0.65; only clearly closer ones count.
    double sem = Math.max(0.0, Math.min(1.0, (cos - 0.65) / 0.25));
    return sem >= 0.5 ? sem : 0.0;
  }

  /** The weighted share of {@code action}'s stems that {@code other} repeats (null weight: each stem 1). */
  static double weightedCoverage(Set<String> action, Set<String> other, ToDoubleFunction<String> weight) {
    double all = 0;
    double sh = 0;
    for (String w : action) {
      double x = weight == null ? 1.0 : weight.applyAsDouble(w);
      all += x;
      if (other.contains(w)) {
        sh += x;
      }
    }
    return all <= 0 ? 0.0 : sh / all;
  }

  /**
   * The object of {@code c}'s action ({@link ActObject}) with its {@link Qualifiers}; empty when it is not
   * tracked (not binding, or its action cut short by an extraction error: it ends in a stopword).
   */
  public ActObject actObject(Commitment c) {
    String action = c.action().length() > 12 ? c.action() : c.text();
    if (!c.binding() || lexicon.truncated(action)) {
      return new ActObject(Set.of(), Set.of());
    }
    String coreText = lexicon.core(action);
    ActObject core = ActObject.of(lexicon, coreText);
    if (core.isEmpty()) {
      coreText = action;
      core = ActObject.of(lexicon, action);
    }
    return core.with(Qualifiers.of(lexicon, action, coreText, c.text()));
  }

  /** Every key of {@code sentence} an {@link ActObject} can match: content stems and adjacent stem pairs. */
  public Set<String> sentenceKeys(String sentence) {
    return ActObject.sentenceKeys(lexicon, sentence);
  }
}
