package org.readout;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.FutureTask;
import org.readout.actors.ActorDictionary;
import org.readout.actors.ParticipantCues;
import org.readout.analysis.text.Lemmatizer;
import org.readout.analysis.text.SentenceSplitter;
import org.readout.analysis.text.Tokenizer;
import org.readout.attribution.Attributor;
import org.readout.attribution.CueLexicon;
import org.readout.attribution.SpeakerLexicon;
import org.readout.clauses.ClauseLexicon;
import org.readout.clauses.ClauseParser;
import org.readout.clauses.ClauseStage;
import org.readout.commitments.CommitmentExtractor;
import org.readout.commitments.CommitmentLexicon;
import org.readout.commitments.CommitmentPairs;
import org.readout.commitments.Tracker;
import org.readout.commitments.TrackingLexicon;
import org.readout.compare.Comparer;
import org.readout.internal.Futures;
import org.readout.time.TemporalTagger;
import org.readout.time.TimeLexicon;
import org.readout.time.Timeline;
import org.readout.topics.BgeEmbedder;
import org.readout.topics.CachingEmbedder;
import org.readout.topics.Codebook;
import org.readout.topics.Embedder;
import org.readout.topics.TopicCoder;

/**
 * Everything an engine is assembled from, in one immutable value: the actor dictionary, the topic
 * codebook, the lexicons (sentence and lemma data, participant cues, attribution cues and speakers,
 * the commitment and tracking lexicons, the time lexicon) and the sentence embedder. Stages receive
 * their collaborators from here when the engine is built ({@link Readout.Builder}); no stage looks a
 * collaborator up by itself, so what the user configures ({@code --actors FILE}, {@code --codebook FILE})
 * reaches every stage that uses it.
 *
 * <p>{@link #defaults()} is the bundled configuration (the one place where bundled data is loaded); the
 * {@code with…} methods return changed copies. The component methods ({@link #attributor()},
 * {@link #comparer()}, …) build a component from this configuration on each call. Immutable and
 * thread-safe.
 */
public final class ReadoutConfig {
  private final SentenceSplitter splitter;
  private final Tokenizer tokenizer;
  private final Lemmatizer lemmatizer;
  private final ActorDictionary actors;
  private final ParticipantCues participants;
  private final Codebook codebook;
  private final Embedder embedder;
  private final CueLexicon cues;
  private final SpeakerLexicon speakers;
  private final CommitmentLexicon commitments;
  private final TrackingLexicon tracking;
  private final TimeLexicon time;
  private final ClauseLexicon clauses;

