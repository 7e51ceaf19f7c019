package org.readout.actors;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.internal.YamlData;

/**
 * The word lists the {@link ActorStage} uses to tell whom a statement reports meeting (bundled
 * {@code participants.yaml}): meeting words that make a title name the participants, and partner cues
 * after which the text lists them. Immutable and thread-safe.
 */
public final class ParticipantCues {
  /** The YAML file as written. */
  record Data(@JsonProperty("meeting-words") List<String> meetingWords,
              @JsonProperty("partner-cues") List<String> partnerCues,
              @JsonProperty("offices") List<String> offices) {
  }

  private final Pattern meetingWord;
  private final Pattern partnerCue;
  private final Pattern offices;

  private ParticipantCues(Data data) {
    this.meetingWord = alternation(nonEmpty(data.meetingWords(), "meeting-words"));
    this.partnerCue = alternation(nonEmpty(data.partnerCues(), "partner-cues"));
    this.offices = Pattern.compile(alternation(nonEmpty(data.offices(), "offices")).pattern());
  }

  /** The offices a title names a person by (case-sensitive whole words). */
  Pattern offices() {
    return offices;
  }

  /** The bundled cues (called when an engine is assembled, {@code ReadoutConfig.defaults()}). */
  public static ParticipantCues bundled() {
    return new ParticipantCues(YamlData.resource(ParticipantCues.class, "participants.yaml", Data.class));
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

  private static List<String> nonEmpty(List<String> l, String key) {
    if (Objects.requireNonNullElse(l, List.of()).isEmpty()) {
      throw new IllegalStateException("participants.yaml: '" + key + "' must be a non-empty list");
    }
    return l;
  }
}
