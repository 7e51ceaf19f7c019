package org.readout.actors;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The word lists {@link ActorStage#participants} uses to tell whom a statement reports meeting
 * (bundled {@code participants.yaml}): meeting words that make a title name the participants, and
 * partner cues after which the text lists them. Immutable and thread-safe.
 */
final class ParticipantCues {
  private static final ParticipantCues BUNDLED = load();

  private final Pattern meetingWord;
  private final Pattern partnerCue;

  private ParticipantCues(List<String> meetingWords, List<String> partnerCues) {
    this.meetingWord = alternation(meetingWords);
    this.partnerCue = alternation(partnerCues);
  }

  static ParticipantCues bundled() {
    return BUNDLED;
  }

  /** Whether {@code title} names a call or meeting. */
  boolean namesMeeting(String title) {
    return title != null && meetingWord.matcher(title).find();
  }

  /** End offsets of every partner cue in {@code text}, in text order. */
  List<Integer> cueEnds(String text) {
    List<Integer> out = new ArrayList<>();
    Matcher m = partnerCue.matcher(text);
    while (m.find()) {
      out.add(m.end());
    }
    return out;
  }

  /** One case-insensitive whole-word alternation of literal phrases, longest first. */
  private static Pattern alternation(List<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder re = new StringBuilder("\\b(?:");
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) {
        re.append('|');
      }
      String[] words = sorted.get(i).trim().split("\\s+");
      for (int w = 0; w < words.length; w++) {
        if (w > 0) {
          re.append("\\s+");
        }
        re.append(Pattern.quote(words[w]));
      }
    }
    return Pattern.compile(re.append(")\\b").toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  @SuppressWarnings("unchecked")
  private static ParticipantCues load() {
    String res = "participants.yaml";
    try (InputStream in = ParticipantCues.class.getResourceAsStream(res)) {
      if (in == null) {
        throw new IllegalStateException("bundled participant cues missing: org/readout/actors/" + res);
      }
      Map<String, Object> y = new Yaml(new SafeConstructor(new LoaderOptions()))
          .load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return new ParticipantCues(strings(y.get("meeting-words")), strings(y.get("partner-cues")));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read bundled participant cues", e);
    }
  }

  private static List<String> strings(Object o) {
    if (!(o instanceof List<?> l) || l.isEmpty()) {
      throw new IllegalStateException("participants.yaml: expected a non-empty list");
    }
    return l.stream().map(String::valueOf).toList();
  }
}
