package org.readout.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical actor from the actor dictionary: a state, organisation, person, region, agreement or
 * format. Immutable.
 *
 * @param id         canonical id: ISO 3166-1 alpha-3 for states ({@code RUS}), an upper-case acronym for
 *                   organisations ({@code NATO}), a lower-case slug for persons, regions, agreements
 *                   and formats ({@code putin}, {@code donbas}, {@code minsk-agreements})
 * @param type       what it is
 * @param name       display name ({@code Vladimir Putin}, {@code Russia})
 * @param entityId   the state or organisation it stands for: itself for states and organisations, the
 *                   state of a region, the home state of a person (see {@link #entityOn}), {@code ""}
 *                   for agreements and formats
 * @param aliases    surface forms matched on their own (names, short names, metonyms)
 * @param adjectives adjectives naming a state ({@code Russian}); matched with rule {@code adjective}
 *                   and used to build role phrases ({@code the Russian President})
 * @param roles      for persons: roles held with dates, in data-file order
 * @param gender     {@code male}, {@code female} or {@code ""}; for pronoun resolution
 * @param contested  for regions: other states claiming it (Crimea: {@code [RUS]})
 * @param note       a caveat for analysts, may be empty
 */
public record Actor(String id, ActorType type, String name, String entityId, List<String> aliases,
                    List<String> adjectives, List<RoleTerm> roles, String gender, List<String> contested,
                    String note) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    entityId = entityId == null ? "" : entityId;
    aliases = List.copyOf(aliases);
    adjectives = List.copyOf(adjectives);
    roles = List.copyOf(roles);
    gender = gender == null ? "" : gender;
    contested = List.copyOf(contested);
    note = note == null ? "" : note;
  }

  public boolean isPerson() {
    return type == ActorType.PERSON;
  }

  /**
   * The state or organisation this actor stands for on {@code date}: for a person, the entity of the
   * first role active that day (Stoltenberg in 2020 stands for NATO), otherwise their home state;
   * for everything else {@link #entityId()}. A {@code null} date means "today's data" (latest role).
   */
  public String entityOn(LocalDate date) {
    if (!isPerson()) {
      return entityId;
    }
    if (date != null) {
      for (RoleTerm r : roles) {
        if (r.activeOn(date)) {
          return r.of();
        }
      }
      return entityId;
    }
    for (RoleTerm r : roles) {
      if (r.to() == null) {
        return r.of();
      }
    }
    return entityId;
  }

  /** The first role active on {@code date}, if any. */
  public Optional<RoleTerm> roleOn(LocalDate date) {
    return roles.stream().filter(r -> date == null ? r.to() == null : r.activeOn(date)).findFirst();
  }

  /** Whether any role is active on {@code date} ({@code null}: any role without an end). */
  public boolean activeOn(LocalDate date) {
    return roleOn(date).isPresent();
  }

  /** The latest day this actor's roles reach ({@link LocalDate#MAX} while in office); for ranking. */
  LocalDate latestActivity() {
    LocalDate best = LocalDate.MIN;
    for (RoleTerm r : roles) {
      LocalDate end = r.to() == null ? LocalDate.MAX : r.to();
      if (end.isAfter(best)) {
        best = end;
      }
    }
    return best;
  }
}
