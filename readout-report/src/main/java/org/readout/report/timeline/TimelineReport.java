package org.readout.report.timeline;

import java.util.ArrayList;
import java.util.List;
import org.readout.analysis.Layers;
import org.readout.model.AnalyzedStatement;
import org.readout.time.TemporalExpression;
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

  /**
   * The expressions and merged events of statements analysed with the {@code time} stage (its
   * {@code temporal} and {@code events} layers), merged by {@code timeline}.
   */
  public static TimelineReport of(List<AnalyzedStatement> docs, Timeline timeline) {
    List<TemporalExpression> xs = new ArrayList<>();
    List<TimelineEvent> raw = new ArrayList<>();
    for (AnalyzedStatement d : docs) {
      xs.addAll(d.require(Layers.TEMPORAL));
      raw.addAll(d.require(Layers.EVENTS));
    }
    return new TimelineReport(xs, timeline.merge(raw));
  }
}
