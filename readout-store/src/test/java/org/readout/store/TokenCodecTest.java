package org.readout.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.Token;

class TokenCodecTest {
  @Test
  void roundTripsTokensIncludingCharactersThatNeedEscaping() {
    String text = "He said \"no\" \\ then\tleft.";
    List<Token> tokens = List.of(new Token(0, 2, "He", "he", "PRP"), new Token(8, 9, "\"", "\"", "``"),
        new Token(13, 14, "\\", "\\", "SYM"), new Token(20, 24, "left", "le\tft", ""), new Token(24, 25, ".", ".", "."));
    String json = TokenCodec.encode(tokens);
    assertThat(json).startsWith("[[0,2,\"he\",\"PRP\"],[8,9,\"\\\"\",\"``\"]");
    assertThat(TokenCodec.decode(json, text)).isEqualTo(List.of(new Token(0, 2, "He", "he", "PRP"),
        new Token(8, 9, "\"", "\"", "``"), new Token(13, 14, "\\", "\\", "SYM"), new Token(20, 24, "left", "le\tft", ""),
        new Token(24, 25, ".", ".", ".")));
    assertThat(TokenCodec.encode(List.of())).isEqualTo("[]");
  }
}
