package org.readout.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Statement;

/**
 * An ordered chain of {@link AnalysisStage}s. Assembling a chain is separate from running it: the
 * constructor checks that every stage's {@link AnalysisStage#requires() requirements} are
 * {@link AnalysisStage#provides() provided} by an earlier stage and rejects the chain otherwise, naming
 * the stage and the missing layer. A built pipeline is immutable, and thread-safe because its stages
 * are.
 */
public final class Pipeline {
  private final List<AnalysisStage> stages;

  /** @throws IllegalArgumentException when a stage needs a layer no earlier stage provides */
  public Pipeline(List<AnalysisStage> stages) {
    this.stages = List.copyOf(stages);
    Set<LayerKey<?>> provided = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    for (AnalysisStage s : this.stages) {
      if (names.contains(s.name())) {
        throw new IllegalArgumentException("stage '" + s.name() + "' is given twice");
      }
      List<LayerKey<?>> missing = s.requires().stream().filter(k -> !provided.contains(k))
          .sorted(Comparator.comparing(LayerKey::name)).toList();
      if (!missing.isEmpty()) {
        StringBuilder m = new StringBuilder("stage '" + s.name() + "' needs layers no earlier stage provides: ");
        for (int i = 0; i < missing.size(); i++) {
          LayerKey<?> k = missing.get(i);
          m.append(i == 0 ? "" : ", ").append('\'').append(k.name()).append("' (stage '").append(k.producer()).append("')");
        }
        throw new IllegalArgumentException(m.append("; stages before it: ").append(names).toString());
      }
      provided.addAll(s.provides());
      names.add(s.name());
    }
  }

  /** Runs every stage on a fresh analysis of {@code statement}. */
  public AnalyzedStatement analyze(Statement statement) {
    AnalyzedStatement doc = AnalyzedStatement.of(statement);
    for (AnalysisStage stage : stages) {
      doc = stage.process(doc);
    }
    return doc;
  }

  /**
   * Completes an analysis done elsewhere (a statement loaded from a workspace with its sentences and
   * mentions): runs, in order, every stage whose layers {@code doc} does not have yet.
   */
  public AnalyzedStatement complete(AnalyzedStatement doc) {
    AnalyzedStatement out = doc;
    for (AnalysisStage stage : stages) {
      boolean missing = false;
      for (LayerKey<?> k : stage.provides()) {
        missing |= !out.has(k);
      }
      if (missing) {
        out = stage.process(out);
      }
    }
    return out;
  }

  public List<AnalysisStage> stages() {
    return stages;
  }

  /** Names of the stages, in order. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    for (AnalysisStage s : stages) {
      out.add(s.name());
    }
    return out;
  }

  /** Every layer some stage of this pipeline provides. */
  public Set<LayerKey<?>> provides() {
    Set<LayerKey<?>> out = new LinkedHashSet<>();
    for (AnalysisStage s : stages) {
      out.addAll(s.provides());
    }
    return out;
  }
}
