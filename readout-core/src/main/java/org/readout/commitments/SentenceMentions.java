package org.readout.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.readout.model.Mention;
import org.readout.model.Sentence;

/**
 * How a later sentence's actor mentions bear on a tracked commitment (for {@link Tracker}): whether its parties are
 * named, who commits a breach, which offsets are names rather than the object. Moved out of {@code Tracker}
 * unchanged. Stateless.
 */
final class SentenceMentions {
  private SentenceMentions() {
  }

  /** Between a state named and the breach it commits: "Russia's violation", "Russia has repeatedly violated". */
  static final Pattern AGENT_GAP = Pattern.compile(
      "(?i)(?:['\u2019]s)?(?:\\s+(?:has|have|had|is|was|were|again|repeatedly|continued|continues|flagrantly|blatantly|"
      + "clearly|now|also))*\\s+");

  /**
   * True when the breach {@code cue} in {@code s} is committed by a state or organisation that is no party of
   * {@code k}: its mention stands right before the cue as its agent ("Russia's violation of", "Moscow violated").
   */
  static boolean otherAgent(Commitment k, List<Mention> mentions, Sentence s, TrackingLexicon.Cue cue) {
    java.util.regex.Matcher m = cue.pattern().matcher(s.text());
    while (m.find()) {
      int at = s.start() + m.start();
      for (Mention x : mentions) {
        if (x.sentence() == s.index() && x.end() <= at && !"person".equals(x.actorType())
            && !k.actors().contains(x.entityId()) && AGENT_GAP.matcher(s.text().substring(x.end() - s.start(), m.start()))
            .matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A party of {@code k} named in the sentence, other than {@code notSide} (the reporting side, for an act
   * of several parties; null for one party's pledge).
   */
  static boolean named(Commitment k, List<Mention> mentions, int sentence, String notSide) {
    for (Mention m : mentions) {
      if (m.sentence() == sentence && k.actors().contains(m.entityId()) && !m.entityId().equals(notSide)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The statement offsets inside the sentence's mentions of people and of {@code k}'s parties: names that
   * do not qualify the object ({@link Qualifiers}: "President Biden signed the …").
   */
  static java.util.function.IntPredicate aside(Commitment k, List<Mention> mentions, int sentence) {
    List<Mention> in = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.sentence() == sentence && ("person".equals(m.actorType()) || k.actors().contains(m.entityId())
          || k.actors().contains(m.actorId()))) {
        in.add(m);
      }
    }
    return at -> {
      for (Mention m : in) {
        if (m.start() <= at && at < m.end()) {
          return true;
        }
      }
      return false;
    };
  }

  /** True when every state or organisation among the commitment's actors is named in the sentence. */
  static boolean namedAll(Commitment k, List<Mention> mentions, int sentence) {
    for (String a : k.actors()) {
      if (FallbackActors.GROUP.equals(a)) {
        continue;
      }
      boolean found = false;
      for (Mention m : mentions) {
        if (m.sentence() == sentence && (a.equals(m.entityId()) || a.equals(m.actorId()))) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return !k.actors().isEmpty();
  }
}
