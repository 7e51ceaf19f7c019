package org.readout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.readout.Readout;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentExtractor;
import org.readout.commitments.TrackedCommitment;
import org.readout.io.Ingest;
import org.readout.report.commitments.CommitmentFormat;
import org.readout.report.commitments.CommitmentRenderer;
import org.readout.model.AnalyzedStatement;
import org.readout.topics.Codebook;
import org.readout.topics.CodedStatement;
import org.readout.topics.Embedder;
import org.readout.topics.TopicCoder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code readout commitments PATH... [--format json|md|csv] [--out FILE]} extracts commitments from files
 * straight to stdout; {@code readout commitments list …} and {@code readout commitments set …} work on
 * the workspace. picocli treats the first argument as a subcommand when it is {@code list} or
 * {@code set}, otherwise as a PATH.
 */
@Command(name = "commitments", mixinStandardHelpOptions = true,
    description = "Extract commitments (agreement, pledge, readiness, hope, proposal, demand, warning) from files, "
        + "or list and set them in the workspace.",
    subcommands = {CommitmentsListCommand.class, CommitmentsSetCommand.class})
final class CommitmentsCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Statement files or folders.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", description = "json (default), md or csv.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of stdout.")
  Path out;

  @Override
  public Integer call() {
    if (paths.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give statement files or folders, or a subcommand (list, set)");
    }
    CommitmentFormat fmt = CommitmentFormat.parse(format);
    Readout readout = common.readout();
    List<TrackedCommitment> all = new ArrayList<>();
    for (AnalyzedStatement doc : readout.analyzeAll(Ingest.readAll(paths))) {
      for (Commitment c : extract(doc)) {
        all.add(TrackedCommitment.fresh(c, doc.meta().meeting(), doc.meta().date()));
      }
    }
    Output.write(out, CommitmentRenderer.render(all, fmt));
    return 0;
  }

  /**
   * Extraction with topics from the codebook coder (phrase rules + sentence embeddings). Embedding is
   * the costly part, so only the sentences that carry a commitment are coded (most have none).
   */
  static List<Commitment> extract(AnalyzedStatement doc) {
    return extract(doc, TopicCoder.standard());
  }

  /**
   * Extraction with topics from the codebook's phrase rules only (no sentence embeddings): for bulk
   * extraction into a workspace, where embedding every commitment sentence of thousands of transcripts
   * would take hours.
   */
  static List<Commitment> extractPhraseTopics(AnalyzedStatement doc) {
    return extract(doc, PhraseOnly.CODER);
  }

  private static final class PhraseOnly {
    /** Zero vectors: no cosine reaches a topic's threshold, so only phrase rules fire. */
    static final TopicCoder CODER = new TopicCoder(Codebook.defaults(), new Embedder() {
      @Override
      public String modelId() {
        return "none";
      }

      @Override
      public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
          out.add(new float[1]);
        }
        return out;
      }
    });
  }

  private static List<Commitment> extract(AnalyzedStatement doc, TopicCoder coder) {
    // Topics are asked for only when a sentence yields a commitment; coded once per sentence.
    Map<Integer, List<String>> topics = new HashMap<>();
    return CommitmentExtractor.standard().withTopics(s -> topics.computeIfAbsent(s.index(),
        i -> coder.code(new AnalyzedStatement(doc.statement(), List.of(s), doc.mentions())).topicsOf(0))).extract(doc);
  }
}
