package org.readout.time;

/**
 * A temporal expression with its normalised value.
 *
 * @param statement   statement id
 * @param sentence    sentence index
 * @param start       inclusive offset into {@code Statement.text()}
 * @param end         exclusive offset
 * @param text        the expression as written
 * @param value       TIMEX3 value: {@code 2021-12-07}, {@code 2021-12-10TAF}, {@code 2021-12-11T15:00},
 *                    {@code 2021-11}, {@code 2015}, {@code 199X}, {@code 18} (the 19th century), {@code 2021-W48},
 *                    {@code 2022-W15-WE}, {@code 2021-SU}, durations {@code P8Y} / {@code PT2H}, sets {@code P1W},
 *                    {@code PRESENT_REF} / {@code PAST_REF} / {@code FUTURE_REF}; a range of days an ISO interval of
 *                    two ({@code 2022-01-09/2022-01-10}); or {@code ""} when it cannot be placed
 * @param granularity {@code time}, {@code day}, {@code range}, {@code week}, {@code month}, {@code season},
 *                    {@code year}, {@code decade}, {@code century}, {@code duration}, {@code set} or
 *                    {@code reference}
 * @param modifier    {@code early}, {@code mid}, {@code late}, {@code APPROX}, or {@code ""}
 * @param anchor      what a relative value was computed from ({@code 2021-12-07}, or an event such as
 *                    {@code the meeting (2021-12-07)}); {@code ""} for absolute values
 * @param event       the event the expression dates ({@code Minsk agreements}), or {@code ""}
 * @param rule        the pattern that produced it
 */
public record TemporalExpression(String statement, int sentence, int start, int end, String text, String value,
                                 String granularity, String modifier, String anchor, String event, String rule) {
}
