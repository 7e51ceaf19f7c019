package org.readout.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Which person a he/she stands for when the actor stage gave it a dictionary person but a nearer person the
 * dictionary does not hold was introduced just before (split out of {@link Attributor}). Stateless.
 */
final class NearerNamed {
  private NearerNamed() {
  }

  /** How far back (characters) a person the dictionary does not hold may be named and still be what he/she stands for. */
  private static final int NEARER_NAMED = 400;

  /**
   * He/she the actor stage resolved to a dictionary person, when the person named last before the pronoun is
   * someone else the dictionary does not hold ("President X imposed duties. Chief Executive Jane Roe said …
   * “…,” she said."): the pronoun stands for that nearer person (the actor stage sees only dictionary people).
   * The nearer person is a full name (two words or more), named within {@link #NEARER_NAMED} characters,
   * not as a possessive.
   */
  static List<SpeakerMention> apply(String text, List<SpeakerMention> mentions) {
    List<SpeakerMention> out = new ArrayList<>(mentions);
    SpeakerMention lastPerson = null;
    for (int k = 0; k < out.size(); k++) {
      SpeakerMention m = out.get(k);
      if (m.kind() == SpeakerMention.Kind.PRONOUN_SINGULAR) {
        if (m.speaker() != null && !m.speaker().id().isEmpty() && lastPerson != null
            && lastPerson.speaker().id().isEmpty() && !lastPerson.speaker().name().equals(m.speaker().name())
            && m.start() - lastPerson.end() <= NEARER_NAMED && lastPerson.speaker().name().contains(" ")
            && introduced(text, lastPerson)) {
          out.set(k, m.withSpeaker(lastPerson.speaker()));
        }
        continue;
      }
      if ((m.kind() == SpeakerMention.Kind.NAMED || m.kind() == SpeakerMention.Kind.OWN_HEAD) && m.speaker() != null
          && m.speaker().isPerson() && !SubjectFinder.possessive(text, m.end())
          && !(m.speaker().id().isEmpty() && NameFinder.afterConnector(text, m.start()))) {
        // "president of Heberling Tools": capitalised words after "of" name a body, not a person
        lastPerson = m;
      }
    }
    return out;
  }

  /** A person introduced as one: with a title ("Chief Executive Jane Roe") or an appositive ("Jane Roe, president of X"). */
  private static boolean introduced(String text, SpeakerMention m) {
    if (!m.speaker().role().isBlank()) {
      return true;
    }
    int e = m.end();
    if (e + 2 >= text.length() || text.charAt(e) != ',' || text.charAt(e + 1) != ' '
        || !Character.isLowerCase(text.charAt(e + 2))) {
      return false;
    }
    // "Jane Roe, president of X", "Jane Roe, chief officer at Y": an office of a body, not ", and …"
    int stop = e + 2;
    while (stop < text.length() && ",.;:\n".indexOf(text.charAt(stop)) < 0) {
      stop++;
    }
    String appositive = text.substring(e + 2, Math.min(stop, e + 50));
    return appositive.matches("(?s)\\p{L}+(?: \\p{L}+){0,2} (?:of|at|for) .*")
        && !appositive.matches("(?s)(?:and|but|or|nor|which|who|that|as|while|so|then|the|in|on) .*");
  }
}
