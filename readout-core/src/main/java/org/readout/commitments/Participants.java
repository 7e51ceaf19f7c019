package org.readout.commitments;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readout.actors.ActorDictionary;
import org.readout.actors.ActorType;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;

/**
 * Who a statement's meeting is between (the {@link CommitmentExtractor}'s participants): a joint statement's
 * signatories; else the statement's side and the counterpart its title names, else the first other state or
 * organisation of the opening sentences; the side alone when the title names only its own officials.
 * Stateless.
 */
final class Participants {
  /** Heads that are titles, not names ("the Foreign Minister" of another state is no counterpart in the title). */
  private static final Set<String> ROLE_WORDS = Set.of("President", "Minister", "Secretary", "Chancellor", "Premier",
      "Leader", "Leaders", "Ambassador", "Government", "Administration", "Ministry", "Office", "House", "Council",
      "Governor", "Senator", "Envoy", "Advisor", "Adviser", "Director", "Chairman", "Chair", "King", "Queen", "Prince",
      "Emir", "Amir", "Sultan", "General", "Spokesperson", "Spokesman", "Delegation", "Side", "Sides", "Parties");

  private Participants() {
  }

  /**
   * A joint statement's signatories: the first list of three or more states or organisations in a row (joined only
   * by commas, "and", "the") in its opening sentences ("the leaders of A, B, C and D released …"), or nothing. Three
   * states named apart in one sentence ("… a Major Non-NATO Ally … Russia's war on Ukraine") are no signatories.
   */
  private static List<String> signatories(AnalyzedStatement doc, List<Mention> mentions) {
    String text = doc.text();
    List<Mention> run = new java.util.ArrayList<>();
    for (Mention m : mentions) {
      String e = m.entityId();
      if (m.sentence() > 2 || !party(e)) {
        continue;
      }
      Mention last = run.isEmpty() ? null : run.get(run.size() - 1);
      if (last != null && (last.sentence() != m.sentence() || m.start() < last.end()
          || !LIST_GAP.matcher(text.substring(last.end(), m.start())).matches())) {
        List<String> listed = entities(run);
        if (listed.size() >= 3) {
          return listed;
        }
        run.clear();
      }
      run.add(m);
    }
    List<String> listed = entities(run);
    return listed.size() >= 3 ? listed : List.of();
  }

  /** What may stand between two items of a list of parties: commas, "and", "the". */
  private static final java.util.regex.Pattern LIST_GAP = java.util.regex.Pattern.compile(
      "[\\s,]*(?:and\\s+|&\\s+)?(?:the\\s+)?");

  /** An entity that can sign: a named state or organisation, not the unresolved group placeholder. */
  private static boolean party(String e) {
    return e != null && !e.isBlank() && !FallbackActors.GROUP.equals(e) && !"GROUP".equalsIgnoreCase(e);
  }

  private static List<String> entities(List<Mention> run) {
    Set<String> out = new java.util.TreeSet<>();
    for (Mention m : run) {
      out.add(m.entityId());
    }
    return List.copyOf(out);
  }

