package org.readout.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.readout.attribution.Attribution;
import org.readout.commitments.Commitment;
import org.readout.compare.Comparison;
import org.readout.compare.Finding;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Evidence;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.model.Token;
import org.readout.time.TemporalExpression;
import org.readout.ReadoutConfig;
import org.readout.TestEngines;

/**
 * Domain assertions shared by every stage's tests, in the spirit of Lucene's
 * {@code BaseTokenStreamTestCase.assertTokenStreamContents}: one call checks all the offset invariants
 * of a layer, so a test states the facts it cares about and leaves the bookkeeping here.
 *
 * <ul>
 *   <li>every offset lies in {@code [0, text.length()]} and {@code start <= end};</li>
 *   <li>offsets round-trip: {@code text.substring(start, end)} equals the span's own text;</li>
 *   <li>every span (token, mention, commitment, attribution, date, evidence) lies inside the sentence
 *       it names;</li>
 *   <li>sentences and tokens come in text order and never overlap; mentions and acts come in text order;</li>
 *   <li>{@link #assertDeterministic} runs a computation twice and wants equal results.</li>
 * </ul>
 * Failure messages name the layer, the index and the span. Stateless.
 */
public final class AnalysisAssertions {
  private AnalysisAssertions() {
  }

  /** {@code [start, end)} is a span of {@code text} whose characters are {@code surface}. */
  public static void assertSpan(String text, int start, int end, String surface, String what) {
    assertThat(start).as("%s: start %d in [0, %d]", what, start, text.length()).isBetween(0, text.length());
    assertThat(end).as("%s: end %d in [%d, %d]", what, end, start, text.length()).isBetween(start, text.length());
    assertThat(text.substring(start, end)).as("%s: text[%d, %d) equals its surface", what, start, end).isEqualTo(surface);
  }

  /** {@code [start, end)} lies inside sentence {@code sentence} of {@code a}. */
  public static void assertInSentence(AnalyzedStatement a, int sentence, int start, int end, String what) {
    assertThat(sentence).as("%s: sentence index %d of %d", what, sentence, a.sentences().size())
        .isBetween(0, a.sentences().size() - 1);
    Sentence s = a.sentences().get(sentence);
    assertThat(start).as("%s: [%d, %d) inside sentence %d [%d, %d)", what, start, end, sentence, s.start(), s.end())
        .isGreaterThanOrEqualTo(s.start());
    assertThat(end).as("%s: [%d, %d) inside sentence %d [%d, %d)", what, start, end, sentence, s.start(), s.end())
        .isLessThanOrEqualTo(s.end());
  }

  /**
   * The analysis layers every statement has: sentences (indexed 0.., in order, non-overlapping,
   * non-empty, stripped, round-trip), their tokens (in order, inside the sentence, round-trip, lemma
   * lower-case) and mentions (in text order, inside their sentence, round-trip).
   */
  public static void assertWellFormed(AnalyzedStatement a) {
    String text = a.text();
    int lastEnd = 0;
    for (int i = 0; i < a.sentences().size(); i++) {
      Sentence s = a.sentences().get(i);
      String what = "sentence " + i;
      assertThat(s.index()).as(what + ": index").isEqualTo(i);
      assertThat(s.start()).as(what + ": starts after the previous one ends").isGreaterThanOrEqualTo(lastEnd);
      assertThat(s.end()).as(what + ": not empty").isGreaterThan(s.start());
      assertSpan(text, s.start(), s.end(), s.text(), what);
      assertThat(s.text()).as(what + ": no surrounding white space").isEqualTo(s.text().strip());
      int lastTok = s.start();
      for (int k = 0; k < s.tokens().size(); k++) {
        Token t = s.tokens().get(k);
        String tw = what + " token " + k;
        assertThat(t.start()).as(tw + ": after the previous token").isGreaterThanOrEqualTo(lastTok);
        assertThat(t.end()).as(tw + ": not empty, inside the sentence").isGreaterThan(t.start()).isLessThanOrEqualTo(s.end());
        assertSpan(text, t.start(), t.end(), t.text(), tw);
        assertThat(t.lemma()).as(tw + ": lemma").isNotNull().isEqualTo(t.lemma().toLowerCase(Locale.ROOT));
        lastTok = t.end();
      }
      lastEnd = s.end();
    }
    assertMentions(a);
  }

