package org.readout.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Working data of {@link MeetingGrouper}: one statement for grouping (statements sharing text or URL,
 * the first by id standing for all), the cluster it joined and how.
 */
final class Unit {
  final List<Signals> copies = new ArrayList<>();
  Signals main;
  Cluster cluster;
  Join join;

  LocalDate date() {
    return main.date();
  }
}
