package org.readout.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Publication metadata of one statement, as given by its front matter, JSON Lines record, HTML page or
 * CLI flags. Immutable; {@code id}, {@code side} and {@code kind} are never null (use {@code ""} when
 * unknown), other string fields may be empty but not null.
 *
 * @param id        stable statement id: the file stem, or the JSON Lines {@code id}
 * @param title     the statement's own title
 * @param date      publication date, or {@code null} when the source gives none
 * @param publisher e.g. {@code The White House}, {@code President of Russia}
 * @param side      side code such as {@code US}, {@code RU}, {@code CN} (see {@link Sides})
 * @param kind      {@code readout}, {@code briefing}, {@code press-call}, … (free vocabulary)
 * @param meeting   meeting slug (the folder name in the shared corpus), may be empty
 * @param url       where the publisher put it, may be empty
 * @param licence   licence text, may be empty
 * @param note      a caveat such as "text is partial", may be empty
 */
public record StatementMeta(String id, String title, LocalDate date, String publisher, String side,
                            String kind, String meeting, String url, String licence, String note) {
  public StatementMeta {
    Objects.requireNonNull(id, "id");
    title = nz(title);
    publisher = nz(publisher);
    side = nz(side);
    kind = nz(kind);
    meeting = nz(meeting);
    url = nz(url);
    licence = nz(licence);
    note = nz(note);
  }

  /** Metadata with only an id, a side code and a date (other fields empty), e.g. for a statement from a String. */
  public static StatementMeta of(String id, String side, LocalDate date) {
    return new StatementMeta(id, "", date, "", side, "", "", "", "", "");
  }

  public Optional<LocalDate> publicationDate() {
    return Optional.ofNullable(date);
  }

  public StatementMeta withId(String newId) {
    return new StatementMeta(newId, title, date, publisher, side, kind, meeting, url, licence, note);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
