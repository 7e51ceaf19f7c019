package org.readout.attribution;

import java.util.List;

/**
 * One attributed stretch of text.
 *
 * @param statement    statement id
 * @param sentence     index of the sentence where the content starts
 * @param start        inclusive offset of the content into {@code Statement.text()}
 * @param end          exclusive offset of the content
 * @param type         direct quote, indirect (reported) speech, or transcript turn
 * @param speaker      the speaker's canonical name: the actor dictionary's name ({@code Joseph R. Biden}), else
 *                     a generic label ({@code Questioner}, {@code both sides})
 * @param speakerId    the speaker's actor dictionary id ({@code biden}, {@code RUS}), or {@code ""} when the
 *                     dictionary holds no such actor (generic labels, groups)
 * @param speakerActor state or organisation id of the speaker, or {@code ""}
 * @param role         speaker role as written or known, or {@code ""}
 * @param cue          the cue as written ({@code said}, {@code according to}, {@code MR. SULLIVAN:}), or {@code ""}
 * @param content      {@code text.substring(start, end)}
 * @param reportedBy   who reports the speaker, outermost first (e.g. {@code [Jake Sullivan]}), canonical names
 * @param reportedByIds the actor dictionary ids of {@code reportedBy}, index for index ({@code ""} for
 *                     institutional reporters such as {@code Kremlin})
 * @param surface      the speaker as written in the text ({@code He}, {@code the President}), or {@code ""}
 * @param rule         the rule that produced it, for explainability
 */
public record Attribution(String statement, int sentence, int start, int end, AttributionType type, String speaker,
                          String speakerId, String speakerActor, String role, String cue, String content,
                          List<String> reportedBy, List<String> reportedByIds, String surface, String rule) {
  public Attribution {
    reportedBy = List.copyOf(reportedBy);
    reportedByIds = List.copyOf(reportedByIds);
    if (reportedByIds.size() != reportedBy.size()) {
      throw new IllegalArgumentException("reportedByIds must match reportedBy index for index");
    }
  }
}
