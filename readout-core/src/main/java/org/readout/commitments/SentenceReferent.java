package org.readout.commitments;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.model.Mention;

/**
 * Whom a singular possessive ("his", "her") opening a nominal act refers to inside its own sentence, before the
 * statement-wide fallbacks (the last person named in earlier sentences, else the statement's side). A person named
 * as the sentence's own subject wins ("President X spoke today with Y and reaffirmed his support"), not the last
 * person before the pronoun; a sentence whose own subject is a person the dictionary does not know ("A regional envoy
 * reaffirmed his commitment to …") gives the pronoun no actor: only named parties are actors (GUIDELINES), and the
 * side's leader is not the referent. A sentence with "he"/"she" before the possessive, a capitalised title or name
 * as its subject, or no subject of its own, is left to the fallbacks.
 */
final class SentenceReferent {
  private static final Pattern HE_SHE = Pattern.compile("\\b(?:he|she)\\b", Pattern.CASE_INSENSITIVE);
  /** A subject noun phrase opening the sentence: an article or a capitalised word, then a verb-looking word later. */
  private static final Pattern OWN_SUBJECT = Pattern.compile(
      "^\\s*(?:(?:The|A|An|This|That)\\s+)?(?:[\\p{L}’'.-]+\\s+){0,6}?"
          + "(?<verb>\\p{Ll}\\w*ed|said|told|thanked|noted|reaffirmed|reiterated|underscored|stressed|expressed|conveyed|"
          + "welcomed|highlighted|emphasi[sz]ed|affirmed|pledged|announced|shared|spoke|met|briefed|outlined)\\b");

  /** A subject opening with an indefinite article or an article before a lowercase noun: an unnamed person. */
  private static final Pattern UNNAMED = Pattern.compile("\\s*(?:(?:A|An)\\s|(?:The|the)\\s+\\p{Ll})");

  private SentenceReferent() {
  }

  /**
   * The actors a "his"/"her" starting at sentence offset {@code at} refers to within sentence {@code t} (starting at
   * document offset {@code base}, mentions {@code ms}); an empty list when its referent is an unnamed person; null
   * when the sentence does not decide.
   */
  static List<String> singular(DocState d, List<Mention> ms, int base, String t, int at) {
    if (at < 0 || at > t.length()) {
      return null;
    }
    String before = t.substring(0, at);
    Matcher subject = OWN_SUBJECT.matcher(before);
    if (HE_SHE.matcher(before).find() || !subject.find()) {
      return null;
    }
    int verb = subject.start("verb");
    for (Mention m : ms) {
      if (m.start() - base >= verb) {
        break;
      }
      if ("pronoun".equals(m.rule())) {
        continue;
      }
      if ("person".equals(m.actorType()) && !"group".equals(m.rule())) {
        List<String> es = d.entities(m);
        return es == d.participants ? null : es; // the sentence's own subject: "President X reaffirmed his …"
      }
      return null; // a state or group subject: the fallbacks decide
    }
    // no actor in the subject: an unnamed person ("A regional envoy", "the mediator") is nobody's; a capitalised
    // title or name ("The President", "President Ruto") is left to the fallbacks
    return UNNAMED.matcher(before.substring(0, verb)).lookingAt() ? List.of() : null;
  }

}
