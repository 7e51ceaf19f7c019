package org.readout.attribution;

/**
 * A resolved speaker.
 *
 * @param name   canonical display name: the actor dictionary's name for persons, states and
 *               organisations ({@code Joseph R. Biden}, {@code Russia}), else a generic label
 *               ({@code Questioner}, {@code Senior Administration Official})
 * @param id     the actor dictionary id ({@code biden}, {@code RUS}), or {@code ""} for speakers the
 *               dictionary does not hold (generic labels, groups)
 * @param actor  state or organisation id the speaker stands for ({@code USA}, {@code RUS}), or {@code ""}
 * @param role   role as known or as written ({@code presidential aide}), or {@code ""}
 * @param kind   {@code person}, {@code state}, {@code group}, {@code questioner} or {@code institution}
 */
public record Speaker(String name, String id, String actor, String role, String kind) {
  public Speaker {
    id = id == null ? "" : id;
    actor = actor == null ? "" : actor;
    role = role == null ? "" : role;
  }

  public Speaker withRole(String newRole) {
    return new Speaker(name, id, actor, newRole, kind);
  }

  public boolean isPerson() {
    return "person".equals(kind);
  }

  public boolean isGroup() {
    return "group".equals(kind);
  }
}
