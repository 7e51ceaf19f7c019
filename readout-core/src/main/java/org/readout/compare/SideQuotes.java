package org.readout.compare;

import java.util.List;

/**
 * Who one side quotes, over all of that side's statements in a comparison. Immutable.
 *
 * @param side       side code ({@code US}, {@code RU}; a statement without a side is {@code id:<statement>})
 * @param statements ids of the side's statements, sorted
 * @param words      words in those statements
 * @param speakers   the speakers, most words first (ties: more attributions, then name)
 */
public record SideQuotes(String side, List<String> statements, int words, List<SpeakerShare> speakers) {
  public SideQuotes {
    statements = List.copyOf(statements);
    speakers = List.copyOf(speakers);
  }
}
