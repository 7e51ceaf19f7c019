package org.readout.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds organisations the actor dictionary does not hold, so that what they announce or say can still
 * be attributed ("the U.S. Department of Energy is announcing …", "the Postal Service said …"): a run
 * of capitalised words, joined by "of", "for", "and", "on" (with an optional "the"), that holds a head
 * word listed under {@code organisationHeads} in {@code speakers.yaml}. A run that is part of a person's
 * title — it opens with a title word ("Director of the …"), has one after "and" (two persons' titles), or goes on into capitalised words after the
 * organisation's name ("… Agency Administrator Jane Roe") — is left to {@link NameFinder}. A news outlet's
 * masthead counts by its head word ("The Lakeside Journal"); a one-word outlet listed under {@code outlets}
 * ("Reuters") counts alone. Each is an
 * unresolved speaker of kind {@code institution}: its written name, no dictionary id. Immutable and
 * thread-safe.
 */
final class OrgNames {
  private static final String CAP = "(?:[A-Z]\\.(?:[A-Z]\\.)+|[A-Z][\\p{L}’'-]*[\\p{L}])";
  private static final String GAP = "(?:[ \\u00a0]+|[ \\u00a0]*\\n[ \\u00a0]*)";
  private static final Pattern RUN = Pattern.compile("(?<![\\p{L}\\p{N}.-])" + CAP + "(?:" + GAP
      + "(?:(?:of|for|and|on)" + GAP + "(?:the" + GAP + ")?)?" + CAP + ")*(?![\\p{L}\\p{N}])");

  private final Set<String> heads;
  private final Set<String> titles;
  private final Set<String> leads;
  private final Set<String> outlets;

  OrgNames(Set<String> heads, Set<String> titles, Set<String> leads) {
    this(heads, titles, leads, Set.of());
  }

  /** {@code outlets}: one-word names of news outlets ("Reuters"), each an institution on its own. */
  OrgNames(Set<String> heads, Set<String> titles, Set<String> leads, Set<String> outlets) {
    this.heads = heads;
    this.titles = titles;
    this.leads = leads;
    this.outlets = outlets;
  }

  /**
   * "Transport Secretary Jane Roe and Director of the Weather Service John Doe": a title word after "and"
   * opens a second person's reference, so the run joins two persons' titles and names, not one organisation.
   */
  private boolean titleAfterAnd(String[] words, int first) {
    for (int k = first + 1; k < words.length; k++) {
      if (words[k - 1].equals("and") && titles.contains(words[k])) {
        return true;
      }
    }
    return false;
  }

  /** Unresolved organisation references in {@code text} that overlap none of {@code known}, in text order. */
  List<SpeakerMention> find(String text, List<SpeakerMention> known) {
    List<SpeakerMention> out = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    int ki = 0;
    while (m.find()) {
      String[] words = m.group().split("[ \\u00a0\\n]+");
      int first = 0;
      int start = m.start();
      // sentence openers before the name ("Today the …" is two runs already; "Meanwhile Postal Service")
      while (first < words.length - 1 && leads.contains(words[first].toLowerCase(Locale.ROOT))) {
        start = text.indexOf(words[first + 1], start + words[first].length());
        first++;
      }
      if (titles.contains(words[first]) || titleAfterAnd(words, first)) {
        continue;
      }
      int lastHead = -1;
      for (int k = first; k < words.length; k++) {
        if (heads.contains(words[k])) {
          lastHead = k;
        }
      }
      // a one-word outlet ("according to Reuters") is a body on its own, with no head word
      boolean outlet = words.length - first == 1 && outlets.contains(words[first]);
      if (!outlet && (lastHead < 0 || words.length - first < 2)) {
        continue;
      }
      // after the last head only its "of …" complement may follow: capitalised words straight after a
      // head ("Agency Administrator Jane Roe") make the run a person's title
      if (!outlet && lastHead + 1 < words.length && !Set.of("of", "for", "on", "and").contains(words[lastHead + 1])) {
        continue;
      }
      int end = m.end();
      while (ki < known.size() && known.get(ki).end() <= start) {
        ki++;
      }
      // a state named inside the name ("the U.S. Department of …", "the Russian Ministry of …") is the
      // state the organisation stands for; any other known reference inside it wins
      String actor = "";
      boolean other = false;
      for (int k = ki; k < known.size() && known.get(k).start() < end; k++) {
        SpeakerMention km = known.get(k);
        if (km.kind() == SpeakerMention.Kind.STATE && km.end() <= end && km.speaker() != null) {
          actor = actor.isEmpty() ? km.speaker().actor().isEmpty() ? km.speaker().id() : km.speaker().actor() : actor;
        } else {
          other = true;
        }
      }
      if (other) {
        continue;
      }
      String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
      out.add(new SpeakerMention(start, end, text.substring(start, end), SpeakerMention.Kind.NAMED,
          new Speaker(name, "", actor, "", "institution")));
    }
    return out;
  }
}
