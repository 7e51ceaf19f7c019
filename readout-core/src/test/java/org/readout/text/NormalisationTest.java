package org.readout.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.readout.text.TextNormaliser.Syntax;

/** Normalisation on hand-written text, and its invariants on random text. */
class NormalisationTest {

  private static String norm(String s) {
    return TextNormaliser.normalise(s);
  }

  @Test
  void rejoinsHardWrappedLinesIntoParagraphs() {
    assertThat(norm("The ministers met in\nthe morning and\nagreed.\n\nA second\nparagraph.\n"))
        .isEqualTo("The ministers met in the morning and agreed.\n\nA second paragraph.");
  }

  @Test
  void keepsTurnsListsAndHeadingsOnTheirOwn() {
    String raw = "# Talks on trade\n\nMS. LEE: Good morning.\nMR. ORTIZ:  Thank you,\nMaria.\nQ    What was agreed?\n"
        + "Q\nAnd next?\nThe ministers agreed on:\n-   a joint\n    working group;\n* a second round\n1. in Vienna\n";
    assertThat(norm(raw).split("\n\n")).containsExactly("Talks on trade", "MS. LEE: Good morning.",
        "MR. ORTIZ: Thank you, Maria.", "Q What was agreed?",
        // a lone "Q" line introduces the question on the next line; the sentence after it stays joined
        "Q And next? The ministers agreed on:", "a joint working group;",
        "a second round", "1. in Vienna");
  }

  @Test
  void mixedCaseSpeakerLabelStartsAParagraphOnlyAfterASentenceEnd() {
    assertThat(norm("We met.\nAide to the President Anna Berg: Thank you.")).isEqualTo(
        "We met.\n\nAide to the President Anna Berg: Thank you.");
    assertThat(norm("the talks were held under\nChair Anna Berg: a rule")).isEqualTo(
        "the talks were held under Chair Anna Berg: a rule");
  }

  @Test
  void markdownHardBreakEndsAParagraph() {
    assertThat(norm("Aboard the plane  \nEn route to Oslo\n")).isEqualTo("Aboard the plane\n\nEn route to Oslo");
    assertThat(norm("and we will  \napproach it calmly.")).isEqualTo("and we will approach it calmly.");
  }

  @Test
  void removesScraperEscapesAndDropsSeparatorLines() {
    assertThat(norm("He said \\[sic\\] that 3 \\* 4 \\- 1 is \\#11.\n\n\\###\n")).isEqualTo(
        "He said [sic] that 3 * 4 - 1 is #11.");
    assertThat(norm("One.\n\n* * *\n\nTwo.\n\n---\n\n\\# \\# \\#")).isEqualTo("One.\n\nTwo.");
  }

  @Test
  void stripsEmphasisLinksImagesTagsAndEntities() {
    assertThat(norm("**Bold** and *italic* and __under__ but snake_case stays"))
        .isEqualTo("Bold and italic and under but snake_case stays");
    assertThat(norm("See [the **joint** statement](https://example.org/a_(b)) and ![logo](x.png)here."))
        .isEqualTo("See the joint statement and here.");
    assertThat(norm("Tea &amp; talks&nbsp;today<br />next<span class=\"x\">line</span>"))
        .isEqualTo("Tea & talks today\n\nnextline");
    assertThat(norm("A [bracket] stays, 2 * 3 stays, <…> stays")).isEqualTo("A [bracket] stays, 2 * 3 stays, <…> stays");
  }

  @Test
  void unicodeSpacesNfcAndQuotes() {
    String raw = "Cafe\u0301\u00a0talks\u2009on\u202fthe\u3000\u201cdeal\u201d and \u00abpeace\u00bb,\u200b\tyes.\r\n";
    assertThat(norm(raw)).isEqualTo("Café talks on the “deal” and «peace», yes.");
  }

  @Test
  void restoresKremlinRunInTurnsWhenBreaksWereLost() {
    String raw = "The talks began. Vladimir Putin: Colleagues, good afternoon. * * * Prime Minister of Ruritania Ivo Bell: "
        + "Thank you. He said: nothing more.";
    assertThat(norm(raw).split("\n\n")).containsExactly("The talks began.", "Vladimir Putin: Colleagues, good afternoon.",
        "Prime Minister of Ruritania Ivo Bell: Thank you. He said: nothing more.");
  }

  @Test
  void plainSyntaxLeavesMarkdownCharactersAlone() {
    assertThat(TextNormaliser.normalise("Rate *was* 5_000 [approx]\n\nnext", Syntax.PLAIN))
        .isEqualTo("Rate *was* 5_000 [approx]\n\nnext");
  }

  @Property(tries = 3000)
  void idempotentAndNeverThrowsOnRandomStrings(@ForAll("messy") String s) {
    String once = TextNormaliser.normalise(s);
    assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
    assertThat(once).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("\n\n\n", "  ");
    assertThat(once.replace("\n\n", "")).doesNotContain("\n");
    String plain = TextNormaliser.normalise(s, Syntax.PLAIN);
    assertThat(TextNormaliser.normalise(plain, Syntax.PLAIN)).isEqualTo(plain);
  }

  @Property(tries = 500)
  void idempotentOnAnyUnicode(@ForAll String s) {
    String once = TextNormaliser.normalise(s);
    assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
  }

  /** Strings dense in the characters that drive normalisation: markup, spaces, line ends, labels. */
  @Provide
  Arbitrary<String> messy() {
    Arbitrary<String> pieces = Arbitraries.of("*", "**", "_", "\\", "\\*", "\\###", "[", "]", "(", ")", "](x)", "!",
        "<", ">", "<br>", "<p>", "<!--", "-->", "&", "&amp;", "&nbsp;", "&#42;", ";", "#", "# ", "- ", "* * *", "1. ",
        "(a) ", "Q ", "MR. X: ", "Aide to the President Ivo Bell: ", ". ", "\n", "\n\n", "  \n", "\r\n", " ", "\u00a0",
        "\u2009", "\t", "e\u0301", "\u0301", "\uFEFF", "\u200b", "\ud800", "“", "”", "a", "word", "Word", ":", "~~",
        "`", "{.x}", ":::", "|", "0", "—", "…", "<…>");
    return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
