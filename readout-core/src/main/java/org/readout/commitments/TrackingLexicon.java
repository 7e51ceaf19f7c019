package org.readout.commitments;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.readout.ReadoutException;
import org.readout.internal.YamlData;

/**
 * What {@link Tracker} and {@link CommitmentPairs} compare commitments with ({@code tracking.yaml}):
 * status cues by class, back-reference words, and the stopwords left out of content-word stems.
 * Immutable and thread-safe.
 */
public final class TrackingLexicon {
  private static final String RESOURCE = "tracking.yaml";
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  /** Endings of nouns and adjectives, never of a verb opening an action. */
  private static final Pattern NOMINAL = Pattern.compile("(?:ive|ion|ions|ity|ment|ments|al|ance|ence|ship)$");

  /** {@code tracking.yaml} as written. */
  record Data(List<StatusSpec> statuses, @JsonProperty("back-references") String backReferences,
              @JsonProperty("follow-ups") List<CueSpec> followUps, Map<String, List<String>> concepts,
              @JsonProperty("window-days") Integer windowDays,
              @JsonProperty("follow-up-window-days") Integer followUpWindowDays,
              @JsonProperty("max-suggestions") Integer maxSuggestions,
              @JsonProperty("near-term") String nearTerm, @JsonProperty("near-term-days") Integer nearTermDays,
              @JsonProperty("document-types") List<String> documentTypes, List<String> stopwords,
              List<String> common, List<ActSpec> acts, @JsonProperty("chain-verbs") List<String> chainVerbs,
              @JsonProperty("verb-skip") List<String> verbSkip, @JsonProperty("object-ends") String objectEnds,
              @JsonProperty("light-objects") List<String> lightObjects,
              @JsonProperty("open-ends") List<String> openEnds, String ongoing,
              @JsonProperty("not-events") String notEvents,
              @JsonProperty("document-words") List<String> documentWords,
              @JsonProperty("meeting-nouns") List<String> meetingNouns, String ordinals,
              @JsonProperty("name-skip") List<String> nameSkip,
              @JsonProperty("precise-follow-up-days") Integer preciseFollowUpDays,
              @JsonProperty("activity-events") String activityEvents,
              @JsonProperty("generic-meeting-nouns") List<String> genericMeetingNouns,
              @JsonProperty("host-titles") List<String> hostTitles, @JsonProperty("host-skip") List<String> hostSkip) {
  }

  /** One kind of act ({@code acts}): the verbs (prefixes) that name it and the cues (ids or statuses) that report on it. */
  record ActSpec(String id, List<String> verbs, List<String> cues, String events) {
  }

  /** A kind of act, as read: verb prefixes and the cue ids or status ids that can report on it. */
  record Act(String id, List<String> verbs, Set<String> cues, Pattern events) {
    /** True when {@code c} can report on this kind of act. */
    boolean reports(Cue c) {
      return cues.contains(c.id()) || cues.contains(c.status().id());
    }
  }

  record StatusSpec(String status, List<CueSpec> cues) {
  }

  record CueSpec(String id, String pattern) {
  }

  /** One status cue; classes are tried in file order, so the first listed class wins. */
  record Cue(String id, Status status, Pattern pattern) {
  }

