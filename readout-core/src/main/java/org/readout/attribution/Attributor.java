package org.readout.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.readout.actors.ActorDictionary;
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
 *
 * <p>Who "the two leaders" are is {@link GroupSpeaker}'s; which person a he/she the dictionary resolved stands for
 * when a nearer unlisted person was introduced is {@link NearerNamed}'s. A further seam, if this class grows again,
 * is the speaker resolution after a cue ({@code resolve}, {@code pronounSpeaker}, {@code theyOf}, {@code chain}).
 */
public final class Attributor {
  private final SpeakerLexicon speakers;
  private final CueLexicon cues;
  private final DictionarySpeakers dictionary;
  private final TurnFinder turnFinder;
  private final SubjectFinder subjects;
  private final QuoteLayouts layouts;
  private final ContentSpans content;

  /**
   * An attributor naming speakers from {@code actors}, the same dictionary the pipeline's actor stage
   * resolved the statement's mentions with (a user's dictionary, given with {@code --actors}, reaches
   * both).
   */
  public Attributor(ActorDictionary actors, SpeakerLexicon speakers, CueLexicon cues) {
    this.speakers = Objects.requireNonNull(speakers, "speakers");
    this.cues = Objects.requireNonNull(cues, "cues");
    this.dictionary = new DictionarySpeakers(Objects.requireNonNull(actors, "actors"));
    this.turnFinder = new TurnFinder(speakers, dictionary);
    this.subjects = new SubjectFinder(cues.subjectWords());
    this.layouts = new QuoteLayouts(subjects, cues);
    this.content = new ContentSpans(cues);
  }

  /** The dictionary's references with the people it does not hold ({@link NameFinder}) added, in text order. */
  private List<SpeakerMention> withNames(String text, List<SpeakerMention> known) {
    List<SpeakerMention> orgs = speakers.organisations().find(text, known);
    List<SpeakerMention> names = new ArrayList<>(speakers.names().find(text, known));
    names.addAll(orgs);
    if (names.isEmpty()) {
      return known;
    }
    List<SpeakerMention> all = new ArrayList<>(known.size() + names.size());
    // a state named inside an organisation's name is part of that name, not a speaker of its own
    all.addAll(orgs.isEmpty() ? known : known.stream()
        .filter(k -> orgs.stream().noneMatch(o -> o.start() <= k.start() && k.end() <= o.end())).toList());
    all.addAll(names);
    all.sort(Comparator.comparingInt(SpeakerMention::start));
    return all;
  }

  /** The mentions with "the Governor"-like references to people named with that title added ({@link RoleReferences}). */
  private List<SpeakerMention> withRoles(String text, String title, List<SpeakerMention> mentions) {
    List<SpeakerMention> titled = title == null || title.isBlank() ? List.of() : speakers.names().find(title, List.of());
    List<SpeakerMention> roles = speakers.roles().find(text, mentions, titled);
    if (roles.isEmpty()) {
      return mentions;
    }
    List<SpeakerMention> all = new ArrayList<>(mentions);
    all.addAll(roles);
    all.sort(Comparator.comparingInt(SpeakerMention::start));
    return all;
  }

  /** Whether a turn's words can be a party's: not a journalist's question, not a moderator's line. */
  private boolean speaksForAParty(Turn t) {
    return !"questioner".equals(t.speaker().kind()) && !speakers.isModerator(t.label());
  }

  /** "According to her": the person last named as a speaker, standing at the cue itself. */
  private static Resolved pronounSpeaker(Cue cue, Context ctx) {
    Speaker p = ctx.recentPerson(cue.start());
    return p == null ? null
        : new Resolved(new SpeakerMention(cue.start(), cue.end(), cue.text(), SpeakerMention.Kind.PRONOUN_SINGULAR, p), p);
  }

