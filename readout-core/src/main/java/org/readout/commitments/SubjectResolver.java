package org.readout.commitments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.model.Mention;
import org.readout.model.Sentence;

/**
 * Who commits, for the {@link CommitmentExtractor}: the subject of a cue read from the statement's
 * actor mentions. A weak cue (will, would, must) needs an actor noun phrase right before it (or a
 * pronoun); a strong cue takes the first actor of its clause, after a complementizer ("made clear that
 * the U.S. …"), a leading adverbial or a leading condition; pronouns resolve to the previous person, the
 * author's side ("we") or the participants. A state subject gets the person of the matrix clause as
 * speaker. Immutable and thread-safe (per-statement state lives in {@link DocState}).
 *
 * <p>Size: about 880 lines, over the project's 600. Not split yet (stops 26 to 29). The seam is the coordinated-subject
 * helpers ({@code coordinatedSubject}, {@code pluralPossessive}, {@code unknownConjunct}, {@code jointBody},
 * {@code possessor}), which can move to their own class as {@code PronounScan} did. The split is left for a stop that
 * can show the commitments eval byte-identical before and after.
 */
final class SubjectResolver {
  private final CommitmentLexicon lexicon;
  private final PronounScan pronouns;

  // Word lists of subject-patterns in lexicon.yaml
  private final Pattern contactRelative;
  private final Pattern bodySubject;
  private final Pattern inclusiveWe;
  private final Pattern noSubject;
  private final Pattern passiveCue;
  private final Pattern firstPersonSubject;
  private final Pattern andI;
  private final Pattern bareFuture;
  private final List<Pattern> creditFrames;
  private final Pattern possessorModifier;
  private final Pattern counterpartTitle;

  SubjectResolver(CommitmentLexicon lexicon) {
    this.pronouns = new PronounScan(lexicon);
    this.lexicon = lexicon;
    this.contactRelative = lexicon.subjectPattern("contact-relative");
    this.bodySubject = lexicon.subjectPattern("body-subject");
    this.inclusiveWe = lexicon.subjectPattern("inclusive-we");
    this.noSubject = lexicon.subjectPattern("no-subject");
    this.passiveCue = lexicon.subjectPattern("passive-cue");
    this.firstPersonSubject = lexicon.subjectPattern("first-person-subject");
    this.andI = lexicon.subjectPattern("and-i");
    this.bareFuture = lexicon.subjectPattern("bare-future");
    this.possessorModifier = lexicon.subjectPattern("possessor-modifier");
    this.counterpartTitle = lexicon.subjectPattern("counterpart-title");
    this.creditFrames = List.of(lexicon.subjectPattern("credit-object"), lexicon.subjectPattern("credit-possessor"));
  }

