package org.readout.eval;

import java.util.List;
import org.readout.model.Statement;

/**
 * The one seam between the evaluation and the analysis: what the scorers need from Readout. {@link ReadoutAnalysis}
 * implements it over the {@code org.readout.Readout} façade and the extractors; tests implement it with
 * hand-written predictions. When the analysis API changes, only the implementation changes.
 */
public interface Analysis {
  /** The sentences of the statement (for locating comparison evidence). */
  List<Predictions.Sentence> sentences(Statement statement);

  List<Predictions.Commitment> commitments(Statement statement);

  List<Predictions.Attribution> attributions(Statement statement);

  List<Predictions.Date> dates(Statement statement);

  /** The findings of comparing these statements (one meeting, or the two records of a sentence pair). */
  List<Predictions.Finding> findings(List<Statement> statements);

  /** The topic ids the brief lists for a side made of this one statement, in the brief's order. */
  List<String> topics(Statement statement);
}
