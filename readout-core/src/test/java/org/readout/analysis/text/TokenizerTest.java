package org.readout.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.Token;
import org.readout.testing.AnalysisAssertions;

class TokenizerTest {
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Tokenizer.bundled().tokenize(text, 0, text.length(), (s, e) -> out.add(text.substring(s, e)));
    return out;
  }

  @Test
  void keepsHyphenatedWordsAndAbbreviationsWhole() {
    assertThat(tokens("de-escalation on the U.S.-Russia agenda, NATO-Russia Council."))
        .containsExactly("de-escalation", "on", "the", "U.S.", "-", "Russia", "agenda", ",", "NATO-Russia",
            "Council", ".");
  }

  @Test
  void keepsTitlesInitialsAndNumbersWhole() {
    assertThat(tokens("Mr. Joseph R. Biden, Jr. paid $1,500.50 at 3:03 P.M. on Jan. 9–10, No. 7."))
        .containsExactly("Mr.", "Joseph", "R.", "Biden", ",", "Jr.", "paid", "$", "1,500.50", "at", "3:03", "P.M.",
            "on", "Jan.", "9", "–", "10", ",", "No.", "7", ".");
  }

  @Test
  void splitsCliticsPennStyle() {
    assertThat(tokens("Russia’s allies’ view: we can’t, don't, we’ll and it's O’Brien's."))
        .containsExactly("Russia", "’s", "allies", "’", "view", ":", "we", "ca", "n’t", ",", "do", "n't", ",", "we",
            "’ll", "and", "it", "'s", "O’Brien", "'s", ".");
  }

  @Test
  void keepsEllipsisAndQuotesSeparate() {
    assertThat(tokens("“Yes…” he said... (maybe)"))
        .containsExactly("“", "Yes", "…", "”", "he", "said", "...", "(", "maybe", ")");
  }

  @Test
  void sentenceFinalInitialIsNotAbbreviation() {
    assertThat(tokens("not only I.")).containsExactly("not", "only", "I", ".");
  }

  @Test
  void tokenStageLemmatisesAndKeepsProperNouns() {
    String text = "The presidents discussed Russia’s forces and the United States Allies.";
    List<Token> t = new TokenStage(Tokenizer.bundled(), Lemmatizer.bundled()).tokens(text, 0, text.length());
    assertThat(t).extracting(Token::lemma).containsExactly("the", "president", "discuss", "russia", "’s", "force",
        "and", "the", "united", "states", "allies", ".");
    assertThat(t).allSatisfy(x -> AnalysisAssertions.assertSpan(text, x.start(), x.end(), x.text(), "token"));
    assertThat(t).extracting(Token::pos).containsOnly("");
  }
}
