package org.readout.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.readout.internal.YamlData;

/**
 * The side codes a statement may carry, and the state or organisation each stands for ({@code
 * sides.yaml} beside this class). Front matter with a side outside this table is rejected at ingest. The
 * table is a constant of the data model, loaded once.
 */
public final class Sides {
  /** {@code sides.yaml} as written. */
  record Data(Map<String, String> sides) {
  }

  private static final Map<String, String> SIDE_TO_ACTOR =
      Map.copyOf(YamlData.resource(Sides.class, "sides.yaml", Data.class).sides());

  private Sides() {
  }

  /** The canonical upper-case side code, if {@code side} is known. */
  public static Optional<String> normalise(String side) {
    if (side == null) {
      return Optional.empty();
    }
    String s = side.trim().toUpperCase(Locale.ROOT);
    return SIDE_TO_ACTOR.containsKey(s) ? Optional.of(s) : Optional.empty();
  }

  /** The actor id (ISO alpha-3 or organisation id) a side stands for, if known. */
  public static Optional<String> actorOf(String side) {
    return normalise(side).map(SIDE_TO_ACTOR::get);
  }

  public static Set<String> known() {
    return new TreeSet<>(SIDE_TO_ACTOR.keySet());
  }
}