  /** Whether what a naming cue names is its speaker's own name ("X, referred to as X"): a ground rule, not speech. */
  private static boolean namesItself(String named, Speaker who) {
    String n = named.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "");
    String w = who.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "");
    return !w.isEmpty() && n.contains(w);
  }

  /** "as they say": a saying, nobody's words. */
  private static boolean idiom(String text, Resolved who, Cue cue) {
    int s = who.mention().start();
    return who.mention().kind() == SpeakerMention.Kind.PRONOUN_PLURAL && cue.text().equalsIgnoreCase("say")
        && s >= 3 && text.regionMatches(true, s - 3, "as ", 0, 3);
  }

  /** Whether a denied cue ("never said") introduces {@code q} or follows it closely. */
  private static boolean near(List<int[]> cues, Quote q) {
    for (int[] c : cues) {
      if (c[1] <= q.open() && q.open() - c[1] <= 12 || c[0] >= q.close() && c[0] - q.close() <= 30) {
        return true;
      }
    }
    return false;
  }

  /** Per-call mutable reading state. */
  private static final class Context {
    Turn turn;
    Speaker lastGroup;
    Attribution lastCue;
    int lastCueSegment = -10;
    /** The last person named as a speaker, for he/she the actor stage left unresolved. */
    /** Whom "you" addresses in this turn: the speaker of the turn before it by someone else. */
    Speaker addressee;
    Speaker lastPerson;
    int lastPersonAt = -1;
    int sentence;
    /** Where a "they" of this segment may look back for the group it stands for: the previous segment of the turn. */
    int window = -1;
    int segmentStart = -1;

    void person(Resolved r, int sentenceIndex) {
      SpeakerMention.Kind k = r.mention().kind();
      if (r.speaker().isPerson() && (k == SpeakerMention.Kind.NAMED || k == SpeakerMention.Kind.OWN_HEAD)) {
        lastPerson = r.speaker();
        lastPersonAt = sentenceIndex;
      }
    }

    Speaker recentPerson(int offset) {
      return lastPerson != null && sentence - lastPersonAt <= PRONOUN_SENTENCES ? lastPerson : null;
    }

    /** The person last named in this turn (any role but its speaker's), if in this sentence or the one before. */
    Speaker lastNamed;
    int lastNamedAt = -10;

    Speaker recentNamed() {
      return lastNamed != null && sentence - lastNamedAt <= 1 ? lastNamed : null;
    }
  }

  /** How many sentences back an unresolved he/she may look for the last named speaker. */
  private static final int PRONOUN_SENTENCES = 3;

  /**
   * All attributions in {@code doc}, sorted by offset (turns before what they contain). Speakers come
   * from the statement's actor mentions (the {@code mentions} layer), never from a second matching.
   */
  public List<Attribution> attribute(AnalyzedStatement doc) {
    String text = doc.text();
    StatementMeta meta = doc.meta();
    LocalDate date = meta.date();
    String own = Sides.actorOf(meta.side()).orElse(null);
    List<SpeakerMention> mentions = NearerNamed.apply(text, withRoles(text, meta.title(),
        withNames(text, dictionary.merge(speakers.find(text), doc.mentions(), date))));
    List<Turn> turns = turnFinder.find(text, mentions, date, own);
    List<Quote> quotes = QuoteFinder.find(text);
    Speaker group = GroupSpeaker.of(dictionary, mentions, meta.title(), date, own,
        doc.sentences().isEmpty() ? 0 : doc.sentences().get(0).end());
    Speaker reporter = turns.isEmpty() ? speakers.reporter(meta.publisher()) : null;
    List<Sentence> sentences = doc.sentences();
    List<Segment> segments = Segment.of(text, sentences, turns);
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
    java.util.Set<Quote> denied = new java.util.HashSet<>();
    List<QuoteLayouts.CueSpan> cueSpans = new ArrayList<>();
    List<Attribution> carried = new ArrayList<>();
    int mi = 0;
    int qi = 0;
    for (int si = 0; si < segments.size(); si++) {
      Segment seg = segments.get(si);
      if (seg.turn() != ctx.turn) {
        ctx = new Context();
        ctx.turn = seg.turn();
        ctx.addressee = Addressee.of(turns, ctx.turn);
      }
      ctx.sentence = seg.sentence();
      ctx.window = ctx.segmentStart >= 0 ? ctx.segmentStart : seg.start();
      ctx.segmentStart = seg.start();
      while (mi < mentions.size() && mentions.get(mi).start() < seg.start()) {
        mi++;
      }
      if (seg.turn() != null && !speaksForAParty(seg.turn())) {
        // a journalist's question or a moderator's line: what it quotes or reports is nobody's quote
        for (Quote q : quotes) {
          if (q.open() >= seg.start() && q.open() < seg.end()) {
            denied.add(q);
          }
        }
        continue;
      }
      List<Resolved> resolved = new ArrayList<>();
      for (int k = mi; k < mentions.size() && mentions.get(k).start() < seg.end(); k++) {
        SpeakerMention m = mentions.get(k);
        if (m.end() > seg.end() || inQuote(quotes, m.start())) {
          continue;
        }
        Speaker s = resolve(text, m, ctx, group, date);
        if (s != null) {
          resolved.add(new Resolved(m, s));
        }
      }
      if (ctx.addressee != null) {
        Addressee.add(text, seg, ctx.addressee, quotes, resolved);
      }
      Resolved subject = null;
      for (Resolved r : resolved) {
        if (!subjects.governed(text, r.mention().start()) && !SubjectFinder.possessive(text, r.mention().end())) {
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
      if (subject != null) {
        ctx.person(subject, seg.sentence());
      }

      Resolved main = subjects.mainSubject(text, seg, resolved);
      List<Attribution> segAttrs = new ArrayList<>();
      List<int[]> segSpans = new ArrayList<>();
      List<int[]> deniedCues = new ArrayList<>();
      int prevCueEnd = seg.start();
      Resolved prevVerb = null;
      for (Cue cue : cues.find(text, seg.start(), seg.end())) {
        if (inQuote(quotes, cue.start())) {
          continue;
        }
        if (cues.quoteOnly(cue.text()) && !(QuoteLed.before(text, seg, cue, quotes) != null && subjectRightBefore(text, cue, resolved))
            && !QuoteLed.trailsAQuote(text, seg, cue, quotes)
            && quoteOpeningAfter(text, cue.end(), seg.end(), quotes) == null) {
          // "continued the inspection", "wrote a letter", "looks forward to continued talks": without a quote
          // it trails right after its subject or opens, the verb reports nothing
          continue;
        }
        if (cue.kind() == Cue.Kind.VERB && cues.beliefNotReported(text, seg.start(), cue)) {
          // "What do you think of …?": a belief asked about is nobody's stance
          prevCueEnd = cue.end();
          continue;
        }
        if (cue.kind() == Cue.Kind.VERB && cues.negated(text, seg.start(), cue.start())) {
          // "I never said, 'X'": words reported as not said are nobody's quote
          deniedCues.add(new int[] {cue.start(), cue.end()});
          prevCueEnd = cue.end();
          continue;
        }
        Resolved who = switch (cue.kind()) {
          case VERB -> subjects.verbSpeaker(text, seg, cue, prevCueEnd, resolved, main, prevVerb);
          case BEFORE -> subjects.firstAfter(text, cue, resolved);
          case NAMING -> subjects.namingIntroducesWords(text, cue, quotes)
              ? subjects.nearestLeft(text, cue.start(), resolved, 3) : null;
          case PRONOUN -> pronounSpeaker(cue, ctx);
        };
        prevCueEnd = cue.end();
        if (who == null || Addressee.generic(text, who, cue) || idiom(text, who, cue)
            || cues.thirdPartyOnly(cue.text()) && who.mention().kind() == SpeakerMention.Kind.PRONOUN_FIRST
            || cues.ownVoice(cue.text(), who.mention().surface())) {
          continue;
        }
        if (cue.kind() == Cue.Kind.VERB) {
          prevVerb = who;
        }
        ctx.person(who, seg.sentence());
        if ((who.mention().kind() == SpeakerMention.Kind.GROUP || who.mention().kind() == SpeakerMention.Kind.PRONOUN_PLURAL)
            && who.speaker().isGroup() && who.speaker().id().isEmpty() && who.speaker().actor().isEmpty()) {
          // "Officials said …. They added …": an unnamed group that spoke is what "they" refers to next
          ctx.lastGroup = who.speaker();
        }
        // "“…,” Jane Roe, a spokeswoman, said.": the quote before the cue is what it reports, as a direct quote only
        Quote led = cue.kind() == Cue.Kind.VERB ? QuoteLed.before(text, seg, cue, quotes,
            who.mention().start() >= cue.end() ? who.mention().end() : cue.end()) : null;
        if (led == null && NounPhraseSubjects.described(who)) {
          // an unnamed speaker described around a cue that trails a quote speaks that quote only
          continue;
        }
        int[] span = led != null ? new int[] {led.contentStart(), led.contentEnd()} : content.of(text, seg, cue, who);
        if (span == null || cue.kind() == Cue.Kind.NAMING && namesItself(text.substring(span[0], span[1]), who.speaker())) {
          // "[senior administration official], who will be referred to as a “senior administration official”"
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
        if (cue.kind() == Cue.Kind.VERB) {
          cueSpans.add(new QuoteLayouts.CueSpan(a, cue.start(), cue.end()));
        }
        // a naming cue that introduces a quote, and a verb that reports only beside one ("wrote, “…”"), are
        // reported as the direct quote only
        if (led == null && !(cue.kind() == Cue.Kind.NAMING && quoteAt(quotes, span[0] - 1) != null)
            && !cues.quoteOnly(cue.text()) && !ContentSpans.announces(text, seg, cue, who)) {
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
        if (near(deniedCues, q)) {
          denied.add(q);
          continue;
        }
        Attribution by = null;
        for (int k = 0; k < segAttrs.size(); k++) {
          int[] sp = segSpans.get(k);
          boolean introduces = sp[1] <= q.open() && (sp[2] <= q.open() + 1 && sp[3] >= q.open() || q.open() - sp[1] <= 3);
          boolean follows = sp[0] >= q.close() && (sp[0] - q.close() <= 60 || sp[2] == q.contentStart());
          if (introduces || (by == null && follows)) {
            by = segAttrs.get(k);
          }
        }
        boolean fallback = false;
        if (by == null && ctx.lastCue != null && si - ctx.lastCueSegment <= 2 && startsSegment(text, seg, q)
            && QuoteLayouts.dashLine(text, q) < 0) {
          by = ctx.lastCue;
          fallback = true;
        }
        if (by == null) {
          continue;
        }
        (fallback ? carried : out).add(new Attribution(doc.id(), sentenceAt(sentences, q.contentStart()), q.contentStart(), q.contentEnd(),
            AttributionType.DIRECT, by.speaker(), by.speakerId(), by.speakerActor(), by.role(), by.cue(),
            text.substring(q.contentStart(), q.contentEnd()), by.reportedBy(), by.reportedByIds(), by.surface(),
            "quote+" + by.rule()));
      }
      if (!segAttrs.isEmpty()) {
        ctx.lastCue = segAttrs.get(0);
        ctx.lastCueSegment = si;
      }
    }
    // a quote carried over from the cue before it ("Jane Roe said: … “…”") unless a cue after it, in its own
    // paragraph, names its speaker ("“… . …,” says a resident.")
    for (Attribution a : carried) {
      Quote q = quoteAt(quotes, a.start() - 1);
      if (q == null || QuoteLayouts.followingCue(text, cueSpans, q) == null) {
        out.add(a);
      }
    }
    out.addAll(layouts.attribute(doc.id(), text, sentences, quotes, denied, out, cueSpans, mentions, turns,
        reporter));
    out.addAll(inQuotes(doc.id(), text, sentences, out, mentions));
    out.sort(Comparator.comparingInt(Attribution::start).thenComparing(Attribution::type)
        .thenComparingInt(Attribution::end).thenComparing(Attribution::speaker));
    return List.copyOf(out);
  }

  /**
   * Speech a quote reports ("“Just as the President told the nation: prices are falling …” — Jane Roe"):
   * verb cues inside a direct quote whose subject is a third party named there (not the quote's own
   * speaker, not I/we), reported by the quote's speaker (chain: the quote's chain, then its speaker).
   */
  private List<Attribution> inQuotes(String id, String text, List<Sentence> sentences, List<Attribution> found,
                                     List<SpeakerMention> mentions) {
    List<Attribution> out = new ArrayList<>();
    for (Attribution q : found) {
      if (q.type() != AttributionType.DIRECT) {
        continue;
      }
      for (Sentence s : sentences) {
        int from = Math.max(q.start(), s.start());
        int to = Math.min(q.end(), s.end());
        if (from >= to) {
          continue;
        }
        Segment seg = new Segment(s.index(), from, to, null);
        List<Resolved> resolved = new ArrayList<>();
        for (SpeakerMention m : mentions) {
          if (m.start() < from || m.end() > to || m.speaker() == null) {
            continue;
          }
          SpeakerMention.Kind k = m.kind();
          if ((k == SpeakerMention.Kind.NAMED || k == SpeakerMention.Kind.STATE || k == SpeakerMention.Kind.OWN_HEAD
              || k == SpeakerMention.Kind.PRONOUN_SINGULAR) && !m.speaker().name().equals(q.speaker())) {
            resolved.add(new Resolved(m, m.speaker()));
          }
        }
        if (resolved.isEmpty()) {
          continue;
        }
        Resolved main = subjects.mainSubject(text, seg, resolved);
        int prevCueEnd = from;
        Resolved prevVerb = null;
        for (Cue cue : cues.find(text, from, to)) {
          if (cue.kind() != Cue.Kind.VERB || cues.negated(text, from, cue.start()) || cues.quoteOnly(cue.text())
              || cues.beliefNotReported(text, from, cue)) {
            prevCueEnd = cue.end();
            continue;
          }
          Resolved who = subjects.verbSpeaker(text, seg, cue, prevCueEnd, resolved, main, prevVerb);
          prevCueEnd = cue.end();
          if (who == null || Addressee.generic(text, who, cue) || who.speaker().name().equals(q.speaker())) {
            continue;
          }
          prevVerb = who;
          List<String> chain = new ArrayList<>(q.reportedBy());
          chain.add(q.speaker());
          List<String> chainIds = new ArrayList<>(q.reportedByIds());
          chainIds.add(q.speakerId());
          Speaker sp = who.speaker();
          // "He told me, ‘We are ready,’ …": a single-quoted stretch the cue opens is that speaker's direct quote
          Quote nested = QuoteFinder.nestedAfter(text, cue.end(), q.end());
          if (nested != null) {
            out.add(new Attribution(id, sentenceAt(sentences, nested.contentStart()), nested.contentStart(),
                nested.contentEnd(), AttributionType.DIRECT, sp.name(), sp.id(), sp.actor(), sp.role(), cue.text(),
                text.substring(nested.contentStart(), nested.contentEnd()), chain, chainIds,
                who.mention().surface(), "nested-quote+cue-verb-in-quote"));
            continue;
          }
          int[] span = content.of(text, seg, cue, who);
          if (span == null) {
            continue;
          }
          out.add(new Attribution(id, sentenceAt(sentences, span[0]), span[0], span[1], AttributionType.INDIRECT,
              sp.name(), sp.id(), sp.actor(), sp.role(), cue.text(), text.substring(span[0], span[1]), chain, chainIds,
              who.mention().surface(), "cue-verb-in-quote"));
        }
      }
    }
    return out;
  }

  private Speaker resolve(String text, SpeakerMention m, Context ctx, Speaker group, LocalDate date) {
    if (m.kind() == SpeakerMention.Kind.NAMED && ctx.turn != null && m.speaker() != null && m.speaker().isPerson()
        && !ctx.turn.speaker().name().equals(m.speaker().name())) {
      ctx.lastNamed = m.speaker();
      ctx.lastNamedAt = ctx.sentence;
    }
    return switch (m.kind()) {
      case NAMED, STATE, OWN_HEAD -> m.speaker();
      case GROUP -> group;
      // "we" in an official's turn is the official's government
      case PRONOUN_FIRST -> ctx.turn == null ? null : m.surface().equalsIgnoreCase("we")
          ? dictionary.government(ctx.turn.speaker(), date) : ctx.turn.speaker();
      // they: an unnamed group written before it in its own segment ("I asked the researchers and they said …"),
      // else the last group subject, else such a group in the segment before
      case PRONOUN_PLURAL -> theyOf(text, m, ctx);
      // he / she: the person the actor stage resolved it to (see ActorStage, rule pronoun)
      // (a person the dictionary does not hold, or the turn's own speaker, who says "I"): the last person
      // named as a speaker in the same turn or, in narrative text, within the last few sentences
      // (in a turn, failing both, the person named last in this sentence or the one before, whatever his role:
      // "a question from Jane Roe. He said that …" in an editor's note)
      case PRONOUN_SINGULAR -> m.speaker() != null && (ctx.turn == null || !ctx.turn.speaker().name().equals(m.speaker().name()))
          ? m.speaker() : ctx.recentPerson(m.start()) != null ? ctx.recentPerson(m.start()) : ctx.recentNamed();
    };
  }


  private Speaker theyOf(String text, SpeakerMention m, Context ctx) {
    Speaker near = subjects.groupBefore(text, ctx.segmentStart, m.start());
    if (near != null) {
      return near;
    }
    return ctx.lastGroup != null ? ctx.lastGroup : subjects.groupBefore(text, ctx.window, m.start());
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

  /** Whether a speaker reference ends right before the cue, past spaces only ("“…,” Jane Roe continued."). */
  private static boolean subjectRightBefore(String text, Cue cue, List<Resolved> resolved) {
    int p = cue.start();
    while (p > 0 && text.charAt(p - 1) == ' ') {
      p--;
    }
    return SubjectFinder.endingAt(resolved, p) != null;
  }

  /** The quote opening right after a cue, past spaces and one comma or colon ("wrote, “…”", "went on: “…”"), or null. */
  private static Quote quoteOpeningAfter(String text, int from, int end, List<Quote> quotes) {
    int p = from;
    while (p < end && text.charAt(p) == ' ') {
      p++;
    }
    if (p < end && (text.charAt(p) == ',' || text.charAt(p) == ':')) {
      p++;
    }
    while (p < end && text.charAt(p) == ' ') {
      p++;
    }
    return p < end ? quoteAt(quotes, p) : null;
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
}
