package org.readout.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentKind;
import org.readout.model.Evidence;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.topics.CodedStatement;

/**
 * Findings about the meeting as a whole, from the sides' accounts: its {@code outcome} (from the
 * parties' joint commitments: a concrete joint agreement is a breakthrough, joint instructions to teams and
 * consultations, or an accepted invitation to meet, are a working-level transfer, warnings with mutual blame (or
 * from both sides) and no joint readiness are a deterioration, else a stalemate resting on the views and positions
 * stated; a courtesy call with none of the first three has none), who took
 * the {@code initiative} ("at the initiative of the US side", "the Russian side asked to move the call"). No
 * {@code one-sided-report} is made: reports of what the other leader said that the other side's account does not carry
 * (by sentence similarity, even restricted to acts of a named person of the other side alone) were right on 1 of 4
 * on the test half of the comparison gold (brief-gate.yaml). Short-lived: one per comparison.
 */
final class MeetingFindings {
  private final Map<String, List<CodedStatement>> sides;
  private final Map<String, List<Commitment>> commitments;
  private final StanceLexicon lex;
  private final Wording wording;

  MeetingFindings(Map<String, List<CodedStatement>> sides, Map<String, List<Commitment>> commitments,
                  StanceLexicon lex, Wording wording) {
    this.sides = sides;
    this.commitments = commitments;
    this.lex = lex;
    this.wording = wording;
  }

  /**
   * The outcome finding; {@code blame} tells whether mirror findings were made. Only joint acts (naming the
   * actors of two sides, "the two presidents agreed …") count as agreements or instructions: an outcome is what
   * the parties came to together, not what one of them announced. When no act joins the two sides (paired
   * conversations with one third leader), an act joining a side with its interlocutor (a participant of the
   * conversation the statement reports) counts for that side's conversation. One side's warnings and demands count per side.
   */
  Finding outcome(boolean blame, Map<String, String> entities) {
    List<Evidence> concrete = new ArrayList<>();
    List<Evidence> teams = new ArrayList<>();
    List<Evidence> warnings = new ArrayList<>();
    List<Evidence> readiness = new ArrayList<>();
    List<Evidence> views = new ArrayList<>();
    java.util.Set<String> warningSides = new java.util.HashSet<>();
    java.util.Set<String> parties = new java.util.HashSet<>(entities.values());
    parties.remove("");
    boolean paired = parties.size() >= 2 && !anyJoins(parties);
    for (Map.Entry<String, List<CodedStatement>> side : sides.entrySet()) {
      String own = entities.getOrDefault(side.getKey(), "");
      for (CodedStatement c : side.getValue()) {
        java.util.Set<String> talk = paired ? interlocutors(c) : java.util.Set.of();
        for (Commitment k : commitments.getOrDefault(c.id(), List.of())) {
          if (k.negated()) {
            continue;
          }
          boolean joint = parties.size() < 2 ? k.actors().size() >= 2
              : k.actors().stream().filter(parties::contains).count() >= 2
                  || paired && k.actors().size() >= 2 && k.actors().contains(own) && talk.containsAll(k.actors());
          String clause = k.text() + " " + k.action();
          boolean team = lex.workingLevel.in(clause);
          if (joint && k.kind() == CommitmentKind.AGREEMENT && !team && lex.concrete.in(k.action()) && !k.refrain()
              && k.condition().isEmpty() && !lex.sharedView.opens(k.action())) {
            concrete.add(ev(c, k, "outcome:concrete-agreement"));
          } else if (joint && (k.kind() == CommitmentKind.AGREEMENT || k.kind() == CommitmentKind.PLEDGE) && team) {
            teams.add(ev(c, k, "outcome:instruction-to-teams"));
          } else if (joint && (k.kind() == CommitmentKind.READINESS || k.kind() == CommitmentKind.HOPE)) {
            readiness.add(ev(c, k, "outcome:readiness"));
          } else if (k.kind() == CommitmentKind.WARNING || k.kind() == CommitmentKind.DEMAND) {
            warnings.add(ev(c, k, "outcome:warning"));
            warningSides.add(side.getKey());
          } else {
            views.add(ev(c, k, "outcome:position"));
          }
        }
        teams.addAll(acceptedInvitations(c));
      }
    }
    String label;
    List<Evidence> ev = new ArrayList<>();
    if (!concrete.isEmpty()) {
      label = "breakthrough";
      ev.addAll(concrete);
    } else if (!teams.isEmpty()) {
      label = "working-level";
      ev.addAll(teams);
      ev.addAll(readiness);
    } else if (!warnings.isEmpty() && readiness.isEmpty() && (blame || warningSides.size() >= 2)) {
      label = "deterioration";
      ev.addAll(warnings);
    } else if (!warnings.isEmpty() || !courtesyCall()) {
      label = "stalemate";
      ev.addAll(readiness);
      ev.addAll(warnings);
      ev.addAll(views);
    } else {
      return null; // a courtesy call (congratulations, condolences) that settled, handed on and warned of nothing
    }
    ev = dedupe(ev);
    if (ev.isEmpty()) {
      return null; // nothing to rest an outcome on: no commitment of any kind
    }
    List<String> ids = new ArrayList<>();
    sides.values().forEach(l -> l.forEach(c -> ids.add(c.id())));
    return new Finding(Finding.OUTCOME, label, ids, wording.outcome(label, concrete.size(), teams.size(),
        readiness.size(), warnings.size(), views.size()), ev.subList(0, Math.min(ev.size(), 6)));
  }

