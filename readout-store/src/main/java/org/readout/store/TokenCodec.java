package org.readout.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.readout.model.Token;

/**
 * Encodes a sentence's tokens as a compact JSON array of {@code [start, end, lemma, pos]} (the token
 * text is not stored: it is {@code text.substring(start, end)}). Streaming Jackson, no object mapping,
 * because this runs once per stored sentence. Thread-safe (stateless).
 */
final class TokenCodec {
  private static final JsonFactory JSON = new JsonFactory();

  private TokenCodec() {
  }

  static String encode(List<Token> tokens) {
    StringWriter out = new StringWriter(tokens.size() * 24 + 2);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      for (Token t : tokens) {
        g.writeStartArray();
        g.writeNumber(t.start());
        g.writeNumber(t.end());
        g.writeString(t.lemma());
        g.writeString(t.pos());
        g.writeEndArray();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
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
