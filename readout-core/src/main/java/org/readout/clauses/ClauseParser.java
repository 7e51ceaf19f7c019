package org.readout.clauses;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.readout.analysis.text.Span;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Token;

/**
 * Splits a tokenised sentence into clauses with rules over its tokens ({@link ClauseLexicon}); no parser,
 * no POS tags. Per sentence:
 * <ol>
 *   <li>top-level clauses end at hard boundaries ("; "), before a connective after a comma (", but",
 *       ", which" unless a later comma closes it as a parenthetical), before "because", and at ", and"
 *       when a subject follows;</li>
 *   <li>in each clause, a leading condition ("If …,", "Should they …,", "In the event of …,") or a trailing
 *       one ("… unless …") is set apart as the clause's condition;</li>
 *   <li>a reporting verb followed (within four words) by "that" makes the clause a frame and the rest its
 *       complement, parsed the same way as a clause of its own;</li>
 *   <li>the predicate opens at the first auxiliary or inflected verb after a subject (leading adverbials up
 *       to a comma skipped), the main verb follows its auxiliaries and adverbs; negation and modality cues
 *       are read around the predicate; the subject's actors are the mentions inside it.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class ClauseParser {
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "their", "our", "his", "her", "my", "your", "of", "to", "'s", "for", "in", "on", "with", "by", "from", "and", "or",
      "as", "at", "about", "no", "any", "some", "every", "each", "more", "most", "such");
  private static final Set<String> LEADING = Set.of("regarding", "concerning", "on", "in", "as", "with", "turning",
      "speaking", "during", "after", "following", "at", "for", "over", "since", "today", "yesterday", "now", "earlier",
      "later", "last", "this", "again", "meanwhile", "moreover", "however", "also", "first", "second", "finally",
      "and", "but", "so", "well", "look", "yes", "no", "of", "by", "under", "throughout", "before", "from", "to",
      "when", "once", "while", "building", "separately", "additionally", "furthermore", "indeed", "specifically");

  private final ClauseLexicon lexicon;

  public ClauseParser(ClauseLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Working view of one sentence. */
  private static final class Ctx {
    final Sentence s;
    final List<Token> toks;
    final String[] lower;
    final List<Mention> mentions;
    final boolean question;
    final String turn;
    final List<Clause> out;

    Ctx(Sentence s, List<Mention> mentions, boolean question, String turn, List<Clause> out) {
      this.s = s;
      this.toks = s.tokens();
      this.lower = new String[toks.size()];
      for (int i = 0; i < lower.length; i++) {
        String w = ClauseLexicon.norm(toks.get(i).text());
        lower[i] = w.isEmpty() ? " " : w; // a token of only Unicode spaces reads as punctuation
      }
      this.mentions = mentions;
      this.question = question;
      this.turn = turn;
      this.out = out;
    }

    boolean punct(int i) {
      return i >= 0 && i < lower.length && !Character.isLetterOrDigit(lower[i].charAt(0)) && !lower[i].startsWith("'");
    }

    boolean comma(int i) {
      return i >= 0 && i < lower.length && (",".equals(lower[i]) || "—".equals(lower[i]) || "–".equals(lower[i]));
    }
  }

  /**
   * Appends the clauses of {@code s} to {@code out} (indices continue the list).
   *
   * @param mentions  the sentence's actor mentions, in text order
   * @param labelEnd  offset where a transcript label opening the sentence ends ("MS. PSAKI:"), or -1
   * @param turn      the label of the turn the sentence belongs to, or ""
   */
  public void parse(Sentence s, List<Mention> mentions, int labelEnd, String turn, List<Clause> out) {
    if (s.tokens().isEmpty()) {
      return;
    }
    String trimmed = s.text().strip();
    boolean question = trimmed.endsWith("?") || trimmed.endsWith("?”") || trimmed.endsWith("?\"");
    Ctx c = new Ctx(s, mentions, question, turn, out);
    int begin = 0;
    while (begin < c.toks.size() && labelEnd >= 0 && c.toks.get(begin).start() < labelEnd) {
      begin++;
    }
    int n = c.toks.size();
    int segStart = begin;
    boolean first = true;
    for (int i = begin; i < n; i++) {
      String w = c.lower[i];
      int cut = -1;
      int next = -1;
      if (lexicon.hard.contains(w)) {
        cut = i;
        next = i + 1;
      } else if (i > segStart + 1 && c.comma(i - 1) && lexicon.afterComma.contains(w)
          && !("which".equals(w) && laterComma(c, i + 1))) {
        cut = i - 1;
        next = i;
      } else if (i > segStart + 2 && lexicon.bare.contains(w) && !c.comma(i - 1)) {
        cut = i;
        next = i;
      } else if ("and".equals(w) && i > segStart + 2 && c.comma(i - 1) && i + 1 < n
          && (lexicon.andSubject.contains(c.lower[i + 1]) || mentionAt(c, c.toks.get(i + 1).start()))
          && !actorList(c, i - 1)) {
        cut = i - 1;
        next = i;
      }
      if (cut >= 0) {
        if (cut > segStart) {
          clause(c, segStart, cut, -1, first ? Clause.Role.MAIN : Clause.Role.COORDINATE);
          first = false;
        }
        segStart = next;
      }
    }
    if (segStart < n) {
      clause(c, segStart, n, -1, first ? Clause.Role.MAIN : Clause.Role.COORDINATE);
    }
  }

  private static boolean laterComma(Ctx c, int from) {
    for (int i = from; i < c.lower.length; i++) {
      if (",".equals(c.lower[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the comma at token {@code comma} closes an item of a list of actors ("the United States, Mexico, and
   * Canada will …"): an actor mention ends right before it and another one, with a comma between, before that. The
   * ", and" that follows joins the list's last item, it opens no clause.
   */
  private static boolean actorList(Ctx c, int comma) {
    Mention item = mentionEndingAt(c, comma - 1);
    if (item == null) {
      return false;
    }
    int j = comma - 1;
    while (j >= 0 && c.toks.get(j).start() > item.start()) {
      j--;
    }
    return j >= 2 && c.toks.get(j).start() == item.start() && c.comma(j - 1) && mentionEndingAt(c, j - 2) != null;
  }

  private static Mention mentionEndingAt(Ctx c, int tok) {
    if (tok < 0) {
      return null;
    }
    int end = c.toks.get(tok).end();
    for (Mention m : c.mentions) {
      if (m.end() == end) {
        return m;
      }
    }
    return null;
  }

  private static boolean mentionAt(Ctx c, int offset) {
    for (Mention m : c.mentions) {
      if (m.start() == offset) {
        return true;
      }
    }
    return false;
  }

  /** Builds the clause over tokens [a, b) and, for a frame, its complement. Returns its index. */
  private int clause(Ctx c, int a, int b, int parent, Clause.Role role) {
    int end = b;
    while (end > a && c.punct(end - 1)) {
      end--;
    }
    if (end <= a) {
      end = b;
    }
    int body = a;
    while (body < end - 1 && (c.punct(body) || "and".equals(c.lower[body]) || "but".equals(c.lower[body])
        || lexicon.afterComma.contains(c.lower[body]))) {
      body++;
    }
    // Condition: leading ("If …, we will") or trailing ("we will …, unless …").
    int condFrom = -1;
    int condTo = -1;
    String condCue = "";
    int mainFrom = body;
    int cl = lexicon.notConditions.match(c.lower, body, end) > 0 ? 0 : lexicon.conditions.match(c.lower, body, end);
    boolean inversion = cl == 0 && lexicon.inversions.contains(c.lower[body]) && body + 1 < end
        && !lexicon.auxiliaries.contains(c.lower[body + 1]);
    if (cl > 0 || inversion) {
      int stop = firstComma(c, body + 1, end);
      if (stop < 0 && cl > 0) {
        stop = beforeModalSubject(c, body + cl, end);
      }
      if (stop > body + Math.max(cl, 1)) {
        condFrom = body;
        condTo = stop;
        condCue = inversion ? c.lower[body] : String.join(" ", java.util.Arrays.copyOfRange(c.lower, body, body + cl));
        mainFrom = stop;
        while (mainFrom < end && c.punct(mainFrom)) {
          mainFrom++;
        }
      }
    }
    // Reporting frame: "<verb> [up to four words] that <complement>".
    int compFrom = -1;
    String reporting = "";
    for (int i = mainFrom; i < end && compFrom < 0; i++) {
      int k = lexicon.reporting.match(c.lower, i, end);
      if (k == 0) {
        continue;
      }
      for (int j = i + k; j < Math.min(end - 1, i + k + 5); j++) {
        if (lexicon.complementizer.equals(c.lower[j])) {
          compFrom = j + 1;
          reporting = String.join(" ", java.util.Arrays.copyOfRange(c.lower, i, i + k));
          break;
        }
        if (";".equals(c.lower[j]) || ".".equals(c.lower[j])) {
          break;
        }
      }
    }
    int regionEnd = compFrom >= 0 ? compFrom - 1 : end;
    if (condFrom < 0) {
      for (int i = body + 1; i < regionEnd; i++) {
        if (lexicon.notConditions.match(c.lower, i, end) > 0) {
          i += 1;
          continue;
        }
        int k = lexicon.conditions.match(c.lower, i, regionEnd);
        if (k == 0 && midInversion(c, i, regionEnd)) {
          k = 1;
        }
        if (k > 0 && i + k < regionEnd) {
          condFrom = i;
          int stop = firstComma(c, i + k, regionEnd);
          condTo = stop < 0 ? regionEnd : stop;
          condCue = String.join(" ", java.util.Arrays.copyOfRange(c.lower, i, i + k));
          regionEnd = i;
          break;
        }
      }
    }
    int ownEnd = regionEnd;
    int index = c.out.size();
    c.out.add(null); // reserved: the frame precedes its complement
    // Subject and predicate.
    int subjFrom = skipLeadingAdverbial(c, mainFrom, ownEnd);
    int pred = predicateStart(c, subjFrom, ownEnd);
    int verb = -1;
    if (pred >= 0) {
      verb = pred;
      while (verb + 1 < ownEnd && (lexicon.auxiliaries.contains(c.toks.get(verb).lemma())
          || lexicon.auxiliaries.contains(c.lower[verb]) || lexicon.adverbs.contains(c.lower[verb])
          || c.lower[verb].endsWith("ly") && verb > pred)
          && !c.punct(verb + 1)) {
        verb++;
      }
    }
    // An adverb between subject and predicate ("They also resolved", "Russia still intends") is no part of the
    // subject.
    int subjEnd = pred;
    while (subjEnd - 1 > subjFrom && lexicon.adverbs.contains(c.lower[subjEnd - 1])) {
      subjEnd--;
    }
    Span subject = pred > subjFrom ? span(c, subjFrom, subjEnd) : null;
    List<String> actors = new ArrayList<>();
    String pronoun = "";
    if (subject != null) {
      Set<String> ids = new LinkedHashSet<>();
      for (Mention m : c.mentions) {
        if (m.start() >= subject.start() && m.end() <= subject.end() && m.entityId() != null && !m.entityId().isBlank()) {
          ids.add(m.entityId());
        }
      }
      actors.addAll(ids);
      if (subjEnd - subjFrom == 1 && lexicon.pronouns.contains(c.lower[subjFrom])) {
        pronoun = c.lower[subjFrom];
      }
    }
    // Negation and modality around the predicate.
    String negation = "";
    int negationAt = -1;
    String modality = "";
    int scanFrom = subjFrom;
    int scanTo = verb >= 0 ? Math.min(ownEnd, verb + 4) : ownEnd;
    for (int i = scanFrom; i < scanTo; i++) {
      if (negation.isEmpty()) {
        int k = lexicon.negation.match(c.lower, i, ownEnd);
        if (k > 0 && !("not".equals(c.lower[i]) && i + 1 < ownEnd && "only".equals(c.lower[i + 1]))) {
          negation = c.s.text().substring(c.toks.get(i).start() - c.s.start(), c.toks.get(i + k - 1).end() - c.s.start());
          negationAt = c.toks.get(i).start();
        }
      }
      if (modality.isEmpty() && (pred < 0 || i >= pred)) {
        int k = lexicon.modality.match(c.lower, i, ownEnd);
        if (k > 0) {
          modality = lexicon.modalityOf(c.lower, i, k);
        }
      }
    }
    Span predicate = pred >= 0 ? span(c, pred, verb + 1) : null;
    String verbLemma = verb >= 0 ? c.toks.get(verb).lemma() : "";
    Span condition = condFrom >= 0 ? span(c, condFrom, condTo) : null;
    Span complement = compFrom >= 0 && compFrom < end ? span(c, compFrom, end) : null;
    Clause clause = new Clause(index, c.s.index(), span(c, a, end), parent, role, subject, actors, pronoun, predicate,
        verbLemma, negation, negationAt, modality, condition, condCue, reporting, complement, c.question, c.turn,
        c.toks.get(Math.min(body, c.toks.size() - 1)).start());
    c.out.set(index, clause);
    if (complement != null) {
      clause(c, compFrom, end, index, Clause.Role.COMPLEMENT);
    }
    return index;
  }

  /**
   * "Acknowledging the anniversary of the division of Cyprus, the President reiterated …": a clause that opens
   * with a present participle (not a name: "King …", not a pronoun: "Nothing …") is an adverbial up to its comma,
   * so the actors it names are not the subject's.
   */
  private boolean leadingParticiple(Ctx c, int i) {
    String w = c.lower[i];
    return w.length() >= 6 && w.endsWith("ing") && !w.endsWith("thing") && Character.isLetter(w.charAt(0))
        && !mentionAt(c, c.toks.get(i).start());
  }

  /** "… sanctions should Russia attack": an inverted "should" inside a clause, before a subject. */
  private boolean midInversion(Ctx c, int i, int to) {
    boolean were = "were".equals(c.lower[i]) && i + 3 < to && java.util.Arrays.asList(c.lower).subList(i + 2,
        Math.min(to, i + 6)).contains("to");
    // after a comma too ("we are ready to act, should the talks fail"); not after a subject of its own ("they were to")
    if (!("should".equals(c.lower[i]) || were) || i + 2 >= to || (c.punct(i - 1) && !",".equals(c.lower[i - 1]))
        || lexicon.pronouns.contains(c.lower[i - 1]) || mentionEndsAt(c, c.toks.get(i - 1).end())) {
      return false;
    }
    String next = c.lower[i + 1];
    return mentionAt(c, c.toks.get(i + 1).start()) || "the".equals(next) || "they".equals(next)
        || "it".equals(next) || "there".equals(next) || "any".equals(next) || "that".equals(next)
        || "this".equals(next) || "these".equals(next) || "those".equals(next) || "we".equals(next);
  }

  private static boolean mentionEndsAt(Ctx c, int offset) {
    for (Mention m : c.mentions) {
      if (m.end() == offset) {
        return true;
      }
    }
    return false;
  }

  private static int firstComma(Ctx c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (",".equals(c.lower[i])) {
        return i;
      }
    }
    return -1;
  }

  /** "if they invade we will respond": the condition ends before the subject of the first modal. */
  private int beforeModalSubject(Ctx c, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      String m = lexicon.modalityOf(c.lower, i, 1);
      if (("will".equals(m) || "would".equals(m)) && i - 1 > from && lexicon.pronouns.contains(c.lower[i - 1])) {
        return i - 1;
      }
    }
    return -1;
  }

  private int skipLeadingAdverbial(Ctx c, int from, int to) {
    if (from < to && (LEADING.contains(c.lower[from]) || leadingParticiple(c, from))) {
      int comma = firstComma(c, from + 1, Math.min(to, from + 25));
      if (comma > 0 && comma + 1 < to) {
        return comma + 1;
      }
    }
    return from;
  }

  /** The first auxiliary, modal, reporting verb or inflected verb after at least one subject token. */
  private int predicateStart(Ctx c, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = c.lower[i];
      String lemma = c.toks.get(i).lemma();
      if (c.punct(i) && !",".equals(w) && !"—".equals(w)) {
        continue;
      }
      boolean first = i == from;
      boolean aux = lexicon.auxiliaries.contains(lemma) && !"to".equals(w) && !"going".equals(w) && !"'s".equals(w)
          && !"get".equals(lemma);
      boolean modal = lexicon.modalities.containsKey(w) && !w.startsWith("hope") && !w.startsWith("plan")
          && !w.startsWith("intend");
      if ((aux || modal) && (!first || lexicon.interrogatives.contains(w))) {
        return i;
      }
      if (!first && lexicon.reporting.match(c.lower, i, to) > 0 && !DETERMINERS.contains(c.lower[i - 1])) {
        return i;
      }
      if (!first && Character.isLowerCase(c.toks.get(i).text().charAt(0)) && !lemma.equals(w)
          && (w.endsWith("ed") || w.endsWith("s")) && !DETERMINERS.contains(c.lower[i - 1]) && !c.punct(i - 1)) {
        return i;
      }
      if (!first && ("never".equals(w) || "not".equals(w))) {
        return i;
      }
    }
    return -1;
  }

  private static Span span(Ctx c, int from, int to) {
    int f = Math.min(from, c.toks.size() - 1);
    int t = Math.max(f + 1, Math.min(to, c.toks.size()));
    return new Span(c.toks.get(f).start(), c.toks.get(t - 1).end());
  }
}
