package org.readout.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token trie for longest-match phrase lookup: each edge is a normalised token key (see
 * {@link MatchTokens}), each terminal holds the values registered for that token sequence together
 * with a bit mask of the positions that must be upper case in the text (acronyms). Lookup cost is
 * proportional to the length of the match, independent of the number of phrases.
 *
 * <p>Built once, then read-only: concurrent {@link #longest} calls are safe after construction.
 *
 * @param <T> the value attached to a phrase
 */
final class PhraseTrie<T> {
  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>(4);
    List<Entry<T>> entries;
  }

  private record Entry<T>(T value, long upperMask, long capitalMask) {
  }

  /** A match: tokens {@code [from, to)} carry {@code value}. */
  record Match<T>(int from, int to, T value) {
  }

  private final Node<T> root = new Node<>();
  private int phrases;

  /**
   * Registers {@code phrase}. Tokens written entirely in capitals (two letters or more, such as
   * {@code US}, {@code WHO}, {@code U.S.}) only match capitalised text, so {@code who} is not the WHO.
   * A second value for the same phrase and mask is kept after the first (callers pick among them).
   */
  void add(String phrase, T value) {
    add(phrase, value, false);
  }

  /**
   * Registers {@code phrase}; with {@code properName}, each word the phrase capitalises must be
   * capitalised in the text too, so "biden" in a web address or "turkey" the bird do not match.
   */
  void add(String phrase, T value, boolean properName) {
    MatchTokens t = MatchTokens.of(phrase);
    if (t.size() == 0 || t.size() > 63) {
      return;
    }
    Node<T> node = root;
    long mask = 0;
    long capitals = 0;
    for (int i = 0; i < t.size(); i++) {
      node = node.next.computeIfAbsent(t.key(i), k -> new Node<>());
      String surface = phrase.substring(t.start(i), t.end(i));
      if (isAcronym(surface)) {
        mask |= 1L << i;
      } else if (properName && t.capital(i)) {
        capitals |= 1L << i;
      }
    }
    if (node.entries == null) {
      node.entries = new ArrayList<>(1);
    }
    for (Entry<T> e : node.entries) {
      if (e.upperMask == mask && e.capitalMask == capitals && e.value.equals(value)) {
        return;
      }
    }
    node.entries.add(new Entry<>(value, mask, capitals));
    phrases++;
  }

  int size() {
    return phrases;
  }

  /** All values registered for exactly this phrase (ignoring case constraints), in registration order. */
  List<T> valuesOf(String phrase) {
    MatchTokens t = MatchTokens.of(phrase);
    Node<T> node = root;
    for (int i = 0; i < t.size() && node != null; i++) {
      node = node.next.get(t.key(i));
    }
    List<T> out = new ArrayList<>();
    if (node != null && node.entries != null) {
      for (Entry<T> e : node.entries) {
        out.add(e.value);
      }
    }
    return out;
  }

  /**
   * The longest phrase starting at token {@code from}, with all its values whose case constraints the
   * text satisfies; {@code null} when none.
   */
  Match<List<T>> longest(MatchTokens tokens, int from) {
    Node<T> node = root;
    int i = from;
    // Remember terminals on the way down; the deepest one whose case constraints hold wins.
    int depth = 0;
    Node<T>[] path = null;
    while (i < tokens.size()) {
      node = node.next.get(tokens.key(i));
      if (node == null) {
        break;
      }
      i++;
      if (node.entries != null) {
        if (path == null) {
          @SuppressWarnings("unchecked")
          Node<T>[] p = (Node<T>[]) new Node[64];
          path = p;
        }
        path[i - from] = node;
        depth = i - from;
      }
      if (i - from >= 63) {
        break;
      }
    }
    for (int len = depth; len > 0; len--) {
      Node<T> n = path[len];
      if (n == null) {
        continue;
      }
      List<T> ok = null;
      for (Entry<T> e : n.entries) {
        if (caseHolds(tokens, from, e.upperMask) && capitalsHold(tokens, from, e.capitalMask)) {
          if (ok == null) {
            ok = new ArrayList<>(1);
          }
          ok.add(e.value);
        }
      }
      if (ok != null) {
        return new Match<>(from, from + len, ok);
      }
    }
    return null;
  }

  private static boolean caseHolds(MatchTokens tokens, int from, long mask) {
    while (mask != 0) {
      int bit = Long.numberOfTrailingZeros(mask);
      if (!tokens.upper(from + bit)) {
        return false;
      }
      mask &= mask - 1;
    }
    return true;
  }

  private static boolean capitalsHold(MatchTokens tokens, int from, long mask) {
    while (mask != 0) {
      int bit = Long.numberOfTrailingZeros(mask);
      if (!tokens.capital(from + bit)) {
        return false;
      }
      mask &= mask - 1;
    }
    return true;
  }

  /** Two or more letters and no lowercase letter: {@code US}, {@code U.S.}, {@code NATO}, {@code G20}. */
  static boolean isAcronym(String surface) {
    int letters = 0;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }
}
