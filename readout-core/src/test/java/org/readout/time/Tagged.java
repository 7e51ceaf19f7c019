package org.readout.time;

import java.time.LocalDate;
import java.util.List;
import org.readout.ReadoutConfig;
import org.readout.testing.AnalysisAssertions;

/**
 * The default tagger's expressions in a hand-written sentence, each checked to span its text and to carry a
 * well-formed TIMEX3 value (shared by the tagger's tests).
 */
final class Tagged {
  private static final TemporalTagger TAGGER = ReadoutConfig.defaults().temporalTagger();

  private Tagged() {
  }

  static List<TemporalExpression> tag(String sentence, LocalDate ref) {
    List<TemporalExpression> xs = TAGGER.tag(sentence, ref);
    for (TemporalExpression x : xs) {
      AnalysisAssertions.assertSpan(sentence, x.start(), x.end(), x.text(), "date");
      AnalysisAssertions.assertTimex3(x.value(), x.text());
    }
    return xs;
  }

  /** The value of the expression written {@code written}; fails when the tagger found none. */
  static String value(String sentence, LocalDate ref, String written) {
    List<TemporalExpression> xs = tag(sentence, ref);
    return xs.stream().filter(x -> x.text().equals(written)).findFirst().map(TemporalExpression::value)
        .orElseThrow(() -> new AssertionError("'" + written + "' not found in " + xs));
  }

  /** The expressions found, as written. */
  static List<String> texts(String sentence, LocalDate ref) {
    return tag(sentence, ref).stream().map(TemporalExpression::text).toList();
  }
}
