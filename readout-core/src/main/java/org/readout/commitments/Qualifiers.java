package org.readout.commitments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What tells one act from another act of the same kind: a later sentence that repeats an act's object
 * ({@link ActObject}: "economic dialogue", "national monument", "presidential memorandum") may be about
 * another dialogue, monument or memorandum. The later sentence reports on the commitment only when the
 * object's qualifiers agree:
 * <ol>
 *   <li><b>its names</b>: the proper names of the action's object (capitalised words of its core, after the
 *   action's first word; months and weekdays are dates, and a document's kind ("Presidential Memorandum",
 *   "Executive Order": {@code document-types}) no name: "establish the Castner Range National
 *   Monument": castne, range, monume): the sentence repeats at least half of them;</li>
 *   <li><b>no other names</b>: in the noun phrase around the repeated object (up to {@value #NEAR} words
 *   away) the sentence names no proper name and no year that the commitment's sentence does not ("the
 *   Grand Canyon National Monument", "the Voting Rights Act of 1965"); the parties' and people's names
 *   (actor mentions) are left aside, and in a title-case sentence (four in five words capitalised) only years
 *   count;</li>
 *   <li><b>its purpose</b>: when the action names nothing, what follows its object ("sign a memorandum to
 *   expand access to legal representation": access, legal, repres) must be repeated by one rare stem,
 *   when it has one, else by any of its stems: "signed a memorandum on pride month" is another memorandum.</li>
 * </ol>
 * Immutable and thread-safe.
 *
 * @param names stems of the proper names of the action's object
 * @param known the first {@value #PREFIX} letters of every stem, year and number of the commitment's sentence
 *              and action (what a nearby name may repeat)
 * @param tail  content stems of the action after its object's end (its purpose, place, aside)
 */
record Qualifiers(Set<String> names, Set<String> known, Set<String> tail) {
  /** The most words between the repeated object and a proper name or year that qualifies it. */
  static final int NEAR = 4;
  /** Letters two words must share at the start to count as the same name. */
  static final int PREFIX = 5;
  static final Qualifiers NONE = new Qualifiers(Set.of(), Set.of(), Set.of());
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  /** Punctuation that ends the noun phrase around the repeated object. */
  /** Words inside a name ("the Voting Rights Act of 1965", "Department of Energy"). */
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "on", "de");
  private static final Pattern PHRASE_BREAK = Pattern.compile("[,;:()\\[\\]\u2014\u2013\"\u201c\u201d]");

  Qualifiers {
    names = Set.copyOf(names);
    known = Set.copyOf(known);
    tail = Set.copyOf(tail);
  }

  /**
   * The qualifiers of {@code action} (the commitment's action), its {@code core} (from its verb to its
   * object's end, {@link TrackingLexicon#core}) and {@code sentence} (the commitment's text).
   */
  static Qualifiers of(TrackingLexicon lexicon, String action, String core, String sentence) {
    Set<String> names = new HashSet<>();
    int at = action.indexOf(core);
    List<Word> words = words(lexicon, core);
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if ((i > 0 || at > 0) && w.capitalised() && w.stem() != null && !lexicon.isCommon(w.text())
          && !lexicon.isDocumentType(w.text()) && !DateMentions.calendarWord(w.text())) {
        names.add(w.stem());
      }
    }
    Set<String> known = new HashSet<>();
    for (Word w : words(lexicon, sentence + " " + action)) {
      known.add(prefix(w.key()));
    }
    String tail = at < 0 || core.length() >= action.length() ? "" : action.substring(at + core.length());
    return new Qualifiers(names, known, lexicon.trackStems(tail));
  }

  /** Words are compared by their first {@value #PREFIX} letters ("Presidential" names the "President's" council). */
  private static String prefix(String key) {
    return key.length() > PREFIX ? key.substring(0, PREFIX) : key;
  }

  /**
   * True when {@code sentence} (whose text starts at {@code base} in its statement) agrees with these
   * qualifiers around {@code matched}, the object's stems it repeats (see the class comment);
   * {@code aside} tells the statement offsets of the words to leave aside (the parties' and people's
   * mentions), {@code weight} which stems are rare (null: all).
   */
  boolean agree(TrackingLexicon lexicon, String sentence, int base, Set<String> matched, IntPredicate aside,
                ToDoubleFunction<String> weight) {
    List<Word> words = words(lexicon, sentence);
    Set<String> stems = new HashSet<>();
    for (Word w : words) {
      if (w.stem() != null) {
        stems.add(w.stem());
      }
    }
    Set<String> stemPrefixes = new HashSet<>();
    stems.forEach(x -> stemPrefixes.add(prefix(x)));
    int named = 0;
    for (String n : names) {
      named += matched.contains(n) || stemPrefixes.contains(prefix(n)) ? 1 : 0;
    }
    if (2 * named < names.size()) {
      return false;
    }
    if (names.isEmpty() && !tail.isEmpty()) {
      boolean rareTail = false;
      boolean repeated = false;
      boolean anyRepeated = false;
      for (String t : tail) {
        anyRepeated |= stems.contains(t);
        if (weight == null || weight.applyAsDouble(t) >= Tracker.RARE) {
          rareTail = true;
          repeated |= stems.contains(t);
        }
      }
      // a rare stem of the purpose when it has one, else any ("a memorandum to protect access to medication"
      // is not "a memorandum to support workers", however common "medication" is among the commitments)
      if (rareTail ? !repeated : !anyRepeated) {
        return false;
      }
    }
    return !otherNameNear(lexicon, sentence, base, words, matched, aside);
  }

  /**
   * A proper name or year in the noun phrase around a repeated object stem (at most {@value #NEAR} words
   * away, through capitalised words, numbers, object stems and {@link #CONNECTORS} only, not across
   * punctuation) that the commitment's sentence does not name.
   */
  private boolean otherNameNear(TrackingLexicon lexicon, String sentence, int base, List<Word> words, Set<String> matched, IntPredicate aside) {
    int capitalised = 0;
    int long4 = 0;
    for (Word w : words) {
      if (w.text().length() >= 4) {
        long4++;
        capitalised += w.capitalised() ? 1 : 0;
      }
    }
    boolean titleCase = long4 >= 5 && capitalised * 10 > long4 * 8;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).stem() == null || !matched.contains(words.get(i).stem())) {
        continue;
      }
      for (int dir = -1; dir <= 1; dir += 2) {
        for (int j = i + dir, n = 1; j >= 0 && j < words.size() && n <= NEAR; j += dir, n++) {
          if (crossesBreak(sentence, words, j - dir, j)) {
            break;
          }
          Word w = words.get(j);
          boolean year = YEAR.matcher(w.text()).matches();
          boolean inPhrase = year || w.capitalised() || Character.isDigit(w.text().charAt(0))
              || (w.stem() != null && matched.contains(w.stem())) || CONNECTORS.contains(w.key());
          if (!inPhrase) {
            break;
          }
          if (known.contains(prefix(w.key())) || aside.test(base + w.start()) || CONNECTORS.contains(w.key())
              || DateMentions.calendarWord(w.text())) {
            continue;
          }
          boolean name = !titleCase && j > 0 && w.capitalised() && w.stem() != null && !matched.contains(w.stem())
              && !lexicon.isCommon(w.text());
          if (year || name) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** True when punctuation ending a noun phrase lies between words {@code i} and {@code j} (adjacent). */
  private static boolean crossesBreak(String sentence, List<Word> words, int i, int j) {
    int from = words.get(Math.min(i, j)).end();
    int to = words.get(Math.max(i, j)).start();
    if (from > to) {
      return false;
    }
    return PHRASE_BREAK.matcher(sentence.substring(from, to)).find();
  }

  /**
   * One word of a text: its offsets in the text, its stem ({@link TrackingLexicon#stem}, null for a
   * stopword, a short word or a number) and its key (the stem, else the word in lower case).
   */
  private record Word(String text, int start, int end, String stem, String key) {
    boolean capitalised() {
      return Character.isUpperCase(text.charAt(0)) && !(text.length() <= 2 && text.equals(text.toUpperCase(Locale.ROOT)));
    }
  }

  private static List<Word> words(TrackingLexicon lexicon, String text) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String st = lexicon.stem(m.group());
      out.add(new Word(m.group(), m.start(), m.end(), st, st != null ? st : m.group().toLowerCase(Locale.ROOT)));
    }
    return out;
  }
}
