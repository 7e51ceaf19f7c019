package org.readout.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One ingested statement: its metadata and its normalised text. Every character offset anywhere in
 * Readout refers to {@link #text()}, which is kept verbatim. {@link #sha256()} is the SHA-256 of that
 * text (UTF-8), so ingesting the same content twice is recognised as the same.
 *
 * @param meta   publication metadata
 * @param text   normalised body text (NFC, paragraphs separated by a blank line)
 * @param sha256 lowercase hex SHA-256 of {@code text}
 * @param source where it came from: a path, a URL, or {@code path#line} for JSON Lines
 */
public record Statement(StatementMeta meta, String text, String sha256, String source) {
  public Statement {
    Objects.requireNonNull(meta, "meta");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sha256, "sha256");
    source = source == null ? "" : source;
  }

  /** Builds a statement, computing the hash of the (already normalised) text. */
  public static Statement of(StatementMeta meta, String normalisedText, String source) {
    return new Statement(meta, normalisedText, sha256Hex(normalisedText), source);
  }

  public String id() {
    return meta.id();
  }

  public static String sha256Hex(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
