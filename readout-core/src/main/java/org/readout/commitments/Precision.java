package org.readout.commitments;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The precision gate of a corpus-wide track ({@link Tracker#precise}): of the tracker's suggestions, only those
 * that report an event of the committed act on the same object are recorded. Written from the wrong suggestions
 * of the development judgements (eval/tracking-sample.tsv … -5.tsv, -7.tsv; the held-out -6 and -8 were scored
 * only after it was fixed). Data in tracking.yaml ({@code events} of each kind of act, {@code ongoing},
 * {@code not-events}, {@code document-words}, {@code meeting-nouns}, {@code ordinals}).
 *
 * <p>A status suggestion (progress, fulfilment) passes when
 * <ul>
 *   <li>the commitment is a concrete act: its verb names a kind of act with events ({@code acts}: meet,
 *   conclude, launch, deliver, carry out; not "observe", "support", no verb), it is not ongoing ("continue to
 *   …", "keep …") and no stance ("hold … accountable");</li>
 *   <li>the sentence reports that act's own event (one of the kind's {@code events}: "held", "signed",
 *   "launched", "delivered", "completed" …), not merely any status cue; an act on an activity ("launch
 *   negotiations on …": a light object) also by a meeting's events or the activity scheduled ({@code
 *   activity-events}: "the negotiations will take place on …");</li>
 *   <li>it repeats the object specifically: a capitalised name of two words or more of the object (either
 *   way round, any case: "a declaration on allied interaction" / "the Declaration on Allied Interaction"), or
 *   three adjacent content words of it, or two within the near-term days; for a document ("sign an executive
 *   order to …") only words of its title or purpose count, not its kind ({@code document-words});</li>
 *   <li>no other ordinal ("the third time" / "a fourth time") and, for a meeting, the same kind of meeting (a
 *   call is no summit; a generic "meeting of the Competition Council" is reported by the body's name convened, when
 *   the sentence names no other kind: {@code generic-meeting-nouns});</li>
 *   <li>the same event, not another of the same kind ({@link #sameEvent}, {@link EventIdentity}; written from
 *   the "no" verdicts of eval/tracking-sample-9.tsv and -10.tsv): the same amounts, the committed counterpart
 *   (not another state), not dated before the commitment nor a past reference point ("since President … signed"),
 *   not another document, the commitment's ordinal named again or the report within the near term;</li>
 *   <li>for a meeting, the committed host and day ({@link OneOffEvent}): no other official named as its host, and
 *   no report more than the near-term days after the day the commitment sets unless it names that month.</li>
 * </ul>
 * Breaches and stalls are not recorded (on the development judgements none was right). A follow-up link passes
 * when its language refers back to the agreement itself: "as the two presidents agreed," (not "as the leaders
 * agreed to …", a new agreement), or "the agreement reached during the December call" naming the commitment's
 * month or day; "talks scheduled for …" alone does not. Immutable and thread-safe.
 */
final class Precision {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*");
  /** A capitalised name: capitalised words, joined by a few lowercase linking words. */
  private static final Pattern NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}'\u2019.-]*(?:\\s+(?:(?:of|for|and|on|the|in|to|&)\\s+)*\\p{Lu}[\\p{L}\\p{N}'\u2019.-]*)*");
  /** An object that is a place, not a thing acted on ("will be starting in County Louth"). */
  private static final Pattern PLACE = Pattern.compile("\\s*(?:in|at(?!\\s+least\\b)|from)\\b", Pattern.CASE_INSENSITIVE);
  /** Ordinals that count no occurrence of an event: "first-ever", "the 21st century". */
  private static final Pattern ORDINAL_NOT_OCCURRENCE = Pattern.compile(
      "\\b\\p{L}+-(?=\\p{L})|\\b\\d+(?:st|nd|rd|th)\\s+century\\b", Pattern.CASE_INSENSITIVE);
  /** An aside of a commitment's sentence: after a dash or a parenthesis, or a relative clause on a person. */
  private static final Pattern ASIDE = Pattern.compile("[\u2014(].*$|,?\\s+who\\b.*$", Pattern.DOTALL);
  /** A list of instances in the later sentence ("… sanctuaries, including the Hudson Canyon …"). */
  private static final Pattern INCLUDING = Pattern.compile("\\bincluding\\s+(?:the\\s+)?\\p{Lu}");
  private static final Pattern NEW_AGREEMENT = Pattern.compile("^\\s*(?:to|that|on|upon)\\b", Pattern.CASE_INSENSITIVE);
  /** Characters after a follow-up cue read for the month or day of the agreement it refers to. */
  private static final int FOLLOW_TAIL = 80;

  private final TrackingLexicon lexicon;
  /** The states of the actor dictionary, to compare an event's parties with the commitment's; may be null. */
  private final EventIdentity identity;
  private final Pattern documentWords;
  /** The kind of act of meetings ({@code acts} id "meet"), whose events also report an act on an activity. */
  private final TrackingLexicon.Act meet;
  /** Host and day of a one-off meeting ({@link OneOffEvent}). */
  private final OneOffEvent oneOff;

  Precision(TrackingLexicon lexicon) {
    this(lexicon, null);
  }

  /** {@code identity} null: the parties of an event are not compared ({@link EventIdentity#otherParties}). */
  Precision(TrackingLexicon lexicon, EventIdentity identity) {
    this.lexicon = lexicon;
    this.identity = identity;
    this.meet = lexicon.acts.stream().filter(a -> a.id().equals("meet")).findFirst().orElse(null);
    this.oneOff = new OneOffEvent(lexicon);
    this.documentWords = lexicon.documentWords.isEmpty() ? null : Pattern.compile(
        "\\b(?:" + String.join("|", lexicon.documentWords.stream().map(Pattern::quote).toList()) + ")\\b",
        Pattern.CASE_INSENSITIVE);
  }

  boolean precise(TrackedCommitment c, Tracker.Suggestion s) {
    return precise(c, s, "");
  }

  /** As {@link #precise(TrackedCommitment, Tracker.Suggestion)}, {@code side} the later statement's own (an actor id, or ""). */
  boolean precise(TrackedCommitment c, Tracker.Suggestion s, String side) {
    String rule = s.rule();
    if (rule.contains("+embedding")) {
      return false;
    }
    String primary = rule.split("\\+")[0];
    if (primary.startsWith("track.followup.")) {
      return followUp(c, s);
    }
    if (!primary.startsWith("track.progress.") && !primary.startsWith("track.done.")) {
      return false;
    }
    return event(c, s, side) || (rule.contains("+track.followup.") && followUp(c, s));
  }

  /** The sentence reports the committed act's own event on the same object. */
  boolean event(TrackedCommitment c, Tracker.Suggestion s, String side) {
    Commitment k = c.commitment();
    String action = k.action().length() > 12 ? k.action() : k.text();
    TrackingLexicon.Act act = lexicon.act(action);
    int verbEnd = lexicon.verbEnd(action);
    if (act == null || act.events() == null || verbEnd < 0) {
      return false;
    }
    if (lexicon.ongoing.matcher(action).find() || lexicon.notEvents.matcher(action).find()) {
      return false;
    }
    String text = s.text();
    String object = action.substring(verbEnd);
    if (!act.events().matcher(text).find() && !(activity(object) && (lexicon.activityEvents.matcher(text).find()
        || (meet != null && meet.events() != null && meet.events().matcher(text).find())))) {
      return false;
    }
    if (clash(ordinals(k.text()), ordinals(text))) {
      return false;
    }
    if (act == meet && (oneOff.otherHost(subject(k), text)
        || (oneOff.outsideDay(k.text(), c.date(), text, s.date()) && !namedEvent(object, text)))) {
      return false; // another official hosted, or another meeting of the same people on another day
    }
    Set<String> meetings = meetingNouns(object);
    Set<String> laterMeetings = meetingNouns(text);
    if (!meetings.isEmpty() && java.util.Collections.disjoint(meetings, laterMeetings)
        && !(laterMeetings.isEmpty() && lexicon.genericMeetingNouns.containsAll(meetings) && sharedName(object, text) >= 2)) {
      return false; // another kind of meeting; a generic one ("a meeting of the X Council") is the named body convened
    }
    String later = text;
    if (documentWords != null && documentWords.matcher(object).find()) {
      object = documentWords.matcher(object).replaceAll(" , ");
      later = documentWords.matcher(later).replaceAll(" , ");
    }
    int name = sharedName(object, later);
    int run = name >= 2 ? 0 : sharedRun(object, later);
    long days = c.date() == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(c.date(), s.date());
    if (name < 2 && run < 3 && !(run >= 2 && days <= lexicon.nearTermDays)) {
      return false;
    }
    Pattern events = act.events().matcher(text).find() ? act.events()
        : meet != null && meet.events() != null && meet.events().matcher(text).find() ? meet.events() : null;
    return sameEvent(c, s, side, action.substring(verbEnd), events, days);
  }

  /**
   * The event the sentence reports is the committed one, not another of the same kind ({@link EventIdentity}): an
   * object to act on (not a place: "starting in County Louth"); the commitment's ordinal named again, or the
   * report within the near-term days; the same amounts, parties and document; not dated before the commitment;
   * not a past reference point; and, when the sentence lists the instances ("including …"), the commitment's
   * named one among them (the commitment's name repeated by the sentence).
   */
  private boolean sameEvent(TrackedCommitment c, Tracker.Suggestion s, String side, String object, Pattern events,
                            long days) {
    Commitment k = c.commitment();
    String text = s.text();
    if (PLACE.matcher(object).lookingAt()) {
      return false;
    }
    if (!ordinals(ORDINAL_NOT_OCCURRENCE.matcher(object).replaceAll(" ")).isEmpty() && ordinals(text).isEmpty()
        && days > lexicon.nearTermDays && !DateMentions.namesMonth(c.date(), text)) {
      return false; // another occurrence of a recurring event
    }
    if (EventIdentity.otherAmount(k.text(), text) || (identity != null && identity.otherParties(k, text, side))) {
      return false;
    }
    // set for the near term in the sentence itself, not in an aside ("… Governor Little, who is here today")
    boolean nearTerm = lexicon.nearTerm(ASIDE.matcher(k.text()).replaceAll(""));
    if (c.date() != null && EventIdentity.datedBefore(c.date(), s.date(), text, nearTerm)) {
      return false;
    }
    if (events != null && (EventIdentity.retrospective(events, text) || EventIdentity.otherDocument(events, object, text))) {
      return false;
    }
    return !(INCLUDING.matcher(text).find() && hasName(object) && sharedName1(object, text) < 2);
  }

  /** True when {@code text} holds a capitalised name of two words or more that count ({@link #sharedName}). */
  private boolean hasName(String text) {
    return sharedName1(text, text) >= 2;
  }


  /** Follow-up language that refers back to this agreement (see the class comment). */
  boolean followUp(TrackedCommitment c, Tracker.Suggestion s) {
    Commitment k = c.commitment();
    String verb = lexicon.verb(k.action().length() > 12 ? k.action() : k.text());
    if (verb == null || lexicon.stem(verb) == null) {
      return false; // no act ("at this summit"): nothing to follow up
    }
    if (c.date() == null || ChronoUnit.DAYS.between(c.date(), s.date()) > lexicon.preciseFollowUpDays) {
      return false; // language without the act's words is weaker evidence as time passes
    }
    String text = s.text();
    TrackingLexicon.Cue f = lexicon.followUp(text);
    if (f == null) {
      return false;
    }
    Matcher m = f.pattern().matcher(text);
    if (!m.find()) {
      return false;
    }
    if (f.id().endsWith(".as-agreed")) {
      return !NEW_AGREEMENT.matcher(text.substring(m.end())).find();
    }
    if (f.id().endsWith(".scheduled")) {
      return false;
    }
    String when = text.substring(m.start(), Math.min(text.length(), m.end() + FOLLOW_TAIL));
    return DateMentions.namesMonth(c.date(), when) || DateMentions.namesDay(c.date(), when);
  }

  /**
   * True when the object names its event by a proper name with a capitalised meeting noun ("the White House
   * Conference on Hunger") that {@code text} repeats (two capitalised words or more, titles and seat names left out): a recap of that event months
   * later ("hosted the first White House Conference on …") is still the event, unlike a meeting of the same people.
   */
  private boolean namedEvent(String object, String text) {
    Matcher m = WORD.matcher(object);
    while (m.find()) {
      String w = m.group();
      if (Character.isUpperCase(w.charAt(0)) && lexicon.meetingNouns.contains(w.toLowerCase(Locale.ROOT))) {
        return sharedName(object, text) >= 2;
      }
    }
    return false;
  }

  /** The commitment's words before its action (its subject and any opening time phrase), or "". */
  private static String subject(Commitment k) {
    int at = k.action().isEmpty() ? -1 : k.text().indexOf(k.action());
    return at > 0 ? k.text().substring(0, at) : "";
  }

  /** True when the object's first noun phrase names an activity ({@code light-objects}: negotiations, talks …). */
  private boolean activity(String object) {
    List<List<String>> runs = lexicon.runs(object, false);
    return !runs.isEmpty() && lexicon.light(runs.get(0).get(runs.get(0).size() - 1));
  }

  private Set<String> ordinals(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = lexicon.ordinals.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static boolean clash(Set<String> a, Set<String> b) {
    return !a.isEmpty() && !b.isEmpty() && java.util.Collections.disjoint(a, b);
  }

  private Set<String> meetingNouns(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (lexicon.meetingNouns.contains(w)) {
        out.add(w.endsWith("s") && !w.equals("talks") ? w.substring(0, w.length() - 1) : w);
      }
    }
    return out;
  }

  /**
   * The most capitalised words (document kinds left out) of a name in one text repeated, in any case, in the
   * other: a name's stretch from one capitalised word to another.
   */
  int sharedName(String a, String b) {
    return Math.max(sharedName1(a, b), sharedName1(b, a));
  }

  private int sharedName1(String src, String other) {
    int best = 0;
    for (List<String> name : capitalisedRuns(src)) {
      for (int i = 0; i < name.size(); i++) {
        for (int j = name.size(); j >= i + 2; j--) {
          int caps = capitalised(name.subList(i, j));
          if (caps > best && caps >= 2 && capitalised(name.get(i)) && capitalised(name.get(j - 1))
              && repeatedIn(name, i, j, other)) {
            best = caps;
          }
        }
      }
    }
    return best;
  }

  /** The words of each capitalised name ({@link #NAME}) of {@code text}, linking words included. */
  private static List<List<String>> capitalisedRuns(String text) {
    List<List<String>> out = new ArrayList<>();
    Matcher n = NAME.matcher(text);
    while (n.find()) {
      List<String> ws = new ArrayList<>();
      Matcher w = WORD.matcher(n.group());
      while (w.find()) {
        ws.add(w.group());
      }
      out.add(ws);
    }
    return out;
  }

  private static boolean capitalised(String word) {
    return Character.isUpperCase(word.charAt(0));
  }

  /** How many of {@code words} are capitalised words of a name: not a document kind, not in {@code name-skip}. */
  private int capitalised(List<String> words) {
    int caps = 0;
    for (String x : words) {
      if (capitalised(x) && !lexicon.isDocumentType(x) && !lexicon.nameSkip.contains(x.toLowerCase(Locale.ROOT))) {
        caps++;
      }
    }
    return caps;
  }

  /**
   * True when the stretch {@code name[i, j)} is repeated in {@code other} in any case, and not inside another
   * name: the same stretch in "U.S.-German Economic Dialogue" and "High-Level Economic Dialogue" has different
   * capitalised words just before or after it. When the lower case of {@code other} has another length (its
   * offsets are not the text's), any occurrence counts.
   */
  private static boolean repeatedIn(List<String> name, int i, int j, String other) {
    String low = other.toLowerCase(Locale.ROOT);
    StringBuilder re = new StringBuilder("\\b");
    for (int t = i; t < j; t++) {
      re.append(t > i ? "\\W+" : "").append(Pattern.quote(name.get(t).toLowerCase(Locale.ROOT)));
    }
    Matcher at = Pattern.compile(re.append("\\b").toString()).matcher(low);
    boolean aligned = low.length() == other.length();
    String before = i > 0 ? name.get(i - 1) : null;
    String after = j < name.size() ? name.get(j) : null;
    while (at.find()) {
      if (!aligned || (!differs(before, wordBefore(other, at.start())) && !differs(after, wordAfter(other, at.end())))) {
        return true;
      }
    }
    return false;
  }

  /** Two capitalised words that are not the same word (null: none there). */
  private static boolean differs(String a, String b) {
    return a != null && b != null && Character.isUpperCase(a.charAt(0)) && Character.isUpperCase(b.charAt(0))
        && !a.equalsIgnoreCase(b);
  }

  /** The word of {@code text} ending right before {@code at} (only spaces between), or null. */
  private static String wordBefore(String text, int at) {
    int e = at;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || "'\u2019.-".indexOf(text.charAt(b - 1)) >= 0)) {
      b--;
    }
    return b < e ? text.substring(b, e) : null;
  }

  /** The word of {@code text} starting right after {@code at} (only spaces between), or null. */
  private static String wordAfter(String text, int at) {
    int b = at;
    while (b < text.length() && text.charAt(b) == ' ') {
      b++;
    }
    int e = b;
    while (e < text.length() && (Character.isLetterOrDigit(text.charAt(e)) || "'\u2019-".indexOf(text.charAt(e)) >= 0)) {
      e++;
    }
    return b < e ? text.substring(b, e) : null;
  }

  /** The longest run of adjacent content stems of {@code a} repeated adjacently in {@code b}. */
  int sharedRun(String a, String b) {
    List<List<String>> ra = lexicon.runs(a, false);
    List<List<String>> rb = lexicon.runs(b, false);
    int best = 0;
    for (List<String> x : ra) {
      for (List<String> y : rb) {
        int[][] dp = new int[x.size() + 1][y.size() + 1];
        for (int i = 1; i <= x.size(); i++) {
          for (int j = 1; j <= y.size(); j++) {
            if (x.get(i - 1).equals(y.get(j - 1))) {
              dp[i][j] = dp[i - 1][j - 1] + 1;
              best = Math.max(best, dp[i][j]);
            }
          }
        }
      }
    }
    return best;
  }
}
