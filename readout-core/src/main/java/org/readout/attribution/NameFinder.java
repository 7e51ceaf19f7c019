package org.readout.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds people the actor dictionary does not hold, so that what they say can still be attributed:
 * runs of capitalised words ("Gretchen Whitmer", "Neale F. Lunderville", "Ursula von der Leyen"),
 * optionally after title words ("Governor", "Ohio Senator", "Dr."), outside the dictionary's mentions.
 * A run needs two name words, or one after a title ("Governor Whitmer"); a lone surname that ends a
 * name found earlier in the text ("said Brown") is that person. Runs holding a word listed under
 * {@code notNames} in {@code speakers.yaml} (weekdays, months, institutions' words) are not people.
 * Each is an unresolved speaker: its written name, no dictionary id, the title words as its role.
 * Immutable and thread-safe.
 */
final class NameFinder {
  private final Set<String> titles;
  private final Set<String> notNames;
  private final Set<String> particles;

  NameFinder(Set<String> titles, Set<String> notNames, Set<String> particles) {
    this.titles = titles;
    this.notNames = notNames;
    this.particles = particles;
  }

  private record Word(int start, int end, String text) {
  }

  /** Unresolved person references in {@code text} that overlap none of {@code known}, in text order. */
  List<SpeakerMention> find(String text, List<SpeakerMention> known) {
    List<SpeakerMention> out = new ArrayList<>();
    Map<String, Speaker> bySurname = new HashMap<>();
    List<Word> run = new ArrayList<>();
    int ki = 0;
    int i = 0;
    int n = text.length();
    while (i <= n) {
      int ws = i;
      int we = i;
      if (i < n && Character.isLetter(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        we = wordEnd(text, i);
      }
      if (we == ws && i < n) {
        i++;
        continue;
      }
      while (ki < known.size() && known.get(ki).end() <= ws) {
        ki++;
      }
      boolean blocked = ki < known.size() && known.get(ki).start() < Math.max(we, ws + 1);
      String w = we > ws ? text.substring(ws, we) : "";
      boolean nameWord = !blocked && w.length() >= 2 && (Character.isUpperCase(w.charAt(0))
          || !run.isEmpty() && (particles.contains(w) || lowerPrefixed(w)));
      boolean joined = run.isEmpty() || gapOk(text, run.get(run.size() - 1).end(), ws);
      if (nameWord && joined) {
        run.add(new Word(ws, we, w));
        i = we;
        continue;
      }
      if (!run.isEmpty()) {
        emit(text, run, out, bySurname);
        run.clear();
        if (nameWord) {
          run.add(new Word(ws, we, w));
          i = we;
          continue;
        }
      }
      if (we > ws) {
        i = we;
      } else {
        i++;
      }
    }
    return out;
  }

  /** A surname with a lower-case prefix before its capital ("deLaski", "diMarco", "vanDyke"): a name word inside a run. */
  private static boolean lowerPrefixed(String w) {
    int k = 0;
    while (k < w.length() && Character.isLowerCase(w.charAt(k))) {
      k++;
    }
    return k >= 1 && k <= 3 && w.length() - k >= 3 && Character.isUpperCase(w.charAt(k));
  }

  /** End of a word: letters, apostrophes and hyphens inside, an initial's or abbreviation's period. */
  private int wordEnd(String text, int i) {
    int e = i;
    int n = text.length();
    while (e < n && (Character.isLetter(text.charAt(e))
        || (text.charAt(e) == '-' || text.charAt(e) == '’' || text.charAt(e) == '\'')
        && e + 1 < n && Character.isLetter(text.charAt(e + 1)) && !possessiveS(text, e))) {
      e++;
    }
    if (e < n && text.charAt(e) == '.' && (e - i == 1 || titles.contains(text.substring(i, e + 1))
        && Character.isUpperCase(text.charAt(i)))) {
      e++;
    }
    return e;
  }

  private static boolean possessiveS(String text, int e) {
    return (text.charAt(e) == '’' || text.charAt(e) == '\'') && e + 1 < text.length() && text.charAt(e + 1) == 's'
        && (e + 2 >= text.length() || !Character.isLetter(text.charAt(e + 2)));
  }

  /** Whether the word before {@code start} is "of", "for", "and", "&" or "the" (a run inside an office's name). */
  static boolean afterConnector(String text, int start) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e > 0 && text.charAt(e - 1) == '&') {
      return true;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    String w = text.substring(s, e);
    return w.equals("of") || w.equals("for") || w.equals("and") || w.equals("the");
  }

  private static boolean gapOk(String text, int from, int to) {
    if (to - from != 1) {
      return false;
    }
    char c = text.charAt(from);
    return c == ' ' || c == '\u00a0';
  }

  private void emit(String text, List<Word> run, List<SpeakerMention> out, Map<String, Speaker> bySurname) {
    // the name follows the last title word; words before it ("Ohio Senator") are the role
    int lastTitle = -1;
    for (int k = 0; k < run.size(); k++) {
      if (titles.contains(run.get(k).text())) {
        lastTitle = k;
      }
    }
    int from = lastTitle + 1;
    while (from < run.size() && particles.contains(run.get(from).text())) {
      from++;
    }
    // "Sen. Bill Roe", "Rep. August Doe": right after a title, a listed word ("bill", "august") before a lone
    // surname that ends the run is the person's given name
    boolean givenName = lastTitle >= 0 && from == lastTitle + 1 && run.size() - from == 2
        && notNames.contains(run.get(from).text().toLowerCase(Locale.ROOT))
        && !notNames.contains(run.get(from + 1).text().toLowerCase(Locale.ROOT))
        && !titles.contains(run.get(from + 1).text()) && run.get(from + 1).text().length() > 2
        && Character.isUpperCase(run.get(from).text().charAt(0)) && !run.get(from).text().endsWith(".");
    while (!givenName && from < run.size() && notNames.contains(run.get(from).text().toLowerCase(Locale.ROOT))) {
      from++;
    }
    int to = run.size();
    while (to > from && particles.contains(run.get(to - 1).text())) {
      to--;
    }
    if (to <= from) {
      return;
    }
    int lastNotName = -1;
    for (int k = givenName ? from + 1 : from; k < to; k++) {
      if (notNames.contains(run.get(k).text().toLowerCase(Locale.ROOT))) {
        lastNotName = k;
      }
    }
    if (lastNotName >= 0) {
      // "Director of Regional Affairs Jane Roe": an office's name ends, two name words follow; else not a person
      if (lastTitle >= 0 || to - lastNotName - 1 < 2 || !afterConnector(text, run.get(0).start())) {
        return;
      }
      from = lastNotName + 1;
    }
    if (lastTitle < 0 && lastNotName < 0 && to - from >= 3 && afterConnector(text, run.get(0).start())) {
      // "Director of the Centers for Disease Control Jane Roe": the end of an office's name, then the person
      int keep = run.get(to - 2).text().endsWith(".") ? 3 : 2;
      from = Math.max(from, to - keep);
    }
    Word first = run.get(from);
    Word last = run.get(to - 1);
    if (last.text().endsWith(".")) {
      return;
    }
    String name = text.substring(first.start(), last.end());
    int names = 0;
    for (int k = from; k < to; k++) {
      if (!particles.contains(run.get(k).text()) && run.get(k).text().length() > 2) {
        names++;
      }
    }
    Speaker known = bySurname.get(last.text());
    Speaker s;
    if (names >= 2) {
      s = known != null && known.name().equals(name) ? known
          : new Speaker(name, "", "", lastTitle >= 0 ? text.substring(run.get(0).start(), run.get(lastTitle).end()) : "",
              "person");
      bySurname.putIfAbsent(last.text(), s);
    } else if (known != null && names == 1) {
      s = known;
    } else if (lastTitle >= 0 && names == 1) {
      s = new Speaker(text.substring(run.get(0).start(), last.end()), "", "",
          text.substring(run.get(0).start(), run.get(lastTitle).end()), "person");
    } else {
      return;
    }
    int start = lastTitle >= 0 ? run.get(0).start() : first.start();
    if (lastTitle >= 0 && afterConnector(text, start)) {
      // "Office of Regional Affairs Director Jane Roe": the reference opens at the title, not inside the office's name
      int k = 0;
      while (!titles.contains(run.get(k).text())) {
        k++;
      }
      start = run.get(k).start();
    }
    out.add(new SpeakerMention(start, last.end(), text.substring(start, last.end()), SpeakerMention.Kind.NAMED, s));
  }
}
