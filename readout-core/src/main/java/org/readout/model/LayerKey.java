package org.readout.model;

import java.util.Objects;

/**
 * Names one layer of an {@link AnalyzedStatement}: what a stage adds (sentences, mentions,
 * attributions, commitments, …) and what a later stage reads. A key has a name, the type of its value
 * and the name of the stage that produces it (used in error messages). Keys are equal when their names
 * are equal; each stage family declares its keys once, as constants (see
 * {@code org.readout.analysis.Layers}).
 *
 * @param <T> the type of the layer's value, e.g. {@code List<Attribution>}
 */
public final class LayerKey<T> {
  private final String name;
  private final Class<?> type;
  private final String producer;

  private LayerKey(String name, Class<?> type, String producer) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.producer = Objects.requireNonNull(producer, "producer");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a layer key needs a name");
    }
  }

  /**
   * A key named {@code name} whose values are instances of {@code type} (the raw class, e.g.
   * {@code List.class} for {@code List<Attribution>}), produced by the stage named {@code producer}.
   */
  public static <T> LayerKey<T> of(String name, Class<?> type, String producer) {
    return new LayerKey<>(name, type, producer);
  }

  public String name() {
    return name;
  }

  /** The raw type of the layer's values (checked when a value is put). */
  public Class<?> type() {
    return type;
  }

  /** The name of the stage that produces this layer ({@code attribution}, {@code time}, …). */
  public String producer() {
    return producer;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayerKey<?> k && k.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
