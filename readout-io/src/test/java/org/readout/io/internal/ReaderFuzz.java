package org.readout.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.readout.ReadoutException;
import org.readout.io.IngestOptions;

/**
 * One fuzz target for every reader: the first byte picks the reader, the rest is its input. The
 * contract under test: any input either reads or fails with a {@link ReadoutException} (a one-line
 * message naming the source); any other exception, a hang or an out-of-memory is a bug. Used by
 * {@link ReaderFuzzTest} (JUnit, regression inputs + time-boxed fuzzing) and by standalone Jazzer
 * ({@code fuzzerTestOneInput}) for long runs.
 */
public final class ReaderFuzz {
  static final String[] READERS = {"front-matter", "markdown", "html", "json-lines", "gzip", "charset", "url-response"};
  private static final IngestOptions OPTIONS = IngestOptions.defaults().withMaxBytes(1 << 20).withKeepGoing(false);

  private ReaderFuzz() {
  }

  public static void fuzzerTestOneInput(byte[] input) {
    if (input.length == 0) {
      return;
    }
    int reader = (input[0] & 0xFF) % READERS.length;
    byte[] data = Arrays.copyOfRange(input, 1, input.length);
    try {
      read(reader, data);
    } catch (ReadoutException e) {
      if (e.getMessage() == null || e.getMessage().isBlank()) {
        throw new IllegalStateException("a ReadoutException without a message", e);
      }
      if (e.exitCode() != ReadoutException.BAD_INPUT && e.exitCode() != ReadoutException.IO_FAILURE) {
        throw new IllegalStateException("unexpected exit code " + e.exitCode(), e);
      }
    }
  }

  private static void read(int reader, byte[] data) {
    switch (reader) {
      case 0 -> FrontMatter.parse(new String(data, StandardCharsets.UTF_8), "fuzz.md");
      case 1 -> Sources.readBytes(data, Sources.Format.TEXT, "fuzz.md", OPTIONS, st -> { });
      case 2 -> Sources.readBytes(data, Sources.Format.HTML, "fuzz.html", OPTIONS, st -> { });
      case 3 -> new JsonLinesReader("fuzz.jsonl", OPTIONS).read(new ByteArrayInputStream(data), st -> { });
      case 4 -> gzip(data);
      case 5 -> {
        TextDecoder.utf8Sequences(data);
        TextDecoder.decode(data, "fuzz.txt");
      }
      default -> urlResponse(data);
    }
  }

  private static void gzip(byte[] data) {
    // Both the file path (which sniffs the magic number) and a raw gzip stream.
    Sources.readBytes(data, Sources.Format.JSON_LINES, "fuzz.jsonl.gz", OPTIONS, st -> { });
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
      new JsonLinesReader("fuzz.jsonl.gz", OPTIONS).read(in, st -> { });
    } catch (IOException e) {
      // not gzip at all: refused by the constructor, as Sources does
    }
  }

  /** Bytes up to the first NUL: the Content-Type header; the rest: the body, in chunks split at 0xFF bytes. */
  private static void urlResponse(byte[] data) {
    int nul = 0;
    while (nul < data.length && data[nul] != 0) {
      nul++;
    }
    String contentType = new String(data, 0, nul, StandardCharsets.ISO_8859_1);
    List<byte[]> chunks = new ArrayList<>();
    int from = Math.min(nul + 1, data.length);
    for (int i = from; i <= data.length; i++) {
      if (i == data.length || data[i] == (byte) 0xFF) {
        chunks.add(Arrays.copyOfRange(data, from, i));
        from = i + 1;
      }
    }
    UrlFetcher.Fetched f = UrlFetcher.respond("http://fuzz.example/feed.jsonl.gz",
        contentType.isEmpty() ? Map.of() : Map.of("Content-Type", List.of(contentType)), chunks, 4096);
    if (f.body().length > 0) {
      Sources.fetched("http://fuzz.example/feed.jsonl.gz", f, OPTIONS, st -> { });
    }
  }
}
