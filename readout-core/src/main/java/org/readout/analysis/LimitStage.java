package org.readout.analysis;

import java.util.Locale;
import java.util.Set;
import org.readout.ReadoutException;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Sentence;

/**
 * Per-statement limits, checked right after sentence splitting and before the expensive stages
 * (tokens, lemmas, actors), so a pathological text (millions of tiny sentences, one endless
 * sentence) is refused with a one-line error naming its source (exit 2) instead of exhausting memory.
 * Tokens are counted cheaply (runs of letters or digits, and each other visible character), an upper
 * bound of what the tokenizer makes. Limits are far above real statements: the largest of the ~15,000
 * in the bulk corpus has 252,099 characters, 2,094 sentences and about 30,000 words.
 *
 * <p>Defaults {@value #DEFAULT_MAX_SENTENCES} sentences and {@value #DEFAULT_MAX_TOKENS} tokens; the
 * system properties {@code readout.max.sentences} and {@code readout.max.tokens} change them. (The
 * character limit is the ingest's, {@code --max-chars}.) Stateless and thread-safe.
 */
public final class LimitStage implements AnalysisStage {
  public static final int DEFAULT_MAX_SENTENCES = 100_000;
  public static final int DEFAULT_MAX_TOKENS = 1_000_000;

  private final int maxSentences;
  private final int maxTokens;

  public LimitStage() {
    this(Integer.getInteger("readout.max.sentences", DEFAULT_MAX_SENTENCES),
        Integer.getInteger("readout.max.tokens", DEFAULT_MAX_TOKENS));
  }

  public LimitStage(int maxSentences, int maxTokens) {
    if (maxSentences < 1 || maxTokens < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxSentences = maxSentences;
    this.maxTokens = maxTokens;
  }

  @Override
  public String name() {
    return "limits";
  }

  /** Reads the sentences; adds no layer (it refuses a statement or lets it through unchanged). */
  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of();
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    int n = in.sentences().size();
    if (n > maxSentences) {
      throw new ReadoutException(where(in) + ": statement has " + fmt(n) + " sentences, over the limit of "
          + fmt(maxSentences) + " per statement (-Dreadout.max.sentences)");
    }
    long tokens = 0;
    for (Sentence s : in.sentences()) {
      tokens += roughTokens(s.text());
      if (tokens > maxTokens) {
        throw new ReadoutException(where(in) + ": statement has over " + fmt(maxTokens)
            + " tokens, the limit per statement (-Dreadout.max.tokens)");
      }
    }
    return in;
  }

  /** Runs of letters/digits count one each; every other non-space character counts one. */
  static long roughTokens(String s) {
    long n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          n++;
          inWord = true;
        }
      } else {
        inWord = false;
        if (!Character.isWhitespace(c)) {
          n++;
        }
      }
    }
    return n;
  }

  private static String where(AnalyzedStatement in) {
    String source = in.statement().source();
    return source == null || source.isEmpty() ? in.id() : source;
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
