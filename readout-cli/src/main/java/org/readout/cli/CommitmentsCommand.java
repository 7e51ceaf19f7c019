package org.readout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.readout.Readout;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentExtractor;
import org.readout.commitments.TrackedCommitment;
import org.readout.io.Ingest;
import org.readout.io.commitments.CommitmentFormat;
import org.readout.io.commitments.CommitmentRenderer;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.topics.CodedStatement;
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
    emit(CommitmentRenderer.render(all, fmt), out);
    return 0;
  }

  /**
   * Extraction with topics from the codebook coder (phrase rules + sentence embeddings). Embedding is
   * the costly part, so only the sentences that carry a commitment are coded: a first lexical pass
   * finds them (most statements have none), the second fills in their topics.
   */
  static List<Commitment> extract(AnalyzedStatement doc) {
    List<Commitment> plain = CommitmentExtractor.standard().extract(doc);
    if (plain.isEmpty()) {
      return plain;
    }
    Set<Integer> carrying = new TreeSet<>();
    for (Commitment c : plain) {
      carrying.add(c.sentence());
    }
    List<Sentence> subset = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (carrying.contains(s.index())) {
        subset.add(s);
      }
    }
    CodedStatement coded = TopicCoder.standard().code(new AnalyzedStatement(doc.statement(), subset, doc.mentions()));
    Map<Integer, List<String>> topics = new HashMap<>();
    for (int i = 0; i < subset.size(); i++) {
      topics.put(subset.get(i).index(), coded.topicsOf(i));
    }
    return CommitmentExtractor.standard().withTopics(s -> topics.getOrDefault(s.index(), List.of())).extract(doc);
  }

  static void emit(String content, Path out) {
    if (out == null) {
      System.out.print(content);
      System.out.flush();
    } else {
      CommitmentRenderer.writeAtomically(out, content);
    }
  }
}
