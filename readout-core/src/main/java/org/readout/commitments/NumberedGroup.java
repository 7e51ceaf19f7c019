package org.readout.commitments;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.model.Mention;

/**
 * A group subject that counts its parties ("the three leaders agreed", "all four countries will …") in a meeting of
 * more parties than two: the count decides who they are, not the two sides the statement is read as. They are the
 * last set of exactly that many states or organisations named together in one sentence ("Kenya, Ethiopia and the
 * United States …"), else the participants when they are that many; otherwise the actors stay. Single-threaded, one
 * per statement.
 */
final class NumberedGroup {
  private static final Pattern COUNTED = Pattern.compile(
      "\\s*\\b(?:the|all|these|those)\\s+(?<n>three|four|five|six|seven|eight|nine|ten)\\s+(?:[\\w-]+\\s+)?"
          + "(?:leaders|countries|nations|states|sides|parties|governments|counterparts|ministers|partners|"
          + "delegations|heads\\s+of\\s+state)\\b", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> NUMBERS = Map.of("three", 3, "four", 4, "five", 5, "six", 6, "seven", 7,
      "eight", 8, "nine", 9, "ten", 10);

  private List<String> lastSet = List.of();

  /** Notes the states and organisations sentence {@code ms} names (three or more) for a later counted group. */
  void track(DocState d, List<Mention> ms) {
    TreeSet<String> named = new TreeSet<>();
    for (Mention m : ms) {
      if ("pronoun".equals(m.rule()) || "group".equals(m.rule())) {
        continue;
      }
      List<String> es = d.entities(m);
      if (es != d.participants && m.entityId() != null && !m.entityId().isBlank()) {
        named.addAll(es);
      }
    }
    if (named.size() >= 3) {
      lastSet = List.copyOf(named);
    }
  }

  /**
   * The parties a subject that is only a counted group ("The three leaders ") stands for: the last set named together
   * of that many, else null.
   */
  List<String> named(String subject) {
    Matcher m = COUNTED.matcher(subject);
    if (!m.lookingAt() || !subject.substring(m.end()).isBlank()) {
      return null;
    }
    int n = NUMBERS.get(m.group("n").toLowerCase(Locale.ROOT));
    return lastSet.size() == n ? lastSet : null;
  }

  /**
   * The actors of an act whose subject text {@code subject} (before the cue) counts its parties, or {@code actors}
   * unchanged.
   */
  List<String> actors(DocState d, String subject, List<String> actors) {
    Matcher m = COUNTED.matcher(subject);
    if (!m.find()) {
      return actors;
    }
    int n = NUMBERS.get(m.group("n").toLowerCase(Locale.ROOT));
    if (actors.size() == n) {
      return actors;
    }
    if (lastSet.size() == n) {
      return lastSet;
    }
    return d.participants.size() == n ? d.participants : actors;
  }
}
