package org.readout.text;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Set;
import org.readout.internal.YamlData;

/**
 * The normaliser's word lists, bound from {@code normaliser.yaml} beside this class by the shared YAML
 * loader ({@link YamlData}). Immutable; the {@link #STANDARD} instance is loaded once.
 */
record NormaliserWords(
    @JsonProperty(value = "block-tags", required = true) Set<String> blockTags,
    @JsonProperty(value = "cell-tags", required = true) Set<String> cellTags,
    @JsonProperty(value = "label-connectors", required = true) Set<String> labelConnectors,
    @JsonProperty(value = "single-word-labels", required = true) Set<String> singleWordLabels) {

  static final NormaliserWords STANDARD = load("normaliser.yaml");

  NormaliserWords {
    blockTags = Set.copyOf(Objects.requireNonNull(blockTags, "blockTags"));
    cellTags = Set.copyOf(Objects.requireNonNull(cellTags, "cellTags"));
    labelConnectors = Set.copyOf(Objects.requireNonNull(labelConnectors, "labelConnectors"));
    singleWordLabels = Set.copyOf(Objects.requireNonNull(singleWordLabels, "singleWordLabels"));
  }

  static NormaliserWords load(String resource) {
    return YamlData.resource(NormaliserWords.class, resource, NormaliserWords.class);
  }
}
