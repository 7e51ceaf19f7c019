package org.readout.commitments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readout.analysis.Layers;
import org.readout.clauses.Clause;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Sides;

/**
 * A later statement as the {@link Tracker} reads it, each sentence read once however many commitments it
 * is scored against (a corpus scan scores one statement against hundreds): the sentence's keys and stems,
 * its status cues with the stems of the clause each governs (the clause layer's clause around the cue:
 * {@code Layers.CLAUSES}, which {@link Tracker#read} adds when the statement has tokens), its follow-up
 * cue, whether it refers back.
 * Obtain with {@link Tracker#read(AnalyzedStatement)}. Not thread-safe (sentences are read lazily).
 */
public final class LaterStatement {
  /**
   * One status cue found in a sentence, with the content stems of the clause it governs and each stem's
   * distance from the cue in words ({@code near}); {@code attributive}: the cue word modifies a noun
   * after a determiner ("the broken system", "our frozen assets"), no report on an act; {@code
   * conditional}: the clause is a condition or a question about it ("if the talks stalled", "whether …").
   */
  record CueClause(TrackingLexicon.Cue cue, Set<String> clauseStems, Map<String, Integer> near, boolean attributive,
                   boolean conditional) {
    /** Words between the cue and the nearest of {@code stems} in its clause; MAX_VALUE when none is there. */
    int distance(Set<String> stems) {
      int best = Integer.MAX_VALUE;
      for (String w : stems) {
        Integer d = near.get(w);
        if (d != null && d < best) {
          best = d;
        }
      }
      return best;
    }
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "our", "their", "its", "this", "that",
      "these", "those", "his", "her", "my", "your", "whose");
  private static final java.util.regex.Pattern CONDITION = java.util.regex.Pattern.compile(
      "\\b(?:if|unless|whether|would|could|should|might|in\\s+case)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
  /** Characters after a follow-up cue read for the date of the agreement it refers to. */
  private static final int FOLLOW_TAIL = 80;
  private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "being", "has",
      "have", "had", "got", "get", "become", "became");
  private static final java.util.regex.Pattern FUTURE = java.util.regex.Pattern.compile(
      "\\b(?:will|shall|must|may|until|is\\s+to|are\\s+to|hope|hopes|expect|expects|plan|plans|intend|intends)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);
  /** An earlier time than the sentence's own ("last year", "five years ago"): a recounted act, no report on a later one. */
  private static final java.util.regex.Pattern EARLIER = java.util.regex.Pattern.compile(
      "\\b(?:(?:last|previous|past)\\s+(?:year|month|decade|summer|autumn|fall|winter|spring)|years?\\s+ago|months\\s+ago|decades?\\s+ago|in\\s+the\\s+past|in\\s+the\\s+(?:19|20)\\d0s|for\\s+generations)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);
  /** A whole sentence that supposes or asks ("could and should", "if …"): no follow-up report. */
  static final java.util.regex.Pattern SUPPOSED = CONDITION;
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");
  /**
   * The capitalised word and "of" before a year that ends a name ("the Jobs Act of 2021", "the Class of 2024"): the
   * year is part of the name, no date (unless the word is a month: "March of 2021").
   */
  private static final java.util.regex.Pattern NAME_OF = java.util.regex.Pattern.compile(
      "\\b(\\p{Lu}[\\p{L}.'\u2019-]*)\\s+of\\s+$");
  private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december");

  /**
   * The bounds of the clause holding a cue at {@code cueAt} (sentence-relative), relative to the sentence:
   * the clause layer's innermost clause around it, from where its own words begin ({@link
   * Clause#contentStart()}: after the connective of a coordinate clause); a reporting frame's complement is
   * left out when the cue is in the frame's own words. The whole sentence when the statement has no
   * clauses (stored without tokens).
   */
  private static int[] bounds(Clause c, Sentence s, int cueAt) {
    if (c == null) {
      return new int[] {0, s.text().length()};
    }
    int lo = Math.max(c.contentStart(), s.start());
    int hi = Math.min(c.end(), s.end());
    if (c.frame()) {
      int abs = s.start() + cueAt;
      if (c.complement().start() > abs) {
        hi = Math.min(hi, c.complement().start());
      } else if (c.complement().end() <= abs) {
        lo = Math.max(lo, c.complement().end());
      }
    }
    if (lo > s.start() + cueAt) {
      lo = s.start(); // a cue before the clause's own words (its connective) reads the whole clause
    }
    return new int[] {lo - s.start(), Math.max(lo, hi) - s.start()};
  }

  /** One sentence, read. */
  record Reading(Sentence sentence, Set<String> keys, Set<String> stems, List<CueClause> cues,
                 TrackingLexicon.Cue anyCue, TrackingLexicon.Cue follow, boolean backReference, boolean negated,
                 boolean question, int latestYear, boolean earlier, boolean supposed,
                 Set<String> followKeys, String followWhen) {
    /** The first cue (lexicon order) whose clause holds one of {@code matched}, or null. */
    TrackingLexicon.Cue governing(Set<String> matched) {
      for (CueClause c : cues) {
        for (String w : c.clauseStems()) {
          if (matched.contains(w)) {
            return c.cue();
          }
        }
      }
      return null;
    }

    /**
     * The first cue (lexicon order) that {@code act} admits (any when null), used as a verb (not
     * attributive), outside a condition, with one of {@code matched} in its clause within {@code maxWords}
     * words of it; null when there is none.
     */
    CueClause governing(Set<String> matched, TrackingLexicon.Act act, int maxWords) {
      for (CueClause c : cues) {
        if (c.attributive() || c.conditional() || (act != null && !act.reports(c.cue()))) {
          continue;
        }
        if (c.distance(matched) <= maxWords) {
          return c;
        }
      }
      return null;
    }
  }

  private final TrackingLexicon lexicon;
  private final CommitmentLexicon commitments;
  final AnalyzedStatement doc;
  final String side;
  final List<Mention> mentions;
  private final Map<Integer, Reading> read = new HashMap<>();
  /** The clause layer's clauses by sentence index (empty without the layer). */
  private final Map<Integer, List<Clause>> clauses = new HashMap<>();
  /** Where a journalist's turn opens in a transcript: "Q" at a line's start (White House), "Question:" (Kremlin). */
  private static final java.util.regex.Pattern QUESTION_TURN = java.util.regex.Pattern.compile(
      "(?m)^[ \\t]*(?:Q(?=\\s)|Q:|Question:)|(?<=[.!?\u2026][ \\t])Question:");
  /** Where any turn opens: a speaker's label ("MS. PSAKI:", "THE PRESIDENT:", "Vladimir Putin:") or a question. */
  private static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile(
      "(?m)^[ \\t]*(?:[A-Z][A-Z.\u2019' -]{2,}:|Q(?=\\s)|Q:|Question:)"
      + "|(?<=[.!?\u2026][ \\t])(?:\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2}|Question):");
  /** Statement offsets [from, to) of the journalists' turns (no party's words: never evidence). */
  private final List<int[]> questionTurns = new ArrayList<>();

  LaterStatement(TrackingLexicon lexicon, CommitmentLexicon commitments, AnalyzedStatement doc) {
    this.lexicon = lexicon;
    this.commitments = commitments;
    this.doc = doc;
    for (Clause c : doc.layer(Layers.CLAUSES).orElse(List.of())) {
      clauses.computeIfAbsent(c.sentence(), i -> new ArrayList<>()).add(c);
    }
    String text = doc.text();
    java.util.regex.Matcher q = QUESTION_TURN.matcher(text);
    java.util.regex.Matcher next = TURN.matcher(text);
    while (q.find()) {
      int end = next.find(q.end()) ? next.start() : text.length();
      questionTurns.add(new int[] {q.start(), end});
    }
    this.side = Sides.actorOf(doc.meta().side()).orElse("");
    this.mentions = doc.mentions().isEmpty() ? commitments.fallback.mentions(doc, side) : doc.mentions();
  }

  public AnalyzedStatement doc() {
    return doc;
  }

  /** True when {@code s} (a sentence of this statement) holds a status cue. */
  public boolean hasCue(Sentence s) {
    return read(s).anyCue() != null;
  }

  /** True when {@code s} holds follow-up language. */
  public boolean hasFollowUp(Sentence s) {
    return read(s).follow() != null;
  }

  /** The keys of {@code s} an {@link ActObject} can match. */
  public Set<String> keys(Sentence s) {
    return read(s).keys();
  }

  /** The reading of {@code s} (a sentence of this statement), made on first use. */
  Reading read(Sentence s) {
    return read.computeIfAbsent(s.index(), i -> {
      String text = s.text();
      List<CueClause> cues = new ArrayList<>();
      StringBuilder plain = new StringBuilder(text); // the sentence without its status cues
      List<Clause> sentenceClauses = clauses.getOrDefault(s.index(), List.of());
      for (TrackingLexicon.Cue c : lexicon.anyCue.matcher(text).find() ? lexicon.cues : List.<TrackingLexicon.Cue>of()) {
        java.util.regex.Matcher m = c.pattern().matcher(text);
        while (m.find()) {
          Clause inner = ClauseIndex.innermost(sentenceClauses, s.start() + m.start());
          int[] cl = bounds(inner, s, m.start());
          String clause = text.substring(cl[0], cl[1]);
          Map<String, Integer> near = new HashMap<>();
          java.util.regex.Matcher w = WORD.matcher(clause);
          List<String> words = new ArrayList<>();
          int cueFrom = -1;
          int cueTo = -1;
          while (w.find()) {
            int at = cl[0] + w.start();
            if (at >= m.start() && at < m.end()) {
              cueFrom = cueFrom < 0 ? words.size() : cueFrom;
              cueTo = words.size();
            }
            words.add(w.group());
          }
          for (int j = 0; j < words.size() && cueFrom >= 0; j++) {
            String st = lexicon.stem(words.get(j));
            if (st != null && (j < cueFrom || j > cueTo)) {
              near.merge(st, j < cueFrom ? cueFrom - j : j - cueTo, Math::min);
            }
          }
          // "the broken system", "broken supply chains", "frozen assets": the cue word modifies a noun
          boolean before = cueFrom > 0 && DETERMINERS.contains(words.get(cueFrom - 1).toLowerCase(java.util.Locale.ROOT));
          boolean noAux = cueFrom == 0 || !AUXILIARIES.contains(words.get(cueFrom - 1).toLowerCase(java.util.Locale.ROOT));
          boolean attributive = cueFrom >= 0 && cueFrom == cueTo && cueTo + 1 < words.size()
              && lexicon.stem(words.get(cueTo + 1)) != null
              && (before || (noAux && (c.status() == Status.BROKEN || c.status() == Status.STALLED)));
          // a condition, or an expectation ("will be completed", "until it is completed") reports nothing
          // done, unless the cue itself is the expectation ("talks will begin")
          String around = text.substring(cl[0], m.start()) + " \u2026 " + text.substring(m.end(), cl[1]);
          boolean conditional = (inner != null && (ClauseIndex.condition(sentenceClauses, inner) != null
              || ClauseIndex.inCondition(sentenceClauses, s.start() + m.start())))
              || CONDITION.matcher(around).find() || FUTURE.matcher(around).find();
          for (int j = m.start(); j < m.end(); j++) {
            plain.setCharAt(j, ' ');
          }
          cues.add(new CueClause(c, lexicon.trackStems(clause), Map.copyOf(near), attributive, conditional));
        }
      }
      TrackingLexicon.Cue follow = lexicon.followUp(text);
      // what the follow-up says was agreed is outside its own words ("agreed during the April meeting":
      // the meeting is where, not what)
      Set<String> followKeys = Set.of();
      StringBuilder where = new StringBuilder();
      if (follow != null) {
        java.util.regex.Matcher fm = follow.pattern().matcher(text);
        StringBuilder rest = new StringBuilder(text);
        while (fm.find()) {
          // the words naming when the agreement was made: the cue and the few words after it
          where.append(text, fm.start(), Math.min(text.length(), fm.end() + FOLLOW_TAIL)).append(" \u2026 ");
          for (int j = fm.start(); j < fm.end(); j++) {
            rest.setCharAt(j, ' ');
          }
        }
        followKeys = lexicon.trackStems(rest.toString());
      }
      int latestYear = 0;
      java.util.regex.Matcher y = YEAR.matcher(text);
      while (y.find()) {
        java.util.regex.Matcher n = NAME_OF.matcher(text.substring(Math.max(0, y.start() - 40), y.start()));
        if (!n.find() || MONTHS.contains(n.group(1).toLowerCase(java.util.Locale.ROOT))) {
          latestYear = Math.max(latestYear, Integer.parseInt(y.group()));
        }
      }
      return new Reading(s, ActObject.sentenceKeys(lexicon, text), lexicon.trackStems(text), List.copyOf(cues),
          cues.isEmpty() ? null : cues.get(0).cue(), follow, lexicon.backReference.matcher(text).find(),
          commitments.negated(text), text.strip().endsWith("?") || inQuestionTurn(s), latestYear, EARLIER.matcher(text).find(),
          CONDITION.matcher(plain).find(), followKeys, where.toString());
    });
  }

  /** True when {@code s} starts inside a journalist's turn of a transcript ("Q    Speaker Pelosi said …"). */
  private boolean inQuestionTurn(Sentence s) {
    for (int[] t : questionTurns) {
      if (s.start() >= t[0] && s.start() < t[1]) {
        return true;
      }
    }
    return false;
  }
}