  final List<Cue> cues;
  /**
   * All status cues as one pattern (and all follow-up cues as another): one pass over a sentence tells
   * whether any occurs, before the cues are tried one by one (most sentences hold none).
   */
  final Pattern anyCue;
  private final Pattern anyFollowUp;
  /** Words that refer back to an agreement ("as agreed", "the commitment", "reached during"). */
  final Pattern backReference;
  /** Follow-up language ("the agreement reached during the December call", "as agreed"); may be empty. */
  final List<Cue> followUps;
  /** Stem to the concept groups it belongs to. */
  private final Map<String, Set<String>> concepts;
  /** Days after a commitment within which later statements are read for it. */
  final int windowDays;
  /** Days after a commitment within which follow-up language links to it without shared words. */
  final int followUpWindowDays;
  /** The most suggestions one commitment gets (its best-scored, one per later statement). */
  final int maxSuggestions;
  /** A commitment scheduled for the near term ({@code near-term}); never matches when absent. */
  private final Pattern nearTerm;
  /** Days after a near-term commitment within which a report need not name its month and year. */
  final int nearTermDays;
  /** Words of a document's kind ({@code document-types}: memorandum, executive, order …), no proper names. */
  private final Set<String> documentTypes;
  private final Set<String> stopwords;
  /** Kinds of act, in file order ({@code acts}); empty: every cue reports on every act. */
  final List<Act> acts;
  private final List<String> chainVerbs;
  private final Set<String> verbSkip;
  /** Where an action's object ends ({@code object-ends}); never matches when absent. */
  private final Pattern objectEnd;
  /** Stems of nouns that name an activity about the next noun phrase ({@code light-objects}). */
  private final Set<String> lightObjects;
  /** Common words left out of the stems the tracker matches ({@code common}). */
  private final Set<String> common;
  /** Words no action ends with unless it was cut short ({@code open-ends}: to, the, of …). */
  private final Set<String> openEnds;

  /** Precision gate ({@link Precision}): an ongoing action, a stance that is no event, document words, meeting kinds, ordinals. */
  final Pattern ongoing;
  final Pattern notEvents;
  final Set<String> documentWords;
  final Set<String> meetingNouns;
  /** Meeting nouns that name no kind of meeting ({@code generic-meeting-nouns}: "the fifth meeting of the Council"). */
  final Set<String> genericMeetingNouns;
  final Pattern ordinals;
  final Set<String> nameSkip;
  /** Titles of a host, longest first ({@code host-titles}), and capitalised words that name no host ({@code host-skip}). */
  final List<String> hostTitles;
  final Set<String> hostSkip;
  final Pattern activityEvents;
  final int preciseFollowUpDays;

