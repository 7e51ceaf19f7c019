package org.readout.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.readout.Readout;
import org.readout.io.Ingest;
import org.readout.io.IngestOptions;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.StatementMeta;
import org.readout.model.Statement;
import org.readout.model.Token;
import org.readout.report.escape.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout analyze PATH...}: sentences, tokens (with lemma and POS) and actor mentions of the
 * given statements, to stdout. Reads the files directly; the workspace is not touched. Output order is
 * the input order, whatever the thread count.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Analyse statements: sentences, tokens, lemmas and actor mentions, to stdout.",
        "Offsets are character offsets into the normalised statement text (end exclusive)."})
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin
  CommonOptions common;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, .jsonl(.gz) files or http(s) URLs.")
  List<String> paths;

  @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Reject files larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
  int threads = OrderedAnalyzer.defaultThreads();

  @Override
  public Integer call() throws Exception {
    IngestOptions options = IngestOptions.defaults().withMaxBytes(maxBytes)
        .withWarnings(w -> System.err.println("readout: warning: " + w));
    List<Statement> statements = Ingest.readSources(paths, options);
    List<AnalyzedStatement> analysed = new ArrayList<>(statements.size());
    try (OrderedAnalyzer analyzer = new OrderedAnalyzer(common.readout(Readout.TEXT_STAGES, false, s -> s), Math.max(1, threads), analysed::add)) {
      statements.forEach(analyzer::submit);
      analyzer.finish();
    }
    Output.write(out, format == Format.json ? json(analysed) : text(analysed));
    return 0;
  }

  static String text(List<AnalyzedStatement> all) {
    StringBuilder sb = new StringBuilder();
    for (AnalyzedStatement a : all) {
      StatementMeta m = a.meta();
      sb.append("# ").append(m.id()).append("\t").append(m.side()).append("\t")
          .append(m.date() == null ? "-" : m.date().toString()).append("\t").append(m.kind()).append("\t")
          .append(m.title()).append('\n');
      for (Sentence s : a.sentences()) {
        sb.append('[').append(s.index()).append("] ").append(s.start()).append('-').append(s.end()).append("  ")
            .append(s.text().replace('\n', ' ')).append('\n');
        sb.append("    tokens:");
        for (Token t : s.tokens()) {
          sb.append(' ').append(t.text());
          if (!t.lemma().equals(t.text())) {
            sb.append('/').append(t.lemma());
          }
          if (!t.pos().isEmpty()) {
            sb.append('/').append(t.pos());
          }
        }
        sb.append('\n');
        for (Mention x : a.mentionsIn(s.index())) {
          sb.append("    actor: ").append(x.surface()).append(" -> ").append(x.actorName())
              .append(" (").append(x.actorId()).append(", ").append(x.actorType()).append(", ").append(x.entityId())
              .append(") ").append(x.start()).append('-').append(x.end()).append(" [").append(x.rule()).append("]\n");
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  static String json(List<AnalyzedStatement> all) throws Exception {
    ObjectNode root = JsonWriter.object();
    ArrayNode statements = root.putArray("statements");
    for (AnalyzedStatement a : all) {
      StatementMeta m = a.meta();
      ObjectNode o = statements.addObject();
      o.put("id", m.id());
      o.put("title", m.title());
      o.put("date", m.date() == null ? null : m.date().toString());
      o.put("publisher", m.publisher());
      o.put("side", m.side());
      o.put("kind", m.kind());
      o.put("meeting", m.meeting());
      o.put("source", a.statement().source());
      o.put("sha256", a.statement().sha256());
      o.put("textLength", a.text().length());
      ArrayNode sentences = o.putArray("sentences");
      for (Sentence s : a.sentences()) {
        ObjectNode so = sentences.addObject();
        so.put("index", s.index());
        so.put("start", s.start());
        so.put("end", s.end());
        so.put("text", s.text());
        ArrayNode tokens = so.putArray("tokens");
        for (Token t : s.tokens()) {
          ObjectNode to = tokens.addObject();
          to.put("start", t.start());
          to.put("end", t.end());
          to.put("text", t.text());
          to.put("lemma", t.lemma());
          to.put("pos", t.pos());
        }
      }
      ArrayNode mentions = o.putArray("mentions");
      for (Mention x : a.mentions()) {
        ObjectNode mo = mentions.addObject();
        mo.put("sentence", x.sentence());
        mo.put("start", x.start());
        mo.put("end", x.end());
        mo.put("surface", x.surface());
        mo.put("actorId", x.actorId());
        mo.put("actorName", x.actorName());
        mo.put("actorType", x.actorType());
        mo.put("entityId", x.entityId());
        mo.put("rule", x.rule());
      }
    }
    return JsonWriter.write(root);
  }
}
