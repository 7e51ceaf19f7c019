package org.readout.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readout.actors.ActorDictionary;
import org.readout.actors.ActorStage;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Pipeline;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.model.Sides;
import org.readout.model.StatementMeta;

/**
 * Attributes quotes, reported speech and transcript turns to speakers.
 *
 * <p>How it reads a statement: turns are found on the text itself ({@link TurnFinder}); each
 * sentence is cut at turn labels into segments; speaker references (the actor stage's mentions, i.e.
 * the actor dictionary's canonical actors, plus the pronouns of {@link SpeakerLexicon}) are resolved
 * in reading order: he/she to the person the actor stage resolved them to, I/we to the turn speaker,
 * they to the last group subject of the turn; each cue
 * ({@link CueLexicon}) takes the speaker its kind points to and the rest of the clause as content;
 * quotes ({@link QuoteFinder}) take the speaker of the cue that introduces or follows them. The
 * {@code reportedBy} chain is, outermost first: the turn speaker (or, in a narrative readout, the
 * publisher's reporter such as {@code Kremlin}), then any enclosing cue's speaker.
 *
 * <p>Immutable and thread-safe: {@link #attribute} keeps all state in locals.
 */
public final class Attributor {
  private static final Set<String> PREPOSITIONS = Set.of("of", "with", "to", "by", "from", "for", "against", "on",
      "between", "about", "in", "at", "toward", "towards", "into", "than", "among", "over", "upon", "via", "like",
      "including", "under", "after", "before", "during", "told", "asked");
  /** Verbs whose addressee may stand between the cue and "that" ("told President Putin directly that"). */
  private static final Set<String> TELL = Set.of("told", "tells", "telling", "told him", "assured", "assures",
      "warned", "warns", "reminded", "informed", "promised", "promises");
  /** Words between a speaker and its verb cue, at most. */
  private static final int VERB_WINDOW = 12;

  private static volatile Attributor standard;

  private final SpeakerLexicon speakers;
  private final CueLexicon cues;
  private final ActorStage actorStage;
  private final DictionarySpeakers dictionary;
  private final TurnFinder turnFinder;

  /**
   * An attributor naming speakers from {@code actors}, the same dictionary the pipeline's actor stage
   * uses (its mentions are taken as they are; a statement analysed without that stage gets it here).
   */
  public Attributor(ActorDictionary actors, SpeakerLexicon speakers, CueLexicon cues) {
    this.speakers = speakers;
    this.cues = cues;
    this.actorStage = new ActorStage(actors);
    this.dictionary = new DictionarySpeakers(actors);
    this.turnFinder = new TurnFinder(speakers, dictionary);
  }

  /** The attributor over the bundled lexicons (built once). */
  public static Attributor standard() {
    Attributor a = standard;
    if (a == null) {
      synchronized (Attributor.class) {
        a = standard;
        if (a == null) {
          a = new Attributor(ActorDictionary.standard(), SpeakerLexicon.standard(), CueLexicon.standard());
          standard = a;
        }
      }
    }
    return a;
  }

  /**
   * The attributor naming speakers from the actor dictionary of {@code pipeline}'s actor stage (a user
   * dictionary given with {@code --actors}), over the bundled cue and pronoun lexicons; the standard
   * attributor when the pipeline has no actor stage or uses the bundled dictionary.
   */
  public static Attributor forPipeline(Pipeline pipeline) {
    for (AnalysisStage s : pipeline.stages()) {
      if (s instanceof ActorStage a && a.dictionary() != ActorDictionary.standard()) {
        return new Attributor(a.dictionary(), SpeakerLexicon.standard(), CueLexicon.standard());
      }
    }
    return standard();
  }

  private record Segment(int sentence, int start, int end, Turn turn) {
  }

  private record Resolved(SpeakerMention mention, Speaker speaker) {
  }

  /** Per-call mutable reading state. */
  private static final class Context {
    Turn turn;
    Speaker lastGroup;
    Attribution lastCue;
    int lastCueSegment = -10;
  }

