package org.readout.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The side codes a statement may carry, and the state or organisation each stands for. Front matter
 * with a side outside this table is rejected at ingest.
 */
public final class Sides {
  private static final Map<String, String> SIDE_TO_ACTOR = Map.ofEntries(
      Map.entry("US", "USA"), Map.entry("RU", "RUS"), Map.entry("CN", "CHN"), Map.entry("UA", "UKR"),
      Map.entry("GB", "GBR"), Map.entry("UK", "GBR"), Map.entry("FR", "FRA"), Map.entry("DE", "DEU"),
      Map.entry("EU", "EU"), Map.entry("NATO", "NATO"), Map.entry("UN", "UN"), Map.entry("OSCE", "OSCE"),
      Map.entry("JP", "JPN"), Map.entry("IN", "IND"), Map.entry("TR", "TUR"), Map.entry("IR", "IRN"),
      Map.entry("BY", "BLR"), Map.entry("KR", "KOR"), Map.entry("KP", "PRK"), Map.entry("PL", "POL"),
      Map.entry("IT", "ITA"), Map.entry("CA", "CAN"), Map.entry("JOINT", "JOINT"));

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

  public static java.util.Set<String> known() {
    return new java.util.TreeSet<>(SIDE_TO_ACTOR.keySet());
  }
}