  private ReadoutConfig(SentenceSplitter splitter, Tokenizer tokenizer, Lemmatizer lemmatizer, ActorDictionary actors,
                        ParticipantCues participants, Codebook codebook, Embedder embedder, CueLexicon cues,
                        SpeakerLexicon speakers, CommitmentLexicon commitments, TrackingLexicon tracking,
                        TimeLexicon time, ClauseLexicon clauses) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
    this.actors = Objects.requireNonNull(actors, "actors");
    this.participants = Objects.requireNonNull(participants, "participants");
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.embedder = embedder;
    this.cues = Objects.requireNonNull(cues, "cues");
    this.speakers = Objects.requireNonNull(speakers, "speakers");
    this.commitments = Objects.requireNonNull(commitments, "commitments");
    this.tracking = Objects.requireNonNull(tracking, "tracking");
    this.time = Objects.requireNonNull(time, "time");
    this.clauses = Objects.requireNonNull(clauses, "clauses");
  }

  /**
   * The bundled configuration: every bundled dictionary, codebook and lexicon, and bge-small-en-v1.5
   * sentence embeddings behind a JVM-wide in-memory cache (the model loads on first use). Loaded once
   * and shared: every value in it is immutable.
   */
  public static ReadoutConfig defaults() {
    return Defaults.CONFIG;
  }

  private static final class Defaults {
    /** One in-memory embedding cache for every engine built from the defaults. */
    static final Embedder EMBEDDER = new CachingEmbedder(BgeEmbedder.instance(), 100_000, null, 0);
    static final ReadoutConfig CONFIG = load();

    /**
     * Loads the bundled data. The actor dictionary (the largest part: thousands of phrases indexed) is
     * built on a second thread while this one reads the lexicons, so a cold start uses both cores.
     */
    private static ReadoutConfig load() {
      FutureTask<ActorDictionary> actors = new FutureTask<>(ActorDictionary::bundled);
      Thread t = new Thread(actors, "readout-load-actors");
      t.setDaemon(true);
      t.start();
      SentenceSplitter splitter = SentenceSplitter.bundled();
      Tokenizer tokenizer = Tokenizer.bundled();
      Lemmatizer lemmatizer = Lemmatizer.bundled();
      ParticipantCues participants = ParticipantCues.bundled();
      Codebook codebook = Codebook.defaults();
      CueLexicon cues = CueLexicon.bundled();
      SpeakerLexicon speakers = SpeakerLexicon.bundled();
      CommitmentLexicon commitments = CommitmentLexicon.bundled();
      TrackingLexicon tracking = TrackingLexicon.bundled();
      TimeLexicon time = TimeLexicon.bundled();
      return new ReadoutConfig(splitter, tokenizer, lemmatizer, join(actors), participants, codebook, EMBEDDER, cues,
          speakers, commitments, tracking, time, ClauseLexicon.bundled());
    }

    private static <T> T join(FutureTask<T> task) {
      return Futures.join(task, "loading the bundled configuration");
    }
  }

  // --- copies -------------------------------------------------------------------------------------

  /** A copy with another actor dictionary (e.g. {@link ActorDictionary#load} of a user's file). */
  public ReadoutConfig withActors(ActorDictionary newActors) {
    return new ReadoutConfig(splitter, tokenizer, lemmatizer, newActors, participants, codebook, embedder, cues, speakers,
        commitments, tracking, time, clauses);
  }

  /** A copy with another codebook (e.g. {@link Codebook#load} of a user's file). */
  public ReadoutConfig withCodebook(Codebook newCodebook) {
    return new ReadoutConfig(splitter, tokenizer, lemmatizer, actors, participants, newCodebook, embedder, cues, speakers,
        commitments, tracking, time, clauses);
  }

  /**
   * A copy with another sentence embedder, or none ({@code null}): topics are then coded by phrase rules
   * only, and the engine cannot compare (alignment needs embeddings).
   */
  public ReadoutConfig withEmbedder(Embedder newEmbedder) {
    return new ReadoutConfig(splitter, tokenizer, lemmatizer, actors, participants, codebook, newEmbedder, cues, speakers,
        commitments, tracking, time, clauses);
  }

  /** A copy with other attribution cues and speakers. */
  public ReadoutConfig withAttributionLexicons(CueLexicon newCues, SpeakerLexicon newSpeakers) {
    return new ReadoutConfig(splitter, tokenizer, lemmatizer, actors, participants, codebook, embedder, newCues,
        newSpeakers, commitments, tracking, time, clauses);
  }

  /** A copy with other commitment and tracking lexicons. */
  public ReadoutConfig withCommitmentLexicons(CommitmentLexicon newCommitments, TrackingLexicon newTracking) {
    return new ReadoutConfig(splitter, tokenizer, lemmatizer, actors, participants, codebook, embedder, cues, speakers,
        newCommitments, newTracking, time, clauses);
  }

  /** A copy with another time lexicon. */
  public ReadoutConfig withTimeLexicon(TimeLexicon newTime) {
    return new ReadoutConfig(splitter, tokenizer, lemmatizer, actors, participants, codebook, embedder, cues, speakers,
        commitments, tracking, newTime, clauses);
  }

  // --- values -------------------------------------------------------------------------------------

  public SentenceSplitter splitter() {
    return splitter;
  }

  public Tokenizer tokenizer() {
    return tokenizer;
  }

  public Lemmatizer lemmatizer() {
    return lemmatizer;
  }

  public ActorDictionary actors() {
    return actors;
  }

  public ParticipantCues participants() {
    return participants;
  }

  public Codebook codebook() {
    return codebook;
  }

  /** The sentence embedder; empty when topics are coded by phrase rules only. */
  public Optional<Embedder> embedder() {
    return Optional.ofNullable(embedder);
  }

  public CueLexicon cues() {
    return cues;
  }

  public SpeakerLexicon speakers() {
    return speakers;
  }

  public CommitmentLexicon commitmentLexicon() {
    return commitments;
  }

  public TrackingLexicon trackingLexicon() {
    return tracking;
  }

  public TimeLexicon timeLexicon() {
    return time;
  }

  public ClauseLexicon clauseLexicon() {
    return clauses;
  }

  // --- components built from this configuration ----------------------------------------------------

  public ClauseParser clauseParser() {
    return new ClauseParser(clauses);
  }

  public TopicCoder topicCoder() {
    return new TopicCoder(codebook, embedder);
  }

  public Attributor attributor() {
    return new Attributor(actors, speakers, cues);
  }

  public CommitmentExtractor commitmentExtractor() {
    return new CommitmentExtractor(commitments, actors);
  }

  public TemporalTagger temporalTagger() {
    return new TemporalTagger(time);
  }

  public Timeline timeline() {
    return new Timeline(time);
  }

  /** A tracker matching by shared words, and by sentence embeddings when {@code withEmbeddings} and an embedder is set. */
  public Tracker tracker(boolean withEmbeddings) {
    return new Tracker(tracking, commitments, withEmbeddings ? embedder : null,
        new ClauseStage(clauseParser(), splitter.labels()), actors);
  }

  /** Pairs commitments across statements by word stems (no embedding calls, as the comparison does). */
  public CommitmentPairs commitmentPairs() {
    return new CommitmentPairs(tracking, null);
  }

  /**
   * The comparer over this configuration's codebook, embedder and dictionary.
   *
   * @throws ReadoutException when there is no embedder (sentence alignment needs embeddings)
   */
  public Comparer comparer() {
    if (embedder == null) {
      throw new ReadoutException("compare needs sentence embeddings: this engine was configured without an embedder");
    }
    return new Comparer(codebook, embedder, actors, commitmentPairs(), timeline());
  }
}
