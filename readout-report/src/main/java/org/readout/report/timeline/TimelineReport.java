package org.readout.report.timeline;

import java.util.ArrayList;
import java.util.List;
import org.readout.model.AnalyzedStatement;
import org.readout.time.TemporalExpression;
import org.readout.time.TemporalTagger;
import org.readout.time.Timeline;
import org.readout.time.TimelineEvent;

/**
 * What {@code readout timeline} reports: every temporal expression, and the merged dated events.
 */
public record TimelineReport(List<TemporalExpression> expressions, List<TimelineEvent> events) {
  public TimelineReport {
    expressions = List.copyOf(expressions);
    events = List.copyOf(events);
  }

  /** Tags every statement and merges their events. */
  public static TimelineReport of(List<AnalyzedStatement> docs, TemporalTagger tagger) {
    List<TemporalExpression> xs = new ArrayList<>();
    List<TimelineEvent> raw = new ArrayList<>();
    for (AnalyzedStatement d : docs) {
      List<TemporalExpression> mine = tagger.tag(d);
      xs.addAll(mine);
      raw.addAll(Timeline.events(d, mine));
    }
    return new TimelineReport(xs, Timeline.merge(raw));
  }
}
