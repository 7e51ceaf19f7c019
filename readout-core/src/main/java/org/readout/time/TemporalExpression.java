package org.readout.time;

/**
 * A temporal expression with its normalised value.
 *
 * @param statement   statement id
 * @param sentence    sentence index
 * @param start       inclusive offset into {@code Statement.text()}
 * @param end         exclusive offset
 * @param text        the expression as written
 * @param value       TIMEX3-style value: {@code 2021-12-07}, {@code 2022-01-09/2022-01-10}, {@code 2021-11},
 *                    {@code 2015}, {@code 199X}, {@code 2021-W48}, {@code 2021-SU}, {@code P8Y}, or {@code ""}
 *                    when it cannot be placed
 * @param granularity {@code day}, {@code range}, {@code week}, {@code month}, {@code season}, {@code year},
 *                    {@code decade} or {@code duration}
 * @param modifier    {@code early}, {@code mid}, {@code late}, {@code APPROX}, or {@code ""}
 * @param anchor      what a relative value was computed from ({@code 2021-12-07}, or an event such as
 *                    {@code the meeting (2021-12-07)}); {@code ""} for absolute values
 * @param event       the event the expression dates ({@code Minsk agreements}), or {@code ""}
 * @param rule        the pattern that produced it
 */
public record TemporalExpression(String statement, int sentence, int start, int end, String text, String value,
                                 String granularity, String modifier, String anchor, String event, String rule) {
}
