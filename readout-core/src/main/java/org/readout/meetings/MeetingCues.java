package org.readout.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.readout.ReadoutException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The cues the meeting grouper reads titles and leads with (format documented in the bundled
 * {@code meetings.yaml}). Immutable and thread-safe.
 */
public final class MeetingCues {
  private static final String RESOURCE = "/org/readout/meetings/meetings.yaml";

  record Kind(String kind, List<Pattern> title) {
  }

  record Mode(String mode, Pattern pattern) {
  }

  private final String source;
  private final String hash;
  private final int leadChars;
  private final List<Kind> kinds;
  private final List<Pattern> meeting;
  private final List<Mode> modes;
  private final List<Pattern> future;
  private final List<Pattern> references;
  private final List<Pattern> anchoredReferences;
  private final int gap;

  private MeetingCues(String source, String hash, int leadChars, List<Kind> kinds, List<Pattern> meeting, List<Mode> modes,
                      List<Pattern> future, List<Pattern> references, int gap) {
    this.source = source;
    this.hash = hash;
    this.leadChars = leadChars;
    this.kinds = List.copyOf(kinds);
    this.meeting = List.copyOf(meeting);
    this.modes = List.copyOf(modes);
    this.future = List.copyOf(future);
    this.references = List.copyOf(references);
    List<Pattern> anchored = new ArrayList<>();
    for (Pattern p : references) {
      // the words between the connector and the party are names and titles, not "on Russia and Ukraine"
      anchored.add(Pattern.compile("(?:" + p.pattern() + ")(?:\\s+(?!(?:on|about|regarding|concerning|over|for|to|at|in)\\b)\\S+){0,"
          + gap + "}?\\s*$", Pattern.CASE_INSENSITIVE));
    }
    this.anchoredReferences = List.copyOf(anchored);
    this.gap = gap;
  }

  /** The bundled cues (parsed on each call: callers keep the instance). */
  public static MeetingCues bundled() {
    try (InputStream in = MeetingCues.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled meetings.yaml");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE, e);
    }
  }

  /** Loads cues from a user file of the bundled format. */
  public static MeetingCues load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new ReadoutException(file + ": cannot read meeting cues (" + e.getMessage() + ")",
          ReadoutException.IO_FAILURE, e);
    }
  }

  /** Parses cue YAML; {@code source} names it in error messages. */
  public static MeetingCues parse(String yaml, String source) {
    Object root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (RuntimeException e) {
      throw new ReadoutException(source + ": not valid YAML");
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new ReadoutException(source + ": meeting cues are a YAML mapping");
    }
    int leadChars = map.get("lead-chars") instanceof Number n ? n.intValue() : 1500;
    List<Kind> kinds = new ArrayList<>();
    for (Object o : list(map.get("kinds"), source, "kinds")) {
      if (!(o instanceof Map<?, ?> k) || k.get("kind") == null) {
        throw new ReadoutException(source + ": each of 'kinds' needs a 'kind' and 'title' patterns");
      }
      kinds.add(new Kind(k.get("kind").toString(), patterns(k.get("title"), source, "kinds/" + k.get("kind"))));
    }
    List<Mode> modes = new ArrayList<>();
    for (Object o : list(map.get("modes"), source, "modes")) {
      if (!(o instanceof Map<?, ?> m) || m.get("mode") == null || m.get("pattern") == null) {
        throw new ReadoutException(source + ": each of 'modes' needs a 'mode' and a 'pattern'");
      }
      modes.add(new Mode(m.get("mode").toString(), compile(m.get("pattern").toString(), source, "modes")));
    }
    if (!(map.get("references") instanceof Map<?, ?> refs)) {
      throw new ReadoutException(source + ": 'references' must be a mapping with 'cues' and 'gap'");
    }
    int gap = refs.get("gap") instanceof Number n ? n.intValue() : 4;
    return new MeetingCues(source, org.readout.model.Statement.sha256Hex(yaml).substring(0, 12), leadChars, kinds, patterns(map.get("meeting"), source, "meeting"), modes,
        patterns(map.get("future"), source, "future"), patterns(refs.get("cues"), source, "references"), gap);
  }

  public String source() {
    return source;
  }

  /** A short hash of the cue text: cached groupings made with other cues are stale. */
  public String hash() {
    return hash;
  }

  /** How many characters of the body count as the lead. */
  public int leadChars() {
    return leadChars;
  }

  /** The statement kind a title names ({@code readout}, {@code briefing}, …), or {@code other}. */
  String kindOf(String title) {
    for (Kind k : kinds) {
      for (Pattern p : k.title()) {
        if (p.matcher(title).find()) {
          return k.kind();
        }
      }
    }
    return "other";
  }

  boolean namesMeeting(String title) {
    return meeting.stream().anyMatch(p -> p.matcher(title).find());
  }

  Optional<String> modeOf(String text) {
    for (Mode m : modes) {
      if (m.pattern().matcher(text).find()) {
        return Optional.of(m.mode());
      }
    }
    return Optional.empty();
  }

  /** Offset of the first future cue in {@code text}, or -1. */
  int futureCue(String text) {
    int best = -1;
    for (Pattern p : future) {
      var m = p.matcher(text);
      if (m.find() && (best < 0 || m.start() < best)) {
        best = m.start();
      }
    }
    return best;
  }

  List<Pattern> references() {
    return references;
  }

  /** Each reference cue followed by up to {@link #gap()} words and the end of the text. */
  List<Pattern> anchoredReferences() {
    return anchoredReferences;
  }

  /** Words allowed between a reference's connector ("with") and the party's mention. */
  int gap() {
    return gap;
  }

  private static List<?> list(Object o, String source, String field) {
    if (!(o instanceof List<?> l) || l.isEmpty()) {
      throw new ReadoutException(source + ": '" + field + "' must be a non-empty list");
    }
    return l;
  }

  private static List<Pattern> patterns(Object o, String source, String field) {
    List<Pattern> out = new ArrayList<>();
    for (Object x : list(o, source, field)) {
      out.add(compile(String.valueOf(x), source, field));
    }
    return out;
  }

  private static Pattern compile(String regex, String source, String field) {
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      throw new ReadoutException(source + ": " + field + ": bad pattern '" + regex + "' (" + e.getDescription() + ")");
    }
  }
}
