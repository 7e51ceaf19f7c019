package org.readout.topics;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link BgeEmbedder} (ONNX Runtime + the Java WordPiece) gives LangChain4j's bge-small vectors (DJL's
 * native tokenizer), bit for bit, on hand-written sentences (special tokens in the text too), a text longer
 * than 510 tokens, and
 * random text.
 */
class BgeEmbedderTest {
  private static final BgeSmallEnV15QuantizedEmbeddingModel REFERENCE = new BgeSmallEnV15QuantizedEmbeddingModel();
  private static final HuggingFaceTokenizer HF = hf();

  private static HuggingFaceTokenizer hf() {
    try (InputStream in = WordPiece.class.getClassLoader().getResourceAsStream(WordPiece.BGE_TOKENIZER)) {
      return HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<float[]> reference(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>();
    for (String t : texts) {
      segments.add(TextSegment.from(t.isBlank() ? "." : t));
    }
    List<float[]> out = new ArrayList<>();
    for (var e : REFERENCE.embedAll(segments).content()) {
      float[] v = e.vector();
      double n = 0;
      for (float f : v) {
        n += f * f;
      }
      n = Math.sqrt(n);
      float[] u = new float[v.length];
      for (int i = 0; i < v.length; i++) {
        u[i] = (float) (v[i] / n);
      }
      out.add(u);
    }
    return out;
  }

  @Test
  void sameVectorsAsTheReferenceOnHandWrittenText() {
    List<String> texts = List.of(
        "The two presidents agreed to resume talks on arms control in Vienna next month.",
        "Naïve café-style diplomacy: \"open door\" policies, NATO's eastern flank, and the OSCE's role.",
        "  ",
        "Ransomware attacks on U.S. infrastructure — 2021–2022 — cost $4.5 billion (est.).",
        "北京 and Moscow issued a joint statement.",
        "z",
        "An unknown ɢ letter and a literal [SEP] marker.");
    List<float[]> ours = BgeEmbedder.instance().embedAll(texts);
    List<float[]> ref = reference(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(ours.get(i)).as(texts.get(i)).containsExactly(ref.get(i));
    }
  }

  @Test
  void aTextLongerThan510TokensIsTruncatedAsTheReferenceDoes() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 4000; i++) {
      sb.append("The delegation number ").append(i).append(" discussed strategic stability and unbelievably "
          + "complicated verification arrangements. ");
    }
    String text = sb.toString();
    assertThat(WordPiece.bge().encode(text).length).isGreaterThan(BgeEmbedder.MAX_TOKENS);
    float[] ours = BgeEmbedder.instance().embedAll(List.of(text)).get(0);
    assertThat(ours).containsExactly(reference(List.of(text)).get(0));
  }

  /**
   * Random text. Texts the Java WordPiece tokenises otherwise than the model's tokenizer are left to
   * {@code WordPieceTest} (known: a few code points unassigned in Java 17's Unicode tables, which the
   * WordPiece drops and the native tokenizer keeps as {@code [UNK]}); texts without tokens fail in the
   * reference.
   */
  @Property(tries = 40)
  void sameVectorsAsTheReferenceOnRandomText(@ForAll @StringLength(min = 1, max = 120) String text) throws Exception {
    String t = text.isBlank() ? "." : text;
    List<String> hf = HF.tokenize(t);
    if (hf.size() <= 2 || text.contains("[") || !hf.subList(1, hf.size() - 1).equals(WordPiece.bge().tokenize(t))) {
      return;
    }
    assertThat(BgeEmbedder.instance().embedAll(List.of(text)).get(0)).containsExactly(reference(List.of(text)).get(0));
  }
}