  /**
   * A collective text's own authors: those named in its opening apposition ("We, the Leaders of the G7, …" → G7; "We,
   * the leaders of Australia, India, Japan and the United States, …"), else the body its title names as the author
   * ("G7 Statement on Ukraine", "Joint Statement by the G7 Announcing …"); sorted, or nothing. States the text then
   * talks about (the attacker a G7 statement condemns in its first sentence) are never signatories.
   */
  private static List<String> authors(AnalyzedStatement doc, List<Mention> mentions, ActorDictionary actors) {
    Set<String> out = new java.util.TreeSet<>(apposition(doc.text(), mentions));
    java.util.regex.Matcher we = DocState.WE_THE.matcher(doc.text());
    if (out.isEmpty() && we.lookingAt()) {
      for (Mention m : mentions) {
        String e = m.entityId();
        if (m.start() >= we.start(1) && m.end() <= we.end(1) && party(e)
            && !BENEFICIARY.matcher(doc.text().substring(we.start(1), m.start())).find()) {
          out.add(e);
        }
      }
    }
    java.util.regex.Matcher t = DocState.GROUP_TITLE.matcher(doc.meta().title());
    if (!t.find()) {
      t = DocState.BODY_AUTHOR.matcher(doc.meta().title());
      t = t.find() ? t : null;
    }
    if (out.isEmpty() && actors != null && t != null && !COMPOUND.matcher(t.group(1)).matches()) {
      // (a compound "U.S.-EU Joint Statement" names both parties: titleCompound reads it)
      actors.resolve(t.group(1), doc.meta().date()).filter(a -> a.type() == ActorType.ORGANISATION)
          .map(a -> a.entityOn(doc.meta().date()))
          .filter(e -> e != null && !e.isBlank()).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * A party the opening apposition names as the beneficiary or topic of its authors' group, not as an author ("We, the
   * co-leaders of the Coalition for X, …").
   */
  private static final java.util.regex.Pattern BENEFICIARY = java.util.regex.Pattern.compile(
      "\\b(?:for|to|on|against|with|towards?|supporting|in\\s+support\\s+of)\\s+(?:the\\s+)?$",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  /** A paragraph opening in the collective voice: "We, …", "We the …" (not "We will …": a party must follow). */
  private static final java.util.regex.Pattern WE_OPEN = java.util.regex.Pattern.compile(
      "(?m)^[\\s*_]*(?:\\d+\\.\\s*)?We(?:,\\s*|\\s+(?=the\\s))");

  /**
   * What may stand before or between the parties of an opening apposition: list separators and the group they form
   * ("the leaders of", "the governments of", "the Quad partners of" after a party, "the Foreign Ministers of").
   */
  private static final java.util.regex.Pattern APPOSITION_GAP = java.util.regex.Pattern.compile(
      "[\\s,]*(?:and\\s+|&\\s+)?(?:the\\s+)?(?:(?:undersigned\\s+)?(?:(?:foreign|finance|defen[cs]e|trade|health)\\s+)?"
          + "(?i:leaders|heads\\s+of\\s+state(?:\\s+and(?:\\s+of)?\\s+government)?|governments|ministers|representatives|"
          + "partners|members|participants|signatories|countries|nations)\\s+of\\s+(?:the\\s+)?)?");

  /**
   * The parties of a collective opening's apposition, in the first 1,000 characters ("We, the leaders of the European
   * Commission, France, …, and the United States condemn …"; "We the Quad partners of Australia, India, …"): the run of
   * states and organisations right after "We", joined only by list separators and group words; nothing when no party
   * follows "We" at once.
   */
  private static List<String> apposition(String text, List<Mention> mentions) {
    java.util.regex.Matcher we = WE_OPEN.matcher(text);
    we.region(0, Math.min(text.length(), 1000));
    while (we.find()) {
      Set<String> out = new java.util.TreeSet<>();
      int at = we.end();
      for (Mention m : mentions) {
        if (m.start() < at) {
          continue;
        }
        if (!APPOSITION_GAP.matcher(text.substring(at, m.start())).matches()) {
          break;
        }
        if (party(m.entityId())) {
          out.add(m.entityId());
        }
        at = Math.max(at, m.end());
      }
      if (!out.isEmpty()) {
        return List.copyOf(out);
      }
    }
    return List.of();
  }

  /** Where a title's list breaks: commas, semicolons, "and", "&". */
  private static final java.util.regex.Pattern LIST_BREAK = java.util.regex.Pattern.compile(",|;|&|\\band\\b");

  /**
   * The states and organisations a title lists ("… from the Governments of the United States, Australia, … and the
   * United Kingdom"; a leader stands for his state): each item of the list resolved with {@code actors} (the last
   * actor phrase in it), sorted, without repeats.
   */
  private static List<String> titled(ActorDictionary actors, String title, java.time.LocalDate date) {
    Set<String> out = new LinkedHashSet<>();
    if (title == null || title.isBlank()) {
      return List.of();
    }
    for (String item : LIST_BREAK.split(title)) {
      headOf(actors, item, date).ifPresent(a -> {
        String e = a.entityOn(date);
        if (e != null && !e.isBlank() && a.type() != ActorType.REGION
            && a.type() != ActorType.AGREEMENT) {
          out.add(e);
        }
      });
    }
    return out.stream().sorted().toList();
  }

  /** Where a title item's party ends and its topic or place begins ("Prime Minister X in Jeddah", "… on Ukraine"). */
  private static final java.util.regex.Pattern TOPIC_TAIL = java.util.regex.Pattern.compile(
      "\\s+(?:on|in|at|regarding|concerning|about|against|to|for)\\s+");

  /**
   * The party a title item names: the actor of the shortest head before a topic or place that names one ("Iraqi Prime
   * Minister Kadhimi in Jeddah" is Iraq, not the city's state), else of the whole item.
   */
  private static java.util.Optional<org.readout.actors.Actor> headOf(ActorDictionary actors, String item,
                                                                     java.time.LocalDate date) {
    java.util.regex.Matcher m = TOPIC_TAIL.matcher(item);
    while (m.find()) {
      java.util.Optional<org.readout.actors.Actor> head = actors.resolve(item.substring(0, m.start()), date);
      if (head.isPresent()) {
        return head;
      }
    }
    return actors.resolve(item, date);
  }

  /** A hyphenated compound of names in a title ("U.S.-EU", "U.S.-Japan-Australia"). */
  private static final java.util.regex.Pattern COMPOUND =
      java.util.regex.Pattern.compile("[\\p{L}.]+(?:[-–][\\p{L}.]+)+");

  /**
   * The states and organisations of the first hyphenated compound in a title whose parts all resolve with
   * {@code actors} ("Joint Statement on U.S.-EU Energy Security Task Force Meeting" → EU, USA), sorted; else nothing.
   */
  private static List<String> titleCompound(ActorDictionary actors, String title, java.time.LocalDate date) {
    if (title == null) {
      return List.of();
    }
    java.util.regex.Matcher m = COMPOUND.matcher(title);
    while (m.find()) {
      Set<String> out = new LinkedHashSet<>();
      boolean all = true;
      for (String part : m.group().split("[-–]")) {
        String e = actors.resolve(part, date).filter(a -> a.type() != ActorType.REGION && a.type() != ActorType.AGREEMENT)
            .map(a -> a.entityOn(date)).orElse(null);
        if (e == null || e.isBlank()) {
          all = false;
          break;
        }
        out.add(e);
      }
      if (all && out.size() >= 2) {
        return out.stream().sorted().toList();
      }
    }
    return List.of();
  }

  // --- participants ------------------------------------------------------------------------------

  /**
   * The meeting's participants: the statement's side and its counterpart, the first other state or
   * organisation named in the opening sentences (readouts name the counterpart first), else the most
   * frequently named one. Joint statements without a side take the first two named; one whose title names three or
   * more states or organisations (read with {@code actors}, see {@link #titled}; null: not read) has those as its
   * signatories.
   */
  static List<String> of(AnalyzedStatement doc, String side, List<Mention> mentions,
                         ActorDictionary actors) {
    if (DocState.jointStatement(doc, side)) {
      List<String> authors = authors(doc, mentions, actors);
      if (!authors.isEmpty()) {
        return authors;
      }
      List<String> listed = actors == null ? List.of() : titled(actors, doc.meta().title(), doc.meta().date());
      if (listed.size() >= 3) {
        return listed;
      }
      if (listed.size() == 2 && listed.contains(side)) {
        // "Joint Statement by President X of A and President Y of B": those two, unless the opening lists more
        // signatories with them ("The leaders of A, C, D and B met today")
        List<String> opening = signatories(doc, mentions);
        return opening.containsAll(listed) ? opening : listed;
      }
      List<String> paired = actors == null ? List.of() : titleCompound(actors, doc.meta().title(), doc.meta().date());
      if (paired.size() >= 2) {
        return paired; // "Joint Statement on the U.S.-EU Energy Task Force": the parties the compound names
      }
      List<String> signatories = signatories(doc, mentions);
      if (!signatories.isEmpty()) {
        return signatories;
      }
    }
    Set<String> out = new LinkedHashSet<>();
    boolean joint = side.isEmpty() || "JOINT".equals(side);
    if (!joint) {
      out.add(side);
    }
    Map<String, Integer> freq = new HashMap<>();
    String firstOther = null;
    for (Mention m : mentions) {
      String e = m.entityId();
      if (e == null || e.isBlank() || FallbackActors.GROUP.equals(e) || e.equals(side)) {
        continue;
      }
      freq.merge(e, 1, Integer::sum);
      if (firstOther == null && m.sentence() <= 1) {
        firstOther = e;
      }
      if (joint && out.size() < 2) {
        out.add(e);
      }
    }
    if (!joint) {
      String titled = titleCounterpart(doc.meta().title(), side, mentions);
      if (titled == null && titleNamesOwnSide(doc.meta().title(), side, mentions)) {
        return List.of(side); // "Meeting with Foreign Minister X": the side's own officials, no counterpart
      }
      if (titled == null && actors != null) {
        // a counterpart named in the title only ("Telephone conversation with President of Israel …" over a text
        // that says "the presidents"): the one other party the title names
        List<String> others = titled(actors, doc.meta().title(), doc.meta().date()).stream()
            .filter(e -> !e.equals(side)).toList();
        titled = others.size() == 1 ? others.get(0) : null;
      }
      String counterpart = titled != null ? titled : firstOther != null ? firstOther
          : freq.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
              .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
      if (counterpart != null) {
        out.add(counterpart);
      }
    }
    return out.stream().sorted().toList();
  }

  /**
   * The counterpart the title names ("Telephone conversation with President of France …", "Readout of the
   * President's call with Prime Minister X"): the state or organisation of the mention in the text whose
   * words stand earliest in the title, other than the statement's side; null when the title names none.
   */
  static String titleCounterpart(String title, String side, List<Mention> mentions) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      String e = m.entityId();
      if (e == null || e.isBlank() || e.equals(side) || FallbackActors.GROUP.equals(e) || "GROUP".equalsIgnoreCase(e)) {
        continue;
      }
      int at = titleAt(title, m);
      if (at >= 0 && at < bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best;
  }

  /** True when the title names someone of the statement's own side (and, see titleCounterpart, nobody else). */
  private static boolean titleNamesOwnSide(String title, String side, List<Mention> mentions) {
    if (title == null || title.isBlank() || side.isEmpty()) {
      return false;
    }
    for (Mention m : mentions) {
      if (side.equals(m.entityId()) && "person".equals(m.actorType()) && titleAt(title, m) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the mention's head word (its last capitalised word: "France" of "the President of France", "Lavrov"
   * of "Mr Lavrov") stands in the title as a whole word, or -1.
   */
  private static int titleAt(String title, Mention m) {
    String surface = m.surface() == null ? "" : m.surface().strip();
    int i = surface.length();
    while (i > 0 && Character.isLetter(surface.charAt(i - 1))) {
      i--;
    }
    String head = surface.substring(i);
    if (head.length() < 4 || !Character.isUpperCase(head.charAt(0)) || ROLE_WORDS.contains(head)) {
      return -1;
    }
    for (int at = title.indexOf(head); at >= 0; at = title.indexOf(head, at + 1)) {
      int end = at + head.length();
      if ((at == 0 || !Character.isLetter(title.charAt(at - 1)))
          && (end == title.length() || !Character.isLetter(title.charAt(end)))) {
        return at;
      }
    }
    return -1;
  }
}
