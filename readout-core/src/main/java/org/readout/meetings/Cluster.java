package org.readout.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Working data of {@link MeetingGrouper}: a meeting being formed, its units, secondary members
 * (debriefs), parties and day.
 */
final class Cluster {
  final List<Unit> units = new ArrayList<>();
  final Map<Unit, Join> debriefs = new LinkedHashMap<>();
  Set<String> parties;
  LocalDate date;
  boolean userMade;
  /** The actor ids of the participants as the anchors name them; computed once, by {@link ReferenceJoins}. */
  Set<String> participantIds;

  boolean hasForeign(String party, String own) {
    return parties.contains(party) && !party.equals(own);
  }
}
