package org.readout.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds who speaks for a cue: the grammatical subject of a verb cue ("Putin stressed"), the speaker
 * after a prepositional cue ("according to Ushakov"), the speaker before a naming cue, and the main
 * clause's subject a participle or coordinated verb shares. Works on the resolved speaker references of
 * one segment and the closed word classes of {@code cues.yaml} ({@link SubjectWords}). Immutable and
 * thread-safe.
 *
 * <p>Size: about 640 lines, over the project's 600. Not split yet (stops 26 to 29). The seam is the clause-shape helpers
 * ({@code clauseSubject}, {@code mainSubject}, {@code coordinated}, {@code absoluteWith}, {@code aside},
 * {@code beforeAside}, {@code dashBefore}, {@code clauseBreak}), which can move to a small class of their own. That
 * class should also take the previous-word scan shared in shape with {@code ContentSpans.freeRelativeBefore}.
 */
final class SubjectFinder {
  /** Words between a speaker and its verb cue, at most. */
  private static final int VERB_WINDOW = 12;

  private final SubjectWords classes;
  /** Words of a title written between an inverted cue and the name ("Secretary of the Interior"). */
  private static final java.util.regex.Pattern TITLE_WORDS =
      java.util.regex.Pattern.compile("\\s*(?:(?:\\p{Lu}[\\p{L}.’'-]*|of|the|for|and|on)\\s+)+");

  private final NounPhraseSubjects phrases;
  private final PersonGroups groups = new PersonGroups(this::governed);

  SubjectFinder(SubjectWords classes) {
    this.classes = classes;
    this.phrases = new NounPhraseSubjects(this, classes);
  }

  /** What stands in the subject slot of a verb cue: a speaker reference, a word, punctuation, or nothing. */
  private record Slot(Resolved mention, String word, int start, char punct, boolean passive, boolean progressive) {
  }

