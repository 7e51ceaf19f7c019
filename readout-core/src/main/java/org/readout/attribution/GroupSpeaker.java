package org.readout.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Who "the two leaders" / "both sides" of a statement are (split out of {@link Attributor}). Stateless. */
final class GroupSpeaker {
  private GroupSpeaker() {
  }

  /**
   * "The two leaders": the own side's principal and the other heads of state named in the statement. The principal
   * is the own-side person the opening sentence names ("Vice President Harris met today with …"), else the own
   * head of state.
   */
  static Speaker of(DictionarySpeakers dictionary, List<SpeakerMention> mentions, String title, LocalDate date,
                    String own, int openingEnd) {
    List<String> names = new ArrayList<>();
    if (own != null) {
      mentions.stream().filter(m -> m.start() < openingEnd && m.kind() == SpeakerMention.Kind.NAMED
              && m.speaker() != null && m.speaker().isPerson() && own.equals(m.speaker().actor()))
          .min(java.util.Comparator.comparingInt(SpeakerMention::start)).map(SpeakerMention::speaker)
          .or(() -> dictionary.headOf(own, date)).ifPresent(s -> names.add(s.name()));
    }
    // the other leader of the meeting: the first other head of state or government the text names
    // (never a third: "both leaders" of a call between two presidents are those two)
    for (SpeakerMention m : mentions) {
      Speaker s = m.speaker();
      if (names.size() >= 2) {
        break;
      }
      if (m.kind() == SpeakerMention.Kind.NAMED && s != null && !names.contains(s.name())
          && (dictionary.isLeader(s, date) || s.id().isEmpty() && leaderTitle(s.role()))
          && (own == null || !own.equals(s.actor()))) {
        names.add(s.name());
      }
    }
    if (names.size() == 1 && title != null && !title.isBlank()) {
      // "Telephone conversation with President of Serbia X": a text that only says "the presidents" has the
      // other leader in its title
      dictionary.person(title, date, own).filter(s -> dictionary.isLeader(s, date) && !names.contains(s.name())
          && (own == null || !own.equals(s.actor()))).ifPresent(s -> names.add(s.name()));
    }
    String name = names.size() >= 2 ? String.join(" and ", names) : "both sides";
    return new Speaker(name, "", "JOINT", "", "group");
  }

  private static boolean leaderTitle(String role) {
    return role.contains("President") || role.contains("Prime Minister") || role.contains("Chancellor");
  }
}
