package org.readout.analysis.text;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.readout.internal.YamlData;

/** The YAML data files beside the classes of this package, bound to records. Not for use elsewhere. */
final class TextData {
  private TextData() {
  }

  /** {@code sentences.yaml}: abbreviations, sentence starters, speaker-label words, separators. */
  record Sentences(@JsonProperty("never_end") List<String> neverEnd,
                   @JsonProperty("number_prefixes") List<String> numberPrefixes,
                   List<String> months, List<String> ambiguous,
                   @JsonProperty("sentence_starters") List<String> sentenceStarters,
                   @JsonProperty("label_connectors") List<String> labelConnectors,
                   @JsonProperty("single_word_labels") List<String> singleWordLabels,
                   @JsonProperty("label_roles") List<String> labelRoles,
                   List<String> separators) {
    Sentences {
      neverEnd = nz(neverEnd);
      numberPrefixes = nz(numberPrefixes);
      months = nz(months);
      ambiguous = nz(ambiguous);
      sentenceStarters = nz(sentenceStarters);
      labelConnectors = nz(labelConnectors);
      singleWordLabels = nz(singleWordLabels);
      labelRoles = nz(labelRoles);
      separators = nz(separators);
    }
  }

  /** {@code lemmas.yaml}: irregular forms ({@code lemma: [forms]}), invariant words, final-e words. */
  record Lemmas(Map<String, List<String>> forms, List<String> invariant,
                @JsonProperty("restore_e") List<String> restoreE) {
    Lemmas {
      forms = forms == null ? Map.of() : forms;
      invariant = nz(invariant);
      restoreE = nz(restoreE);
    }
  }

  static Sentences sentences() {
    return Holder.SENTENCES;
  }

  static Lemmas lemmas() {
    return Holder.LEMMAS;
  }

  private static final class Holder {
    static final Sentences SENTENCES = YamlData.resource(TextData.class, "sentences.yaml", Sentences.class);
    static final Lemmas LEMMAS = YamlData.resource(TextData.class, "lemmas.yaml", Lemmas.class);
  }

  private static List<String> nz(List<String> l) {
    return l == null ? List.of() : l;
  }
}
