package org.readout.clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.analysis.text.Span;
import org.readout.analysis.text.SpeakerLabels;
import org.readout.analysis.text.Turns;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Mention;
import org.readout.model.Sentence;

/**
 * Adds the {@code clauses} layer ({@link ClauseParser}): every sentence's clauses with predicate, subject
 * (resolved to actors through the {@code mentions} layer), negation, modality, condition, reporting frame,
 * question and transcript turn. Reads tokens and mentions; rule-based, no model. Thread-safe.
 */
public final class ClauseStage implements AnalysisStage {
  private final ClauseParser parser;
  private final SpeakerLabels labels;

  public ClauseStage(ClauseParser parser, SpeakerLabels labels) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.labels = Objects.requireNonNull(labels, "labels");
  }

  @Override
  public String name() {
    return "clauses";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.MENTIONS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.CLAUSES);
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    List<Sentence> sentences = in.require(Layers.TOKENS);
    List<Mention> mentions = new ArrayList<>(in.mentions());
    mentions.sort(java.util.Comparator.comparingInt(Mention::start));
    String[] turnOf = new String[sentences.size()];
    for (Turns.Turn t : Turns.of(in, labels)) {
      for (int i = t.firstSentence(); i <= t.lastSentence() && i < turnOf.length; i++) {
        turnOf[i] = t.speaker();
      }
    }
    List<Clause> out = new ArrayList<>(sentences.size() * 2);
    int mi = 0;
    for (Sentence s : sentences) {
      while (mi < mentions.size() && mentions.get(mi).start() < s.start()) {
        mi++;
      }
      int mj = mi;
      while (mj < mentions.size() && mentions.get(mj).start() < s.end()) {
        mj++;
      }
      Optional<Span> label = labels.labelAt(in.text(), s.start());
      parser.parse(s, mentions.subList(mi, mj), label.map(Span::end).orElse(-1),
          turnOf[s.index()] == null ? "" : turnOf[s.index()], out);
    }
    return in.with(Layers.CLAUSES, List.copyOf(out));
  }
}
