package org.readout.compare;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readout.internal.YamlData;

/**
 * The cue lists of the stance check ({@code stance.yaml} beside this class), each compiled once into a
 * case-blind word-bounded pattern ({@code "escalat*"} matches any word starting with {@code escalat}).
 * Immutable and thread-safe.
 */
final class StanceLexicon {
  /** {@code stance.yaml} as written. */
  record Data(List<String> negation, List<String> accusation, List<String> support, List<String> pleasantries,
              List<String> moderator, List<String> atmosphere,
              @JsonProperty("initiative-after") List<String> initiativeAfter,
              @JsonProperty("initiative-before") List<String> initiativeBefore,
              List<String> concrete, @JsonProperty("working-level") List<String> workingLevel,
              @JsonProperty("shared-view") List<String> sharedView, List<String> invitation, List<String> acceptance,
              List<String> courtesy, List<String> distancing,
              @JsonProperty("generic-topics") List<String> genericTopics,
              java.util.Map<String, List<String>> blocs) {
  }

  static final StanceLexicon BUNDLED = new StanceLexicon(YamlData.resource(StanceLexicon.class, "stance.yaml", Data.class));

  final Cues negation;
  final Cues accusation;
  final Cues support;
  final List<String> pleasantries;
  final List<String> moderator;
  final Cues atmosphere;
  final Cues initiativeAfter;
  final Cues initiativeBefore;
  final Cues concrete;
  final Cues workingLevel;
  final Cues sharedView;
  final Cues invitation;
  final Cues acceptance;
  final Cues courtesy;
  final Cues distancing;
  final List<String> genericTopics;
  /** Bloc id (e.g. {@code NATO}) to its member entities: blaming a bloc blames the camp of each member. */
  final java.util.Map<String, List<String>> blocs;

  StanceLexicon(Data d) {
    negation = new Cues(d.negation());
    accusation = new Cues(d.accusation());
    support = new Cues(d.support());
    pleasantries = List.copyOf(d.pleasantries());
    moderator = List.copyOf(d.moderator());
    atmosphere = new Cues(d.atmosphere());
    initiativeAfter = new Cues(d.initiativeAfter());
    initiativeBefore = new Cues(d.initiativeBefore());
    concrete = new Cues(d.concrete());
    workingLevel = new Cues(d.workingLevel());
    sharedView = new Cues(d.sharedView());
    invitation = new Cues(d.invitation());
    acceptance = new Cues(d.acceptance());
    courtesy = new Cues(d.courtesy());
    distancing = new Cues(d.distancing());
    genericTopics = List.copyOf(d.genericTopics());
    blocs = d.blocs() == null ? java.util.Map.of() : java.util.Map.copyOf(d.blocs());
  }

  /** One cue list as a pattern. */
  static final class Cues {
    private final Pattern pattern;

    Cues(List<String> cues) {
      List<String> alts = new ArrayList<>();
      for (String c : cues) {
        String x = c.toLowerCase(Locale.ROOT).trim();
        boolean prefix = x.endsWith("*");
        if (prefix) {
          x = x.substring(0, x.length() - 1);
        }
        String re = Pattern.quote(x).replace(" ", "\\E\\s+\\Q");
        alts.add(prefix ? re + "[\\p{L}-]*" : re + "(?![\\p{L}])");
      }
      alts.sort((a, b) -> b.length() - a.length());
      pattern = Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", alts) + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    boolean in(String text) {
      return pattern.matcher(text).find();
    }

    /** Whether {@code text} opens with a cue (leading spaces aside). */
    boolean opens(String text) {
      return pattern.matcher(text.strip()).lookingAt();
    }

    /** {start, end} of every match, relative to {@code text}. */
    List<int[]> find(String text) {
      List<int[]> out = new ArrayList<>();
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
      return out;
    }

    /** The first match's text, or {@code ""}. */
    String first(String text) {
      Matcher m = pattern.matcher(text);
      return m.find() ? m.group() : "";
    }
  }
}
