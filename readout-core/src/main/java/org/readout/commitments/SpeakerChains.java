package org.readout.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.readout.attribution.Attribution;
import org.readout.attribution.AttributionType;

/**
 * Attaches speaker chains from the attribution stage to commitments.
 *
 * <p>A commitment belongs to the attributions whose content span covers its anchor: the middle of its
 * action span when that is found inside the commitment, else its own middle (the clause start may lie
 * before the content, e.g. on the "He told …" of "He told X that …"). The innermost covering
 * attribution (shortest span; a cue before a turn of the same length) gives the last link; its
 * {@code reportedBy} names give the links before it, each described by the outermost covering
 * attribution with that speaker, else as the statement's {@code reporter}. When the commitment has no
 * speakers yet, the innermost speaker fills them if it speaks for one of the committing actors (so a
 * questioner or the other side reporting the act does not become its speaker), except that a briefer's turn
 * never fills the speakers of an agreement.
 *
 * <p>Stateless and thread-safe.
 */
final class SpeakerChains {
  private static final Comparator<Attribution> INNERMOST_FIRST = Comparator
      .comparingInt((Attribution a) -> a.end() - a.start())
      .thenComparing(a -> a.type() == AttributionType.TURN)
      .thenComparing(Comparator.comparingInt(Attribution::start).reversed());

  private SpeakerChains() {
  }

  /** {@code commitments} with speaker chains (and, where empty, speakers) from {@code attributions}. */
  static List<Commitment> attach(String text, List<Commitment> commitments, List<Attribution> attributions) {
    if (attributions.isEmpty() || commitments.isEmpty()) {
      return commitments;
    }
    List<Commitment> out = new ArrayList<>(commitments.size());
    List<Attribution> covering = new ArrayList<>();
    for (Commitment c : commitments) {
      int anchor = anchor(text, c);
      covering.clear();
      for (Attribution a : attributions) {
        if (a.start() <= anchor && anchor < a.end() && !a.speaker().isEmpty()) {
          covering.add(a);
        }
      }
      if (covering.isEmpty()) {
        out.add(c);
        continue;
      }
      covering.sort(INNERMOST_FIRST);
      Attribution inner = covering.get(0);
      List<SpeakerLink> chain = new ArrayList<>();
      for (String name : inner.reportedBy()) {
        if (name.isEmpty() || name.equals(inner.speaker())) {
          continue;
        }
        Attribution outer = null;
        for (int i = covering.size() - 1; i > 0 && outer == null; i--) {
          if (covering.get(i).speaker().equals(name)) {
            outer = covering.get(i);
          }
        }
        add(chain, outer != null ? link(outer)
            : new SpeakerLink(name, chain.isEmpty() ? c.reportedBy() : "", "reporter", ""));
      }
      add(chain, link(inner));
      List<String> speakers = c.speakers();
      if (speakers.isEmpty() && speaksFor(inner, c)) {
        speakers = List.of(inner.speaker());
      }
      out.add(c.withSpeakers(speakers, chain));
    }
    return out;
  }

  private static int anchor(String text, Commitment c) {
    if (!c.action().isEmpty()) {
      int at = text.indexOf(c.action(), c.start());
      if (at >= 0 && at < c.end()) {
        // The middle of the action: it may open on a "that" that the attributed content leaves out.
        return at + (c.action().length() - 1) / 2;
      }
    }
    return c.start() + Math.max(0, c.end() - c.start() - 1) / 2;
  }

  private static boolean speaksFor(Attribution a, Commitment c) {
    if (a.type() == AttributionType.TURN && c.kind() == CommitmentKind.AGREEMENT) {
      return false; // a briefer reporting an agreement did not make it
    }
    return !a.speakerActor().isEmpty() && !a.role().isEmpty() && !a.speaker().equals(a.speakerActor())
        && c.actors().contains(a.speakerActor());
  }

  private static SpeakerLink link(Attribution a) {
    return new SpeakerLink(a.speaker(), a.speakerActor(), a.type().label(), a.cue());
  }

  /** Appends unless it repeats the previous speaker (a turn and a cue by the same person are one voice). */
  private static void add(List<SpeakerLink> chain, SpeakerLink link) {
    if (!chain.isEmpty() && chain.get(chain.size() - 1).speaker().equals(link.speaker())) {
      chain.set(chain.size() - 1, link);
    } else {
      chain.add(link);
    }
  }
}