  /**
   * All attributions in {@code doc}, sorted by offset (turns before what they contain). Speakers come
   * from {@code doc.mentions()}; a statement without mentions (analysed without the actor stage) is run
   * through this attributor's actor stage first.
   */
  public List<Attribution> attribute(AnalyzedStatement doc) {
    if (doc.mentions().isEmpty()) {
      doc = actorStage.process(doc);
    }
    String text = doc.text();
    StatementMeta meta = doc.meta();
    LocalDate date = meta.date();
    String own = Sides.actorOf(meta.side()).orElse(null);
    List<SpeakerMention> mentions = dictionary.merge(speakers.find(text), doc.mentions(), date);
    List<Turn> turns = turnFinder.find(text, mentions, date, own);
    List<Quote> quotes = QuoteFinder.find(text);
    Speaker group = groupSpeaker(mentions, date, own);
    Speaker reporter = turns.isEmpty() ? speakers.reporter(meta.publisher()) : null;
    List<Sentence> sentences = doc.sentences();
    List<Segment> segments = segments(text, sentences, turns);
    List<Attribution> out = new ArrayList<>();

    for (Turn t : turns) {
      if (t.end() > t.start()) {
        Speaker s = t.speaker();
        out.add(new Attribution(doc.id(), sentenceAt(sentences, t.start()), t.start(), t.end(), AttributionType.TURN,
            s.name(), s.id(), s.actor(), s.role(), t.label(), text.substring(t.start(), t.end()), List.of(), List.of(),
            t.label(), "turn-label"));
      }
    }

    Context ctx = new Context();
    int mi = 0;
    int qi = 0;
    for (int si = 0; si < segments.size(); si++) {
      Segment seg = segments.get(si);
      if (seg.turn() != ctx.turn) {
        ctx = new Context();
        ctx.turn = seg.turn();
      }
      while (mi < mentions.size() && mentions.get(mi).start() < seg.start()) {
        mi++;
      }
      List<Resolved> resolved = new ArrayList<>();
      for (int k = mi; k < mentions.size() && mentions.get(k).start() < seg.end(); k++) {
        SpeakerMention m = mentions.get(k);
        if (m.end() > seg.end() || inQuote(quotes, m.start())) {
          continue;
        }
        Speaker s = resolve(m, ctx, group);
        if (s != null) {
          resolved.add(new Resolved(m, s));
        }
      }
      Resolved subject = null;
      for (Resolved r : resolved) {
        if (!governed(text, r.mention().start()) && !possessive(text, r.mention().end())) {
          subject = r;
          break;
        }
      }
      if (subject != null && subject.mention().kind() == SpeakerMention.Kind.PRONOUN_FIRST) {
        subject = null;
      }
      if (subject != null && subject.speaker().isGroup()) {
        ctx.lastGroup = subject.speaker();
      }

      List<Attribution> segAttrs = new ArrayList<>();
      List<int[]> segSpans = new ArrayList<>();
      int prevCueEnd = seg.start();
      for (Cue cue : cues.find(text, seg.start(), seg.end())) {
        if (inQuote(quotes, cue.start())) {
          continue;
        }
        Resolved who = switch (cue.kind()) {
          case VERB -> verbSpeaker(text, cue, prevCueEnd, resolved, subject);
          case BEFORE -> firstAfter(text, cue, resolved);
          case NAMING -> namingIntroducesWords(text, cue, quotes) ? nearestLeft(text, cue.start(), resolved, 3) : null;
          };
        prevCueEnd = cue.end();
        if (who == null) {
          continue;
        }
        int[] span = contentSpan(text, seg, cue, who);
        if (span == null) {
          continue;
        }
        String role = who.speaker().role();
        if (cue.kind() == Cue.Kind.BEFORE) {
          String written = text.substring(cue.end(), who.mention().start()).strip();
          if (!written.isEmpty() && written.length() < 60 && !written.equalsIgnoreCase("the")) {
            role = written;
          }
        }
        List<Speaker> chain = chain(ctx.turn, reporter, who.speaker(), segAttrs, segSpans, cue.start());
        Attribution a = new Attribution(doc.id(), sentenceAt(sentences, span[0]), span[0], span[1],
            AttributionType.INDIRECT, who.speaker().name(), who.speaker().id(), who.speaker().actor(), role, cue.text(),
            text.substring(span[0], span[1]), chain.stream().map(Speaker::name).toList(),
            chain.stream().map(Speaker::id).toList(), who.mention().surface(),
            "cue-" + cue.kind().name().toLowerCase(Locale.ROOT));
        segAttrs.add(a);
        segSpans.add(new int[] {cue.start(), cue.end(), span[0], span[1]});
        // a naming cue that introduces a quote is reported as the direct quote only
        if (!(cue.kind() == Cue.Kind.NAMING && quoteAt(quotes, span[0] - 1) != null)) {
          out.add(a);
        }
      }

      while (qi < quotes.size() && quotes.get(qi).open() < seg.start()) {
        qi++;
      }
      for (int qk = qi; qk < quotes.size() && quotes.get(qk).open() < seg.end(); qk++) {
        Quote q = quotes.get(qk);
        if (!hasLetter(text, q.contentStart(), q.contentEnd())) {
          continue;
        }
        Attribution by = null;
        for (int k = 0; k < segAttrs.size(); k++) {
          int[] sp = segSpans.get(k);
          boolean introduces = sp[1] <= q.open() && (sp[2] <= q.open() + 1 && sp[3] >= q.open() || q.open() - sp[1] <= 3);
          boolean follows = sp[0] >= q.close() && sp[0] - q.close() <= 30;
          if (introduces || (by == null && follows)) {
            by = segAttrs.get(k);
          }
        }
        if (by == null && ctx.lastCue != null && si - ctx.lastCueSegment <= 2 && startsSegment(text, seg, q)) {
          by = ctx.lastCue;
        }
        if (by == null) {
          continue;
        }
        out.add(new Attribution(doc.id(), sentenceAt(sentences, q.contentStart()), q.contentStart(), q.contentEnd(),
            AttributionType.DIRECT, by.speaker(), by.speakerId(), by.speakerActor(), by.role(), by.cue(),
            text.substring(q.contentStart(), q.contentEnd()), by.reportedBy(), by.reportedByIds(), by.surface(),
            "quote+" + by.rule()));
      }
      if (!segAttrs.isEmpty()) {
        ctx.lastCue = segAttrs.get(0);
        ctx.lastCueSegment = si;
      }
    }
    out.sort(Comparator.comparingInt(Attribution::start).thenComparing(Attribution::type)
        .thenComparingInt(Attribution::end).thenComparing(Attribution::speaker));
    return List.copyOf(out);
  }

