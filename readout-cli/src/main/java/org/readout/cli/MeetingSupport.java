package org.readout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.readout.ReadoutException;
import org.readout.report.escape.CsvWriter;
import org.readout.actors.Actor;
import org.readout.actors.ActorDictionary;
import org.readout.actors.ActorType;
import org.readout.meetings.Meeting;
import org.readout.meetings.MeetingCues;
import org.readout.meetings.MeetingGrouper;
import org.readout.model.Sides;
import org.readout.store.Workspace;
import org.readout.store.meetings.MeetingStore;

/** What the meeting commands share: the grouper, the cached grouping, actor names, dates, CSV. */
final class MeetingSupport {
  private MeetingSupport() {
  }

  static MeetingGrouper grouper(CommonOptions common) {
    return new MeetingGrouper(common.dictionary(), MeetingCues.bundled());
  }

  /** The workspace at {@code --db}, which must exist (listing never creates one). */
  static Workspace openExisting(CommonOptions common) {
    Path db = common.dbPath();
    if (!db.toString().startsWith("jdbc:") && !Files.exists(db)) {
      throw new ReadoutException(db + ": no workspace yet (run 'readout ingest' first)");
    }
    return Workspace.open(db);
  }

  static List<Meeting> meetings(CommonOptions common, Workspace ws) {
    return new MeetingStore(ws).meetings(common.readout(), grouper(common), common.configLabel());
  }

  /**
   * Resolves {@code --actor} values: an actor id ({@code RUS}, {@code putin}), a side code ({@code RU}),
   * or a name ({@code Vladimir Putin}), case-blind.
   */
  static String actor(ActorDictionary dictionary, String given) {
    String g = given.strip();
    Optional<Actor> exact = dictionary.find(g);
    if (exact.isPresent()) {
      return exact.get().id();
    }
    for (Actor a : dictionary.actors()) {
      if (a.id().equalsIgnoreCase(g) || a.name().equalsIgnoreCase(g)) {
        return a.id();
      }
    }
    Optional<String> side = Sides.actorOf(g);
    if (side.isPresent()) {
      return side.get();
    }
    for (Actor a : dictionary.actors()) {
      for (String alias : a.aliases()) {
        if (alias.equalsIgnoreCase(g)) {
          return a.id();
        }
      }
    }
    String valid = dictionary.actors().stream()
        .filter(a -> a.type() == ActorType.STATE || a.type() == ActorType.ORGANISATION || a.type() == ActorType.PERSON)
        .map(Actor::id).collect(Collectors.joining(", "));
    throw new ReadoutException("--actor: unknown actor '" + given + "'; valid actors (ids, names or side codes): " + valid);
  }

  /** True when the meeting has every one of {@code actors} as a party or a participant. */
  static boolean hasAll(Meeting m, List<String> actors) {
    for (String a : actors) {
      boolean found = m.parties().contains(a) || m.participants().stream().anyMatch(p -> p.actor().equals(a));
      if (!found) {
        return false;
      }
    }
    return true;
  }

  static LocalDate day(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ReadoutException(option + ": '" + value + "' is not an ISO date (YYYY-MM-DD)");
    }
  }

  static void checkRange(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new ReadoutException("--to: " + to + " is before --from " + from);
    }
  }

  static String participantNames(Meeting m) {
    return m.participants().stream().map(Meeting.Participant::name).collect(Collectors.joining(" – "));
  }

  /** RFC 4180 CSV (CRLF line ends) through the report module's one CSV writer (formula-safe cells). */
  static String csv(List<String> header, List<List<Object>> rows) {
    CsvWriter w = new CsvWriter(header);
    rows.forEach(w::row);
    return w.toString();
  }


  static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  static String sides(Map<String, String> sides) {
    return String.join(",", new TreeSet<>(sides.values()));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static List<String> resolveAll(ActorDictionary dictionary, List<String> given) {
    List<String> out = new ArrayList<>();
    for (String g : given) {
      out.add(actor(dictionary, g));
    }
    return out;
  }
}
