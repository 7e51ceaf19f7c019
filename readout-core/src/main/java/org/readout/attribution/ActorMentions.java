package org.readout.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.readout.model.Mention;

/**
 * Thin adapter from the actor stage's {@link Mention}s (the canonical actor dictionary, when it runs
 * in the pipeline) to speaker references. Lexicon references win where both cover the same text,
 * because the lexicon also knows pronouns, groups and dated roles. Stateless.
 */
final class ActorMentions {
  /**
   * Actor-stage rules whose mentions cannot speak: adjectives ("Russian-American summit"), and groups and
   * pronouns, which the attributor resolves itself in reading order.
   */
  private static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of("adjective", "group", "pronoun");

  private ActorMentions() {
  }

  static List<SpeakerMention> merge(List<SpeakerMention> lexicon, List<Mention> actors) {
    if (actors.isEmpty()) {
      return lexicon;
    }
    List<SpeakerMention> out = new ArrayList<>(lexicon);
    for (Mention m : actors) {
      if (m.start() < 0 || m.end() <= m.start() || overlaps(lexicon, m.start(), m.end()) || NOT_SPEAKERS.contains(m.rule())) {
        continue;
      }
      String type = m.actorType() == null ? "" : m.actorType();
      if (type.equals("person")) {
        out.add(new SpeakerMention(m.start(), m.end(), m.surface(), SpeakerMention.Kind.NAMED,
            new Speaker(m.actorName(), m.entityId(), "", "person", "")));
      } else if (type.equals("state") || type.equals("organisation")) {
        out.add(new SpeakerMention(m.start(), m.end(), m.surface(), SpeakerMention.Kind.STATE,
            new Speaker(m.actorName(), m.entityId(), "", "state", "")));
      }
    }
    out.sort(Comparator.comparingInt(SpeakerMention::start));
    return out;
  }

  private static boolean overlaps(List<SpeakerMention> list, int start, int end) {
    for (SpeakerMention s : list) {
      if (start < s.end() && s.start() < end) {
        return true;
      }
    }
    return false;
  }
}
