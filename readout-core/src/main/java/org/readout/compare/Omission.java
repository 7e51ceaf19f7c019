package org.readout.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.internal.Similarity;
import org.readout.topics.CodedStatement;
import org.readout.topics.PhraseCoder;

/**
 * Whether an omission holds: a topic one side raises counts as "not mentioned" by the other only when no
 * content sentence of the other side's statements comes close to the sentences raising it — close meaning a
 * cosine of at least {@value #COSINE} with the configured embedder <em>and</em> shared content words (Dice of
 * lemmas at least {@value #LEXICAL}), so that neither a paraphrase nor a shared word alone decides. A sentence of
 * the other side naming one of the topic's key actors or objects ({@code mentions} in the codebook: "the United
 * States and its allies" for coordination with allies) mentions the topic too when it is close in meaning (cosine
 * at least {@value #KEY_COSINE}, and Dice of lemmas at least {@value #LEXICAL}) to a sentence of the raising side
 * that raises the topic or names a key mention as well. The closest such sentence makes the finding read "mentions it at most briefly". Stateless.
 */
final class Omission {
  static final double COSINE = 0.80;
  static final double LEXICAL = 0.15;
  /** Cosine between two sentences naming the topic's key actors from which they report the same matter. */
  static final double KEY_COSINE = 0.75;

  /** The other side's closest sentence. */
  record Closest(CodedStatement statement, int sentence, String rule) {
  }

  private Omission() {
  }

  /**
   * The closest content sentence of {@code without} to the given sentences of {@code with}, else the other side's
   * content sentence naming a key actor or object of {@code topic} ({@code mentions}: the codebook's
   * {@link org.readout.topics.Codebook#mentionCoder()}) that is closest to a sentence of {@code with} raising the
   * topic or naming a key mention too, with a cosine of at least {@value #KEY_COSINE} and shared content words (Dice
   * of lemmas at least {@value #LEXICAL}); or null.
   */
  static Closest closest(String topic, Map<String, List<Integer>> sentences, List<CodedStatement> with,
                         List<CodedStatement> without, Map<String, List<float[]>> vectors, PhraseCoder mentions) {
    Closest near = closest(sentences, with, without, vectors);
    return near != null ? near : keyMention(topic, sentences, with, without, vectors, mentions);
  }

  /**
   * Both sides name the topic's key actors in sentences close in meaning ("the U.S. and our Allies would respond
   * with strong economic measures" / "the sanctions the United States and its allies would be ready to impose"):
   * the other side reports the same matter, so it does not leave the topic out. A key actor named on one side only,
   * or in a sentence about something else ("the US and its allies are arming Kiev" against "we coordinate with our
   * allies"), is not enough.
   */
  static Closest keyMention(String topic, Map<String, List<Integer>> sentences, List<CodedStatement> with,
                            List<CodedStatement> without, Map<String, List<float[]>> vectors, PhraseCoder mentions) {
    Closest best = null;
    double bestCos = 0;
    for (CodedStatement w : with) {
      List<float[]> vw = vectors.get(w.id());
      Set<Integer> own = new java.util.TreeSet<>(sentences.get(w.id()));
      own.addAll(named(topic, w, mentions));
      for (CodedStatement o : without) {
        List<float[]> vo = vectors.get(o.id());
        if (vw == null || vo == null) {
          continue;
        }
        for (int j : named(topic, o, mentions)) {
          Set<String> lj = new HashSet<>(Lemmas.of(o.sentences().get(j)));
          for (int i : own) {
            double cos = Similarity.unitCosine(vw.get(i), vo.get(j));
            if (cos < KEY_COSINE || cos <= bestCos) {
              continue;
            }
            double lex = Similarity.dice(new HashSet<>(Lemmas.of(w.sentences().get(i))), lj);
            if (lex >= LEXICAL) {
              bestCos = cos;
              best = new Closest(o, j, String.format(Locale.ROOT, "omission:key-mention cosine=%.3f dice=%.3f to %s#%d",
                  cos, lex, w.id(), i));
            }
          }
        }
      }
    }
    return best;
  }

  /** The content sentences of {@code c} naming a key actor or object of {@code topic}. */
  private static List<Integer> named(String topic, CodedStatement c, PhraseCoder mentions) {
    List<SentenceRoles.Role> roles = SentenceRoles.of(c.statement().text(), c.sentences());
    List<Integer> out = new java.util.ArrayList<>();
    for (int j = 0; j < c.sentences().size(); j++) {
      if (roles.get(j).content() && mentions.topics(c.sentences().get(j)).contains(topic)) {
        out.add(j);
      }
    }
    return out;
  }

  /** The closest content sentence of {@code without} to the given sentences of {@code with}, or null. */
  static Closest closest(Map<String, List<Integer>> sentences, List<CodedStatement> with, List<CodedStatement> without,
                         Map<String, List<float[]>> vectors) {
    Closest best = null;
    double bestCos = 0;
    for (CodedStatement w : with) {
      List<float[]> vw = vectors.get(w.id());
      for (int i : sentences.get(w.id())) {
        Set<String> li = new HashSet<>(Lemmas.of(w.sentences().get(i)));
        for (CodedStatement o : without) {
          List<float[]> vo = vectors.get(o.id());
          List<SentenceRoles.Role> roles = SentenceRoles.of(o.statement().text(), o.sentences());
          for (int j = 0; j < o.sentences().size(); j++) {
            if (vw == null || vo == null || !roles.get(j).content()) {
              continue;
            }
            double cos = Similarity.unitCosine(vw.get(i), vo.get(j));
            if (cos < COSINE || cos <= bestCos) {
              continue;
            }
            double lex = Similarity.dice(li, new HashSet<>(Lemmas.of(o.sentences().get(j))));
            if (lex >= LEXICAL) {
              bestCos = cos;
              best = new Closest(o, j, String.format(Locale.ROOT, "omission:closest cosine=%.3f dice=%.3f to %s#%d",
                  cos, lex, w.id(), i));
            }
          }
        }
      }
    }
    return best;
  }
}
