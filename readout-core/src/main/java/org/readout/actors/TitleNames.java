package org.readout.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons a statement's title names by office and state whom the dictionary does not know: "Readout of President
 * Biden's Call with President Gabriel Boric of Chile", "Telephone conversation with President of Algeria Abdelmadjid
 * Tebboune". For this statement only, the full name and the surname stand for a person of that state, so "President
 * Boric said" and "President Biden and President Boric agreed" name Chile, and "he" after them is that person. The
 * offices come from {@code participants.yaml} ({@code offices}). Immutable and thread-safe.
 */
final class TitleNames {
  private final Pattern officeNameOfState;
  private final Pattern officeOfStateName;
  private final Pattern officeBefore;
  /** A person named in the title: display name, the surfaces that stand for them in the text, their state. */
  record Named(String name, List<String> surfaces, String state) {
  }

  private static final String WORD = "\\p{Lu}[\\p{L}’'.-]*";
  private static final String PARTICLE = "(?:bin|ibn|al|el|da|de|del|do|dos|du|von|van|der|den|la|le)";
  /** A person's name: capitalised words, with the particles of names in between ("Mohamed bin Zayed"). */
  private static final String NAME = WORD + "(?:\\s+(?:" + PARTICLE + "\\s+)?" + WORD + "){0,3}";
  private static final Pattern LAST_WORD = Pattern.compile("(" + WORD + ")$");

  /** The two title shapes around {@code offices} (the office words of {@code participants.yaml}), compiled once. */
  TitleNames(Pattern offices) {
    // "President Gabriel Boric of Chile"
    this.officeNameOfState = Pattern.compile(offices.pattern() + "\\s+(" + NAME + ")\\s+of\\s+(?:the\\s+)?(" + WORD
        + "(?:\\s+(?:of\\s+(?:the\\s+)?|and\\s+)?" + WORD + "){0,5})");
    // "President of Algeria Abdelmadjid Tebboune"
    this.officeOfStateName = Pattern.compile(offices.pattern() + "\\s+of\\s+(?:the\\s+)?((?:" + WORD + "|of|the|and|"
        + PARTICLE + ")(?:\\s+(?:" + WORD + "|of|the|and|" + PARTICLE + ")){1,10})");
    this.officeBefore = Pattern.compile(offices.pattern() + "\\s+$");
  }

  /** An office right before a name in the text ("President " before "Sanchez"). */
  Pattern officeBefore() {
    return officeBefore;
  }

  /** The persons {@code title} names with an office and a state, that {@code dictionary} does not know. */
  List<Named> of(String title, ActorDictionary dictionary, LocalDate date) {
    Map<String, Named> out = new LinkedHashMap<>();
    if (title == null || title.isBlank()) {
      return List.of();
    }
    Matcher a = officeNameOfState.matcher(title);
    while (a.find()) {
      state(a.group(2), dictionary, date).ifPresent(s -> add(out, a.group(1), s, dictionary, date));
    }
    // the shortest run after "of" that is a state, then the name
    Matcher b = officeOfStateName.matcher(title);
    while (b.find()) {
      String[] words = b.group(1).split("\\s+");
      for (int k = 1; k < words.length; k++) {
        String place = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        Optional<String> s = Character.isUpperCase(name.charAt(0)) ? state(place, dictionary, date) : Optional.empty();
        if (s.isPresent()) {
          add(out, name, s.get(), dictionary, date);
          break;
        }
      }
    }
    return List.copyOf(out.values());
  }

  /** The state {@code place} names as a whole (not a state named inside a longer phrase). */
  private static Optional<String> state(String place, ActorDictionary dictionary, LocalDate date) {
    return dictionary.resolve(place, date).filter(x -> x.type() == ActorType.STATE)
        .filter(x -> place.endsWith(x.name()) || x.aliases().stream().anyMatch(place::endsWith))
        .map(x -> x.entityOn(date));
  }

  private static void add(Map<String, Named> out, String name, String state, ActorDictionary dictionary,
                          LocalDate date) {
    String surname = name.substring(name.lastIndexOf(' ') + 1);
    if (dictionary.resolve(name, date).filter(a -> a.aliases().contains(name) || a.aliases().contains(surname)
        || a.name().equals(name)).isPresent()) {
      return; // a known person: the dictionary resolves the name or the surname itself
    }
    List<String> surfaces = new ArrayList<>(List.of(name));
    Matcher last = LAST_WORD.matcher(name);
    if (last.find() && !last.group(1).equals(name) && last.group(1).length() >= 3) {
      surfaces.add(last.group(1));
    }
    surfaces.addAll(givenNames(name));
    out.putIfAbsent(name, new Named(name, surfaces, state));
  }

  /** Honorifics that stand before a given name in Arabic names ("Sheikh Tamim", "Sheikha Moza"). */
  private static final java.util.Set<String> HONORIFICS = java.util.Set.of("Sheikh", "Sheikha", "Shaikh", "Sayyid");

  /**
   * How a text names a person whose name is a given name and a patronymic ("Tamim bin Hamad Al-Thani", "Sheikh Mohamed
   * bin Zayed"): by the given name after the honorific ("Sheikh Tamim") and by the given name and the father's
   * ("Tamim bin Hamad"), not by the family name; nothing for other names.
   */
  static List<String> givenNames(String name) {
    String[] w = name.trim().split("\\s+");
    int i = w.length > 2 && HONORIFICS.contains(w[0]) ? 1 : 0;
    if (i + 2 >= w.length || !w[i + 1].matches("(?i)bin|ibn|bint")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (i == 1) {
      out.add(w[0] + " " + w[1]);
    }
    out.add(w[i] + " " + w[i + 1] + " " + w[i + 2]);
    return out;
  }
}
