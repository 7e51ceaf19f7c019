package org.readout.commitments;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;
import org.readout.clauses.Clause;
import org.readout.internal.YamlData;

/**
 * Discourse checks on a cue before it becomes an act ({@code discourse.yaml}): the grammatical settings in
 * which a cue names no commitment — an act with no action ("We agreed."), the hypothetical "would" outside a
 * reporting frame, a hope about how others will receive something, an activity in the progressive, and a
 * past episode a speaker recounts in a transcript turn. Immutable and thread-safe.
 */
final class ActFilters {
  record Data(@JsonProperty("backshift-frames") String backshiftFrames,
              @JsonProperty("reception-hope") String receptionHope,
              @JsonProperty("ongoing-before") String ongoingBefore,
              @JsonProperty("past-anchor") String pastAnchor,
              @JsonProperty("past-year") String pastYear,
              @JsonProperty("narrative-window") int narrativeWindow,
              @JsonProperty("past-cue") String pastCue,
              @JsonProperty("shared-view") String sharedView,
              @JsonProperty("hedged-we") String hedgedWe,
              @JsonProperty("visit-pleasantry") String visitPleasantry,
              @JsonProperty("past-temporal") String pastTemporal,
              @JsonProperty("criticised-object") String criticisedObject,
              @JsonProperty("restart") String restart) {
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Pattern STRANDED = Pattern.compile("\\b(?:to|on|upon|for|of|with|that|in)\\s*$", FLAGS);
  private static final Pattern PAST_COPULA = Pattern.compile("(?:was|were)\\b", FLAGS);
  private static final Pattern WOULD = Pattern.compile("^(?:would|'d|’d)\\b", FLAGS);

  private final Pattern backshift;
  private final Pattern receptionHope;
  private final Pattern ongoingBefore;
  private final Pattern pastAnchor;
  private final Pattern pastYear;
  private final Pattern pastCue;
  private final Pattern sharedView;
  private final Pattern hedgedWe;
  private final Pattern visitPleasantry;
  private final Pattern pastTemporal;
  private final Pattern criticisedObject;
  private final Pattern restart;
  private static final Pattern LOOK_FORWARD = Pattern.compile("\\blook(?:s|ed|ing)?\\s+forward\\s+to\\b", FLAGS);
  private static final Pattern PAST_WORD =
      Pattern.compile("\\b(?:\\w+ed|was|were|had|did|made|gave|took|undertook|sought|vowed)\\b", FLAGS);
  private final int narrativeWindow;

  ActFilters(Data y) {
    this.backshift = Pattern.compile(y.backshiftFrames(), FLAGS);
    this.receptionHope = Pattern.compile(y.receptionHope(), FLAGS);
    this.ongoingBefore = Pattern.compile(y.ongoingBefore(), FLAGS);
    this.pastAnchor = Pattern.compile(y.pastAnchor(), FLAGS);
    this.pastYear = Pattern.compile(y.pastYear(), FLAGS);
    this.pastCue = Pattern.compile(y.pastCue(), FLAGS);
    this.sharedView = Pattern.compile(y.sharedView(), FLAGS);
    this.hedgedWe = Pattern.compile(y.hedgedWe(), FLAGS);
    this.visitPleasantry = Pattern.compile(y.visitPleasantry(), FLAGS);
    this.pastTemporal = Pattern.compile(y.pastTemporal(), FLAGS);
    this.criticisedObject = Pattern.compile(y.criticisedObject(), FLAGS);
    this.restart = Pattern.compile(y.restart(), FLAGS);
    this.narrativeWindow = y.narrativeWindow();
  }

  /** The bundled discourse filters ({@code discourse.yaml}); loaded with the commitment lexicon. */
  static ActFilters load() {
    return new ActFilters(YamlData.resource(ActFilters.class, "discourse.yaml", Data.class));
  }

  /**
   * True when the cue names no commitment in its setting. {@code t} is the sentence, {@code h} the cue,
   * {@code from}/{@code to} the act's clause (sentence offsets), {@code inner} the clause holding the cue.
   */
  boolean reject(DocState d, boolean inTurn, String t, Act.Hit h, int from, int to, Clause inner) {
    CommitmentLexicon.Rule r = h.rule();
    String cue = t.substring(h.start(), h.end());
    // "We agreed." / "this is what happened, we agreed": an act needs an action.
    // ("steps the President has been committed to": a stranded preposition, the action stands before it.)
    if (r.strong() && !r.actionFromCue() && !r.negated() && !STRANDED.matcher(cue).find()
        && !WORD.matcher(t.substring(h.end(), Math.max(h.end(), to))).find()) {
      return true;
    }
    // "a phrase the President would use": the hypothetical mood, in a speaker's own words.
    if (r.kind() == CommitmentKind.PLEDGE && !r.strong() && !r.refrain() && WOULD.matcher(cue).find()
        && (inTurn || !d.narrated) && (inner == null || !inner.conditional())
        && !backshift.matcher(t.substring(0, h.start())).find()) {
      return true;
    }
    // "we will — we are seeking …": a modal broken off by a dash and a new subject is a false start, no act.
    if (!r.strong() && restart.matcher(t.substring(h.end())).lookingAt()) {
      return true;
    }
    // "I hope that is how they assess it", "I hope you will accept …": not a hope about an outcome.
    if (r.kind() == CommitmentKind.HOPE && !cue.toLowerCase(java.util.Locale.ROOT).endsWith("to")
        && receptionHope.matcher(t.substring(h.end(), Math.max(h.end(), to))).find()) {
      return true;
    }
    // "looks forward to welcoming the Prime Minister", "we're looking forward to this": a host's pleasantry.
    if (r.kind() == CommitmentKind.HOPE && LOOK_FORWARD.matcher(cue).find()
        && visitPleasantry.matcher(t.substring(h.end(), Math.max(h.end(), to))).lookingAt()) {
      return true;
    }
    // "raised concerns over the PRC's support for Russia's defense industrial base": another party's act that the
    // speaker criticises is no commitment of that party.
    if (r.possessor() && criticisedObject.matcher(t.substring(Math.max(from, h.start() - 80), h.start())).find()) {
      return true;
    }
    // "… when we agreed in Moscow to …": a past act inside a temporal clause is a recounted event.
    if (PAST_WORD.matcher(cue).find() && pastTemporal.matcher(t.substring(Math.max(0, h.start() - 60), h.start()))
        .find()) {
      return true;
    }
    // "agreed that X was central to …", "agreed on the importance of …": a shared view, no act.
    if (r.kind() == CommitmentKind.AGREEMENT && !r.negated()) {
      java.util.regex.Matcher v = sharedView.matcher(t);
      v.region(h.start(), Math.max(h.end(), to));
      if (v.find() && v.start() < h.end()) {
        return true;
      }
    }
    // "they were willing to lift the duties" in a speaker's own words (not "said X was ready to"): a past readiness,
    // fulfilled or gone, no commitment now (GUIDELINES, reconciled conventions: past readiness).
    if (r.kind() == CommitmentKind.READINESS && PAST_COPULA.matcher(cue).lookingAt() && (inTurn || !d.narrated)
        && !backshift.matcher(t.substring(0, h.start())).find()) {
      return true;
    }
    // "we have been warning for weeks": an activity going on, not an act.
    if (ongoingBefore.matcher(t.substring(Math.max(0, h.start() - 12), h.start())).find()
        && cue.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT).endsWith("ing")) {
      return true;
    }
    // A past episode recounted in a turn: "President X agreed to everything anyway", "he was ready to …".
    return inTurn && d.pastAnchorAt >= 0 && d.current - d.pastAnchorAt <= narrativeWindow
        && (r.kind() == CommitmentKind.AGREEMENT || r.kind() == CommitmentKind.PLEDGE
        || r.kind() == CommitmentKind.READINESS) && pastCue.matcher(cue).find();
  }

  /**
   * True when the text before a modal cue is an official's hedge on his own side's plan ("I think for us, we'll
   * focus on …"): in a turn, such an epistemic frame leaves the act standing.
   */
  boolean hedgedWe(String beforeCue) {
    return hedgedWe.matcher(beforeCue).find();
  }

  /** A year at least two before the statement's ("in 2014" said in 2021). */
  private boolean earlyYear(DocState d, String t) {
    java.time.LocalDate date = d.doc.meta().date();
    if (date == null) {
      return false;
    }
    java.util.regex.Matcher m = pastYear.matcher(t);
    while (m.find()) {
      if (Integer.parseInt(m.group(1)) <= date.getYear() - 2) {
        return true;
      }
    }
    return false;
  }

  /** Notes a past anchor in sentence {@code t} of the current turn (a new turn forgets the old one). */
  void track(DocState d, String t, Object turn) {
    if (turn != d.anchorTurn) {
      d.pastAnchorAt = -1;
      d.anchorTurn = turn;
    }
    if (turn != null && (pastAnchor.matcher(t).find() || earlyYear(d, t))) {
      d.pastAnchorAt = d.current;
    }
  }
}