  boolean resolveSubject(DocState d, Sentence s, List<Mention> ms, Act act, String t, List<int[]> conditions) {
    Act.Hit h = act.hit;
    int base = s.start();
    if (h.rule().possessor()) {
      return possessor(d, ms, base, act, t);
    }
    if (!h.rule().strong()) {
      Np np = adjacentNp(d, ms, base, act.clauseStart, h.start(), t);
      String pronoun = null;
      if (np == null) {
        pronoun = pronouns.pronounBefore(t, act.clauseStart, h.start());
        if (pronoun == null) {
          if (!h.rule().addresseeSubject() && jointBody(d, t, act.clauseStart, h.start(), act)) {
            return true; // "The three governments will …" in their joint statement
          }
          // "X and Y are working on it and intend to continue": a verb phrase coordinated after the clause's
          // own, so the clause's subject is the cue's.
          return !h.rule().addresseeSubject() && coordinatedSubject(d, act, t, base);
        }
      }
      if (h.rule().addresseeSubject()) {
        return obligation(d, ms, base, act, t, np, pronoun);
      }
      if (np == null && "I".equals(pronoun) && h.rule().kind() == CommitmentKind.PLEDGE
          && bareFuture.matcher(t.substring(h.start(), h.end())).lookingAt()) {
        // "I'll just reiterate one point", "I will tell you …", "I'll turn to my colleague": the speaker's own future
        // in the conversation, not a commitment of his government (no pledge of the development gold has "I will";
        // "I intend to instruct …" still is one).
        return false;
      }
      List<String> referent = possessiveReferent(d, ms, base, t, np);
      if (referent != null) {
        setReferent(act, referent);
      } else if (theyMention(d, np)) {
        setPronoun(d, act, "they");
      } else if (np != null) {
        setSubject(act, np);
        matrixSpeakers(d, ms, base, t, act, np.start());
        unknownConjunct(d, ms, act, t, base);
      } else if (!singularPossessive(d, ms, base, act, t, pronoun,
          t.toLowerCase(Locale.ROOT).lastIndexOf(pronoun.toLowerCase(Locale.ROOT), h.start()))) {
        setPronoun(d, act, pronoun);
      }
      return !act.actors.isEmpty();
    }
    int lo = pronouns.lastComplementizer(t, act.clauseStart, h.start());
    if (lo > act.clauseStart) {
      lo = skipLeadingCondition(t, afterEmbeddedAdverbials(t, lo, h.start()), h.start(), conditions);
    }
    Np np = lo > act.clauseStart ? firstNp(d, ms, base + lo, base + lo, base + h.start()) : null;
    // Skip a leading adverbial ("Regarding the Israel-Hamas conflict, the President …").
    int subjectFrom = afterAdverbials(t, act.clauseStart, h.start());
    subjectFrom = skipLeadingCondition(t, subjectFrom, h.start(), conditions);
    int from = np != null ? lo : subjectFrom;
    if (np == null) {
      np = firstNp(d, ms, base + subjectFrom, base + subjectFrom, base + h.start());
    }
    np = cuePossessive(d, ms, base, act, np);
    List<String> referent = possessiveReferent(d, ms, base, t, np);
    if (referent != null) {
      setReferent(act, referent);
      return !act.actors.isEmpty();
    }
    if (theyMention(d, np)) {
      setPronoun(d, act, "they"); // the actor layer's antecedent of a subject "they" is not the extractor's
      return !act.actors.isEmpty();
    }
    // A pronoun before the first actor is the subject ("They welcomed … U.S.-China …, and encouraged").
    int pronounAt = pronouns.firstPronoun(t, from, np != null ? np.start() : h.end());
    if (np != null && pronounAt < 0) {
      setSubject(act, np);
      matrixSpeakers(d, ms, base, t, act, np.start());
      pluralPossessive(d, act, t, base);
      unknownConjunct(d, ms, act, t, base);
      return true;
    }
    String pronoun = pronounAt >= 0 ? PronounScan.wordAt(t, pronounAt) : null;
    if (pronoun != null && singularPossessive(d, ms, base, act, t, pronoun, pronounAt)) {
      return !act.actors.isEmpty();
    }
    List<String> counted; // the parties a counted group ("the three leaders") stands for, when it is the subject
    if (pronoun != null) {
      setPronoun(d, act, pronoun);
    } else if (np == null && jointBody(d, t, subjectFrom, h.start(), act)) {
      return true; // "The trilateral committee pledged to …" in the signatories' joint statement
    } else if (h.rule().kind() == CommitmentKind.AGREEMENT && (noSubject.matcher(t.substring(subjectFrom, h.start()))
        .matches() || passiveCue.matcher(t.substring(h.start(), h.end())).find())) {
      // "… and agreed to …", "Documents were signed": the meeting's participants. A subject the dictionary does not
      // know ("Allies all agreed", "the company announced an agreement") is not guessed.
      act.actors = d.participants;
      act.speakers = List.of();
      act.joint = true;
      act.inferred = true;
    } else if (firstPersonSubject.matcher(t.substring(subjectFrom, h.start())).matches()) {
      setPronoun(d, act, "I"); // "I have brought several new proposals": the speaker's side
    } else if ((counted = d.counted.named(t.substring(subjectFrom, h.start()))) != null) {
      // "The three leaders agreed …" after three parties were named together: those parties
      setReferent(act, counted);
      act.joint = true;
    } else {
      // No actor, no pronoun, no joint body before the cue: the act's party is not named, and only named parties
      // are actors (GUIDELINES). Guessing the last actors mentioned instead was right for 1 of the 7 such acts of
      // the development sets (dev, cm5, cm6).
      return false;
    }
    return !act.actors.isEmpty();
  }

  /**
   * A subject "they" the actor layer resolved (to the last plural it saw, often an object: "discussed … with Ukraine
   * and Russia. They also …") is read as every other subject pronoun here ({@link #pronounEntities}): the meeting's
   * participants in a narrated account, the previous sentence's several actors elsewhere. Only where that reading
   * names anyone and shares no party with the actor layer's (which may know more parties than the title gave).
   */
  private boolean theyMention(DocState d, Np np) {
    if (np == null || np.mentions().isEmpty() || !np.mentions().stream().allMatch(m -> "pronoun".equals(m.rule())
        && "they".equalsIgnoreCase(m.surface()))) {
      return false;
    }
    List<String> own = pronounEntities(d, "they");
    return !own.isEmpty() && java.util.Collections.disjoint(own, np.entities());
  }

