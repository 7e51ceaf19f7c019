package org.readout.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/**
 * Persons who speak together or are named with the place they represent, for {@link SubjectFinder}:
 * "Governor Jane Roe of Ohio" (the place qualifies the person, who speaks), "A, B and C" and "Governor A of
 * X, Governor B of Y and Governor C" (one joint speaker). Immutable and thread-safe.
 */
final class PersonGroups {
  /** Whether a reference starting at an offset follows a preposition (an object, never a subject). */
  private final BiPredicate<String, Integer> governed;

  PersonGroups(BiPredicate<String, Integer> governed) {
    this.governed = governed;
  }

  /**
   * The person a place or body after "of" qualifies ("Governor Jane Roe of Ohio", "Prime Minister X of
   * Japan"), when {@code r} is such a qualifier, else null.
   */
  Resolved ownerOf(String text, Resolved r, List<Resolved> resolved) {
    int s = r.mention().start();
    for (Resolved l : resolved) {
      if (l.mention().end() >= s) {
        break;
      }
      if (l.speaker().isPerson() && s - l.mention().end() <= 6
          && text.substring(l.mention().end(), s).strip().equals("of") && !governed.test(text, l.mention().start())) {
        return l;
      }
    }
    return null;
  }

  /** The person before "of" and up to three capitalised words ending at {@code end}, else null. */
  Resolved ownerOfName(String text, int from, int end, List<Resolved> resolved) {
    java.util.regex.Matcher m = PLACE_AFTER_OF.matcher(text).region(Math.max(from, end - 60), end);
    if (!m.find()) {
      return null;
    }
    Resolved l = SubjectFinder.endingAt(resolved, m.start());
    return l != null && l.speaker().isPerson() && !governed.test(text, l.mention().start()) ? l : null;
  }

  private static final Pattern PLACE_AFTER_OF =
      Pattern.compile(" of (?:the )?\\p{Lu}[\\p{L}.’'-]*(?: \\p{Lu}[\\p{L}.’'-]*){0,2}$");

  /**
   * Persons who speak together, from the first's mention to the second's, with the persons listed before
   * the first ("A, B and C"; "Governor A of X, Governor B of Y and Governor C").
   */
  Resolved both(String text, Resolved first, Resolved second, List<Resolved> resolved) {
    List<Resolved> members = new ArrayList<>(List.of(first, second));
    Resolved head = first;
    while (members.size() < 8) {
      Resolved prev = null;
      for (Resolved l : resolved) {
        if (l.mention().end() >= head.mention().start()) {
          break;
        }
        if (l.speaker().isPerson() && head.mention().start() - l.mention().end() <= OFFICE_GAP
            && listSeparator(text.substring(l.mention().end(), head.mention().start()))
            && !governed.test(text, l.mention().start())) {
          prev = l;
        }
      }
      if (prev == null) {
        break;
      }
      members.add(0, prev);
      head = prev;
    }
    List<String> names = members.stream().map(m -> m.speaker().name()).toList();
    String actor = members.stream().map(m -> m.speaker().actor()).distinct().count() == 1 ? first.speaker().actor() : "JOINT";
    String name = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    Speaker all = new Speaker(name, "", actor, "", "group");
    SpeakerMention span = new SpeakerMention(head.mention().start(), second.mention().end(),
        text.substring(head.mention().start(), second.mention().end()), SpeakerMention.Kind.GROUP, all);
    return new Resolved(span, all);
  }

  /** Characters between two listed persons, at most, when an office's name opens the second's conjunct. */
  static final int OFFICE_GAP = 110;

  /**
   * An office's name the person after it holds, written before the name the finder found: capitalised
   * words joined by "of", "the", "for", "and", "on", possibly two such titles set off by a comma ("Secretary
   * of the Interior", "First Deputy Council Speaker, Secretary of the Harbour Board").
   */
  private static final String OFFICE =
      "\\p{Lu}[\\p{L}.’'-]*(?: (?:(?:of|the|for|and|on) )*\\p{Lu}[\\p{L}.’'-]*)*";

  /** "A and B", "A, and B", "A and Director of the Weather Service B": what joins two persons who speak together. */
  private static final Pattern CONJUNCTION = Pattern.compile(",? ?and(?: " + OFFICE + "(?:, " + OFFICE + ")?)?");

  /** Whether the stripped text between two persons' references joins them ("and", or "and" and the second's office). */
  static boolean conjunction(String between) {
    String g = between.strip();
    return g.length() <= 6 ? CONJUNCTION.matcher(g).matches() : between.length() <= OFFICE_GAP && CONJUNCTION.matcher(g).matches();
  }

  /** Whether the text between two listed persons separates them: ", ", after a place or before the next one's office. */
  static boolean listSeparator(String between) {
    return between.length() <= 40 && LIST_SEPARATOR.matcher(between).matches()
        || OFFICE_LIST_SEPARATOR.matcher(between).matches();
  }

  private static final Pattern OFFICE_LIST_SEPARATOR = Pattern.compile(", " + OFFICE + " ");

  private static final Pattern LIST_SEPARATOR =
      Pattern.compile("(?: of (?:the )?\\p{Lu}[\\p{L}.’'-]*(?: \\p{Lu}[\\p{L}.’'-]*){0,2})?, ");

  static final Pattern PLACE_AND =
      Pattern.compile(" of (?:the )?\\p{Lu}[\\p{L}.’'-]*(?: \\p{Lu}[\\p{L}.’'-]*){0,2},? and ");
}
