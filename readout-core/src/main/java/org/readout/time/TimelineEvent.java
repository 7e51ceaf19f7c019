package org.readout.time;

import java.util.List;

/**
 * A dated event on the timeline, with the sentences that date it.
 *
 * @param date     TIMEX3-style value ({@code 2021-06-16}, {@code 2021-06}, {@code 2015})
 * @param label    a short label ({@code Russian-American summit in Geneva})
 * @param kind     event class used for merging ({@code meeting}, {@code talks}, {@code agreement}, …)
 * @param evidence where it is mentioned, in statement then sentence order
 */
public record TimelineEvent(String date, String label, String kind, List<EventEvidence> evidence) {
  public TimelineEvent {
    evidence = List.copyOf(evidence);
  }

  /** One sentence that mentions the event. */
  public record EventEvidence(String statement, int sentence, int start, int end) {
  }
}
