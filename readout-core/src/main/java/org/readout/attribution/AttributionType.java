package org.readout.attribution;

import java.util.Locale;

/** The kinds of attribution: quoted words, reported speech with a cue, and transcript speaker turns. */
public enum AttributionType {
  DIRECT, INDIRECT, TURN;

  /** The lowercase name used in outputs ({@code direct}, {@code indirect}, {@code turn}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
