package org.readout.attribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds transcript speaker turns in a statement text: honorific labels ({@code MS. PSAKI:}),
 * upper-case labels at a paragraph or sentence start ({@code THE PRESIDENT:}, {@code SENIOR
 * ADMINISTRATION OFFICIAL:}), questioner labels ({@code Q}, {@code Question:}) and name labels
 * ending in a known person ({@code Aide to the President Yury Ushakov:}, {@code President of Russia
 * Vladimir Putin:}). Works on the text itself, so it does not depend on how sentences were split.
 * Thread-safe.
 */
public final class TurnFinder {
  private static final Pattern CAPS = Pattern.compile(
      "(?:^|(?<=\\n)|(?<=[.!?”\"][ \\t])|(?<=[.!?”\"][ \\t][ \\t]))"
          + "[A-Z][A-Z'’\\-]+(?:[ \\t][A-Z][A-Z.'’\\-]*){0,4}[ \\t]*:(?=\\s)");

  private final SpeakerLexicon speakers;
  private final DictionarySpeakers dictionary;
  /** An honorific label: {@code MS. PSAKI:} (honorifics from {@code speakers.yaml}). */
  private final Pattern honorific;
  /** A questioner label opening a paragraph or sentence: {@code Q}, {@code Question:} ({@code speakers.yaml}). */
  private final Pattern question;
  /** An honorific opening a label, dropped from a speaker kept as written. */
  private final Pattern leadingHonorific;

  TurnFinder(SpeakerLexicon speakers, DictionarySpeakers dictionary) {
    this.speakers = speakers;
    this.dictionary = dictionary;
    String honorifics = alternation(speakers.honorifics());
    this.honorific = Pattern.compile("(?<![\\p{L}])(?:" + honorifics
        + ")\\.[ \\t]+[A-Z][A-Z'’\\-]+(?:[ \\t][A-Z][A-Z'’\\-]+){0,2}[ \\t]*:");
    this.question = Pattern.compile("(?:^|(?<=\\n)|(?<=[.!?][ \\t]))(?:" + alternation(speakers.questionLabels())
        + ")(?:[ \\t]?\\(retranslated\\))?(?:[ \\t]*:[ \\t]*|\\.?[ \\t]+)(?=\\S)");
    this.leadingHonorific = Pattern.compile("^(?i)(" + honorifics + ")\\. ");
  }

