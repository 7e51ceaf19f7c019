package org.readout.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.readout.attribution.Attribution;
import org.readout.model.Sentence;
import org.readout.model.Token;
import org.readout.topics.CodedStatement;

/**
 * Who is quoted, and how much: speaker summaries per statement and per side, and the speaker chain
 * ({@link Voice}s) of a stretch of text, all from the statements' attributions. Stateless and
 * thread-safe.
 */
final class Speech {
  private static final Comparator<SpeakerShare> MOST_WORDS = Comparator.comparingInt(SpeakerShare::words).reversed()
      .thenComparing(Comparator.comparingInt(SpeakerShare::attributions).reversed())
      .thenComparing(SpeakerShare::speaker).thenComparing(SpeakerShare::speakerId).thenComparing(SpeakerShare::speakerActor);

  private Speech() {
  }

  /** One summary per speaker of the statement, most words first. */
  static List<SpeakerShare> shares(CodedStatement c, List<Attribution> attributions) {
    Map<String, List<Attribution>> bySpeaker = group(attributions);
    List<SpeakerShare> out = new ArrayList<>();
    int total = c.words();
    for (List<Attribution> as : bySpeaker.values()) {
      int words = words(c, as);
      Attribution first = as.get(0);
      out.add(new SpeakerShare(first.speaker(), first.speakerId(), first.speakerActor(), as.size(), words, share(words, total)));
    }
    out.sort(MOST_WORDS);
    return out;
  }

  /** Per side (in the order of {@code sides}), the speakers over all of its statements. */
  static List<SideQuotes> quoted(Map<String, List<CodedStatement>> sides, Map<String, List<Attribution>> attributions) {
    List<SideQuotes> out = new ArrayList<>();
    for (Map.Entry<String, List<CodedStatement>> side : sides.entrySet()) {
      int total = 0;
      Map<String, int[]> sums = new LinkedHashMap<>(); // key -> {attributions, words}
      Map<String, String[]> names = new LinkedHashMap<>();
      List<String> ids = new ArrayList<>();
      for (CodedStatement c : side.getValue()) {
        ids.add(c.id());
        total += c.words();
        for (List<Attribution> as : group(attributions.getOrDefault(c.id(), List.of())).values()) {
          String key = key(as.get(0));
          int[] s = sums.computeIfAbsent(key, k -> new int[2]);
          s[0] += as.size();
          s[1] += words(c, as);
          names.putIfAbsent(key, new String[] {as.get(0).speaker(), as.get(0).speakerId(), as.get(0).speakerActor()});
        }
      }
      List<SpeakerShare> speakers = new ArrayList<>();
      for (Map.Entry<String, int[]> e : sums.entrySet()) {
        String[] n = names.get(e.getKey());
        speakers.add(new SpeakerShare(n[0], n[1], n[2], e.getValue()[0], e.getValue()[1], share(e.getValue()[1], total)));
      }
      speakers.sort(MOST_WORDS);
      ids.sort(null);
      out.add(new SideQuotes(side.getKey(), ids, total, speakers));
    }
    return out;
  }

  /**
   * The speakers of the attributions whose content overlaps {@code [start, end)}, outermost reporter
   * first (fewest reporters, then text order); one voice per speaker and reporting chain.
   */
  static List<Voice> voices(List<Attribution> attributions, int start, int end) {
    List<Attribution> hits = new ArrayList<>();
    for (Attribution a : attributions) {
      if (a.start() < end && a.end() > start) {
        hits.add(a);
      }
    }
    hits.sort(Comparator.comparingInt((Attribution a) -> a.reportedBy().size()).thenComparingInt(Attribution::start)
        .thenComparingInt(Attribution::end));
    List<Voice> out = new ArrayList<>();
    TreeSet<String> seen = new TreeSet<>();
    for (Attribution a : hits) {
      if (seen.add(a.speaker() + "\u0000" + String.join("\u0001", a.reportedBy()))) {
        out.add(new Voice(a.speaker(), a.speakerId(), a.speakerActor(), a.type().label(), a.cue(), a.reportedBy()));
      }
    }
    return out;
  }

  private static Map<String, List<Attribution>> group(List<Attribution> attributions) {
    Map<String, List<Attribution>> out = new LinkedHashMap<>();
    for (Attribution a : attributions) {
      out.computeIfAbsent(key(a), k -> new ArrayList<>()).add(a);
    }
    return out;
  }

  /** One speaker: the dictionary id when there is one, else the name and actor. */
  private static String key(Attribution a) {
    return a.speakerId().isEmpty() ? a.speaker() + "\u0000" + a.speakerActor() : "id:" + a.speakerId();
  }

  /** Words inside the union of the attributions' content spans (a quote inside reported speech counts once). */
  static int words(CodedStatement c, List<Attribution> as) {
    List<int[]> spans = new ArrayList<>();
    for (Attribution a : as) {
      spans.add(new int[] {a.start(), a.end()});
    }
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]));
    int n = 0;
    int curStart = -1;
    int curEnd = -1;
    for (int[] s : spans) {
      if (s[0] > curEnd) {
        if (curEnd > curStart) {
          n += wordsIn(c, curStart, curEnd);
        }
        curStart = s[0];
        curEnd = s[1];
      } else {
        curEnd = Math.max(curEnd, s[1]);
      }
    }
    if (curEnd > curStart) {
      n += wordsIn(c, curStart, curEnd);
    }
    return n;
  }

  /** Words starting inside {@code [start, end)}, counted as {@link CodedStatement#words(int)} counts them. */
  static int wordsIn(CodedStatement c, int start, int end) {
    int n = 0;
    for (Sentence s : c.sentences()) {
      if (s.end() <= start || s.start() >= end) {
        continue;
      }
      if (!s.tokens().isEmpty()) {
        for (Token t : s.tokens()) {
          if (t.start() >= start && t.start() < end && !t.text().isEmpty() && Character.isLetterOrDigit(t.text().charAt(0))) {
            n++;
          }
        }
      } else {
        String text = c.statement().text();
        boolean counted = false;
        for (int i = Math.max(start, s.start()); i < Math.min(end, s.end()); i++) {
          char ch = text.charAt(i);
          if (Character.isWhitespace(ch)) {
            counted = false;
          } else if (!counted && Character.isLetterOrDigit(ch)) {
            n++;
            counted = true;
          }
        }
      }
    }
    return n;
  }

  private static double share(int words, int total) {
    return total == 0 ? 0 : Math.round(10000.0 * words / total) / 10000.0;
  }
}
