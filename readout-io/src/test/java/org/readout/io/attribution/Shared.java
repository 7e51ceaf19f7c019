package org.readout.io.attribution;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.analysis.Pipeline;
import org.readout.analysis.text.SentenceStage;
import org.readout.io.Ingest;
import org.readout.model.AnalyzedStatement;
import org.readout.io.Engines;
import org.readout.analysis.text.SentenceSplitter;

/** Reads statements of the shared corpus through the real ingest, for tests. */
public final class Shared {
  public static final Path ROOT = Path.of(System.getProperty("readout.shared", "../../shared"));
  public static final Path MEETINGS = ROOT.resolve("corpus/meetings");
  /** The façade's pipeline and the rule-based splitter: results must not depend on which one runs. */
  public static final List<Pipeline> PIPELINES = List.of(Engines.TEXT.pipeline(),
      new Pipeline(List.of(new SentenceStage(SentenceSplitter.bundled()))));

  private Shared() {
  }

  public static AnalyzedStatement meeting(String relative) {
    return meeting(relative, PIPELINES.get(0));
  }

  public static AnalyzedStatement meeting(String relative, Pipeline p) {
    return p.analyze(Ingest.read(MEETINGS.resolve(relative)).get(0));
  }

  /** Offsets [start, end) of the first occurrence of {@code phrase}, whitespace-insensitive, or null. */
  public static int[] locate(String text, String phrase) {
    StringBuilder re = new StringBuilder();
    for (String w : phrase.strip().split("\\s+")) {
      if (re.length() > 0) {
        re.append("\\s+");
      }
      re.append(Pattern.quote(w));
    }
    Matcher m = Pattern.compile(re.toString()).matcher(text);
    return m.find() ? new int[] {m.start(), m.end()} : null;
  }
}
