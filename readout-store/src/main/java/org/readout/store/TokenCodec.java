package org.readout.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.readout.model.Token;

/**
 * Encodes a sentence's tokens as a compact JSON array of {@code [start, end, lemma, pos]} (the token
 * text is not stored: it is {@code text.substring(start, end)}). Decoded with streaming Jackson. Thread-safe (stateless).
 */
final class TokenCodec {
  private static final JsonFactory JSON = new JsonFactory();

  private TokenCodec() {
  }

  static String encode(List<Token> tokens) {
    // Hand-written rather than a JsonGenerator: this runs for every stored sentence and lemmas and
    // tags almost never need escaping, so the common path is plain appends.
    StringBuilder out = new StringBuilder(tokens.size() * 24 + 2);
    out.append('[');
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (i > 0) {
        out.append(',');
      }
      out.append('[').append(t.start()).append(',').append(t.end()).append(',');
      string(out, t.lemma());
      out.append(',');
      string(out, t.pos());
      out.append(']');
    }
    return out.append(']').toString();
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  static List<Token> decode(String json, String text) {
    List<Token> out = new ArrayList<>();
    try (JsonParser p = JSON.createParser(json)) {
      expect(p.nextToken(), JsonToken.START_ARRAY);
      while (p.nextToken() == JsonToken.START_ARRAY) {
        p.nextToken();
        int start = p.getIntValue();
        p.nextToken();
        int end = p.getIntValue();
        p.nextToken();
        String lemma = p.getText();
        p.nextToken();
        String pos = p.getText();
        expect(p.nextToken(), JsonToken.END_ARRAY);
        out.add(new Token(start, end, text.substring(start, end), lemma, pos));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void expect(JsonToken got, JsonToken want) throws IOException {
    if (got != want) {
      throw new IOException("stored tokens are corrupt: expected " + want + " but found " + got);
    }
  }
}
