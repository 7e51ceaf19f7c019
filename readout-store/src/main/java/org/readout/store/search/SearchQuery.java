package org.readout.store.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search: Lucene query syntax over sentence text ({@code "legally binding" guarantees}, {@code nato AND
 * expansion}) with field queries ({@code side:RU}, {@code publisher:"President of Russia"}, {@code kind:readout},
 * {@code actor:putin}, {@code topic:nato}, {@code date:[2021-12-01 TO 2021-12-31]}), plus filters.
 *
 * @param text  the query string
 * @param side  side filter, or null
 * @param from  first day, or null
 * @param to    last day, or null
 * @param limit statements to return
 */
public record SearchQuery(String text, String side, LocalDate from, LocalDate to, int limit) {
  public SearchQuery {
    Objects.requireNonNull(text, "text");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
  }
}
