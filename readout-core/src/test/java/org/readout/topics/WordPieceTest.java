package org.readout.topics;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The Java WordPiece tokenizer gives the model's own tokenizer's ids (Hugging Face tokenizers via DJL). */
class WordPieceTest {
  private static final WordPiece WP = WordPiece.bge();
  private static final HuggingFaceTokenizer REF = reference();

  private static HuggingFaceTokenizer reference() {
    try (InputStream in = WordPieceTest.class.getClassLoader().getResourceAsStream(WordPiece.BGE_TOKENIZER)) {
      return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false", "truncation", "false"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int[] ref(String text) {
    return Arrays.stream(REF.encode(text, false, false).getIds()).mapToInt(x -> (int) x).toArray();
  }

  @Test
  void splitsWordsPiecesAndPunctuation() {
    assertThat(WP.tokenize("The presidents discussed ransomware, NATO's \"open door\" and café-style diplomacy."))
        .containsExactly("the", "presidents", "discussed", "ransom", "##ware", ",", "nato", "'", "s", "\"", "open",
            "door", "\"", "and", "cafe", "-", "style", "diplomacy", ".");
    assertThat(WP.size()).isEqualTo(30522);
    assertThat(WP.token(WP.clsId())).isEqualTo("[CLS]");
  }

  @Test
  void matchesTheModelsTokenizerOnHandWrittenText() {
    String[] texts = {
        "Mr. Zelenskyy met President Biden in Kyiv on 21 Dec. 2022 — talks lasted 3½ hours.",
        "Über-cautious naïve résumé: ÉLYSÉE, São Paulo, Ångström, İstanbul.",
        "U.S.-Russia strategic\u00a0stability\u200b dialogue (SSD) in Geneva; 10,000 km²!",
        "中国 and 日本 leaders — “quoted” ‘text’ … end",
        "a".repeat(150) + " short",
        "emoji 😀 and tabs\tand\nnewlines\r\n",
        "",
        "   ",
    };
    for (String t : texts) {
      assertThat(WP.encode(t)).as(t).containsExactly(ref(t));
    }
  }

  @Property(tries = 300)
  void matchesTheModelsTokenizerOnRandomText(@ForAll("texts") String text) {
    assertThat(WP.encode(text)).containsExactly(ref(text));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.oneOf(
        Arbitraries.of("the", "Sanctions", "cyber-attacks", "don't", "U.S.", "naïve", "Zürich", "2021", "—", "(", ")",
            "\"", "‘", "…", "xylophonically", "antidisestablishmentarianism", "Ωmega", "中", "😀", "\u00a0", "\t"),
        Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(12),
        Arbitraries.strings().withCharRange('\u00a0', '\u024f').ofMinLength(1).ofMaxLength(6));
    return words.list().ofMaxSize(30).map(ws -> String.join(" ", ws));
  }
}
