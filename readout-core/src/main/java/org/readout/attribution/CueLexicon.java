package org.readout.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readout.internal.YamlData;

/**
 * Reported-speech cues from {@code cues.yaml} and the closed word classes that locate a cue's subject
 * (questioner labels are {@link SpeakerLexicon}'s). Immutable and thread-safe.
 */
public final class CueLexicon {
  /** {@code cues.yaml} as written. */
  record Data(List<String> verbs, List<String> before, List<String> naming, List<String> firstPerson,
              List<String> thirdMale, List<String> thirdFemale, List<String> thirdPlural,
              List<String> adverbs, List<String> auxiliaries, List<String> gerundPrepositions, List<String> beForms,
              List<String> notAdverbs, List<String> contractions, List<String> otherPronouns, List<String> relatives,
              List<String> openers, List<String> prepositions, List<String> tellVerbs, List<String> negations,
              List<String> timeLeads, List<String> timeWords, List<String> degrees,
              List<String> appositiveOpeners, List<String> groupNouns, List<String> pronounBefore,
              List<String> pluralVerbs, List<String> quoteVerbs, List<String> descriptionDeterminers,
              List<String> descriptionStops, List<String> descriptionVerbs, List<String> stanceVerbs,
              List<String> ownVoiceVerbs, List<String> ownVoiceSubjects, List<String> determiners) {
    static Data bundled() {
      return YamlData.resource(CueLexicon.class, "cues.yaml", Data.class);
    }
  }

  /** One matcher over every cue (one scan per segment); the kind of each comes from {@link #kinds}. */
  private final PhraseMatcher all;
  private final Map<String, Cue.Kind> kinds = new HashMap<>();
  private final SubjectWords subjectWords;
  private final Set<String> tellVerbs;
  private final Set<String> pluralVerbs;
  private final Set<String> ownVoiceVerbs;
  private final Set<String> ownVoiceSubjects;
  private final Set<String> determiners;
  private final Set<String> quoteVerbs;
  private final Set<String> negations;
  private final Set<String> stanceVerbs;
  private final Set<String> timeLeads;
  private final Set<String> timeWords;

  private CueLexicon(Data d) {
    // on a phrase listed under two kinds the first listed kind wins: naming, then before, then verb
    for (String p : nz(d.naming())) {
      kinds.putIfAbsent(p.toLowerCase(Locale.ROOT), Cue.Kind.NAMING);
    }
    for (String p : nz(d.pronounBefore())) {
      kinds.putIfAbsent(p.toLowerCase(Locale.ROOT), Cue.Kind.PRONOUN);
    }
    for (String p : nz(d.before())) {
      kinds.putIfAbsent(p.toLowerCase(Locale.ROOT), Cue.Kind.BEFORE);
    }
    for (String p : nz(d.verbs())) {
      kinds.putIfAbsent(p.toLowerCase(Locale.ROOT), Cue.Kind.VERB);
    }
    for (String p : nz(d.pluralVerbs())) {
      kinds.putIfAbsent(p.toLowerCase(Locale.ROOT), Cue.Kind.VERB);
    }
    stanceVerbs = lower(d.stanceVerbs());
    pluralVerbs = lower(d.pluralVerbs());
    ownVoiceVerbs = lower(d.ownVoiceVerbs());
    ownVoiceSubjects = lower(d.ownVoiceSubjects());
    determiners = lower(d.determiners());
    for (String p : nz(d.quoteVerbs())) {
      kinds.putIfAbsent(p.toLowerCase(Locale.ROOT), Cue.Kind.VERB);
    }
    quoteVerbs = lower(d.quoteVerbs());
    // a degree word inside a multi-word verb cue keeps it a cue ("made very clear", "made it quite clear")
    for (String p : nz(d.verbs())) {
      int last = p.lastIndexOf(' ');
      if (last > 0) {
        for (String deg : nz(d.degrees())) {
          String v = (p.substring(0, last) + " " + deg + p.substring(last)).toLowerCase(Locale.ROOT);
          kinds.putIfAbsent(v, Cue.Kind.VERB);
        }
      }
    }
    all = new PhraseMatcher(kinds.keySet(), true);
    subjectWords = new SubjectWords(lower(d.adverbs()), lower(d.auxiliaries()), lower(d.beForms()),
        lower(d.otherPronouns()), lower(d.relatives()), lower(d.openers()), lower(d.notAdverbs()),
        lower(d.contractions()), lower(d.gerundPrepositions()), lower(d.prepositions()),
        lower(d.appositiveOpeners()), lower(d.groupNouns()), lower(d.descriptionDeterminers()),
        lower(d.descriptionStops()), lower(d.descriptionVerbs()), lower(d.timeWords()));
    tellVerbs = lower(d.tellVerbs());
    negations = lower(d.negations());
    timeLeads = lower(d.timeLeads());
    timeWords = lower(d.timeWords());
  }

