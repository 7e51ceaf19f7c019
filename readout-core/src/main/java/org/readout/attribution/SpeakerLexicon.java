package org.readout.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readout.internal.YamlData;

/**
 * What the attributor names on its own, beyond the actor dictionary ({@code org.readout.actors}, the
 * single source of canonical people, states and organisations): pronouns (from {@code cues.yaml}),
 * generic turn labels and the institutional reporter of each publisher (from {@code speakers.yaml}).
 * Immutable and thread-safe.
 */
public final class SpeakerLexicon {
  /** {@code speakers.yaml} as written. */
  record Data(Questioner questioner, Map<String, Publisher> publishers, List<String> honorifics,
              List<String> questionLabels, List<String> pressLabels, List<String> moderatorLabels, List<String> titles, List<String> notNames,
              List<String> particles, List<String> organisationHeads, List<String> organisationLeads,
              List<String> roleReferences, List<String> placeholderHeads, List<String> outlets) {
  }

  record Questioner(String name, String role) {
  }

  record Publisher(String name, String actor) {
  }

  private record Entry(SpeakerMention.Kind kind, Speaker speaker) {
  }

  private final Map<String, Entry> entries = new HashMap<>();
  private final Map<String, Speaker> reporters = new LinkedHashMap<>();
  private final Speaker questioner;
  private final PhraseMatcher matcher;
  private final List<String> honorifics;
  private final List<String> questionLabels;
  private final java.util.Set<String> moderatorLabels;
  private final java.util.Set<String> pressLabels;
  private final NameFinder names;
  private final OrgNames organisations;
  private final java.util.Set<String> titles;
  private final RoleReferences roles;
  private final java.util.Set<String> placeholderHeads;