  /** Mentions: in text order, non-empty, inside their sentence, round-trip, with an actor. */
  public static void assertMentions(AnalyzedStatement a) {
    int lastStart = -1;
    for (int i = 0; i < a.mentions().size(); i++) {
      Mention m = a.mentions().get(i);
      String what = "mention " + i + " '" + m.surface() + "'";
      assertThat(m.end()).as(what + ": not empty").isGreaterThan(m.start());
      assertSpan(a.text(), m.start(), m.end(), m.surface(), what);
      assertInSentence(a, m.sentence(), m.start(), m.end(), what);
      assertThat(m.start()).as(what + ": in text order").isGreaterThanOrEqualTo(lastStart);
      assertThat(m.actorId()).as(what + ": actor id").isNotBlank();
      lastStart = m.start();
    }
  }

  /** Commitments of {@code a}: their clause inside their sentence, round-trip, evidence inside it, in text order. */
  public static void assertCommitments(AnalyzedStatement a, List<Commitment> cs) {
    int lastStart = -1;
    for (Commitment c : cs) {
      String what = "commitment " + c.id();
      assertThat(c.statement()).as(what + ": statement").isEqualTo(a.id());
      assertSpan(a.text(), c.start(), c.end(), c.text(), what);
      assertInSentence(a, c.sentence(), c.start(), c.end(), what);
      assertEvidence(a, c.evidence());
      assertThat(c.start()).as(what + ": in text order").isGreaterThanOrEqualTo(lastStart);
      lastStart = c.start();
    }
  }

  /**
   * Attributions of {@code a}: content non-empty and round-trip (reported speech may run on into later
   * sentences); the sentence it names is the last one starting at or before the content, so it is the
   * sentence holding the content's start whenever one does (content can also start in text the
   * splitter leaves out, such as a {@code * * *} separator: then it names the sentence before).
   */
  public static void assertAttributions(AnalyzedStatement a, List<Attribution> as) {
    for (Attribution x : as) {
      String what = "attribution " + x.type() + " by " + x.speaker() + " at " + x.start();
      assertThat(x.end()).as(what + ": not empty").isGreaterThan(x.start());
      assertSpan(a.text(), x.start(), x.end(), x.content(), what);
      int expected = 0;
      for (Sentence s : a.sentences()) {
        if (s.start() <= x.start()) {
          expected = s.index();
        }
      }
      assertThat(x.sentence()).as(what + ": names the last sentence starting at or before it").isEqualTo(expected);
    }
  }

  /** Temporal expressions of {@code a}: non-empty, round-trip, inside their sentence, TIMEX3 values. */
  public static void assertTemporal(AnalyzedStatement a, List<TemporalExpression> xs) {
    for (TemporalExpression x : xs) {
      String what = "date '" + x.text() + "'";
      assertThat(x.end()).as(what + ": not empty").isGreaterThan(x.start());
      assertSpan(a.text(), x.start(), x.end(), x.text(), what);
      assertInSentence(a, x.sentence(), x.start(), x.end(), what);
      assertTimex3(x.value(), what);
    }
  }