  /**
   * Whether {@code cue} reports speech only beside a direct quote ({@code quoteVerbs}: "“…,” Jane Roe
   * continued.", "Jane Roe wrote, “…”"); elsewhere it is an ordinary verb ("continued the inspection").
   */
  boolean quoteOnly(String cue) {
    return quoteVerbs.contains(cue.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code cue} is a plural-present verb ({@code pluralVerbs}) or talk about the talk itself
   * ({@code ownVoiceVerbs}: "what we're talking about"): a third party's words only, never I/we's.
   */
  boolean thirdPartyOnly(String cue) {
    String c = cue.toLowerCase(Locale.ROOT);
    return pluralVerbs.contains(c) || ownVoiceVerbs.contains(c);
  }

  /**
   * Whether {@code cue} is talk about the talk itself ({@code ownVoiceVerbs}: "what we're talking about", "if you're
   * talking about X", "the one everybody is talking about"): with the addressed "you" or a generic "everybody"
   * ({@code ownVoiceSubjects}) as subject it reports no one's words (with I or we, see {@link #thirdPartyOnly}).
   */
  boolean ownVoice(String cue, String subject) {
    return ownVoiceVerbs.contains(cue.toLowerCase(Locale.ROOT)) && ownVoiceSubjects.contains(subject.toLowerCase(Locale.ROOT));
  }

  /**
   * "What do you think …?", "does he believe …?", "to think boldly", "when you think about costs": a base-form verb of
   * belief asked about, in an infinitive, or with a generic "you".
   */
  private static final java.util.regex.Pattern ASKED_OR_INFINITIVE = java.util.regex.Pattern.compile(
      "(?i)(?:\\b(?:do|does|did)\\s+(?!not\\b|never\\b)[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+)?\\s+|\\bto\\s+|\\byou\\s+)$");

  /**
   * Whether a base-form verb of belief ({@code stanceVerbs}: "think", "believe") at {@code cue} asks about a
   * belief, names one in an infinitive or with a generic "you" rather than reporting it ("What do you think of …?",
   * "do your partners believe …", "the freedom to think boldly", "when you think about costs"): no attribution.
   */
  boolean beliefNotReported(String text, int from, Cue cue) {
    String c = cue.text().toLowerCase(Locale.ROOT);
    if (!stanceVerbs.contains(c) || !pluralVerbs.contains(c)) {
      return false;
    }
    return ASKED_OR_INFINITIVE.matcher(text.substring(Math.max(from, cue.start() - 60), cue.start())).find();
  }

  /**
   * Whether the verb cue at {@code cueStart} is negated: a negation ({@code negations}: "not", "never",
   * a word in n't) among the three words before it, within its clause ("I didn't say", "he never told me").
   */
  boolean negated(String text, int from, int cueStart) {
    int ce = cueStart;
    while (ce < text.length() && Character.isLetter(text.charAt(ce))) {
      ce++;
    }
    if (stanceVerbs.contains(text.substring(cueStart, ce).toLowerCase(Locale.ROOT))) {
      // "he doesn't think that …": a belief denied is still a stance reported, not words reported as not said
      return false;
    }
    int p = cueStart;
    for (int k = 0; k < 3; k++) {
      while (p > from && text.charAt(p - 1) == ' ') {
        p--;
      }
      int e = p;
      while (p > from && (Character.isLetter(text.charAt(p - 1)) || text.charAt(p - 1) == '’'
          || text.charAt(p - 1) == '\'')) {
        p--;
      }
      if (p == e) {
        return false;
      }
      String w = text.substring(p, e).toLowerCase(Locale.ROOT);
      if (negations.contains(w) || w.endsWith("n't") || w.endsWith("n’t")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offset after a time expression opening {@code [s, e)} ("on Tuesday", "last week", "earlier
   * today": a lead word of {@code timeLeads}, then words of {@code timeWords}), else {@code s}.
   */
  int afterTime(String text, int s, int e) {
    int p = s;
    int words = 0;
    boolean time = false;
    while (p < e && words < 4) {
      int we = p;
      while (we < e && Character.isLetter(text.charAt(we))) {
        we++;
      }
      if (we == p) {
        break;
      }
      String w = text.substring(p, we).toLowerCase(Locale.ROOT);
      if (timeWords.contains(w)) {
        time = true;
      } else if (time || !timeLeads.contains(w)) {
        break;
      }
      words++;
      p = we;
      while (p < e && (text.charAt(p) == ' ' || text.charAt(p) == ',')) {
        p++;
      }
      if (time && (p >= e || !Character.isLetter(text.charAt(p)) || !timeWords.contains(nextWord(text, p, e)))) {
        return p;
      }
    }
    return s;
  }

  private static String nextWord(String text, int p, int e) {
    int we = p;
    while (we < e && Character.isLetter(text.charAt(we))) {
      we++;
    }
    return text.substring(p, we).toLowerCase(Locale.ROOT);
  }

  /** The cues of the bundled {@code cues.yaml} (called when an engine is assembled, {@code ReadoutConfig.defaults()}). */
  public static CueLexicon bundled() {
    return new CueLexicon(Data.bundled());
  }

  private static List<String> nz(List<String> l) {
    return l == null ? List.of() : l;
  }

  private static Set<String> lower(List<String> list) {
    Set<String> out = new HashSet<>();
    for (String s : nz(list)) {
      out.add(s.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** The words that tell where a verb cue's subject stands (cues.yaml: adverbs … prepositions). */
  SubjectWords subjectWords() {
    return subjectWords;
  }

  /** Whether {@code word} (lowercase) opens an appositive after a name ("Jane Roe, a spokeswoman, said"). */
  boolean appositiveOpener(String word) {
    return subjectWords.appositiveOpeners().contains(word);
  }

  /** Whether a verb cue may take its addressee before "that" ("told President Putin directly that"). */
  boolean tells(String cue) {
    return tellVerbs.contains(cue.toLowerCase(Locale.ROOT));
  }

  /** Cues inside {@code [from, to)} of {@code text}, in text order, leftmost-longest and non-overlapping. */
  public List<Cue> find(String text, int from, int to) {
    List<Cue> out = new ArrayList<>();
    for (PhraseMatcher.Match m : all.findAll(text, from, to)) {
      Cue.Kind kind = kinds.get(m.phrase());
      if (kind == Cue.Kind.VERB && afterDeterminer(text, from, m.start())) {
        // "his promise to", "a proposed rule", "the added protection": a noun or an adjective, not a verb
        continue;
      }
      out.add(new Cue(m.start(), m.end(), text.substring(m.start(), m.end()), kind));
    }
    return out;
  }

  /** Whether the word right before {@code start} (past spaces and line breaks, within the range) is a determiner. */
  private boolean afterDeterminer(String text, int from, int start) {
    int e = start;
    while (e > from && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\u00a0')) {
      e--;
    }
    int s = e;
    while (s > from && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    if (s == e || s > from && (Character.isLetterOrDigit(text.charAt(s - 1)) || text.charAt(s - 1) == '’'
        || text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '-')) {
      return false;
    }
    return determiners.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }
}
