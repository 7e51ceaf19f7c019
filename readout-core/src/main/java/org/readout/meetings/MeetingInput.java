package org.readout.meetings;

import java.util.List;
import java.util.Objects;
import org.readout.model.Mention;
import org.readout.model.StatementMeta;

/**
 * What the grouper reads of one statement: its metadata, the hash of its text (copies of one text are
 * one statement for grouping), its lead (a prefix of the normalised text) with the actor mentions
 * inside it, and the actor mentions of its title.
 *
 * @param meta           publication metadata (the {@code meeting} field is ignored: grouping finds it)
 * @param sha256         SHA-256 of the full text
 * @param lead           a prefix of {@code Statement.text()}; offsets of {@code leadMentions} refer to it
 * @param leadMentions   mentions whose offsets fall inside {@code lead}, with their sentence indexes
 * @param titleMentions  mentions found in {@code meta.title()} analysed as a text of its own (offsets
 *                       into the title)
 */
public record MeetingInput(StatementMeta meta, String sha256, String lead, List<Mention> leadMentions,
                           List<Mention> titleMentions) {
  public MeetingInput {
    Objects.requireNonNull(meta, "meta");
    sha256 = sha256 == null ? "" : sha256;
    lead = lead == null ? "" : lead;
    leadMentions = List.copyOf(leadMentions);
    titleMentions = List.copyOf(titleMentions);
  }

  public String id() {
    return meta.id();
  }
}
