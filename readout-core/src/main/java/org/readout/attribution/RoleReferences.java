package org.readout.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The Governor said …": a title written without a name ({@code roleReferences} in {@code speakers.yaml})
 * stands for the person the statement names with that title — the last one named so before it in the text
 * ("Governor Jane Roe of Ohio … The Governor added"), else the one its title names ("Meeting with Tula Region
 * Governor Ivan Petrov"). Titles the actor dictionary resolves by date ("the President", "the Secretary of
 * State") are its business, not this class's. Immutable and thread-safe.
 */
final class RoleReferences {
  private final Pattern pattern;

  RoleReferences(Set<String> roles) {
    this.pattern = roles.isEmpty() ? null : Pattern.compile("\\b[Tt]he ((?i:" + String.join("|",
        roles.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).toList()) + "))\\b");
  }

  /**
   * The role references of {@code text} with the person each stands for, given the people already found in
   * it ({@code people}, in text order) and those named in the statement's {@code titled} line; a reference that
   * overlaps a known mention, is followed by a name or a possessive, or names nobody is left out.
   */
  List<SpeakerMention> find(String text, List<SpeakerMention> people, List<SpeakerMention> titled) {
    List<SpeakerMention> out = new ArrayList<>();
    if (pattern == null) {
      return out;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      int p = e;
      while (p < text.length() && text.charAt(p) == ' ') {
        p++;
      }
      if (p < text.length() && (Character.isUpperCase(text.charAt(p)) || text.charAt(p) == '’' || text.charAt(p) == '\'')) {
        continue; // "the Governor Jane Roe", "the Governor's programme"
      }
      if (people.stream().anyMatch(k -> k.start() < e && s < k.end())) {
        continue;
      }
      String role = m.group(1).toLowerCase(Locale.ROOT);
      Speaker who = null;
      for (SpeakerMention k : people) {
        if (k.end() <= s && holds(k.speaker(), role)) {
          who = k.speaker();
        }
      }
      for (SpeakerMention k : titled) {
        if (who == null && holds(k.speaker(), role)) {
          who = k.speaker();
        }
      }
      if (who != null) {
        out.add(new SpeakerMention(s, e, text.substring(s, e), SpeakerMention.Kind.NAMED, who));
      }
    }
    return out;
  }

  private static boolean holds(Speaker s, String role) {
    return s != null && s.isPerson() && Pattern.compile("\\b" + Pattern.quote(role) + "\\b", Pattern.CASE_INSENSITIVE)
        .matcher(s.role()).find();
  }
}
