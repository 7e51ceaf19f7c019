package org.readout.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;

/**
 * Speaker turns of a transcript: each labelled sentence opens a turn that runs until the next
 * labelled sentence. Sentences before the first label belong to no turn. Stateless and thread-safe.
 */
public final class Turns {
  /**
   * One speaker turn.
   *
   * @param speaker       the label text without its colon, e.g. {@code MR. SULLIVAN}, {@code Q}
   * @param label         offsets of the label (including the colon) in the statement text
   * @param firstSentence index of the sentence the label opens
   * @param lastSentence  index of the last sentence of the turn (inclusive)
   */
  public record Turn(String speaker, Span label, int firstSentence, int lastSentence) {
  }

  private Turns() {
  }

  /**
   * The turns of an analysed statement (needs sentences), in text order, as {@code labels} (the
   * splitter's, {@link SentenceSplitter#labels()}) recognise them; empty for non-transcripts.
   */
  public static List<Turn> of(AnalyzedStatement statement, SpeakerLabels labels) {
    String text = statement.text();
    List<Sentence> sentences = statement.sentences();
    List<Turn> out = new ArrayList<>();
    Span open = null;
    int first = -1;
    for (Sentence s : sentences) {
      Optional<Span> label = labels.labelAt(text, s.start());
      if (label.isPresent()) {
        if (open != null) {
          out.add(new Turn(SpeakerLabels.speaker(text, open), open, first, s.index() - 1));
        }
        open = label.get();
        first = s.index();
      }
    }
    if (open != null) {
      out.add(new Turn(SpeakerLabels.speaker(text, open), open, first, sentences.size() - 1));
    }
    return out;
  }
}