  /**
   * The speaker of a verb cue is the grammatical subject before it, read from the slot right before
   * the cue (adverbs and auxiliaries skipped): a reference there speaks ("Russia warned", "President
   * Biden and President Xi reiterated"); a passive without a "by" agent has no speaker ("when the issue
   * is raised"); after a comma or a conjunction the cue is a participle or a coordinated verb ("raised
   * …, noted …, and underscored …", "…, noting that") and shares the subject of the verb before it or of
   * the main clause, never a reference inside an object ("allies from X, underscoring"); after another
   * pronoun ("the scenario you described") nobody the dictionary knows speaks; after another word the
   * subject is a person or group earlier in the clause ("Biden in his remarks said"), never a state,
   * which speaks only as the subject itself ("the X scenario …").
   */
  Resolved verbSpeaker(String text, Segment seg, Cue cue, int prevCueEnd, List<Resolved> resolved,
                               Resolved main, Resolved prevVerb) {
    SubjectWords w = classes;
    boolean participle = cue.text().toLowerCase(Locale.ROOT).endsWith("ing");
    // after "be", a cue whose first word is a gerund ("was making clear", "is calling on") is a progressive
    // like "was saying", not a passive
    boolean gerund = participle || cue.text().toLowerCase(Locale.ROOT).split("\\s+", 2)[0].endsWith("ing");
    Slot slot = slot(text, seg.start(), cue, gerund, resolved, w);
    if (slot.mention() != null) {
      Resolved r = slot.mention();
      int s = r.mention().start();
      if (!governed(text, s)) {
        return joinLeft(text, r, resolved);
      }
      // "Governor Jane Roe of Ohio said": the place qualifies the person before it, who speaks
      Resolved owner = groups.ownerOf(text, r, resolved);
      if (owner != null) {
        return joinLeft(text, owner, resolved);
      }
      // ", with President Xi noting that": an absolute clause whose subject follows "with"
      return participle && absoluteWith(text, s) ? r : null;
    }
    if (slot.passive()) {
      return agent(text, cue, resolved);
    }
    char c = slot.punct();
    // inverted order after a quote: "..., said Putin." / "...,” said the President."
    if (!participle && (c == ',' || c == '”' || c == '"')) {
      for (Resolved r : resolved) {
        if (r.mention().start() >= cue.end() && r.mention().start() - cue.end() > 4
            && r.mention().start() - cue.end() <= 60 && r.speaker().isPerson()
            && TITLE_WORDS.matcher(text.substring(cue.end(), r.mention().start())).matches()) {
          // "…,” said Secretary of the Interior Jane Roe.": title words between the cue and the name
          return r;
        }
        if (r.mention().start() >= cue.end() && r.mention().start() - cue.end() <= 4) {
          if (!possessive(text, r.mention().end())) {
            return r;
          }
          // "…,” said the President’s climate adviser Jane Roe.": the person the possessive qualifies
          for (Resolved n : resolved) {
            if (n.mention().start() > r.mention().end() && n.mention().start() - r.mention().end() <= 50
                && n.speaker().isPerson() && !clauseBreak(text, r.mention().end(), n.mention().start())
                && text.substring(r.mention().end(), n.mention().start()).indexOf(',') < 0) {
              return n;
            }
          }
          return null;
        }
      }
      if (quoteClosesBefore(text, seg.start(), cue.start())) {
        // "“…,” says a restaurant owner in Memphis.": an unnamed speaker described after the cue
        Resolved d = phrases.description(text, cue.end(), seg.end());
        if (d != null && resolved.stream().noneMatch(r -> r.mention().start() >= d.mention().start()
            && r.mention().start() < d.mention().end() && r.speaker().isPerson())) {
          return d;
        }
      }
    }
    if (c == ',' && !participle) {
      Resolved named = phrases.appositive(text, seg.start(), slot.start(), resolved);
      if (named != null) {
        return named;
      }
      int open = aside(text, seg.start(), slot.start());
      if (open >= 0) {
        // "Biden, in turn, noted": the subject stands before the aside; "Hamas, as I said, said": a
        // subject the dictionary does not know
        return beforeAside(text, seg.start(), open, resolved);
      }
    }
    String word = slot.word();
    if (!participle && !word.isEmpty()) {
      // "“…,” a local teacher said.": an unnamed speaker described between the quote and the cue
      Resolved d = phrases.descriptionBefore(text, seg.start(), slot.start() + word.length());
      if (d != null) {
        return d;
      }
    }
    if (c == ',' || participle && w.gerundPrepositions().contains(word)) {
      return shared(main, prevVerb, cue);
    }
    if (word.equals("and") || word.equals("or") || word.equals("but")) {
      if (prevVerb != null) {
        return shared(main, prevVerb, cue);
      }
      // "Jane Roe visited the plant — and stressed …": a predicate set off by a dash shares the main subject
      if (main != null && main.mention().end() <= slot.start() && dashBefore(text, seg.start(), slot.start())) {
        return main;
      }
      // "as President Biden looked President Putin in the eye and told him": with no verb cue before
      // it, a coordinated verb shares the subject its own clause opens with, if one is known
      Resolved r = clauseSubject(text, cue.start(), prevCueEnd, resolved, true);
      int comma = text.lastIndexOf(',', slot.start());
      return r != null && r.mention().start() > comma ? r : null;
    }
    if (!participle && QUANTIFIERS.contains(word) && !governed(text, slot.start())) {
      // "many say …", "others argue …": an indefinite group speaks, as written
      return phrases.group(text, slot.start(), slot.start(), slot.start() + word.length(), resolved);
    }
    if ((!participle || slot.progressive()) && w.groupNouns().contains(word)) {
      // "officials said", "Western diplomats warned", "researchers are telling us": an unnamed group speaks, as written
      return phrases.group(text, seg.start(), slot.start(), slot.start() + word.length(), resolved);
    }
    if (!word.isEmpty() && Character.isUpperCase(text.charAt(slot.start())) && slot.start() > seg.start()) {
      // "Governor Jane Roe of New Hampshire said": a place the dictionary does not hold qualifies the person
      Resolved owner = groups.ownerOfName(text, seg.start(), slot.start() + word.length(), resolved);
      // "Leader Schumer conveyed": a named subject the dictionary does not hold
      return owner == null ? null : joinLeft(text, owner, resolved);
    }
    if (w.relatives().contains(word)) {
      int p = slot.start();
      while (p > seg.start() && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == ',')) {
        p--;
      }
      Resolved r = endingAt(resolved, p);
      if (r == null) {
        // "remarks by Jane Roe, director at Company X, who spoke about": the person before the appositive
        for (Resolved l : resolved) {
          if (l.mention().end() < p && p - l.mention().end() <= 90 && l.speaker().isPerson()
              && APPOSITIVE.matcher(text.substring(l.mention().end(), p)).matches()) {
            r = l;
          }
        }
        return r;
      }
      return governed(text, r.mention().start()) ? null : r;
    }
    if (word.isEmpty() && c != ')' || participle || w.otherPronouns().contains(word)) {
      return null;
    }
    return clauseSubject(text, cue.start(), prevCueEnd, resolved, true);
  }

  /**
   * "I asked the doctors and they said …": the last unnamed group written in {@code [from, at)} — a plural head
   * of {@code groupNouns} with its modifiers ({@link NounPhraseSubjects#group}), else the head alone — as the
   * referent of a "they" that no group subject before it explains; null when the span names no group.
   */
  Speaker groupBefore(String text, int from, int at) {
    int p = at;
    while (p > from) {
      int e = p;
      while (e > from && !Character.isLetter(text.charAt(e - 1))) {
        if (text.charAt(e - 1) == '“' || text.charAt(e - 1) == '”' || text.charAt(e - 1) == '"') {
          return null;
        }
        e--;
      }
      int s = e;
      while (s > from && Character.isLetter(text.charAt(s - 1))) {
        s--;
      }
      if (s == e) {
        return null;
      }
      String word = text.substring(s, e);
      if (classes.groupNouns().contains(word.toLowerCase(Locale.ROOT))) {
        Resolved r = phrases.group(text, from, s, e, List.of());
        return r != null ? r.speaker()
            : new Speaker(Character.toUpperCase(word.charAt(0)) + word.substring(1), "", "", "", "group");
      }
      p = s;
    }
    return null;
  }

  /**
   * The subject slot of {@code cue}: walking left from it within the segment over whitespace, adverbs,
   * auxiliaries ("wanted to" skips the verb too) and "be" used as an auxiliary, the first speaker
   * reference, word or punctuation met; a "be" form right before a non-participle cue marks a passive.
   */
  private Slot slot(String text, int from, Cue cue, boolean participle, List<Resolved> resolved,
                           SubjectWords w) {
    int p = cue.start();
    boolean adjacent = true;
    boolean progressive = false;
    while (true) {
      while (p > from && Character.isWhitespace(text.charAt(p - 1))) {
        p--;
      }
      if (p <= from) {
        return new Slot(null, "", p, '\0', false, false);
      }
      Resolved m = endingAt(resolved, p);
      if (m != null) {
        return new Slot(m, "", m.mention().start(), '\0', false, false);
      }
      char c = text.charAt(p - 1);
      if (!Character.isLetter(c)) {
        return new Slot(null, "", p - 1, c, false, progressive);
      }
      int ws = p;
      while (ws > from && Character.isLetter(text.charAt(ws - 1))) {
        ws--;
      }
      String word = text.substring(ws, p).toLowerCase(Locale.ROOT);
      int phrase = phraseBefore(text, from, p, w.adverbs());
      if (phrase >= 0) {
        p = phrase;
      } else if (word.equals("t") && ws - 2 > from && (text.charAt(ws - 1) == '’' || text.charAt(ws - 1) == '\'')
          && text.charAt(ws - 2) == 'n') {
        // "he doesn’t think": the negated auxiliary ("doesn’t", "didn’t") stands between subject and cue
        int b = ws - 1;
        while (b > from && Character.isLetter(text.charAt(b - 1))) {
          b--;
        }
        p = b;
        adjacent = false;
      } else if (w.adverb(word)) {
        p = ws;
      } else if (ws - 1 > from && w.contractions().contains(word) && (text.charAt(ws - 1) == '’' || text.charAt(ws - 1) == '\'')
          && Character.isLetter(text.charAt(ws - 2))) {
        // "I’m saying", "he’s said": the contracted auxiliary; the pronoun before the apostrophe is next
        p = ws - 1;
        adjacent = false;
      } else if (w.beForms().contains(word)) {
        if (adjacent && !participle) {
          return new Slot(null, word, ws, '\0', true, false);
        }
        p = ws;
        adjacent = false;
        progressive |= participle;
      } else if (w.auxiliaries().contains(word)) {
        p = ws;
        adjacent = false;
        if (word.equals("to")) {
          // "wanted to stress", "is going to say": the verb before "to" stands between subject and cue
          int e = p;
          while (e > from && text.charAt(e - 1) == ' ') {
            e--;
          }
          int vs = e;
          while (vs > from && Character.isLetter(text.charAt(vs - 1))) {
            vs--;
          }
          if (vs < e && endingAt(resolved, e) == null) {
            p = vs;
          }
        }
      } else {
        return new Slot(null, word, ws, '\0', false, progressive);
      }
    }
  }

  /** Start of a multi-word phrase of {@code phrases} ending at {@code end} on a word boundary, or -1. */
  private static int phraseBefore(String text, int from, int end, java.util.Set<String> phrases) {
    for (String ph : phrases) {
      int s = end - ph.length();
      if (ph.indexOf(' ') > 0 && s >= from && text.regionMatches(true, s, ph, 0, ph.length())
          && (s == 0 || !Character.isLetter(text.charAt(s - 1)))) {
        return s;
      }
    }
    return -1;
  }

  static Resolved endingAt(List<Resolved> resolved, int end) {
    for (Resolved r : resolved) {
      if (r.mention().end() == end) {
        return r;
      }
    }
    return null;
  }

  /** Whether a closing quotation mark stands right before the cue at {@code at}, past spaces and one comma ("…,” says", "…”, said"). */
  private static boolean quoteClosesBefore(String text, int from, int at) {
    int p = at;
    while (p > from && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == ',')) {
      p--;
    }
    return p > from && (text.charAt(p - 1) == '”' || text.charAt(p - 1) == '"');
  }

  /** ", with President Xi noting": "with" right after a comma opens an absolute clause. */
  private static boolean absoluteWith(String text, int start) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    if (e < 4 || !text.regionMatches(true, e - 4, "with", 0, 4)) {
      return false;
    }
    int p = e - 4;
    while (p > 0 && text.charAt(p - 1) == ' ') {
      p--;
    }
    return p == 0 || text.charAt(p - 1) == ',';
  }

  /** The agent of a passive cue: "was raised by President Biden"; none without "by". */
  private Resolved agent(String text, Cue cue, List<Resolved> resolved) {
    int p = cue.end();
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    if (!text.regionMatches(true, p, "by ", 0, 3)) {
      return null;
    }
    p += 3;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    for (Resolved r : resolved) {
      if (r.mention().start() == p) {
        return r;
      }
    }
    return null;
  }

  /**
   * The opening comma of a short aside that ends at {@code comma} ("Biden, in turn, noted"), or -1:
   * at most four words between two commas, not the last item of a list ("…, and the Republic of Korea,").
   */
  private static int aside(String text, int from, int comma) {
    int open = text.lastIndexOf(',', comma - 1);
    if (open < from || words(text, open + 1, comma) > 4) {
      return -1;
    }
    String aside = text.substring(open + 1, comma).strip().toLowerCase(Locale.ROOT);
    if (aside.isEmpty() || aside.startsWith("and ") || aside.startsWith("or ") || aside.startsWith("but ")) {
      return -1;
    }
    return open;
  }

  /** The reference right before an aside's opening comma, if it can be a subject. */
  Resolved beforeAside(String text, int from, int open, List<Resolved> resolved) {
    int p = open;
    while (p > from && text.charAt(p - 1) == ' ') {
      p--;
    }
    Resolved r = endingAt(resolved, p);
    return r == null || governed(text, r.mention().start()) || possessive(text, r.mention().end()) ? null : r;
  }

  /**
   * The subject a participle or coordinated verb shares: that of the verb cue before it in the
   * sentence, unless that is a state inside what a person or group in the main clause said; else the
   * main clause's subject.
   */
  private static Resolved shared(Resolved main, Resolved prevVerb, Cue cue) {
    Resolved m = main != null && main.mention().end() <= cue.start() ? main : null;
    if (prevVerb != null && (m == null || prevVerb.speaker().isPerson() || prevVerb.speaker().isGroup()
        || !m.speaker().isPerson() && !m.speaker().isGroup())) {
      return prevVerb;
    }
    return m;
  }

  /** "President Biden and President Xi reiterated": the subject right before the cue joined with its left conjunct. */
  private Resolved joinLeft(String text, Resolved r, List<Resolved> resolved) {
    if (!r.speaker().isPerson()) {
      return r;
    }
    for (Resolved l : resolved) {
      if (l.mention().end() < r.mention().start() && l.speaker().isPerson() && r.mention().start() - l.mention().end() <= 40
          && PersonGroups.PLACE_AND.matcher(text.substring(l.mention().end(), r.mention().start())).matches()
          && !governed(text, l.mention().start())) {
        return groups.both(text, l, r, resolved);
      }
      if (l.mention().end() < r.mention().start() && r.mention().start() - l.mention().end() <= PersonGroups.OFFICE_GAP
          && PersonGroups.conjunction(text.substring(l.mention().end(), r.mention().start()))
          && nothingBetween(text, l, r, resolved)) {
        if (l.speaker().isPerson() && !governed(text, l.mention().start())) {
          return coordinated(text, l, resolved);
        }
        // "Governor A of Ohio and Governor B of Maine said"
        Resolved owner = groups.ownerOf(text, l, resolved);
        if (owner != null) {
          return groups.both(text, owner, r, resolved);
        }
      }
    }
    return r;
  }

  /** Whether a dash stands right before the word at {@code at} ("… — and stressed"). */
  private static boolean dashBefore(String text, int from, int at) {
    int p = at;
    while (p > from && text.charAt(p - 1) == ' ') {
      p--;
    }
    return p > from && (text.charAt(p - 1) == '—' || text.charAt(p - 1) == '–');
  }

  /**
   * The main clause's subject: the first reference (not after a preposition, not a possessive) that
   * opens the sentence, or follows only an opening word ("And I met …") or an opening phrase and its
   * comma ("In response, Putin …"); a state only when it opens the sentence itself.
   */
  Resolved mainSubject(String text, Segment seg, List<Resolved> resolved) {
    java.util.Set<String> openers = classes.openers();
    for (Resolved r : resolved) {
      int s = r.mention().start();
      if (governed(text, s) || possessive(text, r.mention().end())) {
        continue;
      }
      String before = text.substring(seg.start(), s);
      int comma = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf('—'), before.lastIndexOf(';')));
      String lead = (comma >= 0 ? before.substring(comma + 1) : before).strip();
      boolean ok = lead.isEmpty() || lead.indexOf(' ') < 0 && openers.contains(lead.toLowerCase(Locale.ROOT));
      if (ok && comma >= 0) {
        String intro = before.substring(0, comma).strip();
        int sp = intro.indexOf(' ');
        String first = (sp < 0 ? intro : intro.substring(0, sp)).toLowerCase(Locale.ROOT);
        ok = openers.contains(first) && r.mention().kind() != SpeakerMention.Kind.STATE;
      }
      if (ok) {
        return coordinated(text, r, resolved);
      }
    }
    return null;
  }

  /**
   * The subject of the clause a verb cue ends: among speaker references within reach on its left and
   * after the previous cue, the leftmost one after the last comma that still leaves one ("President
   * Biden looked President Putin in the eye and told him" → Biden; "Sullivan said Biden told" → Biden);
   * else the nearest one.
   */
  private Resolved clauseSubject(String text, int pos, int from, List<Resolved> resolved, boolean noStates) {
    List<Resolved> cands = new ArrayList<>();
    for (Resolved r : resolved) {
      SpeakerMention m = r.mention();
      if (m.end() > pos) {
        break;
      }
      if (m.start() < from || noStates && m.kind() == SpeakerMention.Kind.STATE || governed(text, m.start()) || possessive(text, m.end())
          || words(text, m.end(), pos) > VERB_WINDOW || clauseBreak(text, m.end(), pos)) {
        continue;
      }
      cands.add(r);
    }
    if (cands.isEmpty()) {
      return null;
    }
    int comma = text.lastIndexOf(',', pos - 1);
    Resolved best = null;
    for (Resolved r : cands) {
      if (r.mention().start() > comma) {
        best = r;
        break;
      }
    }
    Resolved chosen = best != null ? best : cands.get(cands.size() - 1);
    return coordinated(text, chosen, resolved);
  }

  /** "President Biden and President Xi reiterated": two named persons joined by "and" speak together. */
  private Resolved coordinated(String text, Resolved first, List<Resolved> resolved) {
    if (!first.speaker().isPerson()) {
      return first;
    }
    for (Resolved r : resolved) {
      int gap = r.mention().start() - first.mention().end();
      if (gap > 0 && gap <= PersonGroups.OFFICE_GAP && r.speaker().isPerson() && !r.speaker().name().equals(first.speaker().name())
          && PersonGroups.conjunction(text.substring(first.mention().end(), r.mention().start()))
          && nothingBetween(text, first, r, resolved)) {
        return groups.both(text, first, r, resolved);
      }
    }
    return first;
  }

  private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("many", "some", "others", "everyone",
      "everybody");
  private static final java.util.regex.Pattern APPOSITIVE = java.util.regex.Pattern.compile(", [^,;:()“”\"]{2,85}");

  /**
   * Whether no other person's reference stands between two references; a state's may ("Russia's Foreign
   * Minister"), and so may words after a preposition inside an office's name ("Director of the Centers
   * for Storm Prediction").
   */
  private boolean nothingBetween(String text, Resolved l, Resolved r, List<Resolved> resolved) {
    for (Resolved x : resolved) {
      if (x.speaker().isPerson() && x.mention().start() >= l.mention().end() && x.mention().end() <= r.mention().start()
          && !governed(text, x.mention().start())) {
        return false;
      }
    }
    return true;
  }
  /**
   * "called"/"termed" name something only when a quote follows or "what" leads ("what he called
   * "provocations""); otherwise "Putin called Patriarch Kirill" is a telephone call. The "… as" cues
   * always name; the "… by" cues ("what he meant by") only a quote right after them.
   */
  boolean namingIntroducesWords(String text, Cue cue, List<Quote> quotes) {
    if (cue.text().toLowerCase(Locale.ROOT).endsWith(" as")) {
      return true;
    }
    if (cue.text().toLowerCase(Locale.ROOT).endsWith(" by")) {
      // "what he meant by “steady diplomacy”": the words are the quote right after the cue, never a bare "that"
      for (Quote q : quotes) {
        if (q.open() >= cue.end() && text.substring(cue.end(), q.open()).isBlank()) {
          return true;
        }
      }
      return false;
    }
    for (Quote q : quotes) {
      if (q.open() >= cue.end() && q.open() - cue.end() <= 40
          && text.substring(cue.end(), q.open()).chars().noneMatch(c -> c == '.' || c == ';' || c == ',')) {
        return true;
      }
      if (q.open() > cue.end() + 40) {
        break;
      }
    }
    int from = Math.max(0, cue.start() - 20);
    return text.substring(from, cue.start()).toLowerCase(Locale.ROOT).matches(".*\\bwhat\\s+\\S+\\s+$");
  }

  Resolved nearestLeft(String text, int pos, List<Resolved> resolved, int maxWords) {
    Resolved best = null;
    for (Resolved r : resolved) {
      SpeakerMention m = r.mention();
      if (m.end() > pos) {
        break;
      }
      if (governed(text, m.start()) || possessive(text, m.end()) || words(text, m.end(), pos) > maxWords
          || clauseBreak(text, m.end(), pos)) {
        continue;
      }
      best = r;
    }
    return best;
  }

  Resolved firstAfter(String text, Cue cue, List<Resolved> resolved) {
    for (Resolved r : resolved) {
      int s = r.mention().start();
      if (s >= cue.end()) {
        if (s - cue.end() > 60 || text.substring(cue.end(), s).matches(".*[,.;:].*")) {
          return null;
        }
        return r;
      }
    }
    return null;
  }

  /** Whether the word before {@code start} is a preposition (the mention is then not a subject). */
  boolean governed(String text, int start) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s < e && classes.prepositions().contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  static boolean possessive(String text, int end) {
    return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
        && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == ' ');
  }

  static boolean clauseBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ';' || c == ':' || c == '—' || c == '“' || c == '”' || c == '"') {
        return true;
      }
    }
    return false;
  }

  static int words(String text, int from, int to) {
    int n = 0;
    boolean in = false;
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter;
    }
    return n;
  }
}