  private TrackingLexicon(Data d) {
    List<Cue> cs = new ArrayList<>();
    for (StatusSpec s : d.statuses()) {
      Status st = Status.parse(String.valueOf(s.status()))
          .orElseThrow(() -> new ReadoutException(RESOURCE + ": unknown status " + s.status()));
      for (CueSpec c : s.cues()) {
        cs.add(new Cue(c.id(), st, compile(c.pattern(), c.id(), Pattern.CASE_INSENSITIVE)));
      }
    }
    this.cues = List.copyOf(cs);
    this.backReference = compile(d.backReferences(), "back-references", Pattern.CASE_INSENSITIVE);
    List<Cue> fs = new ArrayList<>();
    for (CueSpec c : d.followUps() == null ? List.<CueSpec>of() : d.followUps()) {
      fs.add(new Cue(c.id(), Status.IN_PROGRESS, compile(c.pattern(), c.id(), Pattern.CASE_INSENSITIVE)));
    }
    this.followUps = List.copyOf(fs);
    this.anyCue = any(cues);
    this.anyFollowUp = any(followUps);
    Map<String, Set<String>> cs2 = new HashMap<>();
    if (d.concepts() != null) {
      d.concepts().forEach((name, stems) -> {
        for (String st : stems) {
          cs2.computeIfAbsent(st.toLowerCase(Locale.ROOT), x -> new HashSet<>()).add(name);
        }
      });
    }
    this.concepts = Map.copyOf(cs2);
    this.windowDays = positive(d.windowDays(), 365, "window-days");
    this.followUpWindowDays = positive(d.followUpWindowDays(), 120, "follow-up-window-days");
    this.maxSuggestions = positive(d.maxSuggestions(), 3, "max-suggestions");
    this.nearTerm = d.nearTerm() == null ? Pattern.compile("(?!)") : compile(d.nearTerm(), "near-term", Pattern.CASE_INSENSITIVE);
    this.nearTermDays = positive(d.nearTermDays(), 21, "near-term-days");
    Set<String> docs = new HashSet<>();
    for (String w : d.documentTypes() == null ? List.<String>of() : d.documentTypes()) {
      docs.add(w.toLowerCase(Locale.ROOT));
    }
    this.documentTypes = Set.copyOf(docs);
    Set<String> stop = new HashSet<>();
    for (String w : d.stopwords()) {
      stop.add(w.toLowerCase(Locale.ROOT));
    }
    this.stopwords = Set.copyOf(stop);
    Set<String> com = new HashSet<>();
    for (String w : d.common() == null ? List.<String>of() : d.common()) {
      com.add(w.toLowerCase(Locale.ROOT));
    }
    this.common = Set.copyOf(com);
    List<Act> as = new ArrayList<>();
    for (ActSpec a : d.acts() == null ? List.<ActSpec>of() : d.acts()) {
      if (a.verbs() == null || a.cues() == null || a.verbs().isEmpty() || a.cues().isEmpty()) {
        throw new ReadoutException(RESOURCE + ": act " + a.id() + " needs verbs and cues");
      }
      as.add(new Act(a.id(), List.copyOf(a.verbs()), Set.copyOf(a.cues()),
          a.events() == null ? null : compile(a.events(), "acts." + a.id() + ".events", Pattern.CASE_INSENSITIVE)));
    }
    this.acts = List.copyOf(as);
    this.chainVerbs = d.chainVerbs() == null ? List.of() : List.copyOf(d.chainVerbs());
    this.verbSkip = d.verbSkip() == null ? Set.of() : Set.copyOf(d.verbSkip());
    this.lightObjects = d.lightObjects() == null ? Set.of() : Set.copyOf(d.lightObjects());
    this.openEnds = d.openEnds() == null ? Set.of() : Set.copyOf(d.openEnds());
    Pattern never = Pattern.compile("(?!)");
    this.ongoing = d.ongoing() == null ? never : compile(d.ongoing(), "ongoing", Pattern.CASE_INSENSITIVE);
    this.notEvents = d.notEvents() == null ? never : compile(d.notEvents(), "not-events", Pattern.CASE_INSENSITIVE);
    this.ordinals = d.ordinals() == null ? never : compile(d.ordinals(), "ordinals", Pattern.CASE_INSENSITIVE);
    this.documentWords = lower(d.documentWords());
    this.meetingNouns = lower(d.meetingNouns());
    this.genericMeetingNouns = lower(d.genericMeetingNouns());
    this.nameSkip = lower(d.nameSkip());
    this.hostTitles = d.hostTitles() == null ? List.of() : lower(d.hostTitles()).stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(t -> t)).toList();
    this.hostSkip = lower(d.hostSkip());
    this.activityEvents = d.activityEvents() == null ? never
        : compile(d.activityEvents(), "activity-events", Pattern.CASE_INSENSITIVE);
    this.preciseFollowUpDays = positive(d.preciseFollowUpDays(), 60, "precise-follow-up-days");
    this.objectEnd = d.objectEnds() == null ? Pattern.compile("(?!)")
        : compile(d.objectEnds(), "object-ends", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * The kind of act {@code action} names ({@code acts} in tracking.yaml), from its verb: the first word
   * that is not in {@code verb-skip} nor an adverb in -ly; a chain verb ("instruct", "task", "plan": {@code
   * chain-verbs}) hands over to the verb after its "to" ("instruct their ministers to hold consultations":
   * hold). Null when the verb names no kind of act ("support", "strengthen", no verb at all).
   */
  Act act(String action) {
    String verb = verb(action);
    if (verb == null) {
      return null;
    }
    for (Act a : acts) {
      if (startsWithAny(verb, a.verbs())) {
        return a;
      }
    }
    return null;
  }

  /**
   * The core of {@code action}: from its verb (as {@link #verb} finds it) to the first break after its
   * object ({@code object-ends} in tracking.yaml: a comma, "which", "including", "to", …): what the act is
   * done to, without the purposes, places and asides that follow ("build a science park, which will be
   * part of a special economic zone": build a science park). The whole action when there is no verb or
   * nothing is left.
   */
  String core(String action) {
    int[] at = verbSpan(action);
    if (at == null) {
      return action;
    }
    Matcher cut = objectEnd.matcher(action);
    int from = at[1];
    while (cut.find(from)) {
      String part = action.substring(at[0], cut.start());
      if (!runs(part, true).isEmpty()) {
        return part;
      }
      from = cut.end();
      if (from >= action.length()) {
        break;
      }
    }
    return action.substring(at[0]);
  }

  /** True when {@code text} (a commitment's sentence) schedules its act for the near term ({@code near-term}). */
  boolean nearTerm(String text) {
    return nearTerm.matcher(text).find();
  }

  /** True when {@code word} names a document's kind ({@code document-types}), not one document. */
  boolean isDocumentType(String word) {
    return documentTypes.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True when {@code word} is a common word ({@code common}: "united", "national"): it names no one act. */
  boolean isCommon(String word) {
    return common.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * True when {@code action} ends in a word no phrase ends with ({@code open-ends}: "sign a National
   * Security Memorandum to"): its span was cut before what the act is about, an extraction error no
   * later sentence can be matched against.
   */
  boolean truncated(String action) {
    Matcher m = WORD.matcher(action);
    String last = null;
    while (m.find()) {
      last = m.group();
    }
    return last == null || openEnds.contains(last.toLowerCase(Locale.ROOT));
  }

  /** True when {@code stem} names an activity about the noun phrase after it ("negotiations on a treaty"). */
  boolean light(String stem) {
    return lightObjects.contains(stem);
  }

  /** The verb of {@code action} as {@link #act} finds it (lowercase), or null. */
  String verb(String action) {
    int[] at = verbSpan(action);
    return at == null ? null : action.substring(at[0], at[1]).toLowerCase(Locale.ROOT);
  }

  /** Start and end of the verb of {@code action} (see {@link #act}), or null. */
  private int[] verbSpan(String action) {
    List<String> words = new ArrayList<>();
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(action);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
      spans.add(new int[] {m.start(), m.end()});
    }
    int i = 0;
    for (int hops = 0; hops < 3 && i < words.size(); hops++) {
      while (i < words.size() && (verbSkip.contains(words.get(i)) || (words.get(i).length() > 4 && words.get(i).endsWith("ly")))) {
        i++;
      }
      if (i >= words.size()) {
        return null;
      }
      String verb = words.get(i);
      if (NOMINAL.matcher(verb).find()) {
        return null; // "constructive work", "cooperation": no verb opens the action
      }
      if (!startsWithAny(verb, chainVerbs)) {
        return spans.get(i);
      }
      int to = words.subList(i + 1, words.size()).indexOf("to");
      if (to < 0) {
        return null;
      }
      i = i + 1 + to + 1;
    }
    return null;
  }

  private static boolean startsWithAny(String w, List<String> prefixes) {
    for (String p : prefixes) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** The stem {@link #stems} gives {@code word} (null for a stopword, a short word or a number). */
  String stem(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3 || stopwords.contains(w) || Character.isDigit(w.charAt(0))) {
      return null;
    }
    if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    return w.length() > 6 ? w.substring(0, 6) : w;
  }

  /** The bundled lexicon; called when an engine is assembled ({@code ReadoutConfig.defaults()}). */
  public static TrackingLexicon bundled() {
    return new TrackingLexicon(YamlData.resource(TrackingLexicon.class, RESOURCE, Data.class));
  }

  private static Set<String> lower(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words == null ? List.<String>of() : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** Where the verb of {@code action} ends (as {@link #act} finds it), or -1 when it has none. */
  int verbEnd(String action) {
    int[] at = verbSpan(action);
    return at == null ? -1 : at[1];
  }

  private static int positive(Integer v, int dflt, String name) {
    if (v == null) {
      return dflt;
    }
    if (v <= 0) {
      throw new ReadoutException(RESOURCE + ": " + name + " must be positive");
    }
    return v;
  }

  private static Pattern any(List<Cue> cs) {
    if (cs.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    StringBuilder b = new StringBuilder();
    for (Cue c : cs) {
      b.append(b.length() == 0 ? "" : "|").append("(?:").append(c.pattern().pattern()).append(')');
    }
    return Pattern.compile(b.toString(), Pattern.CASE_INSENSITIVE);
  }

  /** The first follow-up cue found in {@code text}, or null. */
  Cue followUp(String text) {
    if (!anyFollowUp.matcher(text).find()) {
      return null;
    }
    for (Cue c : followUps) {
      if (c.pattern().matcher(text).find()) {
        return c;
      }
    }
    return null;
  }

  /** The concept groups of {@code stems} (see {@code concepts} in tracking.yaml). */
  Set<String> concepts(Set<String> stems) {
    Set<String> out = new HashSet<>();
    for (String st : stems) {
      Set<String> c = concepts.get(st);
      if (c != null) {
        out.addAll(c);
      }
    }
    return out;
  }

  private static Pattern compile(String p, String id, int flags) {
    try {
      return Pattern.compile(p, flags);
    } catch (PatternSyntaxException | NullPointerException e) {
      throw new ReadoutException(RESOURCE + ": " + id + ": bad pattern");
    }
  }

  /** The first status cue found in {@code text}, or null. */
  Cue cue(String text) {
    if (!anyCue.matcher(text).find()) {
      return null;
    }
    for (Cue c : cues) {
      if (c.pattern().matcher(text).find()) {
        return c;
      }
    }
    return null;
  }

  /** Content-word stems of {@code text}: lowercase, stopwords out, plural -s dropped, first six letters. */
  Set<String> stems(String text) {
    return stems(text, false);
  }

  /** As {@link #stems(String)}, also without the {@code common} words: what the tracker matches. */
  Set<String> trackStems(String text) {
    return stems(text, true);
  }

  /**
   * Runs of adjacent content words of {@code text} as stems (as {@link #trackStems}): a run ends at a
   * stopword, a common word, a word under three letters, a number or any punctuation between two words.
   * With {@code skipVerbs} (an action: "launch negotiations on a new arms control treaty") the action's
   * verbs open no run: the first word, a word after "to", "be" or "will", and an -ing word opening a run
   * before another content word ("fostering international cooperation"). What is left are the object's
   * noun phrases; a run's last stem is its head.
   */
  List<List<String>> runs(String text, boolean skipVerbs) {
    List<List<String>> out = new ArrayList<>();
    List<String> run = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int prevEnd = -1;
    boolean verbNext = skipVerbs;
    while (m.find()) {
      if (prevEnd >= 0 && !text.substring(prevEnd, m.start()).isBlank()) {
        run = flush(out, run);
      }
      prevEnd = m.end();
      String w = m.group().toLowerCase(Locale.ROOT);
      boolean verb = verbNext;
      verbNext = skipVerbs && (w.equals("to") || w.equals("be") || w.equals("will"));
      if (w.length() < 3 || stopwords.contains(w) || Character.isDigit(w.charAt(0)) || common.contains(w) || verb) {
        run = flush(out, run);
        continue;
      }
      if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
        w = w.substring(0, w.length() - 1);
      }
      if (skipVerbs && run.isEmpty() && w.endsWith("ing") && w.length() > 5) {
        run.add("\u0000" + w); // maybe a verb: dropped below when another content word follows
        continue;
      }
      if (run.size() == 1 && run.get(0).startsWith("\u0000")) {
        run.clear();
      }
      run.add(w.length() > 6 ? w.substring(0, 6) : w);
    }
    flush(out, run);
    return out;
  }

  private static List<String> flush(List<List<String>> out, List<String> run) {
    if (!run.isEmpty()) {
      if (run.size() == 1 && run.get(0).startsWith("\u0000")) {
        String w = run.get(0).substring(1);
        run.set(0, w.length() > 6 ? w.substring(0, 6) : w);
      }
      out.add(List.copyOf(run));
    }
    return new ArrayList<>();
  }

  private Set<String> stems(String text, boolean dropCommon) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() < 3 || stopwords.contains(w) || Character.isDigit(w.charAt(0))
          || (dropCommon && common.contains(w))) {
        continue;
      }
      if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
        w = w.substring(0, w.length() - 1);
      }
      out.add(w.length() > 6 ? w.substring(0, 6) : w);
    }
    return out;
  }
}
