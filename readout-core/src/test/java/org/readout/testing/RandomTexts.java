package org.readout.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of hostile and statement-like text shared by the property tests of every stage:
 * random Unicode (unpaired surrogates, combining marks, controls), and word soup dense in what the
 * stages look for (speaker labels, quotes, cue verbs, dates, abbreviations, paragraph breaks).
 */
public final class RandomTexts {
  private static final List<String> PIECES = List.of("Putin", "Biden", "said", "told", "according to", "noted",
      "described as", "agreed", "will", "would", "warned", "urged", "called for", "hope", "not", "if", "the", "The",
      "two", "presidents", "Russia", "United States", "NATO", "Ukraine", "he", "He", "they", "its", "“", "”", "\"", "«",
      "»", "‘", "’", "'", "(", ")", ",", ".", "?", "!", ":", ";", "…", "—", "-", "Mr.", "U.S.", "Jr.", "Jan.", "No.",
      "MR. SULLIVAN:", "MS. PSAKI:", "Q", "Q:", "Question:", "Aide to the President Yury Ushakov:", "January", "May",
      "December 30", "9–10", "2015", "the 1990s", "On Tuesday,", "next year", "five years ago", "late", "\n", "\n\n",
      " ", "  ", "İstanbul", "ıi", "e\u0301", "\uD83D\uDE00", "* * *", "<…>", "x");

  private RandomTexts() {
  }

  /** Word soup of statement-like pieces, up to 60 of them. */
  public static Arbitrary<String> statementLike() {
    return Combinators.combine(Arbitraries.of(PIECES).list().ofMaxSize(60), Arbitraries.of(" ", "", "\n"))
        .as((list, sep) -> String.join(sep, list));
  }

  /** Any Unicode string up to 300 chars. */
  public static Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMaxLength(300);
  }

  /** Either of the above. */
  public static Arbitrary<String> hostile() {
    return Arbitraries.oneOf(statementLike(), anyText());
  }
}
