package org.readout.attribution;

/** Reporting frames read from the clause around a verb cue, beyond "X said that …". Stateless. */
final class ReportingFrames {
  private ReportingFrames() {
  }

  private static final java.util.regex.Pattern CLEFT_COPULA =
      java.util.regex.Pattern.compile("\\b(?:is|was|will be|would be)(?:\\s+that\\b|\\s*:)");

  /**
   * A pseudo-cleft reporting frame, "what SUBJECT (aux) CUE (object) is that COMPLEMENT": when "what"
   * stands right before the subject mention at {@code subjectStart} and a copula ("is/was that", "is:")
   * follows the cue within twelve words of the clause, the offset where the complement starts; else -1.
   */
  static int pseudoCleft(String text, int from, int subjectStart, int cueEnd, int to) {
    int w = subjectStart;
    while (w > from && text.charAt(w - 1) == ' ') {
      w--;
    }
    if (w - 4 < from || !text.regionMatches(true, w - 4, "what", 0, 4)
        || (w - 4 > 0 && Character.isLetter(text.charAt(w - 5)))) {
      return -1;
    }
    java.util.regex.Matcher m = CLEFT_COPULA.matcher(text).region(cueEnd, to);
    if (!m.find() || SubjectFinder.words(text, cueEnd, m.start()) > 12 || text.substring(cueEnd, m.start()).matches("(?s).*[.;?!].*")) {
      return -1;
    }
    return m.end();
  }
}
