package org.readout.analysis.text;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises transcript speaker labels that open a turn: {@code MR. SULLIVAN:}, {@code MS. PSAKI:},
 * {@code Aide to the President Yury Ushakov:}, {@code Question:}, {@code Q:}, and the bare
 * questioner mark {@code Q} at the start of a line.
 *
 * <p>Contract: a label is 1–8 words, the first and last capitalised, the words between capitalised
 * or one of the {@code label_connectors} from {@code sentences.yaml} (a one-word label must be all
 * capitals or one of {@code single_word_labels}, so "Background:" is none), followed by {@code :} and
 * whitespace, an opening parenthesis, or the end of the text. The bare {@code Q} (optionally {@code Q.}) counts only at the
 * start of a line or paragraph, followed by whitespace.
 *
 * <p>How labels relate to sentences: a label never forms a sentence on its own; it <em>prefixes</em>
 * the first sentence of its turn ({@code "MS. PSAKI:  Hello."} is one sentence). Attribution finds the
 * speaker with {@link #labelAt(CharSequence, int)} on a sentence start.
 *
 * <p>Immutable and thread-safe.
 */
public final class SpeakerLabels {
  private static final int MAX_WORDS = 8;
  private static final int MAX_CHARS = 100;

  private final Set<String> connectors;
  private final Set<String> roles;
  private final Set<String> singleWords;

  SpeakerLabels(TextData.Sentences data) {
    this.singleWords = new HashSet<>(data.singleWordLabels());
    this.connectors = new HashSet<>(data.labelConnectors());
    this.roles = new HashSet<>(data.labelRoles());
  }

  /** The labels described by the bundled {@code sentences.yaml} (the ones {@link SentenceSplitter#bundled()} uses). */
  public static SpeakerLabels bundled() {
    return new SpeakerLabels(TextData.sentences());
  }

  /**
   * The label starting exactly at {@code at} in {@code text}, treating {@code at} as a line start
   * (as a sentence start is). The span covers the label words and the colon (or the bare {@code Q}).
   */
  public Optional<Span> labelAt(CharSequence text, int at) {
    int end = labelEnd(text, at, true);
    return end < 0 ? Optional.empty() : Optional.of(new Span(at, end));
  }

  /** The speaker named by a label: the label text without its colon, e.g. {@code MR. SULLIVAN}. */
  public static String speaker(CharSequence text, Span label) {
    int end = label.end();
    if (end > label.start() && text.charAt(end - 1) == ':') {
      end--;
    }
    return text.subSequence(label.start(), end).toString().strip();
  }

  /**
   * End offset (exclusive, after the colon) of a label starting at {@code at}, or {@code -1}.
   *
   * @param lineStart whether {@code at} starts a line, which admits the bare {@code Q}
   */
  int labelEnd(CharSequence text, int at, boolean lineStart) {
    int n = text.length();
    if (at < 0 || at >= n) {
      return -1;
    }
    // The questioner mark: "Q", "Q:" or "Q." followed by whitespace.
    if (text.charAt(at) == 'Q') {
      int j = at + 1;
      if (j == n) {
        return lineStart ? j : -1;
      }
      char c = text.charAt(j);
      if (c == ':' && (j + 1 == n || SentenceSplitter.isSpace(text.charAt(j + 1)))) {
        return j + 1;
      }
      if (lineStart && (c == '.' || SentenceSplitter.isSpace(c))) {
        int end = c == '.' ? j + 1 : j;
        if (end == n || SentenceSplitter.isSpace(text.charAt(end))) {
          return end;
        }
      }
    }
    int i = at;
    int words = 0;
    boolean lastCapitalised = false;
    int limit = Math.min(n, at + MAX_CHARS);
    while (i < limit && words < MAX_WORDS) {
      int ws = i;
      char first = text.charAt(i);
      while (i < n && isLabelWordChar(text.charAt(i))) {
        i++;
      }
      if (i == ws) {
        return -1;
      }
      boolean cap = Character.isUpperCase(first);
      if (words == 0 && !cap) {
        return -1;
      }
      if (!cap && !connectors.contains(text.subSequence(ws, i).toString())) {
        return -1;
      }
      lastCapitalised = cap;
      words++;
      if (i >= n) {
        return -1;
      }
      char c = text.charAt(i);
      if (c == ':') {
        if (!lastCapitalised || (words == 1 && !isAllCaps(text, at, i)
            && !singleWords.contains(text.subSequence(at, i).toString()))) {
          return -1;
        }
        // Kremlin transcripts glue stage directions to the colon: "Vladimir Putin:(in response to …)".
        return i + 1 == n || SentenceSplitter.isSpace(text.charAt(i + 1)) || text.charAt(i + 1) == '(' ? i + 1 : -1;
      }
      if (c != ' ' && c != '\u00a0') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  /**
   * Start of a role-led label ending at the colon {@code colon} and standing mid-sentence behind a
   * lost heading ("... meeting President of Russia Vladimir Putin: Colleagues"), or -1. The label
   * must start after {@code from}, be at least three words, start with a {@code label_roles} word,
   * and be followed by whitespace (or "(") and a capital.
   */
  int midLabelStart(CharSequence text, int from, int colon) {
    int n = text.length();
    int after = colon + 1;
    while (after < n && (text.charAt(after) == ' ' || text.charAt(after) == '(')) {
      after++;
    }
    if (after == colon + 1 || after >= n || !Character.isUpperCase(text.charAt(after))) {
      return -1;
    }
    // Walk back over the whole run of label words; a run reaching the sentence start is an ordinary
    // sentence-initial label (nothing to split), and so is an implausibly long run.
    int best = -1;
    int words = 0;
    int we = colon;
    while (true) {
      int ws = we;
      int floor = Math.max(from, we - MAX_CHARS);
      while (ws > floor && isLabelWordChar(text.charAt(ws - 1))) {
        ws--;
      }
      if (ws == floor && ws > from) {
        return -1;
      }
      if (ws == we) {
        break;
      }
      if (ws == from) {
        return -1;
      }
      boolean cap = Character.isUpperCase(text.charAt(ws));
      if (words == 0 && !cap) {
        return -1;
      }
      String word = text.subSequence(ws, we).toString();
      if (!cap && !connectors.contains(word)) {
        break;
      }
      words++;
      if (words > 3 * MAX_WORDS) {
        return -1;
      }
      if (words >= 3 && words <= MAX_WORDS && roles.contains(word)) {
        best = ws;
      }
      if (text.charAt(ws - 1) != ' ') {
        break;
      }
      we = ws - 1;
    }
    return best;
  }

  private static boolean isAllCaps(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLabelWordChar(char c) {
    return Character.isLetter(c) || c == '.' || c == '-' || c == '\'' || c == '\u2019' || Character.isDigit(c);
  }
}
