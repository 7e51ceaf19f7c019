package org.readout.actors;

import java.util.Locale;

/** What kind of thing an actor is; {@link #id()} is the value written to {@code Mention.actorType}. */
public enum ActorType {
  STATE, ORGANISATION, PERSON, REGION, AGREEMENT, FORMAT;

  /** Lower-case id used in data files and mentions: {@code state}, {@code organisation}, … */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
