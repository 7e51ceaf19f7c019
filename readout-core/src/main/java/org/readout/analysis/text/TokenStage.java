package org.readout.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Sentence;
import org.readout.model.Token;

/**
 * Adds tokens with offsets and lemmas to every sentence ({@link Tokenizer}, {@link Lemmatizer}). POS
 * stays {@code ""}; {@link PosStage} adds tags (and model lemmas) when a later stage needs them.
 *
 * <p>Lemma convention: lower case; a capitalised word that is not sentence-initial (a likely proper
 * noun such as "United States", "Allies") keeps its lower-cased surface instead of being
 * inflection-stripped; an all-caps word of up to five letters is taken for an acronym ("BRICS") and
 * only irregular forms are mapped ("IS" → "be"). Requires sentences ({@link SentenceStage}). Thread-safe: holds only immutable helpers.
 */
public final class TokenStage implements AnalysisStage {
  private final Tokenizer tokenizer;
  private final Lemmatizer lemmatizer;

  public TokenStage(Tokenizer tokenizer, Lemmatizer lemmatizer) {
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.lemmatizer = Objects.requireNonNull(lemmatizer, "lemmatizer");
  }

  @Override
  public String name() {
    return "tokens";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.SENTENCES);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    if (in.sentences().isEmpty()) {
      return in.with(Layers.TOKENS, List.of());
    }
    String text = in.text();
    List<Sentence> out = new ArrayList<>(in.sentences().size());
    for (Sentence s : in.sentences()) {
      out.add(s.withTokens(tokens(text, s.start(), s.end())));
    }
    return in.with(Layers.TOKENS, out);
  }

  /** Tokens of {@code text[start, end)} with lemmas. */
  public List<Token> tokens(String text, int start, int end) {
    List<Token> tokens = new ArrayList<>(Math.max(4, (end - start) / 5));
    tokenizer.tokenize(text, start, end, (s, e) -> {
      String surface = text.substring(s, e);
      tokens.add(new Token(s, e, surface, lemma(surface, tokens), ""));
    });
    return tokens;
  }

  private String lemma(String surface, List<Token> before) {
    if (!Character.isUpperCase(surface.charAt(0))) {
      return lemmatizer.lemma(surface);
    }
    if (isAllCaps(surface)) {
      // Short all-caps words are mostly acronyms (NATO, BRICS, CIS): only irregular forms (IS, WAS).
      return surface.length() <= 5 ? lemmatizer.irregular(surface) : lemmatizer.lemma(surface);
    }
    if (!before.isEmpty() && continuesClause(before.get(before.size() - 1).text())) {
      return surface.toLowerCase(java.util.Locale.ROOT);
    }
    return lemmatizer.lemma(surface);
  }

  private static boolean isAllCaps(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a token can precede a mid-sentence word (so a capital after it marks a proper noun). */
  private static boolean continuesClause(String previous) {
    char c = previous.charAt(0);
    return Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == '-';
  }
}
