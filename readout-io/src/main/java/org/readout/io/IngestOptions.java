package org.readout.io;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to ingest: metadata for plain text without front matter (from CLI flags), limits and policy.
 * Immutable; use {@link #defaults()} and the {@code with…} copies.
 *
 * @param side          side code for plain text without front matter ({@code --side}), or null
 * @param date          publication date for plain text ({@code --date}), or null
 * @param publisher     {@code --publisher}, or null
 * @param title         {@code --title}, or null
 * @param kind          {@code --kind}, or null
 * @param meeting       {@code --meeting}, or null
 * @param maxBytes      files/responses larger than this are rejected ({@code --max-bytes}, default 50 MB)
 * @param keepGoing     skip (and count) bad JSON Lines records instead of stopping
 * @param allowPrivate  allow URLs resolving to loopback, link-local or private addresses
 * @param warnings      receives one-line warnings (e.g. legacy encoding detected); never null
 * @param fetchTimeout  deadline for each URL: connect, headers and body together ({@code --fetch-timeout})
 * @param maxChars      a statement whose text is longer than this is rejected ({@code --max-chars}, default 2,000,000)
 */
public record IngestOptions(String side, LocalDate date, String publisher, String title, String kind, String meeting,
                            long maxBytes, boolean keepGoing, boolean allowPrivate, Consumer<String> warnings,
                            java.time.Duration fetchTimeout, long maxChars) {
  public static final long DEFAULT_MAX_BYTES = 50L * 1000 * 1000;
  /** 8 times the longest statement of the bulk corpus (252,099 characters). */
  public static final long DEFAULT_MAX_CHARS = 2_000_000;

  public IngestOptions {
    Objects.requireNonNull(warnings, "warnings");
    Objects.requireNonNull(fetchTimeout, "fetchTimeout");
  }

  public static IngestOptions defaults() {
    return new IngestOptions(null, null, null, null, null, null, DEFAULT_MAX_BYTES, false, false, w -> { },
        org.readout.io.internal.UrlFetcher.DEFAULT_TIMEOUT, DEFAULT_MAX_CHARS);
  }

  public IngestOptions withMetadata(String side, LocalDate date, String publisher, String title, String kind, String meeting) {
    return new IngestOptions(side, date, publisher, title, kind, meeting, maxBytes, keepGoing, allowPrivate, warnings, fetchTimeout, maxChars);
  }

  public IngestOptions withMaxBytes(long bytes) {
    return new IngestOptions(side, date, publisher, title, kind, meeting, bytes, keepGoing, allowPrivate, warnings, fetchTimeout, maxChars);
  }

  public IngestOptions withKeepGoing(boolean keep) {
    return new IngestOptions(side, date, publisher, title, kind, meeting, maxBytes, keep, allowPrivate, warnings, fetchTimeout, maxChars);
  }

  public IngestOptions withAllowPrivate(boolean allow) {
    return new IngestOptions(side, date, publisher, title, kind, meeting, maxBytes, keepGoing, allow, warnings, fetchTimeout, maxChars);
  }

  public IngestOptions withFetchTimeout(java.time.Duration timeout) {
    return new IngestOptions(side, date, publisher, title, kind, meeting, maxBytes, keepGoing, allowPrivate, warnings,
        timeout, maxChars);
  }

  public IngestOptions withMaxChars(long chars) {
    return new IngestOptions(side, date, publisher, title, kind, meeting, maxBytes, keepGoing, allowPrivate, warnings,
        fetchTimeout, chars);
  }

  public IngestOptions withWarnings(Consumer<String> sink) {
    return new IngestOptions(side, date, publisher, title, kind, meeting, maxBytes, keepGoing, allowPrivate, sink, fetchTimeout, maxChars);
  }
}