  private SpeakerLexicon(Data yaml, CueLexicon.Data cues) {
    for (String a : cues.firstPerson()) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_FIRST, null));
    }
    // he / she take the person the actor stage resolved them to (DictionarySpeakers.merge)
    for (String a : cues.thirdMale()) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_SINGULAR, null));
    }
    for (String a : cues.thirdFemale()) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_SINGULAR, null));
    }
    for (String a : cues.thirdPlural()) {
      entries.put(a, new Entry(SpeakerMention.Kind.PRONOUN_PLURAL, null));
    }
    questioner = new Speaker(str(yaml.questioner().name()), "", "", str(yaml.questioner().role()), "questioner");
    if (yaml.publishers() != null) {
      yaml.publishers().forEach((k, p) ->
          reporters.put(k, new Speaker(str(p.name()), "", str(p.actor()), "", "institution")));
    }
    matcher = new PhraseMatcher(entries.keySet(), false);
    honorifics = List.copyOf(yaml.honorifics());
    questionLabels = List.copyOf(yaml.questionLabels());
    moderatorLabels = lower(yaml.moderatorLabels());
    pressLabels = lower(yaml.pressLabels());
    titles = java.util.Set.copyOf(nz(yaml.titles()));
    names = new NameFinder(java.util.Set.copyOf(nz(yaml.titles())), lower(yaml.notNames()),
        java.util.Set.copyOf(nz(yaml.particles())));
    organisations = new OrgNames(java.util.Set.copyOf(nz(yaml.organisationHeads())),
        java.util.Set.copyOf(nz(yaml.titles())), lower(yaml.organisationLeads()), java.util.Set.copyOf(nz(yaml.outlets())));
    roles = new RoleReferences(java.util.Set.copyOf(nz(yaml.roleReferences())));
    placeholderHeads = lower(yaml.placeholderHeads());
  }

  private static List<String> nz(List<String> l) {
    return l == null ? List.of() : l;
  }

  private static java.util.Set<String> lower(List<String> l) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String s : nz(l)) {
      out.add(s.toLowerCase(java.util.Locale.ROOT));
    }
    return java.util.Set.copyOf(out);
  }

  /** People beyond the actor dictionary, found by name and title ({@code titles}, {@code notNames}). */
  NameFinder names() {
    return names;
  }

  /** Titles written without a name ("the Governor said") and whom they stand for ({@code roleReferences}). */
  RoleReferences roles() {
    return roles;
  }

  OrgNames organisations() {
    return organisations;
  }

  /** Whether an upper-case turn label is a questioner's ({@code THE PRESS:}; {@code pressLabels}). */
  boolean isPressLabel(String label) {
    return label != null && pressLabels.contains(label.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a turn label names a moderator or operator ({@code moderatorLabels}): its lines are nobody's position. */
  boolean isModerator(String label) {
    return label != null && moderatorLabels.contains(label.strip().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The bundled speakers ({@code speakers.yaml}, pronouns from {@code cues.yaml}); called when an
   * engine is assembled ({@code ReadoutConfig.defaults()}).
   */
  public static SpeakerLexicon bundled() {
    return new SpeakerLexicon(YamlData.resource(SpeakerLexicon.class, "speakers.yaml", Data.class),
        CueLexicon.Data.bundled());
  }

  /**
   * Every pronoun in {@code text}, in text order, unresolved ({@code speaker} null): he/she take the
   * actor stage's resolution, I/we/they are resolved in context by the attributor.
   */
  public List<SpeakerMention> find(String text) {
    List<SpeakerMention> out = new ArrayList<>();
    List<SpeakerMention> held = placeholders(text);
    for (PhraseMatcher.Match m : matcher.findAll(text)) {
      if (held.stream().anyMatch(h -> h.start() <= m.start() && m.end() <= h.end())) {
        continue;
      }
      Entry e = entries.get(m.phrase());
      out.add(new SpeakerMention(m.start(), m.end(), m.phrase(), e.kind(), e.speaker()));
    }
    if (!held.isEmpty()) {
      out.addAll(held);
      out.sort(java.util.Comparator.comparingInt(SpeakerMention::start));
    }
    return out;
  }

  /** A bracketed stand-in for a withheld name: "[senior administration official]", "[Moderator]". */
  private static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("\\[(\\p{L}[\\p{L} .’'-]{1,60}?)\\]");

  /**
   * The bracketed stand-ins for a withheld name in {@code text} whose last word is one of {@code placeholderHeads}
   * ("as [senior administration official] said"), each a speaker named as the transcript labels that person's
   * turns (title case: Senior Administration Official); a plural head is a group.
   */
  private List<SpeakerMention> placeholders(String text) {
    List<SpeakerMention> out = new ArrayList<>();
    if (placeholderHeads.isEmpty() || text.indexOf('[') < 0) {
      return out;
    }
    java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String words = m.group(1).strip();
      String[] parts = words.split("\\s+");
      String head = parts[parts.length - 1].toLowerCase(java.util.Locale.ROOT);
      if (!placeholderHeads.contains(head)) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      for (String w : parts) {
        if (name.length() > 0) {
          name.append(' ');
        }
        name.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
      }
      Speaker sp = new Speaker(name.toString(), "", "", name.toString(), head.endsWith("s") ? "group" : "person");
      out.add(new SpeakerMention(m.start(), m.end(), m.group(), SpeakerMention.Kind.NAMED, sp));
    }
    return out;
  }

  /** Honorifics that open an upper-case turn label ({@code MR}, {@code MS}: "MS. PSAKI:"). */
  List<String> honorifics() {
    return honorifics;
  }

  /** Title words of people's roles ({@code President}, {@code Minister}, {@code Aide}: {@code titles}). */
  java.util.Set<String> titles() {
    return titles;
  }

  /** Labels of a questioner turn ({@code Q}, {@code Question}). */
  List<String> questionLabels() {
    return questionLabels;
  }

  /** The generic speaker of a questioner turn ({@code Q}, {@code Question:}). */
  public Speaker questioner() {
    return questioner;
  }

  /**
   * The institutional reporter of a publisher ("President of Russia" → Kremlin; another publisher
   * reports under its own name), or {@code null} when there is no publisher.
   */
  public Speaker reporter(String publisher) {
    if (publisher == null || publisher.isEmpty()) {
      return null;
    }
    Speaker s = reporters.get(publisher);
    return s != null ? s : new Speaker(publisher, "", "", "", "institution");
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}
