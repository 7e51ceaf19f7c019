package org.readout.io.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.readout.ReadoutException;

/**
 * Turns the bytes of a text file into a string, choosing the encoding: a BOM (UTF-8, UTF-16 LE/BE)
 * wins; otherwise strict UTF-8; otherwise a legacy single-byte code page (Windows-1251 for Cyrillic,
 * Windows-1252 for Western text), reported as a warning. Bytes that are no plausible text (binary
 * magic numbers, NUL bytes, many control characters) are refused with a {@link ReadoutException}.
 * Stateless and thread-safe.
 */
public final class TextDecoder {
  /** Share of C0 control characters (other than tab, CR, LF, FF) above which bytes are not text. */
  private static final double MAX_CONTROL_SHARE = 0.01;
  private static final Charset CP1251 = Charset.forName("windows-1251");
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private TextDecoder() {
  }

  /**
   * The decoded text and the encoding used.
   *
   * @param text    decoded text without BOM
   * @param charset name of the encoding used
   * @param legacy  true when a legacy single-byte encoding was guessed
   */
  public record Decoded(String text, String charset, boolean legacy) {
  }

  /**
   * Decodes {@code bytes} of {@code source} (named in errors).
   *
   * @throws ReadoutException (BAD_INPUT) for binary data, empty input or undecodable bytes
   */
  public static Decoded decode(byte[] bytes, String source) {
    String binary = binaryKind(bytes);
    if (binary != null) {
      throw new ReadoutException(source + ": binary file (" + binary + "), not text");
    }
    Decoded d;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      d = strict(bytes, 3, StandardCharsets.UTF_8, source, "UTF-8");
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      d = strict(bytes, 2, StandardCharsets.UTF_16LE, source, "UTF-16LE");
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      d = strict(bytes, 2, StandardCharsets.UTF_16BE, source, "UTF-16BE");
    } else {
      Charset utf16 = utf16WithoutBom(bytes);
      String text16 = utf16 == null ? null : tryDecode(bytes, 0, utf16);
      if (text16 != null) {
        d = new Decoded(text16, utf16.name(), false);
      } else {
        if (indexOf(bytes, (byte) 0) >= 0) {
          throw new ReadoutException(source + ": binary file (contains NUL bytes), not text");
        }
        String utf8 = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
          d = new Decoded(utf8, "UTF-8", false);
        } else {
          long[] seqs = utf8Sequences(bytes);
          if (seqs[0] >= seqs[1]) {
            // Mostly well-formed multi-byte UTF-8 with a few bad bytes: a damaged UTF-8 file, not a
            // legacy code page (decoding it as one would store mojibake).
            throw new ReadoutException(source + ": invalid UTF-8 at byte " + seqs[2] + " (" + seqs[1]
                + " malformed sequence" + (seqs[1] == 1 ? "" : "s") + " among " + seqs[0]
                + " well-formed multi-byte ones); fix or re-save the file as UTF-8");
          }
          d = legacy(bytes, source);
        }
      }
    }
    checkPlausible(d.text(), source);
    return d;
  }

  /**
   * UTF-16 without a byte order mark, recognised by its zero bytes: text in Latin, Cyrillic and most
   * scripts has a zero (LE: odd positions) or small (BE: even positions) high byte in most code units.
   * Null when the bytes do not look like UTF-16.
   */
  static Charset utf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 8192) & ~1;
    if (n < 4) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        zeroEven++;
      }
      if (b[i + 1] == 0) {
        zeroOdd++;
      }
    }
    int units = n / 2;
    if (zeroOdd * 10 >= units * 3 && zeroEven * 20 <= units) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven * 10 >= units * 3 && zeroOdd * 20 <= units) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * Counts well-formed multi-byte UTF-8 sequences and malformed bytes/sequences in {@code b}:
   * {@code {wellFormed, malformed, offsetOfFirstMalformed}}.
   */
  static long[] utf8Sequences(byte[] b) {
    long good = 0;
    long bad = 0;
    long first = -1;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      boolean ok = len > 0 && i + len <= b.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (b[i + k] & 0xC0) == 0x80;
      }
      if (ok && len > 1) {
        good++;
        i += len;
      } else if (ok) {
        i++;
      } else {
        bad++;
        if (first < 0) {
          first = i;
        }
        i++;
      }
    }
    return new long[] {good, bad, first};
  }

  /** Names the binary format when {@code bytes} start with a well-known magic number, else null. */
  public static String binaryKind(byte[] b) {
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG image";
    }
    if (startsWith(b, 'P', 'K', 0x03, 0x04) || startsWith(b, 'P', 'K', 0x05, 0x06)) {
      return "ZIP archive";
    }
    if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
      return "PDF document";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF image";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG image";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "gzip data";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "ELF executable";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "OLE document";
    }
    return null;
  }

  private static Decoded legacy(byte[] bytes, String source) {
    boolean cyrillic = looksCyrillic(bytes);
    Charset first = cyrillic ? CP1251 : CP1252;
    Charset second = cyrillic ? CP1252 : CP1251;
    String text = tryDecode(bytes, 0, first);
    Charset used = first;
    if (text == null) {
      text = tryDecode(bytes, 0, second);
      used = second;
    }
    if (text == null) {
      throw new ReadoutException(source + ": undecodable bytes: not UTF-8, UTF-16, Windows-1251 or Windows-1252");
    }
    return new Decoded(text, used.name(), true);
  }

  /**
   * Cyrillic in Windows-1251 puts whole words in 0xC0–0xFF, so high bytes sit next to high bytes;
   * Western accents in Windows-1252 are single letters between ASCII letters. Whichever adjacency
   * dominates decides.
   */
  static boolean looksCyrillic(byte[] b) {
    long highPairs = 0;
    long mixedPairs = 0;
    for (int i = 0; i + 1 < b.length; i++) {
      boolean h0 = isHighLetter(b[i]);
      boolean h1 = isHighLetter(b[i + 1]);
      if (h0 && h1) {
        highPairs++;
      } else if ((h0 && isAsciiLetter(b[i + 1])) || (h1 && isAsciiLetter(b[i]))) {
        mixedPairs++;
      }
    }
    return highPairs > mixedPairs;
  }

  private static boolean isHighLetter(byte x) {
    return (x & 0xFF) >= 0xC0;
  }

  private static boolean isAsciiLetter(byte x) {
    return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z');
  }

  private static Decoded strict(byte[] bytes, int offset, Charset cs, String source, String name) {
    String text = tryDecode(bytes, offset, cs);
    if (text == null) {
      throw new ReadoutException(source + ": undecodable bytes: file starts with a " + name + " byte order mark but is not valid " + name);
    }
    return new Decoded(text, name, false);
  }

  private static String tryDecode(byte[] bytes, int offset, Charset cs) {
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return cb.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Refuses decoded text that is mostly control characters: a binary format we do not know. */
  private static void checkPlausible(String text, String source) {
    int controls = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new ReadoutException(source + ": binary file (contains NUL characters), not text");
      }
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
        controls++;
      }
    }
    if (n > 0 && controls > Math.max(2, n * MAX_CONTROL_SHARE)) {
      throw new ReadoutException(source + ": binary file (" + controls + " control characters), not text");
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte x) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
