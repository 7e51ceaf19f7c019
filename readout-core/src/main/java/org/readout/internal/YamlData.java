package org.readout.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.readout.ReadoutException;

/**
 * The one lexicon loader of readout-core: YAML bound to records by one shared Jackson
 * {@link ObjectMapper}. Every word list, pattern table and lexicon (attribution cues, commitment rules,
 * temporal patterns, sentence data, …) is a record whose components name the YAML keys.
 *
 * <p>Scalars are read as written: an unquoted {@code on}, {@code no} or {@code off} in a word list is
 * that word, not a YAML 1.1 boolean. An unknown key fails the load (a misspelt key in a lexicon must not
 * silently empty a list). Thread-safe: the mapper is configured once and only read.
 */
public final class YamlData {
  private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private YamlData() {
  }

  /** The shared YAML mapper (do not reconfigure it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A bundled resource {@code name}, relative to {@code anchor}'s package, bound to {@code type}. A
   * missing or malformed bundled file is a build defect: {@link IllegalStateException}.
   */
  public static <T> T resource(Class<?> anchor, String name, Class<T> type) {
    String where = anchor.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("bundled resource missing: " + where);
      }
      T value = MAPPER.readValue(in, type);
      if (value == null) {
        throw new IllegalStateException("bundled resource " + where + " is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(where + ": " + problem(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + where, e);
    }
  }

  /**
   * A user's file bound to {@code type}; {@code what} names the kind of file in messages
   * ({@code codebook}, {@code actor dictionary}).
   *
   * @throws ReadoutException one line naming the file and the problem
   */
  public static <T> T file(Path file, String what, Class<T> type) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ReadoutException(file + ": " + what + " not found");
    } catch (IOException e) {
      throw new ReadoutException(file + ": cannot read " + what + ": " + e.getMessage(), ReadoutException.IO_FAILURE, e);
    }
    return parse(text, file.toString(), type);
  }

  /**
   * YAML text bound to {@code type}; {@code source} names it in messages.
   *
   * @throws ReadoutException one line naming the source and the problem
   */
  public static <T> T parse(String yaml, String source, Class<T> type) {
    try {
      T value = MAPPER.readValue(yaml, type);
      if (value == null) {
        throw new ReadoutException(source + ": empty YAML document");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new ReadoutException(source + ": " + problem(e));
    }
  }

  /** A one-line description of a parse or binding failure, with the line where it happened. */
  public static String problem(JsonProcessingException e) {
    String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ": ";
    if (e instanceof UnrecognizedPropertyException u) {
      return line + "unknown key '" + u.getPropertyName() + "' (known: " + u.getKnownPropertyIds() + ")";
    }
    String m = e.getOriginalMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return line + (nl < 0 ? m : m.substring(0, nl));
  }
}
