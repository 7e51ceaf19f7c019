package org.readout.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readout.commitments.Commitment;
import org.readout.model.Mention;
import org.readout.model.Sentence;

/**
 * What one sentence claims, as far as the stance check needs it: its polarity, the parties it blames
 * (an actor standing next to an accusation cue: "Russia’s escalation", "provocative actions by Kiev"),
 * the parties it sides with ("support for Ukraine’s sovereignty"), the parties acting in its commitments,
 * and whether a commitment in it is denied or a refusal. Immutable.
 *
 * @param negated   a negation cue, or a commitment that is negated or a refusal
 * @param blamed    entity ids (states, organisations) next to an accusation cue, in text order
 * @param supported entity ids next to a support cue
 * @param actors    actors of the sentence's commitments (sorted), empty when it has none
 * @param kinds     the kinds of those commitments
 * @param cue       the accusation cue that fired, or {@code ""}
 * @param distancing the sentence distances itself from a claim it reports ("allegedly", "so-called")
 */
record Stance(boolean negated, List<String> blamed, List<String> supported, List<String> actors, List<String> kinds,
              String cue, boolean distancing) {
  private static final java.util.regex.Pattern TARGET = java.util.regex.Pattern.compile(
      "(?i)\\b(against|towards|toward|at|on|upon)\\b");
  /**
   * What may stand between an accusation cue and the actor after it: "by" or "from" ("provocations by Kiev", "the
   * threat from X"), or "of" after the noun the cue qualifies ("aggressive actions of X"); "of" right after the cue
   * takes the act's object ("the invasion of X"), and a preposition on the way ("threat to the security of X") a target.
   */
  private static final java.util.regex.Pattern AGENT_LINK = java.util.regex.Pattern.compile(
      "(?i)\\s*(by|from)\\s+(the\\s+)?|(\\s+(?!(?:to|against|towards|toward|on|at|in|for|into|with|of|by|from)\\b)[\\p{L}-]+){1,3}"
          + "\\s+(of|by|from)\\s+(the\\s+)?");

  /** Tokens either side of a cue within which the blamed actor is looked for. */
  static final int WINDOW = 40;

  Stance {
    blamed = List.copyOf(blamed);
    supported = List.copyOf(supported);
    actors = List.copyOf(actors);
    kinds = List.copyOf(kinds);
  }

  boolean accuses() {
    return !blamed.isEmpty();
  }

  static Stance of(Sentence s, String own, List<Mention> mentions, List<Commitment> commitments, StanceLexicon lex) {
    String text = s.text();
    boolean negated = lex.negation.in(text) || text.toLowerCase(Locale.ROOT).contains("n't");
    Set<String> actors = new java.util.TreeSet<>();
    Set<String> kinds = new LinkedHashSet<>();
    for (Commitment c : commitments) {
      if (c.sentence() != s.index()) {
        continue;
      }
      negated |= c.negated() || c.refrain();
      actors.addAll(c.actors());
      kinds.add(c.kind().id());
    }
    List<Mention> here = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.sentence() == s.index() && !m.entityId().isEmpty()) {
        here.add(m);
      }
    }
    List<String> blamed = new ArrayList<>();
    String cue = "";
    for (int[] hit : lex.accusation.find(text)) {
      String who = nearest(here, text, s.start(), s.start() + hit[0], s.start() + hit[1], true);
      if (!who.isEmpty() && !blamed.contains(who)) {
        blamed.add(who);
        if (cue.isEmpty()) {
          cue = text.substring(hit[0], hit[1]);
        }
      }
    }
    List<String> supported = new ArrayList<>();
    for (int[] hit : lex.support.find(text)) {
      String who = nearest(here, text, s.start(), s.start() + hit[0], s.start() + hit[1], false);
      if (!who.isEmpty() && !supported.contains(who) && !who.equals(own)) {
        supported.add(who);
      }
    }
    return new Stance(negated, blamed, supported, List.copyOf(actors), List.copyOf(kinds), cue, lex.distancing.in(text));
  }

  /**
   * The party a cue is about: a mention standing just before it ("Russia’s escalation", "Kiev's provocations"),
   * else the first mention shortly after it ("threatening movements of Russian troops", "support for Ukraine"),
   * else the nearest mention before it within {@link #WINDOW} characters that is not a pronoun. A mention after
   * the cue behind "against", "towards", "at" or "on" is the act's target, not its actor, and is passed over. For an
   * accusation ({@code agentOnly}) a mention after the cue is its actor only when {@link #AGENT_LINK} links them
   * ("provocations by Kiev"); otherwise it is the act's object ("invade Ukraine", "the invasion of Ukraine").
   */
  private static String nearest(List<Mention> mentions, String text, int offset, int start, int end, boolean agentOnly) {
    Mention before = null;
    Mention after = null;
    Mention far = null;
    for (Mention m : mentions) {
      if (m.end() <= start && start - m.end() <= 4 && !m.rule().equals("pronoun")) {
        before = m;
      } else if (m.start() >= end && m.start() - end <= 30 && (after == null || m.start() < after.start())
          && !TARGET.matcher(text.substring(end - offset, m.start() - offset)).find()
          && (!agentOnly || AGENT_LINK.matcher(text.substring(end - offset, m.start() - offset)).matches())) {
        after = m;
      } else if (m.end() <= start && start - m.end() <= WINDOW && !m.rule().equals("pronoun")
          && (far == null || m.end() > far.end())) {
        far = m;
      }
    }
    Mention best = before != null ? before : after != null ? after : far;
    return best == null ? "" : best.entityId();
  }
}
