package org.readout.commitments;

import java.util.List;
import java.util.Locale;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;

/**
 * Per-statement reading state of the {@link CommitmentExtractor}: who the participants are, and who
 * the last subject was (for pronouns). Short-lived and single-threaded: one per {@code extract} call.
 */
final class DocState {
  final AnalyzedStatement doc;
  final String side;
  final List<String> participants;
  final boolean joint;
  /** A third-person account (readout, statement), not a speaker's own words (briefing, remarks). */
  final boolean narrated;
  List<String> lastActors = List.of();
  int lastActorsAt = -1;
  int current;
  Mention lastPerson;
  /** The state or organisation of the official whose transcript turn holds the current sentence, or "". */
  String turnActor = "";
  /** The last sentence of the current turn that anchors a recounted past episode ("in 2014"), or -1. */
  int pastAnchorAt = -1;
  /** In a transcript turn, the current sentence's quotations no direct attribution voices (sentence offsets). */
  List<int[]> voicelessQuotes = List.of();
  /** The counterpart the title names ("Talks with Prime Minister of Greece …"), or null. */
  String titleCounterpart;
  /** The other party of the talks the current transcript turn recounts. */
  final TalksCounterpart talks = new TalksCounterpart();
  /** The last three or more parties named together, for a group that counts its members ("the three leaders"). */
  final NumberedGroup counted = new NumberedGroup();
  /** The turn {@link #pastAnchorAt} belongs to. */
  Object anchorTurn;

  DocState(AnalyzedStatement doc, String side, List<String> participants, java.util.regex.Pattern narratedAccount,
           boolean turns) {
    this.doc = doc;
    this.side = side;
    this.participants = participants;
    String kind = doc.meta().kind().toLowerCase(Locale.ROOT);
    this.narrated = kind.isEmpty() || kind.contains("readout") || kind.contains("statement")
        || narratedAccount(doc, narratedAccount, turns);
    this.joint = jointStatement(doc, side);
  }

  /**
   * A news item that narrates a call or meeting ("Telephone conversation with …", "X had a telephone conversation
   * with …"; the cue in lexicon.yaml, matched in the title and the first sentence) and gives no one's own words in
   * transcript turns: a third-person account like a readout, whatever its kind says.
   */
  static boolean narratedAccount(AnalyzedStatement doc, java.util.regex.Pattern cue, boolean turns) {
    if (turns || cue == null) {
      return false;
    }
    String lead = doc.sentences().isEmpty() ? "" : doc.sentences().get(0).text();
    return cue.matcher(doc.meta().title()).find() || cue.matcher(lead).find();
  }

  /** A statement several parties issue together: no side, or "joint" in its kind or title. */
  static boolean jointStatement(AnalyzedStatement doc, String side) {
    return side.isEmpty() || "JOINT".equals(side) || doc.meta().kind().toLowerCase(Locale.ROOT).contains("joint")
        || doc.meta().title().toLowerCase(Locale.ROOT).contains("joint statement")
        || LEADERS_TEXT.matcher(doc.meta().title()).find() || GROUP_TITLE.matcher(doc.meta().title()).find()
        || BODY_AUTHOR.matcher(doc.meta().title()).find()
        || WE_THE.matcher(doc.text()).lookingAt();
  }

  /** A title naming a body as the author: "G7 Statement on Ukraine", "NATO Foreign Ministers' Statement". */
  static final java.util.regex.Pattern GROUP_TITLE = java.util.regex.Pattern.compile(
      "^([A-Z][A-Z0-9.&-]{1,12})\\s+(?i:(?:(?:leaders|(?:foreign|finance|defen[cs]e)\\s+ministers|ministers)[’']?\\s+)?"
          + "(?:joint\\s+)?(?:statement|declaration|communiqu[eé]))\\b");

  /** A title naming a body as the author after the text's kind: "Joint Statement by the G7 Announcing …". */
  static final java.util.regex.Pattern BODY_AUTHOR = java.util.regex.Pattern.compile(
      "\\b(?i:(?:joint\\s+)?(?:statement|declaration|communiqu[eé]))\\s+(?:by|of|from)\\s+(?:the\\s+)?"
          + "([A-Z][A-Z0-9]{1,6})\\b(?!\\s+(?i:secretary|spokes\\w+|chair\\w*|president|director|ambassador|envoy|"
          + "coordinator|commissioner|high\\s+representative))");

  /** A text opening in a collective voice with its authors in apposition: "We, the Leaders of the G7, …". */
  static final java.util.regex.Pattern WE_THE = java.util.regex.Pattern.compile(
      "\\s*(?:\\d+\\.\\s*)?We,\\s+(?:the\\s+)?([^,;:.]{3,200}?),");

  /** A title of a text the leaders issue together: "G7 Leaders’ Statement", "Leaders’ Declaration", "… Communiqué". */
  private static final java.util.regex.Pattern LEADERS_TEXT = java.util.regex.Pattern.compile(
      "(?i)\\bleaders[’']?\\s+(?:joint\\s+)?(?:statement|declaration|communiqu[eé])\\b");

  /** Remembers the sentence's first subject for pronouns in later sentences. */
  void remember(Np np, int sentence) {
    if (np != null) {
      lastActors = np.entities();
      lastActorsAt = sentence;
      for (Mention m : np.mentions()) {
        if ("person".equals(m.actorType())) {
          lastPerson = m;
        }
      }
    }
  }

  /** The entities a mention stands for: its own, or the participants for a group. */
  List<String> entities(Mention m) {
    String e = m.entityId();
    if (e == null || e.isBlank() || FallbackActors.GROUP.equals(e) || "GROUP".equalsIgnoreCase(e)) {
      return participants;
    }
    return List.of(e);
  }
}