  private static Speaker resolve(SpeakerMention m, Context ctx, Speaker group) {
    return switch (m.kind()) {
      case NAMED, STATE, OWN_HEAD -> m.speaker();
      case GROUP -> group;
      case PRONOUN_FIRST -> ctx.turn == null ? null : ctx.turn.speaker();
      case PRONOUN_PLURAL -> ctx.lastGroup;
      // he / she: the person the actor stage resolved it to (see ActorStage, rule pronoun)
      case PRONOUN_SINGULAR -> m.speaker();
    };
  }

  private static Resolved verbSpeaker(String text, Cue cue, int prevCueEnd, List<Resolved> resolved, Resolved subject) {
    Resolved left = clauseSubject(text, cue.start(), prevCueEnd, resolved);
    if (left != null) {
      return left;
    }
    // inverted order after a quote: "..., said Putin." / "...,” said the President."
    int p = cue.start() - 1;
    while (p >= 0 && text.charAt(p) == ' ') {
      p--;
    }
    if (p >= 0 && ",”\"".indexOf(text.charAt(p)) >= 0) {
      for (Resolved r : resolved) {
        if (r.mention().start() >= cue.end() && r.mention().start() - cue.end() <= 4) {
          return r;
        }
      }
    }
    // a participle ("..., noting that") belongs to the clause subject
    if (subject != null && cue.text().toLowerCase(Locale.ROOT).endsWith("ing") && subject.mention().end() <= cue.start()) {
      return subject;
    }
    return null;
  }

