package org.readout.actors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A role a person held: e.g. {@code head-of-state} of {@code USA} from 2021-01-20 to 2025-01-20.
 *
 * @param role  role id ({@code head-of-state}, {@code head-of-government}, {@code foreign-minister},
 *              {@code defence-minister}, {@code national-security-adviser}, {@code spokesperson},
 *              {@code aide}, …; see the {@code roles} section of {@code actors.yaml})
 * @param of    the state (ISO alpha-3) or organisation id the role belongs to
 * @param from  first day in office, inclusive; {@code null} when unknown (treated as "always")
 * @param to    the day the successor took over, exclusive; {@code null} while still in office
 * @param title display title as the holder's own side writes it, may be empty
 */
public record RoleTerm(String role, String of, LocalDate from, LocalDate to, String title) {
  public RoleTerm {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(of, "of");
    title = title == null ? "" : title;
  }

  /** Whether the term covers {@code date}: {@code from <= date < to}. */
  public boolean activeOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || date.isBefore(to));
  }

  /** Whether the term had started by {@code date}. */
  public boolean startedBy(LocalDate date) {
    return from == null || !date.isBefore(from);
  }
}
