package org.readout.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.internal.Similarity;
import org.readout.topics.CodedStatement;

/**
 * Whether an omission holds: a topic one side raises counts as "not mentioned" by the other only when no
 * content sentence of the other side's statements comes close to the sentences raising it — close meaning a
 * cosine of at least {@value #COSINE} with the configured embedder <em>and</em> shared content words (Dice of
 * lemmas at least {@value #LEXICAL}), so that neither a paraphrase nor a shared word alone decides. The closest
 * such sentence makes the finding read "mentions it at most briefly". Stateless.
 */
final class Omission {
  static final double COSINE = 0.80;
  static final double LEXICAL = 0.15;

  /** The other side's closest sentence. */
  record Closest(CodedStatement statement, int sentence, String rule) {
  }

  private Omission() {
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
