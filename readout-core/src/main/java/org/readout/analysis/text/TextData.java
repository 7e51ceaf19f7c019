package org.readout.analysis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Loads the YAML data files that live beside the classes of this package. Not for use elsewhere. */
final class TextData {
  private TextData() {
  }

  /** The top-level map of resource {@code name} (a file in this package). */
  static Map<String, Object> load(String name) {
    try (InputStream in = TextData.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/readout/analysis/text/" + name);
      }
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (!(root instanceof Map<?, ?> map)) {
        throw new IllegalStateException("resource " + name + " is not a YAML map");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> typed = (Map<String, Object>) map;
      return typed;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** A list of strings under {@code key}; an absent key is an empty list. */
  static List<String> strings(Map<String, Object> data, String key) {
    Object v = data.get(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof List<?> list)) {
      throw new IllegalStateException("key " + key + " is not a list");
    }
    for (Object item : list) {
      // YAML 1.1 reads an unquoted No/Yes/On as a boolean: fail loudly instead of matching "false".
      if (!(item instanceof String)) {
        throw new IllegalStateException("key " + key + " holds a non-string item " + item + " (quote it)");
      }
    }
    return list.stream().map(String.class::cast).toList();
  }
}
