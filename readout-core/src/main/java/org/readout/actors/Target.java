package org.readout.actors;

import java.util.List;

/**
 * What a dictionary phrase points to, before it is resolved against a statement's date and side.
 * Package-private: the matcher's values.
 */
sealed interface Target {
  /** One or more candidate actors (several when a name is shared; the date picks one). */
  record ActorRef(List<String> ids, String rule) implements Target {
  }

  /** Whoever held {@code role} of {@code entity} on the statement date ("the Russian President"). */
  record RoleRef(String entity, String role) implements Target {
  }

  /**
   * An unqualified title: with {@code own}, whoever held the role with this title on the statement's
   * own side ("the President"); otherwise, or when the own side has no such title, the one office a
   * title names when only one state or organisation uses it ("Secretary of State").
   */
  record OwnRoleRef(String titleKey, boolean own) implements Target {
  }

  /** A group reference resolved to the meeting's participants ("the two leaders", "both sides"). */
  record GroupRef(String refers, int count) implements Target {
  }

  /** A pronoun: {@code male}, {@code female} or {@code plural}. */
  record PronounRef(String kind) implements Target {
  }

  /**
   * A title ({@code President}, {@code Foreign Minister}, {@code Aide to the President}) or an honorific
   * ({@code Mr.}): alone it names nobody; the scanner combines it with a following name, a preceding
   * state adjective or a following "of" + state, or a preceding "the" (own side).
   */
  record TitleRef(String key, boolean honorific) implements Target {
  }

  /** A phrase that must not produce a mention (e.g. "Washington Post", "all the parties"). */
  record Ignore() implements Target {
  }
}