  /**
   * Sentences reporting an invitation to meet or visit and its acceptance, in the same sentence or the next one
   * ("X invited Y to visit; the invitation was accepted"): the leaders will meet again. An acceptance sentence with a
   * negation cue is none.
   */
  private List<Evidence> acceptedInvitations(CodedStatement c) {
    List<Evidence> out = new ArrayList<>();
    List<Sentence> ss = c.sentences();
    for (int i = 0; i < ss.size(); i++) {
      Sentence s = ss.get(i);
      if (!lex.invitation.in(s.text())) {
        continue;
      }
      Sentence accepted = lex.acceptance.in(s.text()) ? s
          : i + 1 < ss.size() && lex.acceptance.in(ss.get(i + 1).text()) ? ss.get(i + 1) : null;
      if (accepted != null && !lex.negation.in(accepted.text())) { // "the invitation was not accepted"
        out.add(new Evidence(c.id(), accepted.index(), accepted.start(), accepted.end(), "outcome:invitation-accepted"));
      }
    }
    return out;
  }

  /** Whether every account opens with a courtesy occasion (congratulations, condolences, greetings, an anniversary). */
  private boolean courtesyCall() {
    List<CodedStatement> all = sides.values().stream().flatMap(List::stream).toList();
    return !all.isEmpty() && all.stream().allMatch(c -> !c.sentences().isEmpty()
        && lex.courtesy.in(c.sentences().get(0).text()));
  }

  /**
   * Whether any account has an act joining two of the parties. When none does, the accounts are of paired
   * conversations (each side's leader spoke with the same third leader, or each side reports its own talks),
   * and an act joining a side with its own interlocutor is what that conversation came to.
   */
  private boolean anyJoins(java.util.Set<String> parties) {
    return sides.values().stream().flatMap(List::stream)
        .flatMap(c -> commitments.getOrDefault(c.id(), List.of()).stream())
        .anyMatch(k -> !k.negated() && k.actors().stream().filter(parties::contains).count() >= 2);
  }

  /**
   * The parties of the conversation a statement reports: the entities its group phrases ("the leaders", "the
   * parties") were expanded to, from the statement's title or opening (the actor stage's participants).
   */
  private static java.util.Set<String> interlocutors(CodedStatement c) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Mention m : c.statement().mentions()) {
      if (m.rule().equals("group")) {
        out.add(m.entityId());
      }
    }
    return out;
  }

  /** Who asked for the meeting, from the sentences naming a requester. */
  List<Finding> initiative() {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<CodedStatement>> side : sides.entrySet()) {
      for (CodedStatement c : side.getValue()) {
        List<Mention> mentions = c.statement().mentions();
        int limit = Math.max(3, c.sentences().size() / 3);
        for (Sentence s : c.sentences().subList(0, Math.min(limit, c.sentences().size()))) {
          String who = "";
          String cue = lex.initiativeAfter.first(s.text());
          if (!cue.isEmpty()) {
            int at = s.start() + s.text().toLowerCase(Locale.ROOT).indexOf(cue.toLowerCase(Locale.ROOT)) + cue.length();
            who = mentionNear(mentions, s.index(), at, true);
          } else {
            cue = lex.initiativeBefore.first(s.text());
            if (!cue.isEmpty()) {
              int at = s.start() + s.text().toLowerCase(Locale.ROOT).indexOf(cue.toLowerCase(Locale.ROOT));
              who = mentionNear(mentions, s.index(), at, false);
            }
          }
          if (!who.isEmpty()) {
            out.add(new Finding(Finding.INITIATIVE, "", List.of(c.id()), wording.initiative(who, side.getKey(), c),
                List.of(new Evidence(c.id(), s.index(), s.start(), s.end(), "initiative:'" + cue + "'"))));
            return out; // one initiative finding: the first account that names the requester
          }
        }
      }
    }
    return out;
  }

  /** The entity of the nearest mention after (or before) {@code at} in the sentence, within 60 characters. */
  private static String mentionNear(List<Mention> mentions, int sentence, int at, boolean after) {
    Mention best = null;
    int gap = 61;
    for (Mention m : mentions) {
      if (m.sentence() != sentence || m.entityId().isEmpty()) {
        continue;
      }
      int g = after ? m.start() - at : at - m.end();
      if (g >= 0 && g < gap) {
        gap = g;
        best = m;
      }
    }
    return best == null ? "" : best.entityId();
  }

  private static Evidence ev(CodedStatement c, Commitment k, String rule) {
    Sentence s = c.sentences().get(k.sentence());
    return new Evidence(c.id(), k.sentence(), s.start(), s.end(), rule + " " + k.id());
  }

  private static List<Evidence> dedupe(List<Evidence> ev) {
    List<Evidence> out = new ArrayList<>();
    for (Evidence e : ev) {
      if (out.stream().noneMatch(x -> x.statement().equals(e.statement()) && x.sentence() == e.sentence())) {
        out.add(e);
      }
    }
    return out;
  }
}
