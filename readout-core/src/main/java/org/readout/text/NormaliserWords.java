package org.readout.text;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Set;

/**
 * The normaliser's word lists, bound from {@code normaliser.yaml} beside this class. Immutable; the
 * {@link #STANDARD} instance is loaded once.
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
    YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    try (InputStream in = NormaliserWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/readout/text/" + resource);
      }
      return yaml.readValue(in, NormaliserWords.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/readout/text/" + resource + ": " + e.getMessage(), e);
    }
  }
}
