package org.readout.commitments;

import java.util.Locale;
import java.util.Optional;

/**
 * Tracking status of a commitment. {@link #compliance()} maps a status to the G7/G20 Research Group
 * score: +1 full compliance (fulfilled), 0 partial or work in progress (in-progress, and open:
 * nothing reported yet, scored neutral as the Research Group scores "no evidence yet" mid-cycle),
 * −1 non-compliance (broken, stalled). Superseded commitments are replaced by a later one and have
 * no score ({@link Optional#empty()}).
 */
public enum Status {
  OPEN("open"), IN_PROGRESS("in-progress"), FULFILLED("fulfilled"), STALLED("stalled"), BROKEN("broken"),
  SUPERSEDED("superseded");

  private final String id;

  Status(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** −1, 0 or +1; empty for {@link #SUPERSEDED}. */
  public Optional<Integer> compliance() {
    return switch (this) {
      case FULFILLED -> Optional.of(1);
      case OPEN, IN_PROGRESS -> Optional.of(0);
      case STALLED, BROKEN -> Optional.of(-1);
      case SUPERSEDED -> Optional.empty();
    };
  }

  /** Parses {@code open}, {@code in-progress} (also {@code in_progress}), … case-insensitively. */
  public static Optional<Status> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String k = s.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Status st : values()) {
      if (st.id.equals(k)) {
        return Optional.of(st);
      }
    }
    return Optional.empty();
  }

  public static String known() {
    StringBuilder b = new StringBuilder();
    for (Status st : values()) {
      b.append(b.length() == 0 ? "" : ", ").append(st.id);
    }
    return b.toString();
  }
}
