package org.readout.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readout.model.Sentence;

/**
 * Speakers of the quotes no cue in their own sentence introduces, from how quotes are laid out:
 * <ul>
 *   <li>a cue after a quote of several sentences ("“… . …,” said Jane Roe.");</li>
 *   <li>a label before the quote, as in round-ups and White House bullet lists ("Ohio Senator Jane Roe:
 *       “…”", a label line alone above the quote); a label that names no speaker ("On tariffs: “…”",
 *       "January 19, 2025: “…”") takes the speaker of the lead-in above the list ("Jane Roe on Sunday
 *       Morning", "Jane Roe made the promise twenty times:");</li>
 *   <li>a quote that continues the same speaker's words: later in the paragraph of an attributed quote
 *       with no other speaker named between, or opening the next paragraph.</li>
 * </ul>
 * Quotes in a journalist's question or a moderator's line, and quotes reported as not said, are
 * never attributed ({@code denied}). Immutable and thread-safe.
 */
final class QuoteLayouts {
  /** Longest label before a quote, in words. */
  private static final int MAX_LABEL_WORDS = 24;
  private static final Set<String> TOPIC_LEADS = Set.of("on", "about", "regarding", "re", "in", "at", "to", "for");

  private final SubjectFinder subjects;
  private final CueLexicon cues;

  QuoteLayouts(SubjectFinder subjects, CueLexicon cues) {
    this.subjects = subjects;
    this.cues = cues;
  }

  /** A cue attribution with the offsets of its cue. */
  record CueSpan(Attribution attribution, int cueStart, int cueEnd) {
  }

  /** Direct attributions for the quotes of {@code quotes} that {@code done} leaves unattributed. */
  List<Attribution> attribute(String id, String text, List<Sentence> sentences, List<Quote> quotes, Set<Quote> denied,
                              List<Attribution> done, List<CueSpan> cues, List<SpeakerMention> mentions,
                              List<Turn> turns, Speaker reporter) {
    List<Attribution> out = new ArrayList<>();
    Attribution previous = null;
    boolean transcript = !notTranscript(turns);
    for (Quote q : quotes) {
      if (denied.contains(q) || !hasLetter(text, q.contentStart(), q.contentEnd())) {
        continue;
      }
      Attribution existing = directAt(done, q.contentStart());
      if (existing != null) {
        previous = existing;
        continue;
      }
      // outside a transcript a name label is a quote's label, not a turn
      Turn turn = transcript ? turnAt(turns, q.open()) : null;
      Speaker who = null;
      Attribution like = null;
      String rule = null;
      String surface = "";
      CueSpan after = followingCue(text, cues, q);
      if (after != null) {
        like = after.attribution();
        rule = "quote+" + like.rule();
      }
      if (like == null && turn == null) {
        SpeakerMention label = labelSpeaker(text, q, mentions);
        if (label == null) {
          label = leadInVerbSpeaker(text, q, mentions);
        }
        Speaker body = label == null ? bodyLabel(text, q) : null;
        SpeakerMention dashed = label == null && body == null ? dashSpeaker(text, q, mentions) : null;
        if (label != null) {
          who = label.speaker();
          surface = label.surface();
          rule = "quote+label";
        } else if (body != null) {
          who = body;
          surface = body.name();
          rule = "quote+label";
        } else if (dashed != null) {
          who = dashed.speaker();
          surface = dashed.surface();
          rule = "quote+dash";
        } else if (isLabelled(text, q) || startsParagraph(text, q)) {
          SpeakerMention lead = leadSpeaker(text, paragraphStart(text, q.open()), quotes, mentions);
          if (lead != null) {
            who = lead.speaker();
            surface = lead.surface();
            rule = "quote+lead-in";
          }
        }
      }
      if (like == null && who == null && previous != null && continues(text, previous, q, mentions)) {
        like = previous;
        rule = "quote+continued";
      }
      Attribution a;
      if (like != null) {
        a = new Attribution(id, Attributor.sentenceAt(sentences, q.contentStart()), q.contentStart(), q.contentEnd(),
            AttributionType.DIRECT, like.speaker(), like.speakerId(), like.speakerActor(), like.role(), like.cue(),
            text.substring(q.contentStart(), q.contentEnd()), like.reportedBy(), like.reportedByIds(), like.surface(),
            rule.startsWith("quote+quote+") ? rule.substring(6) : rule);
      } else if (who != null) {
        List<Speaker> chain = new ArrayList<>();
        Speaker outer = turn != null ? turn.speaker() : reporter;
        if (outer != null && !outer.name().equals(who.name())) {
          chain.add(outer);
        }
        a = new Attribution(id, Attributor.sentenceAt(sentences, q.contentStart()), q.contentStart(), q.contentEnd(),
            AttributionType.DIRECT, who.name(), who.id(), who.actor(), who.role(), "",
            text.substring(q.contentStart(), q.contentEnd()), chain.stream().map(Speaker::name).toList(),
            chain.stream().map(Speaker::id).toList(), surface, rule);
      } else {
        continue;
      }
      out.add(a);
      previous = a;
    }
    return out;
  }