  private static String alternation(java.util.List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(w));
    }
    return b.toString();
  }

  /**
   * The end of a name label in the Kremlin's hover-card layout, where the name is followed by its parts
   * again, surname first, and the title glued on ("Jane Roe Roe JanePresident of the Republic:"): the colon
   * after the card, or {@code end} when the name is not followed by such a card.
   */
  static int hoverCard(String text, int start, int end) {
    java.util.Set<String> parts = new java.util.HashSet<>(java.util.Arrays.asList(
        text.substring(start, end).split("[ \t]+")));
    int p = end;
    boolean card = false;
    while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      int w = p + 1;
      int e = w;
      while (e < text.length() && !Character.isWhitespace(text.charAt(e)) && text.charAt(e) != ':') {
        e++;
      }
      String word = text.substring(w, e);
      if (parts.contains(word)) {
        card = true;
        p = e;
        continue;
      }
      for (String part : parts) {
        int n = part.length();
        if (card && word.length() > n && word.startsWith(part) && Character.isLowerCase(word.charAt(n - 1))
            && Character.isUpperCase(word.charAt(n))) {
          // the glued title runs to the colon, on the same line, within a title's length
          for (int c = w + n; c < Math.min(text.length(), w + n + 120); c++) {
            char ch = text.charAt(c);
            if (ch == ':') {
              return c;
            }
            if (ch == '\n' || ch == '.' && c + 1 < text.length() && text.charAt(c + 1) == ' ') {
              return end;
            }
          }
          return end;
        }
      }
      break;
    }
    return card && p < text.length() && text.charAt(p) == ':' ? p : end;
  }

  private record Label(int start, int end, String label, Speaker speaker) {
  }

  /**
   * Turns in {@code text}. {@code mentions} are the resolved speaker references (used for name
   * labels); {@code ownState} resolves {@code THE PRESIDENT}.
   */
  public List<Turn> find(String text, List<SpeakerMention> mentions, LocalDate date, String ownState) {
    List<Label> labels = new ArrayList<>();
    Matcher m = honorific.matcher(text);
    while (m.find()) {
      String label = m.group().substring(0, m.group().lastIndexOf(':')).strip();
      labels.add(new Label(m.start(), m.end(), label, resolveCaps(label, date, ownState)));
    }
    m = CAPS.matcher(text);
    while (m.find()) {
      String label = m.group().substring(0, m.group().lastIndexOf(':')).strip();
      if (label.length() < 2 || overlaps(labels, m.start(), m.end())) {
        continue;
      }
      labels.add(new Label(m.start(), m.end(), label, isQuestionLabel(label) ? speakers.questioner()
          : resolveCaps(label, date, ownState)));
    }
    m = question.matcher(text);
    while (m.find()) {
      if (!overlaps(labels, m.start(), m.end())) {
        String label = m.group().replace(":", "").strip();
        labels.add(new Label(m.start(), m.end(), label, speakers.questioner()));
      }
    }
    for (SpeakerMention sm : mentions) {
      if (sm.kind() != SpeakerMention.Kind.NAMED || sm.speaker() == null || !sm.speaker().isPerson()) {
        continue;
      }
      // Kremlin's hover-card label: "Jane Roe Roe JaneTitle of X:" (hoverCard), or the name repeated surname
      // first and glued to the role: "President of X Jane Roe Roe JanePresident of X(retranslated):"
      int colon = hoverCard(text, sm.start(), sm.end());
      Matcher repeat = REPEATED_NAME.matcher(text).region(colon, Math.min(text.length(), colon + 160));
      if (colon == sm.end() && repeat.lookingAt() && sameWords(repeat.group(1), sm.surface())) {
        colon = repeat.end() - 1;
      } else if (text.startsWith(" (retranslated)", colon)) {
        // "Jane Roe (retranslated):", also written without the space
        colon += " (retranslated)".length();
      } else if (text.startsWith("(retranslated)", colon)) {
        colon += "(retranslated)".length();
      } else if (colon == sm.end() && EDITORIAL_NOTE.matcher(text).region(colon, text.length()).lookingAt()) {
        // "Jane Roe(Commenting on a question from …) …": the editor's note opens the turn, no colon
        colon--;
      } else if (colon == sm.end()) {
        // "<…> Jane Roe, Agency X, Corporation Y:": a participant's affiliations after the name
        Matcher aff = AFFILIATION.matcher(text).region(colon, Math.min(text.length(), colon + 120));
        if (aff.lookingAt() && elided(text, sm.start())) {
          colon = aff.end() - 1;
        }
      }
      if (colon >= text.length() || colon + 1 >= text.length() || text.charAt(colon) != ':'
          && !(colon + 1 == sm.end() && text.charAt(colon + 1) == '(')
          || !Character.isWhitespace(text.charAt(colon + 1)) && text.charAt(colon + 1) != '(') {
        continue;
      }
      int start = labelStart(text, sm.start(), colon);
      if (start < 0 || overlaps(labels, start, colon + 1)) {
        continue;
      }
      String role = text.substring(start, sm.start()).strip();
      int labelEnd = text.charAt(colon) == ':' ? colon + 1 : sm.end();
      if (QuoteLayouts.topicLabel(role)) {
        // "On President X: …" names what the words are about, not who speaks
        continue;
      }
      Speaker s = role.isEmpty() ? sm.speaker() : sm.speaker().withRole(role);
      labels.add(new Label(start, labelEnd, text.substring(start, labelEnd).replaceAll(":$", "").strip(), s));
    }
    labels.sort(Comparator.comparingInt(Label::start));
    for (int i = 0; i < labels.size(); i++) {
      Label l = labels.get(i);
      if ("questioner".equals(l.speaker().kind())) {
        Speaker named = introducedJournalist(text, l.end(), mentions);
        if (named != null) {
          labels.set(i, new Label(l.start(), l.end(), l.label(), named));
        }
      }
    }
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Label l = labels.get(i);
      int end = i + 1 < labels.size() ? labels.get(i + 1).start() : text.length();
      int s = l.end();
      while (s < end && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      int e = end;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      turns.add(new Turn(l.start(), l.end(), s, Math.max(s, e), l.label(), l.speaker()));
    }
    return turns;
  }

  /**
   * A journalist who gives his name opening his question ("Question: Jane Roe, Agency X. …", "Hi, it’s
   * Jane here"): a name the dictionary does not hold, at the turn's start followed by a comma, or after
   * "it’s" / "this is" / "my name is" within its first words.
   */
  private Speaker introducedJournalist(String text, int from, List<SpeakerMention> mentions) {
    int s = from;
    while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    for (SpeakerMention m : mentions) {
      if (m.start() < s) {
        continue;
      }
      if (m.start() > s + 40) {
        break;
      }
      if (m.kind() != SpeakerMention.Kind.NAMED || m.speaker() == null || !m.speaker().id().isEmpty()) {
        continue;
      }
      String before = text.substring(s, m.start()).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
      boolean first = m.start() == s && m.end() < text.length() && text.charAt(m.end()) == ',';
      if (first || before.matches("(?s).*\\b(?:it's|this is|my name is|i'm)\\s+$")) {
        return new Speaker(m.speaker().name(), "", "", speakers.questioner().role(), "questioner");
      }
    }
    Matcher intro = SELF_INTRODUCTION.matcher(text.substring(s, Math.min(text.length(), s + 60)));
    if (intro.find()) {
      return new Speaker(intro.group(1), "", "", speakers.questioner().role(), "questioner");
    }
    return null;
  }

  /** "Hi, it’s Jane here", "This is Jane Roe from …" opening a question. */
  private static final Pattern SELF_INTRODUCTION = Pattern.compile(
      "^(?:\\p{L}+,?\\s+)?(?:[Ii]t[’']s|[Tt]his is|[Mm]y name is)\\s+(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\b");

  /** An editor's note glued to a name label: "(Commenting on …)", "(addressing the participants)". */
  private static final Pattern EDITORIAL_NOTE = Pattern.compile(
      "\\((?:[Cc]ommenting|[Aa]ddressing|[Rr]esponding|[Aa]nswering|[Rr]eplying|[Ss]peaking)\\b[^)]{0,600}\\)");
  /** ", Agency X, Corporation Y:" after a participant's name (no sentence punctuation, no quote after it). */
  private static final Pattern AFFILIATION = Pattern.compile(", [\\p{Lu}][^.?!:;“”\"\\n]{1,100}:(?=\\s+[^\\s“\"])");

  /** Whether the name at {@code start} follows an elision mark ("<…>", "…") of an excerpted transcript. */
  private static boolean elided(String text, int start) {
    int j = start;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    return j > 0 && (text.charAt(j - 1) == '>' || text.charAt(j - 1) == '…');
  }

  /** The name said again after a label's name, surname first, then the role glued on, up to the colon. */
  private static final Pattern REPEATED_NAME = Pattern.compile(
      " (\\p{Lu}\\p{Ll}[\\p{L}'’\\-]*(?: \\p{Lu}\\p{Ll}[\\p{L}'’\\-]*){0,3})(?=\\p{Lu})[^:\\n]{0,100}?:(?=\\s)");

  /** Whether every word of {@code repeated} is a word of {@code name} ("Roe Jane" of "Jane Roe"). */
  private static boolean sameWords(String repeated, String name) {
    java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(name.split("[\\s.]+")));
    for (String w : repeated.split(" ")) {
      if (!words.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Start of a name label that ends at {@code nameStart}: the capitalised role words before the name
   * must reach a paragraph or sentence start, else it is not a label ("And I told him:" is not) — or, behind
   * a heading that lost its line break ("Excerpts from the transcript of the meeting President of X Jane
   * Roe: Good afternoon"), be at least three words opening with a title word, with a capital after the
   * colon.
   */
  private int labelStart(String text, int nameStart, int colon) {
    int i = nameStart;
    int words = 0;
    while (true) {
      int j = i;
      while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
        j--;
      }
      if (j == 0 || text.charAt(j - 1) == '\n') {
        return i;
      }
      char p = text.charAt(j - 1);
      // "<…> Jane Roe:": a label after the elision mark of an excerpted transcript
      if ((p == '.' || p == '!' || p == '?' || p == '*' || p == '”' || p == '"' || p == '>' || p == '…') && j < i) {
        return i;
      }
      int w = j;
      while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '\'')) {
        w--;
      }
      // up to ten words: "President of France Emmanuel Macron Macron Emmanuel" (a label with its name twice)
      if (w == j || ++words > 10) {
        return -1;
      }
      String word = text.substring(w, j);
      if (!Character.isUpperCase(word.charAt(0)) && !word.equals("of") && !word.equals("the") && !word.equals("to")) {
        return headingLed(text, i, nameStart, colon) ? i : -1;
      }
      i = w;
    }
  }

  /** Whether the role words from {@code start} to the name are a label behind a lost heading (see labelStart). */
  private boolean headingLed(String text, int start, int nameStart, int colon) {
    String[] role = text.substring(start, colon).strip().split("\\s+");
    int after = colon + 1;
    while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '(')) {
      after++;
    }
    return role.length >= 3 && speakers.titles().contains(role[0]) && after < text.length()
        && Character.isUpperCase(text.charAt(after));
  }

  /** Whether an upper-case label is a questioner's ({@code THE PRESS}, {@code QUESTION}). */
  private boolean isQuestionLabel(String label) {
    return speakers.isPressLabel(label) || speakers.questionLabels().contains(label.strip());
  }

  private static boolean overlaps(List<Label> labels, int start, int end) {
    for (Label l : labels) {
      if (start < l.end() && l.start() < end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Resolves an upper-case label through the actor dictionary ({@code MR. SULLIVAN}, {@code THE
   * PRESIDENT} on the own side); a label naming no dictionary person is kept as written, in title case.
   */
  private Speaker resolveCaps(String label, LocalDate date, String ownState) {
    String norm = label.replaceAll("\\s+", " ");
    Optional<Speaker> s = dictionary.person(norm, date, ownState);
    if (s.isPresent()) {
      return s.get();
    }
    String title = titleCase(leadingHonorific.matcher(norm).replaceFirst(""));
    return new Speaker(title, "", ownState == null ? "" : ownState, title, "person");
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toCharArray()) {
      sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return sb.toString();
  }
}
