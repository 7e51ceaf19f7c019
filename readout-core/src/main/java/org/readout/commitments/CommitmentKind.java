package org.readout.commitments;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of speech act Readout extracts. {@link #firmness()} orders the commissive kinds
 * (agreement &gt; pledge &gt; readiness &gt; hope); proposal, demand and warning position a party
 * without committing it and have firmness 0.
 */
public enum CommitmentKind {
  AGREEMENT(4), PLEDGE(3), READINESS(2), HOPE(1), PROPOSAL(0), DEMAND(0), WARNING(0);

  private final int firmness;

  CommitmentKind(int firmness) {
    this.firmness = firmness;
  }

  /** 4 for agreement down to 1 for hope; 0 for non-commissive kinds. */
  public int firmness() {
    return firmness;
  }

  /** True for agreement, pledge, readiness and hope: acts that commit their actors to something. */
  public boolean commissive() {
    return firmness > 0;
  }

  /** The lowercase id used in JSON, YAML and the database ({@code agreement}, {@code pledge}, …). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<CommitmentKind> parse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    for (CommitmentKind k : values()) {
      if (k.id().equalsIgnoreCase(id.trim())) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