  // TIMEX3 values (TimeML 1.2.1): calendar dates with X for unknown digits, fiscal years (FY2023), decades and centuries, ISO weeks and
  // weekends, ISO week dates (XXXX-WXX-1: every Monday), seasons, quarters, times of day and parts of day, durations, and the three references.
  private static final String TIMEX3_DATE = "(?:(?:FY)?[0-9X]{4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}(?:-WE|-[1-7])?|SP|SU|FA|WI"
      + "|Q[1-4X]|H[12X]))?|[0-9X]{2,3})";
  private static final String TIMEX3_TIME = TIMEX3_DATE + "(?:T(?:[0-2][0-9](?::[0-5][0-9](?::[0-5][0-9])?)?|MO|AF|EV|NI|DT))?";
  private static final String TIMEX3_DURATION = "P(?=[0-9XT])(?:(?:[0-9]+(?:\\.[0-9]+)?|X)(?:Y|M|W|D|DE|CE|Q|H))*"
      + "(?:T(?:(?:[0-9]+(?:\\.[0-9]+)?|X)[HMS])+)?";
  private static final java.util.regex.Pattern TIMEX3 = java.util.regex.Pattern.compile(
      "PRESENT_REF|PAST_REF|FUTURE_REF|" + TIMEX3_DURATION + "|" + TIMEX3_TIME + "(?:/" + TIMEX3_TIME + ")?");

  /**
   * {@code value} is a TIMEX3 value ({@code 2021-12-10TAF}, {@code 2021-W48}, {@code P10Y}, {@code PT2H},
   * {@code PRESENT_REF}, {@code 199}), an ISO interval of two ({@code 2022-01-09/2022-01-10}), or empty (an
   * expression that cannot be placed).
   */
  public static void assertTimex3(String value, String what) {
    assertThat(value).as("%s: value '%s' is TIMEX3", what, value).matches(v -> v.isEmpty() || TIMEX3.matcher(v).matches(),
        "a TIMEX3 value");
  }

  /** Evidence points at a statement's sentence, and its span lies inside that sentence. */
  public static void assertEvidence(AnalyzedStatement a, Evidence e) {
    String what = "evidence " + e.statement() + " §" + e.sentence() + " (" + e.rule() + ")";
    assertThat(e.statement()).as(what + ": statement").isEqualTo(a.id());
    assertThat(e.rule()).as(what + ": names its rule").isNotBlank();
    assertSpan(a.text(), e.start(), e.end(), a.text().substring(e.start(), e.end()), what);
    assertInSentence(a, e.sentence(), e.start(), e.end(), what);
  }

  /**
   * Every finding of a comparison has evidence, and each piece points inside a sentence of a statement
   * the finding lists (see {@link #assertEvidence(AnalyzedStatement, Evidence)}).
   */
  public static void assertFindingsEvidence(Comparison c) {
    for (Finding f : c.findings()) {
      assertThat(f.evidence()).as("finding '%s': has evidence", f.text()).isNotEmpty();
      for (Evidence e : f.evidence()) {
        assertThat(f.statements()).as("finding '%s': evidence from a listed statement", f.text()).contains(e.statement());
        assertEvidence(c.statement(e.statement()).orElseThrow().statement(), e);
      }
    }
  }

  /**
   * Random or hostile text never breaks a stage: {@code text} is analysed by the standard pipeline and
   * by attribution, temporal tagging and commitment extraction (as a statement of each side), nothing
   * throws, every layer keeps the invariants above, and each result is deterministic.
   */
  public static void assertEveryStageHolds(String text) {
    for (String side : List.of("US", "RU")) {
      Statement st = Statement.of(new StatementMeta("t", "test", LocalDate.of(2021, 12, 7),
          side.equals("US") ? "The White House" : "President of Russia", side, "readout", "", "", "", ""), text, "test");
      AnalyzedStatement a = assertDeterministic(() -> TestEngines.TEXT.analyze(st));
      assertThat(a.text()).isEqualTo(text);
      assertWellFormed(a);
      assertAttributions(a, assertDeterministic(() -> TestEngines.attributions(a)));
      assertTemporal(a, assertDeterministic(() -> ReadoutConfig.defaults().temporalTagger().tag(a)));
      assertCommitments(a, assertDeterministic(() -> TestEngines.commitments(a)));
    }
  }

  /** Runs {@code run} twice and wants equal results (same input, same output); returns the first. */
  public static <T> T assertDeterministic(Supplier<T> run) {
    T first = run.get();
    T second = run.get();
    assertThat(second).as("the same input gives the same output").isEqualTo(first);
    return first;
  }
}