  /** A round-up of quotes, not a transcript: no questioner turn. */
  private static boolean notTranscript(List<Turn> turns) {
    return turns.stream().noneMatch(t -> "questioner".equals(t.speaker().kind()));
  }

  private static Attribution directAt(List<Attribution> done, int start) {
    for (Attribution a : done) {
      if (a.type() == AttributionType.DIRECT && a.start() == start) {
        return a;
      }
    }
    return null;
  }

  private static Turn turnAt(List<Turn> turns, int offset) {
    for (Turn t : turns) {
      if (t.labelStart() <= offset && offset < Math.max(t.end(), t.labelEnd())) {
        return t;
      }
    }
    return null;
  }

  /** A cue whose speaker follows the quote's close in the same paragraph ("…,” said Jane Roe."). */
  static CueSpan followingCue(String text, List<CueSpan> cues, Quote q) {
    for (CueSpan c : cues) {
      if (c.cueStart() < q.close() || c.cueStart() - q.close() > 60) {
        continue;
      }
      String between = text.substring(q.close(), c.cueStart());
      if (between.indexOf('\n') < 0 && !between.matches(".*(?:\\p{Ll}[.!?;]|[!?;“”\"]).*")) {
        return c;
      }
    }
    return null;
  }

  /**
   * The speaker a label before the quote names ("Ohio Senator Jane Roe, Chair of X: “…”"): the first
   * speaker reference in the label, standing at its start (after title words only), with the label
   * running from a line start to a colon right before the quote (or alone on the line above it).
   */
  private SpeakerMention labelSpeaker(String text, Quote q, List<SpeakerMention> mentions) {
    int colon = labelColon(text, q);
    if (colon < 0) {
      return null;
    }
    int ls = paragraphStart(text, colon);
    String label = text.substring(ls, colon).strip();
    if (label.isEmpty() || SubjectFinder.words(text, ls, colon) > MAX_LABEL_WORDS) {
      return null;
    }
    if (topicLabel(label)) {
      return null;
    }
    // the name ends the label's first part ("Ohio Senator Jane Roe, Chair of X:", "shrimp farmer Jane Roe:")
    int comma = text.indexOf(',', ls);
    int head = comma >= 0 && comma < colon ? comma : colon;
    List<SpeakerMention> named = namedIn(text, mentions, ls, head);
    SpeakerMention best = named.isEmpty() ? null : named.get(named.size() - 1);
    for (SpeakerMention m : mentions) {
      // a name that ends the label ("Dealer Inc., CEO Jane Roe:") wins over the first part, unless it ends an
      // office's or a body's name ("Jane Roe, President, Center for Trade and Labor Studies:")
      if (m.start() >= ls && m.end() <= colon && text.substring(m.end(), colon).isBlank() && m.speaker() != null
          && m.speaker().isPerson() && !subjects.governed(text, m.start())
          && !(best != null && NameFinder.afterConnector(text, m.start()))
          && !(best != null && best != m && best.speaker().isPerson() && bareSegment(text, ls, m))) {
        return m;
      }
    }
    return best;
  }

