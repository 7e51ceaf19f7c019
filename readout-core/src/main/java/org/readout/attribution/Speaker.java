package org.readout.attribution;

/**
 * A resolved speaker.
 *
 * @param name   canonical display name ({@code Joseph Biden}, {@code Questioner}, {@code Russia})
 * @param actor  state or organisation id the speaker stands for ({@code USA}, {@code RUS}), or {@code ""}
 * @param role   role as known or as written ({@code presidential aide}), or {@code ""}
 * @param kind   {@code person}, {@code state}, {@code group} or {@code questioner}
 * @param gender {@code m}, {@code f} or {@code ""} (used only to match pronouns)
 */
public record Speaker(String name, String actor, String role, String kind, String gender) {
  public Speaker {
    actor = actor == null ? "" : actor;
    role = role == null ? "" : role;
    gender = gender == null ? "" : gender;
  }

  public Speaker withRole(String newRole) {
    return new Speaker(name, actor, newRole, kind, gender);
  }

  public boolean isPerson() {
    return "person".equals(kind);
  }

  public boolean isGroup() {
    return "group".equals(kind);
  }
}
