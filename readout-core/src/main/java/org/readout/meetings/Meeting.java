package org.readout.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One meeting (call, video call, meeting, summit, visit) and the statements about it.
 *
 * @param id           stable id from the date and the participants ({@code 2021-12-07-biden-putin}); a
 *                     second meeting of the same participants on the same day gets {@code -2}
 * @param date         the day it took place (the readouts' date, or the date they name)
 * @param mode         {@code call}, {@code video-call}, {@code meeting}, {@code summit}, {@code visit}
 * @param title        the title of its main statement (a readout when there is one)
 * @param parties      states or organisations taking part (actor ids, sorted)
 * @param participants the people taking part, one per party where known (actor ids, in party order)
 * @param sides        side codes of the publishers of its statements (sorted)
 * @param members      memberships, ordered by date then statement id
 */
public record Meeting(String id, LocalDate date, String mode, String title, List<String> parties,
                      List<Participant> participants, List<String> sides, List<Membership> members) {
  public Meeting {
    parties = List.copyOf(parties);
    participants = List.copyOf(participants);
    sides = List.copyOf(sides);
    members = List.copyOf(members);
  }

  /** A person (or, when nobody is known, the party itself) taking part. */
  public record Participant(String actor, String name, String party) {
  }

  public List<String> statementIds() {
    return members.stream().map(Membership::statement).toList();
  }

  public Optional<Membership> member(String statementId) {
    return members.stream().filter(m -> m.statement().equals(statementId)).findFirst();
  }
}