  /**
   * Whether {@code m} names a body after the person and her title, with no title of its own: alone in its
   * comma-separated part of a label ("Jane Roe, Executive Director, Harbor Coalition:") or after the title's
   * preposition ("Jane Roe, Director of Policy at The River Trust:"), unlike a person named with a title
   * ("Harbor Dealers Inc., CEO Jane Roe:").
   */
  private static boolean bareSegment(String text, int labelStart, SpeakerMention m) {
    if (!m.speaker().role().isBlank()) {
      return false;
    }
    int comma = text.lastIndexOf(',', m.start() - 1);
    String before = text.substring(Math.max(labelStart, comma + 1), m.start()).strip()
        .replaceFirst("(?:^|\\s)(?:[Tt]he)$", "").strip();
    // "…, Director of Policy at The River Trust:": the body is the object of the title's preposition
    return comma >= labelStart && before.isEmpty() || before.matches("(?s).*\\b(?:at|of|for|with|from|in)$");
  }

  /**
   * The speaker a dash line after the quote names, as under an epigraph or a blockquote ("“…”\n— Press
   * Secretary Jane Roe", "“…” – Jane Roe, mayor of X"): the dash follows the quote's close after at most
   * one blank line, and the speaker is the person named on the dash's line before any comma (else the
   * first speaker named there).
   */
  private SpeakerMention dashSpeaker(String text, Quote q, List<SpeakerMention> mentions) {
    int p = dashLine(text, q);
    if (p < 0) {
      return null;
    }
    int lineEnd = text.indexOf('\n', p);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    int comma = text.indexOf(',', p);
    int head = comma >= 0 && comma < lineEnd ? comma : lineEnd;
    if (head - p > 120 || text.substring(p, head).isBlank()) {
      return null;
    }
    List<SpeakerMention> named = namedIn(text, mentions, p, head);
    SpeakerMention person = null;
    for (SpeakerMention m : named) {
      if (m.speaker().isPerson()) {
        person = m;
      }
    }
    return person != null ? person : named.isEmpty() ? null : named.get(0);
  }

  /**
   * The mentions starting in [from, to) that can name a speaker: resolved, not a pronoun, not governed by
   * another subject, not a possessive ("Jane Roe's").
   */
  private List<SpeakerMention> namedIn(String text, List<SpeakerMention> mentions, int from, int to) {
    List<SpeakerMention> out = new ArrayList<>();
    for (SpeakerMention m : mentions) {
      if (m.start() < from) {
        continue;
      }
      if (m.start() >= to) {
        break;
      }
      if (m.speaker() == null || m.kind() == SpeakerMention.Kind.PRONOUN_FIRST
          || m.kind() == SpeakerMention.Kind.PRONOUN_PLURAL || m.kind() == SpeakerMention.Kind.PRONOUN_SINGULAR
          || subjects.governed(text, m.start()) || SubjectFinder.possessive(text, m.end())) {
        continue;
      }
      out.add(m);
    }
    return out;
  }

