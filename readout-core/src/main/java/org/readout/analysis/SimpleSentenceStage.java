package org.readout.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Sentence;
import org.readout.model.Token;

/**
 * PLACEHOLDER splitter and tokenizer (split on ". " before a capital, whitespace tokens). It exists
 * so later stages can be developed before the real sentence/token stages land.
 *
 * @deprecated use {@link org.readout.analysis.text.SentenceStage} followed by
 *     {@link org.readout.analysis.text.TokenStage}, as {@link org.readout.Readout#standard()} does.
 */
@Deprecated
public final class SimpleSentenceStage implements AnalysisStage {
  @Override
  public String name() {
    return "simple-sentences";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.SENTENCES, Layers.TOKENS);
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    String text = in.text();
    List<Sentence> out = new ArrayList<>();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean boundary = (c == '.' || c == '?' || c == '!') && i + 2 < text.length()
          && Character.isWhitespace(text.charAt(i + 1)) && Character.isUpperCase(text.charAt(skipSpace(text, i + 1)));
      boolean para = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (boundary || para) {
        int end = boundary ? i + 1 : i;
        add(text, start, end, out);
        start = skipSpace(text, end);
        i = start;
        continue;
      }
      i++;
    }
    add(text, start, text.length(), out);
    return in.with(Layers.TOKENS, out);
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end <= start) {
      return;
    }
    List<Token> tokens = new ArrayList<>();
    int i = start;
    while (i < end) {
      while (i < end && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int s = i;
      if (i < end && Character.isLetterOrDigit(text.charAt(i))) {
        while (i < end && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '-')) {
          i++;
        }
      } else if (i < end) {
        i++;
      }
      if (i > s) {
        String t = text.substring(s, i);
        tokens.add(new Token(s, i, t, t.toLowerCase(java.util.Locale.ROOT), ""));
      }
    }
    out.add(new Sentence(out.size(), start, end, text.substring(start, end), tokens));
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return Math.min(i, text.length());
  }
}
