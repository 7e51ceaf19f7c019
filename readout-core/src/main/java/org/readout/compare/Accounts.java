package org.readout.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.readout.actors.Actor;
import org.readout.actors.ActorDictionary;
import org.readout.model.Sides;
import org.readout.model.StatementMeta;

/**
 * Picks each side's account of a meeting from the statements given, whatever their kind: per side, the
 * statement about the meeting itself — not a preview published before the meeting date, not a readout of
 * another call (a title naming none of the other sides' states or leaders when a sibling does) — preferring a
 * readout or joint statement, then a briefing or press call, then remarks or a transcript. Every other
 * statement is set aside with its reason; no side is ever dropped. With a preferred kind ({@code --kind}), a
 * side's statements of that kind are preferred, and a side without one keeps its best account and a note says
 * so. Stateless.
 */
public final class Accounts {
  /** A statement left out of the comparison, and why. */
  public record SetAside(String id, String side, String kind, String reason) {
  }

  /** The chosen account ids (sorted, so input order never matters), the statements set aside, and notes for the reader. */
  public record Selection(List<String> accounts, List<SetAside> setAside, List<String> notes) {
    public Selection {
      accounts = List.copyOf(accounts);
      setAside = List.copyOf(setAside);
      notes = List.copyOf(notes);
    }

    /** Every statement compared, nothing set aside. */
    public static Selection all(List<StatementMeta> metas) {
      return new Selection(metas.stream().map(StatementMeta::id).toList(), List.of(), List.of());
    }
  }

  private static final Pattern MEETING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private Accounts() {
  }

  /**
   * Selects the accounts.
   *
   * @param preferKind a kind to prefer per side ({@code readout}), or {@code null}
   */
  public static Selection select(List<StatementMeta> metas, ActorDictionary actors, String preferKind) {
    Map<String, List<StatementMeta>> bySide = new LinkedHashMap<>();
    for (StatementMeta m : metas) {
      bySide.computeIfAbsent(side(m), k -> new ArrayList<>()).add(m);
    }
    List<String> chosen = new ArrayList<>();
    List<SetAside> aside = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String kind = preferKind == null ? "" : preferKind.trim().toLowerCase(Locale.ROOT);
    for (Map.Entry<String, List<StatementMeta>> e : bySide.entrySet()) {
      List<StatementMeta> ms = e.getValue();
      LocalDate day = meetingDate(ms);
      List<String> otherNames = otherNames(bySide, e.getKey(), actors, day);
      boolean hasKind = !kind.isEmpty() && ms.stream().anyMatch(m -> m.kind().equalsIgnoreCase(kind));
      if (!kind.isEmpty() && !hasKind) {
        notes.add("No " + kind + " from the " + e.getKey() + " side; its " + best(ms, day, otherNames, "").kind()
            + " is compared instead.");
      }
      StatementMeta best = best(ms, day, otherNames, hasKind ? kind : "");
      chosen.add(best.id());
      for (StatementMeta m : ms) {
        if (m != best) {
          aside.add(new SetAside(m.id(), e.getKey(), m.kind(), reason(m, best, day, otherNames, hasKind ? kind : "")));
        }
      }
    }
    List<String> ordered = metas.stream().map(StatementMeta::id).filter(chosen::contains).sorted().toList();
    aside.sort(java.util.Comparator.comparing(SetAside::id));
    notes.sort(null);
    return new Selection(ordered, aside, notes);
  }

  private static StatementMeta best(List<StatementMeta> ms, LocalDate day, List<String> others, String kind) {
    return ms.stream().min(Comparator.<StatementMeta>comparingInt(m -> kind.isEmpty() || m.kind().equalsIgnoreCase(kind) ? 0 : 1)
        .thenComparingInt(m -> preview(m, day) ? 1 : 0)
        .thenComparingInt(m -> names(m, others) ? 0 : 1)
        .thenComparingInt(m -> rank(m.kind()))
        .thenComparing(StatementMeta::id)).orElseThrow();
  }

  private static String reason(StatementMeta m, StatementMeta best, LocalDate day, List<String> others, String kind) {
    if (!kind.isEmpty() && !m.kind().equalsIgnoreCase(kind)) {
      return "not a " + kind + " (--kind)";
    }
    if (preview(m, day)) {
      return "preview, " + m.date();
    }
    if (!others.isEmpty() && !names(m, others) && names(best, others)) {
      return "title names no leader or state of the other side";
    }
    if (rank(m.kind()) > rank(best.kind())) {
      return "the side's " + best.kind() + " is compared";
    }
    return "another statement of the same side (" + best.id() + " is compared)";
  }

  /** readout / joint statement first, then briefings and calls with the press, then remarks and the rest. */
  static int rank(String kind) {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "readout", "joint-statement", "statement" -> 0;
      case "briefing", "press-call", "press-conference", "background-briefing" -> 1;
      case "remarks", "transcript", "interview", "speech" -> 2;
      default -> 3;
    };
  }

  private static boolean preview(StatementMeta m, LocalDate day) {
    return day != null && m.date() != null && m.date().isBefore(day);
  }

  private static boolean names(StatementMeta m, List<String> others) {
    String t = " " + m.title().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ") + " ";
    return others.stream().anyMatch(n -> t.contains(" " + n + " "));
  }

  /** Lower-case names and aliases of the other sides' states and of persons belonging to them. */
  private static List<String> otherNames(Map<String, List<StatementMeta>> bySide, String side, ActorDictionary actors,
                                         LocalDate day) {
    List<String> out = new ArrayList<>();
    for (String other : bySide.keySet()) {
      if (other.equals(side)) {
        continue;
      }
      String entity = Sides.actorOf(other).orElse("");
      if (entity.isEmpty()) {
        continue;
      }
      for (Actor a : actors.actors()) {
        String ent = day == null ? a.entityId() : a.entityOn(day);
        if (a.id().equals(entity) || entity.equals(ent) && a.isPerson()) {
          add(out, a.name());
          a.aliases().forEach(x -> add(out, x));
          if (a.isPerson()) {
            String[] parts = a.name().split(" ");
            add(out, parts[parts.length - 1]);
          }
        }
      }
    }
    return out;
  }

  private static void add(List<String> out, String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").trim();
    if (n.length() >= 2 && !out.contains(n)) {
      out.add(n);
    }
  }

  /** The meeting's date: the date its id starts with, else the latest publication date of the side's statements. */
  private static LocalDate meetingDate(List<StatementMeta> ms) {
    for (StatementMeta m : ms) {
      var x = MEETING_DATE.matcher(m.meeting());
      if (x.find()) {
        try {
          return LocalDate.parse(x.group(1));
        } catch (java.time.DateTimeException e) {
          // fall through
        }
      }
    }
    return null;
  }

  private static String side(StatementMeta m) {
    return m.side().isEmpty() ? "id:" + m.id() : m.side().toUpperCase(Locale.ROOT);
  }
}
