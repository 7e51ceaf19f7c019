package org.readout.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The BERT WordPiece tokenizer of the bundled bge-small-en-v1.5 model, in plain Java: the same
 * vocabulary (read from the model's own {@code tokenizer.json}) and the same steps as the Hugging Face
 * {@code BertNormalizer} (clean text, pad CJK ideographs, strip accents, lowercase),
 * {@code BertPreTokenizer} (split at whitespace and around each punctuation character) and
 * {@code WordPiece} (greedy longest match, {@code ##} continuations, {@code [UNK]} for a word that
 * cannot be spelt or is longer than 100 characters). A static embedding table indexed by these ids
 * therefore has no vocabulary gap with the model. Special tokens are not added.
 *
 * <p>Words already seen are remembered (a bounded concurrent map), so corpus text, whose words repeat,
 * is mostly a hash lookup. Thread-safe.
 */
public final class WordPiece {
  /** Classpath resource of the model's tokenizer (inside the langchain4j bge jar). */
  public static final String BGE_TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";
  private static final int MAX_WORD_CHARS = 100;
  private static final int WORD_CACHE = 200_000;
  private static final int[] NONE = new int[0];

  private final Map<String, Integer> vocab;
  private final String[] tokens;
  private final int unk;
  private final int cls;
  private final int sep;
  private final int maxPiece;
  private final ConcurrentHashMap<String, int[]> words = new ConcurrentHashMap<>();

  private WordPiece(Map<String, Integer> vocab) {
    this.vocab = Map.copyOf(vocab);
    this.tokens = new String[vocab.size()];
    int longest = 0;
    for (Map.Entry<String, Integer> e : vocab.entrySet()) {
      tokens[e.getValue()] = e.getKey();
      longest = Math.max(longest, e.getKey().length());
    }
    this.maxPiece = longest;
    this.unk = id("[UNK]");
    this.cls = id("[CLS]");
    this.sep = id("[SEP]");
  }

  private int id(String token) {
    Integer i = vocab.get(token);
    if (i == null) {
      throw new IllegalStateException("tokenizer vocabulary lacks " + token);
    }
    return i;
  }

  private static final class Bge {
    static final WordPiece INSTANCE = load(BGE_TOKENIZER);
  }

  /** The tokenizer of the bundled bge-small-en-v1.5 model (loaded once). */
  public static WordPiece bge() {
    return Bge.INSTANCE;
  }

  /** Reads a Hugging Face {@code tokenizer.json} with a WordPiece model from the classpath. */
  static WordPiece load(String resource) {
    try (InputStream in = WordPiece.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("tokenizer resource not on the classpath: " + resource);
      }
      JsonNode model = new ObjectMapper().readTree(in).path("model");
      if (!"WordPiece".equals(model.path("type").asText())) {
        throw new IllegalStateException(resource + ": not a WordPiece tokenizer");
      }
      Map<String, Integer> vocab = new HashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        vocab.put(e.getKey(), e.getValue().asInt());
      }
      return new WordPiece(vocab);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot read tokenizer", e);
    }
  }

  /** Number of vocabulary entries (ids are 0 … size-1). */
  public int size() {
    return tokens.length;
  }

  /** The vocabulary entry of an id. */
  public String token(int id) {
    return tokens[id];
  }

  public int unkId() {
    return unk;
  }

  public int clsId() {
    return cls;
  }

  public int sepId() {
    return sep;
  }

  /** Token ids of a text, without {@code [CLS]}/{@code [SEP]}. */
  public int[] encode(String text) {
    int[] out = new int[Math.max(8, text.length() / 3)];
    int n = 0;
    String norm = normalise(text);
    int len = norm.length();
    int i = 0;
    while (i < len) {
      char c = norm.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      int end;
      int cp = norm.codePointAt(i);
      if (isPunctuation(cp)) {
        end = i + Character.charCount(cp);
      } else {
        end = i;
        while (end < len && norm.charAt(end) != ' ') {
          int q = norm.codePointAt(end);
          if (isPunctuation(q)) {
            break;
          }
          end += Character.charCount(q);
        }
      }
      int[] ids = word(norm.substring(i, end));
      if (n + ids.length > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, n + ids.length));
      }
      System.arraycopy(ids, 0, out, n, ids.length);
      n += ids.length;
      i = end;
    }
    return Arrays.copyOf(out, n);
  }

  /** Token strings of a text (for tests and explanations). */
  public List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    for (int id : encode(text)) {
      out.add(tokens[id]);
    }
    return out;
  }

  private int[] word(String w) {
    int[] ids = words.get(w);
    if (ids == null) {
      ids = pieces(w);
      if (words.size() < WORD_CACHE) {
        words.put(w, ids);
      }
    }
    return ids;
  }

  private int[] pieces(String w) {
    if (w.codePointCount(0, w.length()) > MAX_WORD_CHARS) {
      return new int[] {unk};
    }
    int[] out = new int[4];
    int n = 0;
    int start = 0;
    StringBuilder sb = new StringBuilder(w.length() + 2);
    while (start < w.length()) {
      int end = Math.min(w.length(), start + maxPiece);
      Integer found = null;
      while (end > start) {
        if (end < w.length() && Character.isLowSurrogate(w.charAt(end))) {
          end--;
          continue;
        }
        sb.setLength(0);
        if (start > 0) {
          sb.append("##");
        }
        sb.append(w, start, end);
        found = vocab.get(sb.toString());
        if (found != null) {
          break;
        }
        end--;
      }
      if (found == null) {
        return new int[] {unk};
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = found;
      start = end;
    }
    return n == 0 ? NONE : Arrays.copyOf(out, n);
  }

  /**
   * BertNormalizer: drops NUL, U+FFFD and control/format characters, turns whitespace into a space,
   * surrounds CJK ideographs with spaces, strips accents (NFD, drop non-spacing marks), lowercases.
   */
  static String normalise(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0 || cp == 0xFFFD) {
        continue;
      }
      if (isWhitespace(cp)) {
        sb.append(' ');
      } else if (isControl(cp)) {
        continue;
      } else if (isCjk(cp)) {
        sb.append(' ').appendCodePoint(cp).append(' ');
      } else {
        sb.appendCodePoint(cp);
      }
    }
    String s = sb.toString();
    if (!isAscii(s)) {
      String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
      StringBuilder t = new StringBuilder(nfd.length());
      for (int i = 0; i < nfd.length(); ) {
        int cp = nfd.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.getType(cp) != Character.NON_SPACING_MARK) {
          t.appendCodePoint(cp);
        }
      }
      s = t.toString();
    }
    return lower(s);
  }

  private static String lower(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int lc = Character.toLowerCase(cp);
      if (lc != cp && sb == null) {
        sb = new StringBuilder(s.length());
        sb.append(s, 0, i);
      }
      if (sb != null) {
        sb.appendCodePoint(lc);
      }
      i += Character.charCount(cp);
    }
    return sb == null ? s : sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static boolean isWhitespace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int t = Character.getType(cp);
    return t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
        || t == Character.PRIVATE_USE || t == Character.SURROGATE;
  }

  private static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }

  static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }
}
