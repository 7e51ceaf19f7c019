package org.readout.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.model.Token;
import org.readout.testing.AnalysisAssertions;
import org.readout.TestEngines;

/**
 * Invariants of sentences and tokens on random text: offsets increase and never overlap, texts equal
 * their substrings, tokens lie inside their sentence, nothing throws. Runs under a Turkish default
 * locale to catch case-folding that depends on it (dotted/dotless i).
 */
class TextAnalysisPropertiesTest {
  private static final Readout READOUT = TestEngines.TEXT;
  private Locale saved;

  @BeforeTry
  void turkish() {
    saved = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr"));
  }

  @AfterTry
  void restore() {
    Locale.setDefault(saved);
  }

  @Property(tries = 300)
  void invariantsHoldOnRandomUnicode(@ForAll("anyText") String text) {
    check(text);
  }

  @Property(tries = 500)
  void invariantsHoldOnSentenceLikeText(@ForAll("proseLike") String text) {
    check(text);
  }

  @Property(tries = 50)
  void turkishLocaleDoesNotChangeResults(@ForAll("proseLike") String text) {
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("tr");
    AnalyzedStatement tr = READOUT.analyze(statement(text));
    Locale.setDefault(Locale.ROOT);
    AnalyzedStatement root = READOUT.analyze(statement(text));
    assertThat(tr.sentences()).isEqualTo(root.sentences());
  }

  @Property(tries = 1)
  void upperCaseIStaysDotless() {
    String text = "MR. SULLIVAN:  IT IS INDEED IRAN. I visited.";
    AnalyzedStatement a = READOUT.analyze(statement(text));
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.sentences().get(0).tokens()).extracting(Token::lemma)
        .containsExactly("mr.", "sullivan", ":", "it", "be", "indeed", "iran", ".");
    assertThat(a.sentences().get(1).tokens()).extracting(Token::lemma).containsExactly("i", "visit", ".");
  }

  static void check(String text) {
    AnalysisAssertions.assertWellFormed(READOUT.analyze(statement(text)));
  }

  static Statement statement(String text) {
    return Statement.of(new StatementMeta("p", "", LocalDate.of(2021, 12, 7), "", "US", "", "", "", "", ""), text,
        "property");
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.strings().all().ofMinLength(0).ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> proseLike() {
    Arbitrary<String> pieces = Arbitraries.of(List.of("Mr.", "U.S.", "U.S.-Russia", "Jr.", "R.", "No.", "7", "Jan.",
        "9–10", "1.5", "the", "The", "We", "talks", "İstanbul", "IRAN", "ıi", "Q", "Q:", "MS. PSAKI:", "Vladimir",
        "Putin:", ".", "?", "!", "…", "...", "“", "”", "\"", "'", "’s", "(", ")", "* * *", "<…>", "\n", "\n\n",
        " ", "  ", "\u00a0", "-", "—", ",", ":", "can’t", "\uD83D\uDE00", "e\u0301", "\uD800", "a.m."));
    return Combinators.combine(pieces.list().ofMaxSize(40), Arbitraries.of(" ", "", "\n"))
        .as((list, sep) -> String.join(sep, list));
  }
}
