package org.readout.model;

import java.util.List;

/**
 * A sentence with offsets into the statement text.
 *
 * @param index  0-based position in the statement
 * @param start  inclusive offset into {@link Statement#text()}
 * @param end    exclusive offset
 * @param text   {@code statement.text().substring(start, end)}
 * @param tokens the sentence's tokens, offsets also into the statement text
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Sentence withTokens(List<Token> newTokens) {
    return new Sentence(index, start, end, text, newTokens);
  }

  public int wordCount() {
    int n = 0;
    for (Token t : tokens) {
      if (Character.isLetterOrDigit(t.text().charAt(0))) {
        n++;
      }
    }
    return n;
  }
}
