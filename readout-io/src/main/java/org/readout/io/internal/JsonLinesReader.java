package org.readout.io.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.readout.ReadoutException;
import org.readout.io.IngestOptions;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.text.TextNormaliser;

/**
 * Streams JSON Lines in the shared bulk schema ({@code id,title,date,publisher,side,kind,url,licence,
 * text[,location,summary]}), one record at a time, so files of any length run in constant memory.
 * A bad record (not JSON, not an object, no id/text, unknown side, non-ISO date) stops the read with
 * {@code "file:LINE: problem"}, or with {@code keepGoing} is skipped, counted and reported as a
 * warning. A truncated or corrupt gzip stream always stops. Each instance reads one stream once; not
 * thread-safe.
 */
public final class JsonLinesReader {
  private static final ObjectReader READER = new ObjectMapper().reader();
  private static final String[] FIELDS = {"title", "date", "publisher", "side", "kind", "meeting", "url", "licence",
      "note"};

  private final String name;
  private final IngestOptions options;

  /**
   * @param name    the source as named in errors and in {@link Statement#source()} ("file.jsonl.gz")
   * @param options keepGoing and warnings are used; metadata flags fill gaps in records
   */
  public JsonLinesReader(String name, IngestOptions options) {
    this.name = name;
    this.options = options;
  }

  /**
   * Reads all records of {@code in} (already decompressed), calling {@code sink} for each.
   *
   * @return the number of records skipped: bad ones (only with keepGoing) and ones with no text
   * @throws ReadoutException on the first bad record (without keepGoing), or a read failure
   */
  public int read(InputStream in, Consumer<Statement> sink) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int skipped = 0;
    int lineNo = 0;
    int records = 0;
    int nonBlank = 0;
    try (InputStreamReader reader = new InputStreamReader(in, decoder)) {
      LineReader r = new LineReader(reader, Math.min(Integer.MAX_VALUE - 16, options.maxBytes()));
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        nonBlank++;
        Statement st;
        try {
          st = record(line, lineNo);
        } catch (ReadoutException e) {
          if (!options.keepGoing()) {
            throw e;
          }
          skipped++;
          options.warnings().accept(e.getMessage() + " (skipped, --keep-going)");
          continue;
        }
        if (st != null) {
          records++;
          sink.accept(st);
        } else {
          skipped++; // a record with no text (only markup): warned about in record(), counted here
        }
      }
    } catch (LineReader.LineTooLongException e) {
      throw new ReadoutException(name + ":" + (lineNo + 1) + ": record is over the limit of " + options.maxBytes()
          + " characters (--max-bytes)", ReadoutException.BAD_INPUT, e);
    } catch (CharacterCodingException e) {
      throw new ReadoutException(name + ":" + (lineNo + 1) + ": undecodable bytes: JSON Lines must be UTF-8",
          ReadoutException.BAD_INPUT, e);
    } catch (EOFException e) {
      throw new ReadoutException(name + ": truncated gzip data (stream ends after line " + lineNo + ")",
          ReadoutException.BAD_INPUT, e);
    } catch (ZipException e) {
      throw new ReadoutException(name + ": corrupt gzip data after line " + lineNo + ": " + FrontMatter.oneLine(e.getMessage()),
          ReadoutException.BAD_INPUT, e);
    } catch (IOException e) {
      throw new ReadoutException(name + ": read failed after line " + lineNo + ": " + FrontMatter.oneLine(e.getMessage()),
          ReadoutException.IO_FAILURE, e);
    }
    if (nonBlank == 0) {
      throw new ReadoutException(name + ": empty file: no JSON Lines records");
    }
    return skipped;
  }

  private Statement record(String line, int lineNo) {
    String where = name + ":" + lineNo;
    JsonNode node;
    try {
      node = READER.readTree(line);
    } catch (JsonParseException e) {
      throw new ReadoutException(where + ": not JSON: " + FrontMatter.oneLine(e.getOriginalMessage()),
          ReadoutException.BAD_INPUT, e);
    } catch (JsonProcessingException e) {
      throw new ReadoutException(where + ": not JSON: " + FrontMatter.oneLine(e.getOriginalMessage()),
          ReadoutException.BAD_INPUT, e);
    }
    if (node == null || !node.isObject()) {
      throw new ReadoutException(where + ": not a JSON object (each line must be one record {...})");
    }
    String id = scalar(node, "id", where);
    if (id == null || id.isBlank()) {
      throw new ReadoutException(where + ": record has no 'id'");
    }
    String text = scalar(node, "text", where);
    if (text == null || text.isBlank()) {
      throw new ReadoutException(where + ": record " + MetaBuilder.clip(id) + " has no 'text'");
    }
    if (text.length() > options.maxChars()) {
      throw Sources.overChars(where, String.format(java.util.Locale.ROOT, "%,d", text.length()), options);
    }
    Map<String, String> fields = new HashMap<>();
    for (String f : FIELDS) {
      String v = scalar(node, f, where);
      if (v != null) {
        fields.put(f, v);
      }
    }
    if (!fields.containsKey("licence")) {
      String v = scalar(node, "license", where);
      if (v != null) {
        fields.put("licence", v);
      }
    }
    StatementMeta meta = MetaBuilder.build(id.strip(), fields, options, where, true);
    String normalised = TextNormaliser.normalise(text);
    if (normalised.isEmpty()) {
      // e.g. a page that is only an image: nothing wrong with the record, nothing to analyse either
      options.warnings().accept(where + ": record " + MetaBuilder.clip(id) + " has no text (only markup); skipped");
      return null;
    }
    // Statement.source names a JSON Lines record as path#line
    return Statement.of(meta, normalised, name + "#" + lineNo);
  }

  /** A field's value: a string, number or boolean; an object or array is an error naming the field. */
  private String scalar(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw new ReadoutException(where + ": field '" + field + "' must be a string, not a JSON "
          + (v.isArray() ? "array" : "object"));
    }
    return v.asText();
  }
}