  /** Where the words after a dash line under {@code q} start ("“…”\n— Jane Roe"), or -1 when none follows. */
  static int dashLine(String text, Quote q) {
    int p = q.close();
    int breaks = 0;
    while (p < text.length() && (Character.isWhitespace(text.charAt(p)) || text.charAt(p) == '*')) {
      if (text.charAt(p) == '\n' && ++breaks > 2) {
        return -1;
      }
      p++;
    }
    // a hyphen only on the quote's own line: one opening a line is a list item's bullet
    if (p >= text.length() || "—–―".indexOf(text.charAt(p)) < 0
        && (breaks > 0 || !text.startsWith("-- ", p) && !text.startsWith("- ", p))) {
      return -1;
    }
    while (p < text.length() && (text.charAt(p) == '-' || "—–―".indexOf(text.charAt(p)) >= 0)) {
      p++;
    }
    while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\u00a0')) {
      p++;
    }
    return p < text.length() && Character.isUpperCase(text.charAt(p)) ? p : -1;
  }

  /**
   * The subject of a lead-in clause whose verb cue ends right at the colon before the quote ("Meanwhile, The
   * Harbor Times reports:", "Jane Roe wrote:"): the last speaker named in the clause before its verb.
   */
  private SpeakerMention leadInVerbSpeaker(String text, Quote q, List<SpeakerMention> mentions) {
    int colon = labelColon(text, q);
    if (colon < 0) {
      return null;
    }
    int ls = paragraphStart(text, colon);
    for (Cue c : cues.find(text, ls, colon)) {
      if (c.kind() == Cue.Kind.VERB && text.substring(c.end(), colon).isBlank()) {
        List<SpeakerMention> named = namedIn(text, mentions, ls, c.start());
        SpeakerMention last = named.isEmpty() ? null : named.get(named.size() - 1);
        return last != null && text.substring(last.end(), c.start()).isBlank() ? last : null;
      }
    }
    return null;
  }

  /**
   * A label that names a body and no person ("Congressional Caucus of X: “…”"): up to eight words, the
   * first capitalised, no digits (not a date), not a topic label. The label as written is the speaker.
   */
  private Speaker bodyLabel(String text, Quote q) {
    int colon = labelColon(text, q);
    if (colon < 0) {
      return null;
    }
    // "Meanwhile, The Harbor Times reports:": a lead-in clause whose verb ends it, not a body's name
    for (Cue c : cues.find(text, paragraphStart(text, colon), colon)) {
      if (c.kind() == Cue.Kind.VERB && text.substring(c.end(), colon).isBlank()) {
        return null;
      }
    }
    int ls = paragraphStart(text, colon);
    String label = text.substring(ls, colon).strip();
    if (label.isEmpty() || !Character.isUpperCase(label.charAt(0)) || topicLabel(label)
        || SubjectFinder.words(text, ls, colon) > 8 || label.chars().anyMatch(Character::isDigit)
        || label.chars().filter(Character::isUpperCase).count() < 2) {
      return null;
    }
    return new Speaker(label, "", "", "", "institution");
  }

  /** "On tariffs:", "About the economy:": a label naming a topic, not a speaker. */
  static boolean topicLabel(String label) {
    String first = label.strip().split("[\\s,]+", 2)[0].toLowerCase(Locale.ROOT);
    return TOPIC_LEADS.contains(first);
  }

  /** The colon of a label right before {@code q} (same line, or ending the line above), or -1. */
  private static int labelColon(String text, Quote q) {
    int p = q.open();
    while (p > 0 && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\n' || text.charAt(p - 1) == '\u00a0')) {
      p--;
    }
    if (p == 0 || text.charAt(p - 1) != ':') {
      return -1;
    }
    String gap = text.substring(p, q.open());
    return gap.chars().filter(c -> c == '\n').count() > 2 ? -1 : p - 1;
  }

  private static boolean isLabelled(String text, Quote q) {
    int colon = labelColon(text, q);
    return colon >= 0 && SubjectFinder.words(text, paragraphStart(text, colon), colon) <= MAX_LABEL_WORDS;
  }

  private static boolean startsParagraph(String text, Quote q) {
    return paragraphStart(text, q.open()) == q.open();
  }

  /**
   * The speaker of the lead-in above a list of quotes: going up over paragraphs that are quotes or
   * label + quote, the first other paragraph, if it ends in a colon or is a heading (no closing
   * punctuation), names its subject at its start ("Jane Roe on Sunday Morning", "Jane Roe made the
   * promise twenty times:"); a lead-in colon line without a subject looks one paragraph further up.
   */
  private SpeakerMention leadSpeaker(String text, int para, List<Quote> quotes, List<SpeakerMention> mentions) {
    int p = para;
    int prose = 0;
    while (p > 0 && prose < 2) {
      int end = p;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end == 0) {
        return null;
      }
      int start = paragraphStart(text, end - 1);
      p = start;
      String body = text.substring(start, end);
      if (isQuoteParagraph(text, start, end, quotes)) {
        continue;
      }
      prose++;
      char last = body.charAt(body.length() - 1);
      boolean heading = ".!?”\"".indexOf(last) < 0;
      SpeakerMention s = openingSubject(text, start, end, mentions);
      if (s != null && (heading || last == ':' || prose == 2)) {
        return s;
      }
      if (!heading && last != ':') {
        return null;
      }
    }
    return null;
  }

  /** Whether a paragraph is a quote or a label followed by a quote. */
  private static boolean isQuoteParagraph(String text, int start, int end, List<Quote> quotes) {
    for (Quote q : quotes) {
      if (q.open() >= start && q.open() < end) {
        String before = text.substring(start, q.open()).strip();
        return before.isEmpty() || before.endsWith(":") && SubjectFinder.words(text, start, q.open()) <= MAX_LABEL_WORDS;
      }
      if (q.open() >= end) {
        break;
      }
    }
    return false;
  }

  /** The person (or group) reference opening a paragraph, after title or adjective words only. */
  private SpeakerMention openingSubject(String text, int start, int end, List<SpeakerMention> mentions) {
    for (SpeakerMention m : mentions) {
      if (m.start() < start) {
        continue;
      }
      if (m.start() >= end) {
        break;
      }
      if (m.speaker() == null || subjects.governed(text, m.start()) || SubjectFinder.possessive(text, m.end())) {
        return null;
      }
      String before = text.substring(start, m.start()).strip();
      if (!before.isEmpty() && !before.matches("(?:\\p{Lu}[\\p{L}.’'-]*\\s*)(?:(?:\\p{Lu}[\\p{L}.’'-]*|of|the|for|and)\\s*)*")) {
        return null;
      }
      Speaker s = m.speaker();
      return s.isPerson() || s.isGroup() ? m : null;
    }
    return null;
  }

  /**
   * Whether {@code q} continues {@code previous}'s words: it follows in the same paragraph with no
   * speaker named between, or opens the next paragraph after a paragraph that ended with it.
   */
  private static boolean continues(String text, Attribution previous, Quote q, List<SpeakerMention> mentions) {
    if (!previous.rule().startsWith("quote")) {
      return false;
    }
    int from = previous.end();
    if (from > q.open()) {
      return false;
    }
    String between = text.substring(from, q.open());
    int breaks = (int) between.chars().filter(c -> c == '\n').count();
    if (breaks > 0) {
      // the next paragraph, opening with the quote, after a paragraph whose last words were the quote's
      String tail = between.substring(0, between.indexOf('\n'));
      return breaks <= 2 && between.endsWith("\n") && tail.length() < 80
          && !hasLetterNamed(mentions, from, q.open());
    }
    return !hasLetterNamed(mentions, from, q.open());
  }

  private static boolean hasLetterNamed(List<SpeakerMention> mentions, int from, int to) {
    for (SpeakerMention m : mentions) {
      if (m.start() >= from && m.start() < to && m.speaker() != null
          && m.kind() != SpeakerMention.Kind.PRONOUN_SINGULAR) {
        return true;
      }
    }
    return false;
  }

  static int paragraphStart(String text, int offset) {
    int nl = text.lastIndexOf('\n', Math.max(0, offset - 1));
    return nl < 0 ? 0 : nl + 1;
  }

  private static boolean hasLetter(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
