package org.readout.report.escape;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one Jackson {@link ObjectMapper} of Readout's JSON output: pretty-printed (two-space indent),
 * fields in the order the tree or map was built, one trailing newline. Reports build a tree
 * ({@link #object()}, {@link #array()}) or an ordered map so that field order is explicit, then
 * {@link #write(Object)} it; Jackson does all string escaping. Thread-safe: the mapper is configured
 * once here and never exposed.
 */
public final class JsonWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonWriter() {
  }

  /** A new, empty JSON object to fill in order. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new, empty JSON array. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** {@code value} (a tree, map, list or record) as pretty-printed JSON with a trailing newline. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}
