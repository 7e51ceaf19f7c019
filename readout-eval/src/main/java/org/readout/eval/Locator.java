package org.readout.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a gold quote, which is a substring of a record's <em>raw</em> text, in the <em>normalised</em> text that
 * Readout's offsets refer to. Normalisation joins hard wraps, turns NBSP into spaces, drops scraper escapes and
 * Markdown markers and applies NFC, so the quote is matched on its skeleton: its letters and digits, case-folded,
 * in order, ignoring everything between them. When the skeleton occurs more than once in the normalised text, the
 * occurrence at the same relative position as the quote's place in the raw text wins. The span returned runs
 * from the quote's first letter or digit to its last. Immutable and thread-safe once built.
 */
public final class Locator {
  /** A located span: offsets into the normalised text, end exclusive. */
  public record Span(int start, int end) {
    public boolean contains(Span o) {
      return start <= o.start && o.end <= end;
    }

    public int overlap(Span o) {
      return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
    }

    public int length() {
      return end - start;
    }
  }

  private final String raw;
  private final String rawSkeleton;
  private final String skeleton;
  private final int[] positions;

  public Locator(String raw, String normalised) {
    this.raw = raw;
    this.rawSkeleton = skeleton(raw, null);
    List<Integer> pos = new ArrayList<>(normalised.length());
    this.skeleton = skeleton(normalised, pos);
    this.positions = pos.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The span of {@code quote} in the normalised text, or empty when its skeleton does not occur there. */
  public Optional<Span> locate(String quote) {
    return locate(quote, 0, skeleton.length());
  }

  /** The span of {@code part} inside {@code within} (the first occurrence), or empty. */
  public Optional<Span> locateWithin(String part, Span within) {
    int from = skeletonIndexAtOrAfter(within.start());
    int to = skeletonIndexAtOrAfter(within.end());
    String q = skeleton(part, null);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    int at = skeleton.indexOf(q, from);
    if (at < 0 || at + q.length() > to) {
      return Optional.empty();
    }
    return Optional.of(span(at, q.length()));
  }

  private Optional<Span> locate(String quote, int from, int to) {
    String q = skeleton(quote, null);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> hits = new ArrayList<>();
    for (int at = skeleton.indexOf(q, from); at >= 0 && at + q.length() <= to; at = skeleton.indexOf(q, at + 1)) {
      hits.add(at);
    }
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    int best = hits.get(0);
    if (hits.size() > 1) {
      // The same words occur more than once in the normalised text (normalisation may have merged variants):
      // take the occurrence at the relative position the quote has in the raw text.
      int rawAt = raw.indexOf(quote);
      double rel = rawAt < 0 || rawSkeleton.isEmpty() ? 0 : (double) skeleton(raw.substring(0, rawAt), null).length()
          / rawSkeleton.length();
      double target = rel * skeleton.length();
      for (int h : hits) {
        if (Math.abs(h - target) < Math.abs(best - target)) {
          best = h;
        }
      }
    }
    return Optional.of(span(best, q.length()));
  }

  private Span span(int at, int len) {
    return new Span(positions[at], positions[at + len - 1] + 1);
  }

  private int skeletonIndexAtOrAfter(int offset) {
    int lo = 0;
    int hi = positions.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (positions[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The letters and digits of {@code s} (NFC, lower-cased), each with its offset into {@code s} when
   * {@code positions} is given. A character that lower-cases to several (rare) keeps one per offset.
   */
  static String skeleton(String s, List<Integer> positions) {
    String n = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : null;
    boolean direct = n != null;
    String src = direct ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(src.length());
    for (int i = 0; i < src.length(); ) {
      int cp = src.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        String low = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
        for (int k = 0; k < low.length(); k++) {
          out.append(low.charAt(k));
          if (positions != null) {
            // offsets are only meaningful for text already in NFC (the normalised statement text is)
            positions.add(direct ? i : Math.min(i, s.length() - 1));
          }
        }
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
