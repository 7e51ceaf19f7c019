package org.readout.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.readout.Readout;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.model.Statement;

/**
 * The sentences the static embedding work is trained, calibrated and measured on, all from
 * {@code ../shared} at run time (nothing is copied into the project):
 * <ul>
 *   <li><b>meetings</b>: every statement of {@code corpus/meetings} — measured on, never trained or
 *       calibrated on;</li>
 *   <li><b>development</b>: sentences of bulk items (Kremlin and White House files) chosen by a hash of
 *       the item id, excluding every item whose URL is a meeting statement's; split by item into a
 *       training part and a held-out part (calibration of the hybrid margin);</li>
 *   <li><b>more</b>: further training sentences of other bulk items (20 characters or longer, each text
 *       once).</li>
 * </ul>
 * The selection is a pure function of the corpus files, so every run picks the same sentences in the
 * same order.
 */
final class EmbedCorpus {
  static final Path SHARED = Path.of(System.getProperty("readout.shared", "../../shared"));
  static final String KREMLIN = "kremlin-en-2021-10_2022-06.jsonl.gz";
  static final String WHITE_HOUSE = "whitehouse-briefing-room.jsonl.gz";

  /** Statement id (meeting/stem) → analysed statement, in path order. */
  final Map<String, AnalyzedStatement> meetings = new LinkedHashMap<>();
  final List<String> devTrain = new ArrayList<>();
  final List<String> devHeldOut = new ArrayList<>();
  final List<String> more = new ArrayList<>();

  /**
   * Meetings: every standard stage, topics by phrase rules only; each method under test replaces the
   * topics layer with its own coding (the other layers, read by the comparison, are the same for all).
   */
  static final Readout ANALYSIS = Readout.builder().embedder(null).build();
  /** Bulk items: sentences only. */
  static final Readout SENTENCES = Readout.builder().stages("sentences").embedder(null).build();

  private EmbedCorpus() {
  }

  static boolean available() {
    return Files.isDirectory(SHARED.resolve("corpus/meetings"));
  }

  /** Reads the meetings and, when {@code withBulk}, selects the bulk sentences ({@code moreMax}: cap of the extra set). */
  static EmbedCorpus load(boolean withBulk, int moreMax) {
    EmbedCorpus c = new EmbedCorpus();
    Set<String> urls = new HashSet<>();
    try (Stream<Path> dirs = Files.list(SHARED.resolve("corpus/meetings"))) {
      for (Path d : dirs.sorted().toList()) {
        try (Stream<Path> fs = Files.list(d)) {
          for (Path f : fs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
            for (Statement st : Ingest.read(f)) {
              urls.add(st.meta().url());
              c.meetings.put(d.getFileName() + "/" + st.id(), ANALYSIS.analyze(st));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!withBulk) {
      return c;
    }
    List<String> dev = new ArrayList<>();
    for (String f : List.of(KREMLIN, WHITE_HOUSE)) {
      int cap = dev.size() + 30_000;
      boolean kremlin = f.equals(KREMLIN);
      Ingest.stream(SHARED.resolve("corpus/bulk/" + f).toString(), IngestOptions.defaults(), st -> {
        if (dev.size() >= cap || urls.contains(st.meta().url())) {
          return;
        }
        int h = st.id().hashCode() & 0x7fffffff;
        if (h % (kremlin ? 3 : 40) != 0) {
          return;
        }
        boolean heldOut = ((h >>> 8) & 1) == 1;
        for (Sentence s : SENTENCES.analyze(st).sentences()) {
          if (dev.size() < cap) {
            dev.add(s.text());
            (heldOut ? c.devHeldOut : c.devTrain).add(s.text());
          }
        }
      });
    }
    if (moreMax <= 0) {
      return c;
    }
    Set<String> seen = new HashSet<>(dev);
    for (String f : List.of(KREMLIN, WHITE_HOUSE)) {
      boolean kremlin = f.equals(KREMLIN);
      int cap = c.more.size() + (kremlin ? moreMax / 4 : moreMax);
      Ingest.stream(SHARED.resolve("corpus/bulk/" + f).toString(), IngestOptions.defaults(), st -> {
        if (c.more.size() >= cap || urls.contains(st.meta().url())) {
          return;
        }
        int h = st.id().hashCode() & 0x7fffffff;
        if (kremlin ? h % 3 != 1 : h % 40 < 1 || h % 7 != 3) {
          return;
        }
        for (Sentence s : SENTENCES.analyze(st).sentences()) {
          if (c.more.size() < cap && s.text().length() >= 20 && seen.add(s.text())) {
            c.more.add(s.text());
          }
        }
      });
    }
    return c;
  }

  /** Every meeting sentence, statement by statement. */
  List<String> meetingSentences() {
    List<String> out = new ArrayList<>();
    for (AnalyzedStatement a : meetings.values()) {
      for (Sentence s : a.sentences()) {
        out.add(s.text());
      }
    }
    return out;
  }
}
