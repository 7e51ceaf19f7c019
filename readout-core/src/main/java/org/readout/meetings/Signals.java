package org.readout.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.model.Mention;
import org.readout.model.Sides;

/**
 * What one statement says about meetings, read from its title and lead: its kind, whether it looks
 * ahead, the parties its title names a meeting with, its references to meetings with foreign parties
 * ("call with President Putin"), the day it places the meeting on, and its place line. Package-private
 * working data of {@link MeetingGrouper}.
 */
record Signals(MeetingInput input, String own, String kind, boolean future, boolean titleMeeting,
               Set<String> titleParties, List<Ref> refs, List<Mention> persons, LocalDate effective,
               DateCues.DayRef dayRef, boolean dayRefInTitle, Set<String> places) {

  /**
   * A reference to a meeting with a party: the mention and the cue before it.
   *
   * @param sentence {@code -1} for the title, else the lead sentence index
   * @param start    offset of the cue (into the title or the text)
   * @param end      end offset of the mention
   */
  record Ref(String party, String actor, String name, int sentence, int start, int end, String surface) {
    boolean inTitle() {
      return sentence < 0;
    }
  }

  private static final Pattern LIST_GLUE = Pattern.compile("^(?:\\s|,|;|&|\\band\\b|\\bof\\b|\\bthe\\b)*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HYPHEN = Pattern.compile("^\\s*[-–—]\\s*$");
  /** How far before a mention its reference cue may start. */
  private static final int WINDOW = 90;
  /** Words after a hyphenated pair in which a meeting noun must come ("U.S.-Russia Presidential Joint Statement"). */
  private static final int COMPOUND_TAIL = 40;
  /** The dateline of a transcript is in its first characters. */
  private static final int DATELINE_CHARS = 160;
  private static final Pattern DATELINE = Pattern.compile(
      "\\b([A-Z][\\p{L}-]+(?: [A-Z][\\p{L}-]+)?),\\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{2})\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s");
  private static final Pattern PLACE = Pattern.compile("(?:\\|\\s*([^|]+)$)|(?:\\bEn Route (?:to )?([A-Z][^|,]*))");

  String id() {
    return input.id();
  }

  LocalDate date() {
    return input.meta().date();
  }

  String side() {
    return input.meta().side();
  }

  String title() {
    return input.meta().title();
  }

  /** A title that names a meeting with a foreign party (or a dated announcement of one). */
  boolean anchor() {
    return (titleMeeting && !titleParties.isEmpty()) || datedAnnouncement();
  }

  boolean datedAnnouncement() {
    return future && dayRef != null && !refs.isEmpty();
  }

  /** The parties of the meeting this statement is an anchor of (its own side included). */
  Set<String> anchorParties() {
    Set<String> out = new TreeSet<>();
    if (!own.isEmpty()) {
      out.add(own);
    }
    if (titleMeeting && !titleParties.isEmpty()) {
      out.addAll(titleParties);
    } else if (!refs.isEmpty()) {
      out.add(refs.get(0).party());
    }
    return out;
  }

  static Signals of(MeetingInput in, MeetingCues cues) {
    String title = in.meta().title();
    String own = Sides.actorOf(in.meta().side()).orElse("");
    String kind = cues.kindOf(title);
    boolean titleMeeting = cues.namesMeeting(title);
    List<Mention> titleMs = usable(in.titleMentions());
    List<Mention> leadMs = usable(in.leadMentions());
    Set<String> titleParties = new LinkedHashSet<>();
    List<Ref> refs = new ArrayList<>();
    if (titleMeeting) {
      for (Ref r : references(title, titleMs, own, cues, -1)) {
        titleParties.add(r.party());
        refs.add(r);
      }
      // "U.S.-Russia Presidential Joint Statement", "Russian-Indian talks"
      for (Ref r : compounds(title, titleMs, own, cues, -1)) {
        if (titleParties.add(r.party())) {
          refs.add(r);
        }
      }
      if (kind.equals("remarks-before")) { // "Remarks by President Biden and President Xi … Before Bilateral Meeting"
        for (Mention m : titleMs) {
          if (!m.entityId().equals(own) && titleParties.add(m.entityId())) {
            refs.add(new Ref(m.entityId(), m.actorId(), m.actorName(), -1, m.start(), m.end(), m.surface()));
          }
        }
      }
    }
    String lead = in.lead();
    refs.addAll(references(lead, leadMs, own, cues, 0));
    refs.addAll(compounds(lead, leadMs, own, cues, 0)); // "the U.S.-Russian Summit"
    refs.sort((a, b) -> a.inTitle() != b.inTitle() ? (a.inTitle() ? -1 : 1) : Integer.compare(a.start(), b.start()));
    boolean future = cues.futureCue(title) >= 0;
    int firstLeadRef = -1;
    for (Ref r : refs) {
      if (!r.inTitle()) {
        firstLeadRef = r.start();
        break;
      }
    }
    int[] refSentence = firstLeadRef >= 0 ? sentenceAround(lead, firstLeadRef) : sentenceAround(lead, 0);
    String refText = lead.substring(refSentence[0], refSentence[1]);
    if (!future && firstLeadRef >= 0) {
      int f = cues.futureCue(refText);
      future = f >= 0;
    }
    LocalDate published = in.meta().date();
    DateCues.DayRef dayRef = null;
    boolean inTitle = false;
    if (published != null) {
      for (DateCues.DayRef d : DateCues.find(title, published, future)) {
        if (plausible(d.date(), published, future)) {
          dayRef = d;
          inTitle = true;
          break;
        }
      }
      if (dayRef == null && (firstLeadRef >= 0 || kind.equals("readout"))) {
        for (DateCues.DayRef d : DateCues.find(refText, published, future)) {
          if (plausible(d.date(), published, future)) {
            dayRef = new DateCues.DayRef(d.date(), d.start() + refSentence[0], d.end() + refSentence[0], d.text());
            break;
          }
        }
      }
    }
    LocalDate effective = dayRef != null ? dayRef.date() : published;
    List<Mention> persons = new ArrayList<>();
    for (Mention m : titleMs) {
      if (m.actorType().equals("person")) {
        persons.add(m);
      }
    }
    Set<String> places = new LinkedHashSet<>();
    String titlePlace = place(title);
    if (!titlePlace.isEmpty()) {
      places.add(titlePlace);
    }
    places.addAll(datelines(lead.substring(0, Math.min(DATELINE_CHARS, lead.length()))));
    if (firstLeadRef >= 0) {
      places.addAll(datelines(refText)); // "will meet … in Geneva, Switzerland on June 16"
    }
    return new Signals(in, own, kind, future, titleMeeting, titleParties, List.copyOf(refs), persons, effective,
        dayRef, inTitle, places);
  }

  /** A meeting day named by a statement: not long before it, and ahead of it only when it looks ahead. */
  private static boolean plausible(LocalDate d, LocalDate published, boolean future) {
    long diff = d.toEpochDay() - published.toEpochDay();
    return future ? diff >= 0 && diff <= 45 : diff <= 0 && diff >= -10;
  }

  /** Mentions that name a party: dictionary names, roles, stand-ins and adjectives of people, states, organisations. */
  static List<Mention> usable(List<Mention> ms) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : ms) {
      boolean kindOk = m.actorType().equals("person") || m.actorType().equals("state")
          || m.actorType().equals("organisation");
      boolean ruleOk = m.rule().equals("dictionary") || m.rule().equals("role") || m.rule().equals("metonym")
          || m.rule().equals("adjective");
      if (kindOk && ruleOk && !m.entityId().isEmpty()) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * References in {@code text}: a cue ("call with", "spoke to") followed within the cue gap by a chain of
   * foreign mentions ("President Macron of France, Chancellor Merkel of Germany"). Only the short window
   * before each mention is matched, so the cost follows the number of mentions, not the text length.
   */
  private static List<Ref> references(String text, List<Mention> ms, String own, MeetingCues cues, int sentenceBase) {
    List<Ref> out = new ArrayList<>();
    List<Mention> sorted = new ArrayList<>(ms);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    Mention prev = null;
    int chainCue = -1;
    for (Mention x : sorted) {
      if (x.start() > text.length()) {
        break;
      }
      int cue = -1;
      if (chainCue >= 0 && prev != null && prev.end() <= x.start()
          && LIST_GLUE.matcher(text.substring(prev.end(), x.start())).matches()) {
        cue = chainCue;
      } else {
        int from = Math.max(0, x.start() - WINDOW);
        String window = text.substring(from, x.start());
        for (Pattern p : cues.anchoredReferences()) {
          Matcher m = p.matcher(window);
          if (m.find() && !SENTENCE_END.matcher(window.substring(m.start())).find()) {
            cue = from + m.start();
            break;
          }
        }
      }
      chainCue = cue;
      if (prev == null || x.start() >= prev.end()) {
        prev = x;
      }
      if (cue < 0 || x.entityId().equals(own)) {
        continue;
      }
      int sentence = sentenceBase < 0 ? -1 : x.sentence();
      out.add(new Ref(x.entityId(), x.actorId(), x.actorName(), sentence, cue, x.end(), text.substring(cue, x.end())));
    }
    return out;
  }

  /**
   * Two parties joined by a hyphen before a meeting noun within a few words: "U.S.-Russia Presidential
   * Joint Statement", "Russian-Indian talks", "the U.S.-Russian Summit".
   */
  private static List<Ref> compounds(String text, List<Mention> ms, String own, MeetingCues cues, int sentenceBase) {
    List<Ref> out = new ArrayList<>();
    List<Mention> sorted = new ArrayList<>(ms);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    for (int i = 0; i + 1 < sorted.size(); i++) {
      Mention a = sorted.get(i);
      Mention b = sorted.get(i + 1);
      if (a.end() > b.start() || b.end() > text.length() || !HYPHEN.matcher(text.substring(a.end(), b.start())).matches()) {
        continue;
      }
      String after = text.substring(b.end(), Math.min(text.length(), b.end() + COMPOUND_TAIL));
      int stop = after.indexOf('.');
      if (!cues.namesMeeting(stop < 0 ? after : after.substring(0, stop))) {
        continue;
      }
      for (Mention m : List.of(a, b)) {
        if (!m.entityId().equals(own)) {
          out.add(new Ref(m.entityId(), m.actorId(), m.actorName(), sentenceBase < 0 ? -1 : m.sentence(), a.start(),
              b.end(), text.substring(a.start(), b.end())));
        }
      }
    }
    return out;
  }

  /** Places written as "Geneva, Switzerland" or "Woodside, CA" (lower-cased town). */
  static Set<String> datelines(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = DATELINE.matcher(text);
    while (m.find()) {
      String town = m.group(1).toLowerCase(Locale.ROOT);
      out.add(town);
      int space = town.lastIndexOf(' ');
      if (space > 0) {
        out.add(town.substring(space + 1)); // "Eaux-Vives Geneva": the town is the last word
      }
    }
    return out;
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  /** The approximate sentence around {@code at}: from the previous sentence end to the next. */
  static int[] sentenceAround(String text, int at) {
    int start = 0;
    Matcher m = SENTENCE_END.matcher(text);
    int end = text.length();
    while (m.find()) {
      if (m.end() <= at) {
        start = m.end();
      } else if (m.start() >= at) {
        end = m.end();
        break;
      }
    }
    return new int[] {start, Math.min(end, text.length())};
  }

  /** The place a title names after a bar ("| Woodside, CA") or "En Route Geneva", lower-cased first part. */
  static String place(String title) {
    Matcher m = PLACE.matcher(title);
    if (!m.find()) {
      return "";
    }
    String p = m.group(1) != null ? m.group(1) : m.group(2);
    int comma = p.indexOf(',');
    return (comma < 0 ? p : p.substring(0, comma)).strip().toLowerCase(Locale.ROOT);
  }
}