  /**
   * The subject of the clause a verb cue ends: among speaker references within reach on its left and
   * after the previous cue, the leftmost one after the last comma that still leaves one ("President
   * Biden looked President Putin in the eye and told him" → Biden; "Sullivan said Biden told" → Biden);
   * else the nearest one.
   */
  private static Resolved clauseSubject(String text, int pos, int from, List<Resolved> resolved) {
    List<Resolved> cands = new ArrayList<>();
    for (Resolved r : resolved) {
      SpeakerMention m = r.mention();
      if (m.end() > pos) {
        break;
      }
      if (m.start() < from || governed(text, m.start()) || possessive(text, m.end())
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
  private static Resolved coordinated(String text, Resolved first, List<Resolved> resolved) {
    if (!first.speaker().isPerson()) {
      return first;
    }
    for (Resolved r : resolved) {
      int gap = r.mention().start() - first.mention().end();
      if (gap > 0 && gap <= 6 && r.speaker().isPerson() && !r.speaker().name().equals(first.speaker().name())
          && text.substring(first.mention().end(), r.mention().start()).strip().equals("and")) {
        String actor = first.speaker().actor().equals(r.speaker().actor()) ? first.speaker().actor() : "JOINT";
        Speaker both = new Speaker(first.speaker().name() + " and " + r.speaker().name(), "", actor, "", "group");
        SpeakerMention span = new SpeakerMention(first.mention().start(), r.mention().end(),
            text.substring(first.mention().start(), r.mention().end()), SpeakerMention.Kind.GROUP, both);
        return new Resolved(span, both);
      }
    }
    return first;
  }

  /**
   * "called"/"termed" name something only when a quote follows or "what" leads ("what he called
   * "provocations""); otherwise "Putin called Patriarch Kirill" is a telephone call. The "… as" cues
   * always name.
   */
  private static boolean namingIntroducesWords(String text, Cue cue, List<Quote> quotes) {
    if (cue.text().toLowerCase(Locale.ROOT).endsWith(" as")) {
      return true;
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

  private static Resolved nearestLeft(String text, int pos, List<Resolved> resolved, int maxWords) {
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

  private static Resolved firstAfter(String text, Cue cue, List<Resolved> resolved) {
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

  /** The content of a cue: the rest of the clause after it, or before the speaker for trailing cues. */
  private static int[] contentSpan(String text, Segment seg, Cue cue, Resolved who) {
    int s;
    int e = trimEnd(text, seg.start(), seg.end());
    if (cue.kind() == Cue.Kind.BEFORE) {
      int after = who.mention().end();
      int comma = text.indexOf(',', after);
      if (comma >= 0 && comma < e && comma - after <= 40) {
        s = comma + 1;
      } else if (cue.start() - seg.start() > 10) {
        s = seg.start();
        e = trimEnd(text, seg.start(), cue.start());
      } else {
        s = after;
      }
    } else if (cue.kind() == Cue.Kind.NAMING) {
      s = cue.end();
      int stop = s;
      while (stop < e && ",;.".indexOf(text.charAt(stop)) < 0) {
        stop++;
      }
      e = stop;
    } else {
      s = cue.end();
      int that = indexOfWord(text, "that", s, Math.min(e, s + 80));
      int between = that < 0 ? -1 : words(text, s, that);
      if (that >= 0 && (between <= 1 || between <= 4 && TELL.contains(cue.text().toLowerCase(Locale.ROOT)))) {
        s = that + 4;
      }
      if (words(text, s, e) < 2 && who.mention().start() > seg.start() + 10) {
        s = seg.start();
        e = trimEnd(text, seg.start(), Math.min(who.mention().start(), cue.start()));
      }
    }
    s = trimStart(text, s, e);
    e = trimEnd(text, s, e);
    return e - s >= 2 ? new int[] {s, e} : null;
  }

  /** Who reports {@code speaker}, outermost first: the turn speaker or reporter, then enclosing cues' speakers. */
  private static List<Speaker> chain(Turn turn, Speaker reporter, Speaker speaker, List<Attribution> enclosing,
                                     List<int[]> spans, int cueStart) {
    List<Speaker> chain = new ArrayList<>();
    if (turn != null) {
      chain.add(turn.speaker());
    } else if (reporter != null) {
      chain.add(reporter);
    }
    for (int k = 0; k < enclosing.size(); k++) {
      int[] sp = spans.get(k);
      Attribution e = enclosing.get(k);
      if (cueStart >= sp[2] && cueStart < sp[3] && chain.stream().noneMatch(c -> c.name().equals(e.speaker()))) {
        chain.add(new Speaker(e.speaker(), e.speakerId(), e.speakerActor(), e.role(), ""));
      }
    }
    chain.removeIf(c -> c.name().equals(speaker.name()));
    return chain;
  }

  /** "The two leaders": the own head of state and the other heads of state named in the statement. */
  private Speaker groupSpeaker(List<SpeakerMention> mentions, LocalDate date, String own) {
    List<String> names = new ArrayList<>();
    if (own != null) {
      dictionary.headOf(own, date).ifPresent(s -> names.add(s.name()));
    }
    for (SpeakerMention m : mentions) {
      Speaker s = m.speaker();
      if (m.kind() == SpeakerMention.Kind.NAMED && s != null && !names.contains(s.name()) && dictionary.isHead(s, date)) {
        names.add(s.name());
      }
    }
    String name = names.size() >= 2 ? String.join(" and ", names) : "both sides";
    return new Speaker(name, "", "JOINT", "", "group");
  }

  private static List<Segment> segments(String text, List<Sentence> sentences, List<Turn> turns) {
    List<Sentence> sents = sentences.isEmpty()
        ? List.of(new Sentence(0, 0, text.length(), text, List.of())) : sentences;
    List<Segment> out = new ArrayList<>();
    int ti = 0;
    for (Sentence s : sents) {
      int cur = s.start();
      while (ti < turns.size() && turns.get(ti).labelEnd() <= cur) {
        ti++;
      }
      for (int k = ti; k < turns.size() && turns.get(k).labelStart() < s.end(); k++) {
        Turn t = turns.get(k);
        if (t.labelEnd() <= cur) {
          continue;
        }
        add(text, s.index(), cur, t.labelStart(), turns, out);
        cur = Math.max(cur, t.labelEnd());
      }
      add(text, s.index(), cur, s.end(), turns, out);
    }
    return out;
  }

  private static void add(String text, int sentence, int start, int end, List<Turn> turns, List<Segment> out) {
    int s = trimStart(text, start, end);
    int e = end;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e <= s) {
      return;
    }
    // the last turn whose label ends at or before the segment (turns are sorted and do not overlap)
    Turn owner = null;
    int lo = 0;
    int hi = turns.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (turns.get(mid).labelEnd() <= s) {
        owner = turns.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (owner != null && s >= Math.max(owner.end(), owner.labelEnd() + 1)) {
      owner = null;
    }
    out.add(new Segment(sentence, s, e, owner));
  }

  /** Index of the sentence holding {@code offset} (the last sentence starting at or before it). */
  static int sentenceAt(List<Sentence> sentences, int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int best = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        best = sentences.get(mid).index();
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  private static boolean inQuote(List<Quote> quotes, int offset) {
    for (Quote q : quotes) {
      if (q.contains(offset)) {
        return true;
      }
      if (q.open() > offset) {
        break;
      }
    }
    return false;
  }

  private static Quote quoteAt(List<Quote> quotes, int open) {
    for (Quote q : quotes) {
      if (q.open() == open) {
        return q;
      }
    }
    return null;
  }

  private static boolean startsSegment(String text, Segment seg, Quote q) {
    return q.open() == seg.start();
  }

  private static boolean hasLetter(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word before {@code start} is a preposition (the mention is then not a subject). */
  private static boolean governed(String text, int start) {
    int e = start;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int s = e;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s < e && PREPOSITIONS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  private static boolean possessive(String text, int end) {
    return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
        && (text.charAt(end + 1) == 's' || text.charAt(end + 1) == ' ');
  }

  private static boolean clauseBreak(String text, int from, int to) {
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

  private static int indexOfWord(String text, String word, int from, int to) {
    for (int i = Math.max(0, from); i + word.length() <= to; i++) {
      if (text.regionMatches(i, word, 0, word.length())
          && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (i + word.length() >= text.length() || !Character.isLetter(text.charAt(i + word.length())))) {
        return i;
      }
    }
    return -1;
  }

  private static int trimStart(String text, int s, int e) {
    while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == ',')) {
      s++;
    }
    return s;
  }

  private static int trimEnd(String text, int s, int e) {
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ".,;:!?".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }
}