  /**
   * "… its right to exist, and reaffirmed his support for …": a possessive determiner ("its") is no subject; when the
   * cue carries a possessive of its own, that one names the party (its mention, as the actor layer resolved it).
   */
  private Np cuePossessive(DocState d, List<Mention> ms, int base, Act act, Np np) {
    if (np == null || !np.mentions().stream().allMatch(m -> POSSESSIVE.contains(m.surface().toLowerCase(Locale.ROOT)))
        || np.start() >= act.hit.start()) {
      return np;
    }
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.start() - base >= act.hit.start() && m.end() - base <= act.hit.end()
          && POSSESSIVE.contains(m.surface().toLowerCase(Locale.ROOT))) {
        return expand(d, ms, i, m.end());
      }
    }
    return np;
  }

  /**
   * "President Biden made clear that the United States will …": when the subject is a state, the person
   * of the matrix clause (a name, or "he" for the last person) is the speaker, if they stand for it.
   */
  private void matrixSpeakers(DocState d, List<Mention> ms, int base, String t, Act act, int npStart) {
    if (!act.speakers.isEmpty() || npStart <= act.clauseStart) {
      return;
    }
    Np matrix = firstNp(d, ms, base + act.clauseStart, base + act.clauseStart, base + npStart);
    if (matrix != null) {
      if (act.actors.containsAll(matrix.entities())) {
        act.speakers = persons(matrix);
      }
      return;
    }
    String pronoun = pronouns.lastPronoun(t, act.clauseStart, npStart);
    if (pronoun != null && lexicon.personPronoun.matcher(pronoun).matches() && d.lastPerson != null
        && !d.lastPerson.actorName().isEmpty() && act.actors.containsAll(d.entities(d.lastPerson))) {
      act.speakers = List.of(d.lastPerson.actorName());
    }
  }

  private static final Pattern COORDINATED_VP = Pattern.compile("\\band\\s+(?:also\\s+|then\\s+|further\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AND = Pattern.compile("\\s(?:and|&)\\s", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_PRONOUN = Pattern.compile("(we|they|i|he|she)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern THEIR = Pattern.compile("\\btheir\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOUN_COORDINATION = Pattern.compile("\\b(?:the|a|an|his|her|their|our|its|your|my|"
      + "this|these|those|any|more|full|such)\\s+(?:[\\w-]+\\s+){1,2}and\\s+$", Pattern.CASE_INSENSITIVE);
  /** What follows a noun, not a verb's object: a relative clause's subject, a preposition, the end. */
  private static final Pattern NOUN_AFTER = Pattern.compile("\\s*(?:(?:she|he|they|we|I|that|which|from|of|in|"
      + "and)\\b|[,.;:]|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile("\\b(?:who|whom|whose|which)\\b", Pattern.CASE_INSENSITIVE);

  /** The clause's subject actors for a cue opening a verb phrase coordinated after the clause's predicate. */
  private boolean coordinatedSubject(DocState d, Act act, String t, int base) {
    org.readout.clauses.Clause c = act.clause;
    int at = act.hit.start();
    if (c == null || c.subject() == null || c.subject().end() - base > at || c.subject().start() - base < act.clauseStart
        || !COORDINATED_VP.matcher(t.substring(Math.max(act.clauseStart, at - 16), at)).find()
        || RELATIVE.matcher(t.substring(c.subject().end() - base, at)).find()
        || (NOUN_COORDINATION.matcher(t.substring(Math.max(act.clauseStart, at - 40), at)).find()
            && NOUN_AFTER.matcher(t.substring(act.hit.end())).lookingAt())) {
      // "… gets the care and support she needs": a noun coordinated inside a noun phrase, no verb phrase
      // "… pride in the athletes who have trained and will compete": the verb phrase is the relative clause's
      return false;
    }
    Matcher lead = LEADING_PRONOUN.matcher(t.substring(c.subject().start() - base, c.subject().end() - base));
    if (lead.lookingAt()) {
      // "We wish our partners success … and are ready to …": a pronoun opening the subject is the subject,
      // whatever the clause layer took for the predicate.
      setPronoun(d, act, lead.group(1));
      return !act.actors.isEmpty();
    }
    if (c.subjectActors().isEmpty()) {
      return false;
    }
    act.actors = c.subjectActors();
    act.joint = act.actors.size() > 1;
    act.speakers = List.of();
    act.inferred = true;
    return true;
  }

  /**
   * "The President and the King affirmed their commitment to …": a plural possessive in the cue binds every
   * party of the clause's subject, when the noun phrase found names only some of them.
   */
  private static void pluralPossessive(DocState d, Act act, String t, int base) {
    org.readout.clauses.Clause c = act.clause;
    if (c == null || !THEIR.matcher(t.substring(act.hit.start(), act.hit.end())).find()) {
      return;
    }
    List<String> all = c.subjectActors();
    if (d.narrated && c.subject() != null && d.participants.size() == 2 && d.participants.containsAll(act.actors)
        && AND.matcher(t.substring(Math.max(0, c.subject().start() - base), Math.min(t.length(),
        Math.max(0, c.subject().end() - base)))).find()) {
      // "The President and King X affirmed their …" in a readout: a coordinated subject whose second
      // leader the dictionary does not know is still the meeting's two sides.
      all = d.participants;
    }
    if (all.size() > act.actors.size() && all.containsAll(act.actors)) {
      act.actors = all;
      act.joint = true;
    }
  }

  /**
   * A joint statement's own body as the subject, with no actor named in it: "the three governments", "North American
   * governments", "the trilateral committee", "the Task Force" (up to the cue, past an adverb). Only named parties are
   * actors, and in their joint statement such a body is the signatories.
   */

  /**
   * Where the subject may start after the leading adverbials between {@code from} and {@code cue}, one after another
   * ("At a time of great challenges, from the war to the economy, the leaders pledged …").
   */
  private int afterAdverbials(String t, int from, int cue) {
    Matcher adv = lexicon.leadingAdverbial.matcher(t);
    int at = from;
    while (at < cue) {
      adv.region(at, cue);
      if (!adv.lookingAt() || adv.end() <= at) {
        break;
      }
      at = adv.end();
    }
    return at;
  }

  /**
   * Past the adverbials opening a clause after its complementizer ("noted that during the operation to defend X, Russia
   * intends …"): only when the clause opens on a lower-case word, so a subject name ("that Beijing will …") stays.
   */
  private int afterEmbeddedAdverbials(String t, int from, int cue) {
    int at = from;
    while (at < cue && Character.isWhitespace(t.charAt(at))) {
      at++;
    }
    if (at >= cue || !Character.isLowerCase(t.charAt(at))) {
      return from;
    }
    int past = afterAdverbials(t, at, cue);
    return past > at ? past : from;
  }

  private boolean jointBody(DocState d, String t, int from, int cue, Act act) {
    if (!d.joint || d.participants.size() < 2 || from < 0 || from >= cue) {
      return false;
    }
    if (!bodySubject.matcher(t.substring(afterAdverbials(t, from, cue), cue)).matches()) {
      return false;
    }
    act.actors = d.participants;
    act.speakers = List.of();
    act.joint = true;
    act.group = true;
    act.inferred = true;
    return true;
  }

  private static final Pattern LAST_AND = Pattern.compile("^.*\\s(?:and|&)\\s+", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** A name with a title or a given name: two capitalised words first ("Dr. Orvaldo Quint", "Sheikh Tahnoon"). */
  private static final Pattern NAME_WORDS = Pattern.compile("\\p{Lu}[\\p{L}.’'-]*\\s+\\p{Lu}\\p{Ll}");

  /**
   * "Mr. Sullivan and Sheikh Tahnoon pledged …" in the readout of a two-party meeting: the clause's subject joins
   * a known party to a named person the dictionary lacks (a capitalised name after "and" with no actor mention in
   * it, not "our Allies"), or to a leader's bare title ("the King", "Crown Prince"; lexicon.yaml counterpart-title),
   * who is the meeting's other side, so the act is both sides'.
   */
  private void unknownConjunct(DocState d, List<Mention> ms, Act act, String t, int base) {
    org.readout.clauses.Clause c = act.clause;
    if (c == null || c.subject() == null || !d.narrated || d.participants.size() != 2 || act.actors.isEmpty()
        || act.actors.size() >= 2 || !d.participants.containsAll(act.actors)) {
      return;
    }
    int from = Math.max(0, c.subject().start() - base);
    int to = Math.min(t.length(), Math.max(from, c.subject().end() - base));
    if (act.hit.start() < to) {
      return; // the cue sits inside what the clause layer took for the subject
    }
    Matcher and = LAST_AND.matcher(t.substring(from, to));
    if (!and.lookingAt()) {
      return;
    }
    int conjunct = base + from + and.end();
    for (Mention m : ms) {
      if (m.end() > conjunct && m.start() < base + to && m.entityId() != null && !m.entityId().isBlank()) {
        return; // the second conjunct names a known actor (or a role of one)
      }
    }
    String conjunctText = t.substring(from + and.end(), to);
    if (!NAME_WORDS.matcher(conjunctText).lookingAt() && !counterpartTitle.matcher(conjunctText).lookingAt()) {
      return; // neither a name nor a leader's bare title ("The President and the King agreed …")
    }
    act.actors = d.participants;
    act.joint = true;
  }

  private static void setSubject(Act act, Np np) {
    act.actors = np.entities();
    act.speakers = persons(np);
    act.joint = np.joint();
    act.group = np.group();
    act.named = np.mentions().stream().noneMatch(m -> "pronoun".equals(m.rule()));
  }

  /**
   * "his"/"her" at sentence offset {@code at} whose referent the sentence itself decides ({@link SentenceReferent}):
   * sets the act's actors (none for an unnamed person) and returns true; else false, for the statement-wide fallbacks.
   */
  private static boolean singularPossessive(DocState d, List<Mention> ms, int base, Act act, String t, String pronoun,
                                            int at) {
    String p = pronoun.toLowerCase(Locale.ROOT);
    if (!p.equals("his") && !p.equals("her")) {
      return false;
    }
    List<String> own = SentenceReferent.singular(d, ms, base, t, at);
    if (own == null) {
      return false;
    }
    setReferent(act, own);
    return true;
  }

  /**
   * A subject that is only a "his"/"her" the actor layer resolved from earlier sentences: the referent its own
   * sentence gives ({@link SentenceReferent}; empty for an unnamed person), or null to keep the actor layer's.
   */
  private static List<String> possessiveReferent(DocState d, List<Mention> ms, int base, String t, Np np) {
    if (np == null || np.mentions().size() != 1) {
      return null;
    }
    Mention m = np.mentions().get(0);
    String w = m.surface().toLowerCase(Locale.ROOT);
    if (!"pronoun".equals(m.rule()) || !(w.equals("his") || w.equals("her"))) {
      return null;
    }
    List<String> own = SentenceReferent.singular(d, ms, base, t, m.start() - base);
    return own == null || own.equals(np.entities()) ? null : own;
  }

  private static void setReferent(Act act, List<String> actors) {
    act.actors = actors;
    act.joint = actors.size() > 1;
    act.speakers = List.of();
    act.inferred = true;
  }

  private void setPronoun(DocState d, Act act, String pronoun) {
    act.actors = pronounEntities(d, pronoun);
    act.joint = act.actors.size() > 1;
    act.speakers = lexicon.personPronoun.matcher(pronoun).find() && d.lastPerson != null
        && !d.lastPerson.actorName().isEmpty() ? List.of(d.lastPerson.actorName()) : List.of();
    act.inferred = true;
  }

  /**
   * An obligation modal (must, need to, should, have to). Who voices it: the subject of the matrix clause
   * ("Biden underscored that …"), else the official whose turn it is, else the statement's side. When the
   * subject is "we" standing for the voice's own state only ("we must provide …", "we need to ensure …", also
   * under a frame of that state's own person: "the President believes that we have to …") it binds the voice:
   * a pledge for must / need to / have to (GUIDELINES, own necessity), a stated need (demand with no addressee)
   * for should / ought to. An inclusive "we" ("we all need to …", "all of us must …") is an appeal to everyone: a
   * demand with no addressee. Otherwise it is the voice's demand on the subject ("they need to respond", "the
   * United States and China must …").
   */
  /** What "we must / have to / need to" may not open: thinking and saying, not acting. */
  private static final java.util.regex.Pattern SELF_STANCE = java.util.regex.Pattern.compile(
      "(?:also\\s+|all\\s+)?(?:remember|understand|realis|realiz|be\\b|think|know|keep\\s+in\\s+mind|bear\\s+in\\s+mind|"
          + "convey|say|admit|acknowledge|recogni[sz]e|consider|ask|respond|look|see|make\\s+(?:some\\s+)?assumptions)");

  /** "we all / we both / each of us / all of us" right before an obligation modal: an inclusive "we". */

  private boolean obligation(DocState d, List<Mention> ms, int base, Act act, String t, Np np, String pronoun) {
    List<String> subject = np != null ? np.entities() : pronounEntities(d, pronoun);
    int subjectStart = np != null ? np.start() : base + act.hit.start();
    Np matrix = firstNp(d, ms, base + act.clauseStart, base + act.clauseStart, subjectStart);
    List<String> voice = matrix != null ? matrix.entities()
        : !d.turnActor.isEmpty() ? List.of(d.turnActor) : d.side.isEmpty() ? List.of() : List.of(d.side);
    int after = act.hit.end();
    while (after < t.length() && Character.isWhitespace(t.charAt(after))) {
      after++;
    }
    if (after >= t.length() || !Character.isLetter(t.charAt(after))) {
      return false; // "he needs to — he needs to": a false start
    }
    String next = t.substring(after, Math.min(t.length(), after + 24)).toLowerCase(java.util.Locale.ROOT);
    if (pronoun != null && contactRelative.matcher(t.substring(Math.max(0, act.hit.start() - 80), act.hit.start()))
        .find()) {
      return false; // "the equipment and training they need to retake …": a relative clause, no obligation stated
    }
    boolean we = "we".equalsIgnoreCase(pronoun) && !subject.isEmpty();
    if (np != null && voice.containsAll(subject)) {
      return false; // the voice named as its own subject in the third person: a report of what others say
    }
    // "the President believes that we have to …": the frame's person speaks for the very state "we" is.
    boolean ownFrame = matrix != null && subject.size() == 1 && matrix.entities().equals(subject);
    if (we && (matrix == null || ownFrame)) {
      if (SELF_STANCE.matcher(next).lookingAt()) {
        return false; // "we have to remember …", "we must understand …": a stance, not a commitment
      }
      act.actors = subject;
      act.joint = subject.size() > 1;
      act.addressees = List.of();
      act.speakers = ownFrame ? persons(matrix) : List.of();
      act.inferred = true;
      String cue = t.substring(act.hit.start(), act.hit.end()).toLowerCase(java.util.Locale.ROOT);
      boolean binding = cue.startsWith("must") || cue.startsWith("ha") || cue.startsWith("need");
      boolean inclusive = inclusiveWe.matcher(t.substring(Math.max(act.clauseStart, act.hit.start() - 40),
          act.hit.start())).find();
      if (subject.size() > 1) {
        // a joint statement's "we": all signatories ("we must …" becomes their agreement), as before
        binding = cue.startsWith("must") || cue.startsWith("ha");
      }
      act.kind = binding && !inclusive ? CommitmentKind.PLEDGE : CommitmentKind.DEMAND;
      return true;
    }
    List<String> others = subject.stream().filter(e -> !voice.contains(e)).toList();
    boolean pronounOther = pronoun != null && !"we".equalsIgnoreCase(pronoun) && !"i".equalsIgnoreCase(pronoun)
        && !next.startsWith("be ") && !next.startsWith("not be ");
    if (voice.isEmpty() || (others.isEmpty() && !pronounOther)) {
      return false;
    }
    act.actors = voice;
    act.addressees = others;
    act.speakers = matrix != null ? persons(matrix) : List.of();
    act.inferred = matrix == null;
    return true;
  }

  /**
   * A nominal act ("X's commitment to", "our willingness to talk", "the U.S. commitment to"): it belongs
   * to its possessor, an actor mention or possessive pronoun right before it; without one, nothing.
   */
  private static final Set<String> POSSESSIVE = Set.of("our", "their", "his", "her", "its");
  private static final Pattern AFTER_CUE = Pattern.compile("\\s*(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
  private static final Set<String> ARTICLE = Set.of("a", "an", "the", "this", "that", "any", "no");

  private boolean possessor(DocState d, List<Mention> ms, int base, Act act, String t) {
    String cue = t.substring(act.hit.start(), act.hit.end()).toLowerCase(Locale.ROOT);
    if (cue.endsWith(" of") || cue.endsWith(" from")) {
      // "a commitment on the part of X", "the commitment from X": the party named right after the cue
      Set<String> actors = new TreeSet<>();
      for (int i = 0; i < ms.size(); i++) {
        int from = ms.get(i).start() - base;
        if (from >= act.hit.end() && from - act.hit.end() <= 6
            && AFTER_CUE.matcher(t.substring(act.hit.end(), from)).matches()) {
          // "the commitment of both sides": every party of the group's span; "of the U.S. and the AU": both conjuncts,
          // but not a possessor opening the next noun phrase ("on the part of X and President Y's desire to …")
          Np np = expand(d, ms, i, base + Math.max(act.clauseEnd, act.hit.end()));
          for (Mention m : np.mentions()) {
            int after = m.end() - base;
            if (m != ms.get(i) && after + 1 < t.length() && (t.charAt(after) == '’' || t.charAt(after) == '\'')
                && Character.toLowerCase(t.charAt(after + 1)) == 's') {
              break;
            }
            actors.addAll(d.entities(m));
          }
          break;
        }
      }
      act.actors = List.copyOf(actors);
      act.speakers = List.of();
      act.joint = act.actors.size() > 1;
      return !act.actors.isEmpty();
    }
    int at = act.hit.start();
    while (at > 0 && Character.isWhitespace(t.charAt(at - 1))) {
      at--;
    }
    // Past up to three modifiers ("firm", "deep and lasting"); an article means no possessor.
    for (int k = 0; k < 3 && at > 0 && Character.isLowerCase(t.charAt(at - 1)); k++) {
      int w = at;
      while (w > 0 && (Character.isLetter(t.charAt(w - 1)) || t.charAt(w - 1) == '-')) {
        w--;
      }
      String word = t.substring(w, at);
      if (POSSESSIVE.contains(word) || (w > 0 && !Character.isWhitespace(t.charAt(w - 1)))) {
        break;
      }
      if (ARTICLE.contains(word)) {
        return false;
      }
      if (!possessorModifier.matcher(word).matches()) {
        break; // a verb ("has shown great determination") is no possessor's modifier
      }
      at = w;
      while (at > 0 && Character.isWhitespace(t.charAt(at - 1))) {
        at--;
      }
    }
    Boolean credited = credited(d, ms, base, act, t, at);
    if (credited != null) {
      return credited;
    }
    int end = at;
    if (end >= 2 && (t.charAt(end - 1) == 's' || t.charAt(end - 1) == 'S')
        && (t.charAt(end - 2) == '\'' || t.charAt(end - 2) == '’')) {
      end -= 2;
    }
    // A group or a plural pronoun ("the two leaders", "their") is one mention per party on the same span: all of them.
    Mention first = null;
    Set<String> actors = new TreeSet<>();
    Set<String> speakers = new TreeSet<>();
    for (Mention m : ms) {
      if ((m.end() - base == end || m.end() - base == at)
          && (first == null || m.start() == first.start() && m.end() == first.end())) {
        first = first == null ? m : first;
        actors.addAll(d.entities(m));
        if ("person".equals(m.actorType()) && m.actorName() != null && !m.actorName().isEmpty()) {
          speakers.add(m.actorName());
        }
      }
    }
    List<String> referent = first != null && actors.size() == 1
        ? possessiveReferent(d, ms, base, t, new Np(List.of(first), List.copyOf(actors), first.start() - base,
            first.end() - base, false, false)) : null;
    if (referent != null) {
      setReferent(act, referent);
      return !act.actors.isEmpty();
    }
    if (first != null) {
      act.actors = List.copyOf(actors);
      act.speakers = List.copyOf(speakers);
      act.joint = act.actors.size() > 1;
      return !act.actors.isEmpty();
    }
    int w = at;
    while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
      w--;
    }
    String word = t.substring(w, at).toLowerCase(java.util.Locale.ROOT);
    String pronoun = switch (word) {
      case "our" -> "we";
      case "their" -> "they";
      case "his" -> "he";
      case "her" -> "she";
      default -> null;
    };
    if (pronoun == null) {
      return false;
    }
    List<String> own = pronoun.startsWith("h") || pronoun.startsWith("s")
        ? SentenceReferent.singular(d, ms, base, t, w) : null;
    act.actors = own != null ? own : pronounEntities(d, pronoun);
    act.joint = act.actors.size() > 1;
    act.speakers = List.of();
    act.inferred = true;
    return !act.actors.isEmpty();
  }

  /** The possessive pronouns a credited party may stand behind. */
  private static final Set<String> CREDITED_POSSESSIVE = Set.of("its", "their", "his", "her");

  /**
   * A possessive pronoun ending at {@code at} inside what a party is credited for ("thanked X and Y for their
   * commitment to …", "appreciation for X's role …, including its support for …"): the act is the credited party's,
   * whoever the pronoun's nearest antecedent is (true); none of them named: no act (false); no such frame: null.
   */
  private Boolean credited(DocState d, List<Mention> ms, int base, Act act, String t, int at) {
    int w = at;
    while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
      w--;
    }
    if (!CREDITED_POSSESSIVE.contains(t.substring(w, at).toLowerCase(Locale.ROOT))) {
      return null;
    }
    String before = t.substring(0, w);
    for (Pattern frame : creditFrames) {
      Matcher m = frame.matcher(before);
      if (!m.find()) {
        continue;
      }
      int from = base + m.start("party");
      int to = base + m.end("party");
      Set<String> actors = new TreeSet<>();
      for (Mention x : ms) {
        if (x.start() >= from && x.end() <= to && lexicon.addresseeTypes.contains(x.actorType())) {
          actors.addAll(d.entities(x));
        }
      }
      act.actors = List.copyOf(actors);
      act.speakers = List.of();
      act.joint = false; // each credited party's own act, not one they made together
      act.inferred = true;
      return !act.actors.isEmpty();
    }
    return null;
  }

  List<String> pronounEntities(DocState d, String pronoun) {
    // "we" is the author's side, except in a joint statement where the authors are both sides.
    // The speaker: the official whose transcript turn it is, else the statement's side.
    if (pronoun.equalsIgnoreCase("i")) {
      return !d.turnActor.isEmpty() ? List.of(d.turnActor) : d.side.isEmpty() || d.joint ? List.of() : List.of(d.side);
    }
    // In a transcript, "we" in an official's turn is the official's government.
    if (pronoun.equalsIgnoreCase("we") && !d.turnActor.isEmpty()) {
      return List.of(d.turnActor);
    }
    if (pronoun.equalsIgnoreCase("we") && !d.joint && !d.side.isEmpty()) {
      return List.of(d.side);
    }
    if (lexicon.personPronoun.matcher(pronoun).find()) {
      if (d.lastPerson != null) {
        return d.entities(d.lastPerson);
      }
      return d.side.isEmpty() ? List.of() : List.of(d.side);
    }
    // A readout's narrator says "they" for the leaders; in a briefing or remarks "they" is anyone the
    // speaker just talked about (allies, reporters), so it stands for the participants only right after
    // a subject naming several of them.
    if (!d.narrated && pronoun.toLowerCase(Locale.ROOT).startsWith("the")) {
      return d.lastActors.size() > 1 && d.current - d.lastActorsAt <= 1 ? d.lastActors : List.of();
    }
    return d.participants;
  }

  private static List<String> persons(Np np) {
    Set<String> out = new TreeSet<>();
    for (Mention m : np.mentions()) {
      if ("person".equals(m.actorType()) && m.actorName() != null && !m.actorName().isEmpty()) {
        out.add(m.actorName());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Past a conditional clause opening at {@code from} ("that if Russia further invades Ukraine, the United
   * States … would respond"): its actor is the condition's subject, not the act's. Relative offsets.
   */
  private static int skipLeadingCondition(String t, int from, int to, List<int[]> conditions) {
    int at = from;
    while (at < to && (Character.isWhitespace(t.charAt(at)) || t.charAt(at) == ',')) {
      at++;
    }
    for (int[] c : conditions) {
      if (c[0] == at && c[1] <= to) {
        int end = c[1];
        while (end < to && (Character.isWhitespace(t.charAt(end)) || t.charAt(end) == ',')) {
          end++;
        }
        return end;
      }
    }
    return from;
  }

  /** The first actor noun phrase starting in [from, to) (absolute offsets). */
  Np firstNp(DocState d, List<Mention> ms, int clause, int from, int to) {
    for (int i = 0; i < ms.size(); i++) {
      Mention m = ms.get(i);
      if (m.start() >= from && m.end() <= to) {
        return expand(d, ms, i, to);
      }
    }
    return null;
  }

  /** Unnamed partners after a possessive, up to a weak cue ("its partners ", "their allies and partners "). */
  private static final java.util.regex.Pattern UNNAMED_PARTNERS = java.util.regex.Pattern.compile(
      "(?i)^\\s+(?:other\\s+|like-?minded\\s+|international\\s+)*(?:partners|allies|partners\\s+and\\s+allies|"
      + "allies\\s+and\\s+partners)\\s*$");

  /** The actor noun phrase ending right before a weak cue at {@code cue} (relative offsets). */
  private Np adjacentNp(DocState d, List<Mention> ms, int base, int clauseStart, int cue, String t) {
    for (int i = ms.size() - 1; i >= 0; i--) {
      Mention m = ms.get(i);
      int end = m.end() - base;
      if (end > cue || m.start() - base < clauseStart) {
        continue;
      }
      if (POSSESSIVE.contains(m.surface().toLowerCase(java.util.Locale.ROOT))
          && UNNAMED_PARTNERS.matcher(t.substring(end, cue)).matches()) {
        continue; // "… and its partners intend": the possessive belongs to the unnamed partners, part of the gap
      }
      if (!lexicon.adjacentGap.matcher(t.substring(end, cue)).matches()) {
        return null;
      }
      int first = i;
      boolean joined = false; // a conjunction met so far: "A, B and C will" lists, "During X, Russia will" does not
      while (first > 0) {
        Mention p = ms.get(first - 1);
        if (p.start() - base < clauseStart) {
          break;
        }
        String gap = t.substring(Math.min(p.end() - base, ms.get(first).start() - base), ms.get(first).start() - base);
        boolean commaOnly = COMMA_ONLY.matcher(gap).matches();
        String before = t.substring(clauseStart, Math.max(clauseStart, p.start() - base));
        if (p.start() == ms.get(first).start()
            || (lexicon.conjunctionGap.matcher(gap).matches() && (joined || !commaOnly)
                && !(commaOnly && (lexicon.placeBefore.matcher(before).find()
                    || lexicon.subjectPreposition.matcher(before).find())))) {
          // ("In the Council, the United States and X will": a phrase a preposition heads is no list item)
          joined |= p.start() != ms.get(first).start() && !COMMA_ONLY.matcher(gap).matches();
          first--;
        } else {
          break;
        }
      }
      return expand(d, ms, first, base + cue);
    }
    return null;
  }

  /**
   * The end (after the closing bracket) of a short alias in brackets opening right after a party's name, when a mention
   * starts inside it ("the Republic of X (X)", "the United States of America (United States, or U.S.)"); else -1.
   */
  private static int aliasEnd(String text, int from, int nextStart, int limit) {
    int at = from;
    while (at < nextStart && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    if (at >= nextStart || text.charAt(at) != '(') {
      return -1;
    }
    int close = text.indexOf(')', at);
    if (close < 0 || close - at > 60 || close + 1 > limit || text.substring(at + 1, close).indexOf('(') >= 0) {
      return -1;
    }
    return close + 1;
  }

  /** A gap between two mentions holding only a comma (and an article or possessive): no conjunction. */
  private static final Pattern COMMA_ONLY = Pattern.compile("^\\s*,\\s*(?:the\\s+|its\\s+|their\\s+|our\\s+)?$",
      Pattern.CASE_INSENSITIVE);

  /** Extends mention {@code i} rightwards over same-span mentions and conjunctions. */
  Np expand(DocState d, List<Mention> ms, int i, int limit) {
    String text = d.doc.text();
    List<Mention> np = new ArrayList<>();
    np.add(ms.get(i));
    boolean conj = false;
    int j = i + 1;
    int prevEnd = ms.get(i).end(); // past an alias in brackets: "The United States of America (the U.S.) and …"
    while (j < ms.size() && ms.get(j).end() <= limit) {
      Mention prev = np.get(np.size() - 1);
      Mention next = ms.get(j);
      if (next.start() < prev.end()) {
        if (next.start() == prev.start() || next.end() <= prev.end()) {
          np.add(next);
          prevEnd = Math.max(prevEnd, next.end());
          j++;
          continue;
        }
        break;
      }
      int alias = aliasEnd(text, prevEnd, next.start(), limit);
      if (alias > 0) {
        while (j < ms.size() && ms.get(j).start() < alias) {
          j++; // the alias's own mentions name the same party again
        }
        prevEnd = alias;
        continue;
      }
      if (lexicon.conjunctionGap.matcher(text.substring(prevEnd, next.start())).matches()
          && !text.substring(prevEnd, next.start()).isBlank()) {
        np.add(next);
        prevEnd = next.end();
        conj = true;
        j++;
      } else {
        break;
      }
    }
    Set<String> entities = new LinkedHashSet<>();
    boolean group = false;
    for (int k = 0; k < np.size(); k++) {
      Mention m = np.get(k);
      // In a joint statement a group phrase ("our countries", "both sides") is its signatories, however many.
      entities.addAll(d.joint && d.participants.size() >= 2 && "group".equals(m.rule()) ? d.participants
          : d.entities(m));
      // A group ("the two leaders") or one span standing for several actors ("They" → both sides).
      group |= d.entities(m) == d.participants || "group".equals(m.rule())
          || (k > 0 && np.get(k - 1).start() == m.start() && np.get(k - 1).end() == m.end());
    }
    Mention first = np.get(0);
    Mention last = np.get(np.size() - 1);
    int end = last.end();
    // "The President of Turkmenistan and I have agreed": the speaker is the last conjunct.
    Matcher joined = andI.matcher(text.substring(end, Math.max(end, Math.min(limit, end + 12))));
    if (joined.lookingAt()) {
      List<String> me = pronounEntities(d, "I");
      if (!me.isEmpty()) {
        entities.addAll(me);
        conj = true;
        end += joined.end();
      }
    }
    List<String> sorted = entities.stream().sorted().toList();
    int base = d.doc.sentences().get(first.sentence()).start();
    return new Np(np, sorted, first.start() - base, end - base, (conj || group) && sorted.size() > 1, group);
  }
}
