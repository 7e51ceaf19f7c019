package org.readout.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.readout.eval.Locator.Span;

/**
 * The matching rules of the three per-statement layers (commitments, attributions, dates). Each {@code score}
 * call takes one statement's located gold items and its predictions inside the annotated part, adds counts to a
 * {@link Report.Layer} and, when asked, lists the misses. Matching is one-to-one and greedy in text order:
 *
 * <ul>
 *   <li><b>Commitments</b>: a prediction can match a gold act when its span contains the gold quote; among such
 *   predictions the one with the right kind and actor set wins, then the right kind, then the shortest span. A
 *   match is <em>right</em> when the kind is equal and the actor sets are equal (a group of {@code groups.yaml}, such as
 *   the G7, equal to its member states), <em>right in full</em> when also
 *   the negation of the committed action (prediction's refrain) and the presence of a condition agree.
 *   Predictions of denied acts ("did not agree") are not commitments and are counted apart.</li>
 *   <li><b>Attributions</b>: gold turns match predicted turns whose content contains the quote's first character,
 *   else the first predicted turn that starts inside the quote (a quote may begin with a speaker label); gold
 *   direct and indirect attributions match predicted direct or indirect ones covering at least half of the quote
 *   (largest overlap wins). The speaker is right when the dictionary ids agree (for a state or organisation also
 *   the predicted speaker's state), or, for speakers outside the dictionary, when the surnames agree (groups as
 *   sets of surnames).</li>
 *   <li><b>Dates</b>: a prediction matches a gold expression when their spans overlap (largest overlap wins); the
 *   value is right when equal after upper-casing, with a decade or century padded with X equal to the same
 *   without padding ({@code 199X} = {@code 199}).</li>
 * </ul>
 */
final class Scoring {
  private Scoring() {
  }

  record LocatedCommitment(Gold.Commitment gold, Span span) {
  }

  record LocatedAttribution(Gold.Attribution gold, Span span) {
  }

  record LocatedDate(Gold.Date gold, Span span) {
  }

  // ------------------------------------------------------------------------------------------------ commitments

  /**
   * Scores one statement's commitments into {@code out}. {@code byKind} names the breakdown table that gets one row
   * per act kind (precision by predicted kind, recall by gold kind); with {@code own} (the statement's own state,
   * e.g. {@code USA}) also a table "by actor, readouts" of the predictions whose actors include it against those
   * that do not (precision only).
   */
  static void commitments(String id, List<LocatedCommitment> gold, List<Predictions.Commitment> predictions,
                          int denied, Report.Layer out, boolean misses, String byKind, String own) {
    List<LocatedCommitment> g = new ArrayList<>(gold);
    g.sort(Comparator.comparingInt((LocatedCommitment x) -> x.span().start()).thenComparingInt(x -> x.gold().index()));
    boolean[] used = new boolean[predictions.size()];
    int detected = 0;
    int right = 0;
    int full = 0;
    int actorsRight = 0;
    for (LocatedCommitment lc : g) {
      Gold.Commitment gc = lc.gold();
      int best = -1;
      int bestRank = -1;
      for (int i = 0; i < predictions.size(); i++) {
        Predictions.Commitment p = predictions.get(i);
        if (used[i] || !new Span(p.start(), p.end()).contains(lc.span())) {
          continue;
        }
        int rank = (kindAndActors(gc, p) ? 4 : 0) + (gc.kind().equals(p.kind()) ? 2 : 0);
        if (rank > bestRank || rank == bestRank && best >= 0
            && p.end() - p.start() < predictions.get(best).end() - predictions.get(best).start()) {
          best = i;
          bestRank = rank;
        }
      }
      if (best < 0) {
        if (misses) {
          out.misses().add(new Report.Miss(id, "not found", quote(gc.quote()) + " — gold " + describe(gc)));
        }
        continue;
      }
      used[best] = true;
      detected++;
      Predictions.Commitment p = predictions.get(best);
      if (members(gc.actors()).equals(members(p.actors()))) {
        actorsRight++;
      }
      if (kindAndActors(gc, p)) {
        right++;
        tallyPrediction(out, p, byKind, own, true);
        if (flags(gc, p)) {
          full++;
        } else if (misses) {
          out.misses().add(new Report.Miss(id, "wrong flags", quote(gc.quote()) + " — gold " + describe(gc)
              + "; predicted " + describe(p)));
        }
      } else if (misses) {
        out.misses().add(new Report.Miss(id, "wrong", quote(gc.quote()) + " — gold " + describe(gc) + "; predicted "
            + describe(p)));
      }
    }
    if (misses) {
      for (int i = 0; i < predictions.size(); i++) {
        if (!used[i]) {
          Predictions.Commitment p = predictions.get(i);
          out.misses().add(new Report.Miss(id, "spurious", quote(p.text()) + " — predicted " + describe(p)));
        }
      }
    }
    for (Predictions.Commitment p : predictions) {
      tallyPrediction(out, p, byKind, own, false);
    }
    for (LocatedCommitment lc : gold) {
      out.tally(byKind, lc.gold().kind(), 0, 0, 1, 0);
      out.tally(BY_KIND, lc.gold().kind(), 0, 0, 1, 0);
    }
    out.add("gold", gold.size());
    out.add("predicted", predictions.size());
    out.add("denied acts (not counted)", denied);
    out.add("detected", detected);
    out.add("right (kind + actors)", right);
    out.add("right (actors, any kind)", actorsRight);
    out.add("right (+ negation + condition)", full);
  }

  /**
   * One prediction into every breakdown table: as predicted, or ({@code right}) as right; the kind tables also count
   * it found.
   */
  private static void tallyPrediction(Report.Layer out, Predictions.Commitment p, String byKind, String own,
                                      boolean right) {
    int predicted = right ? 0 : 1;
    int r = right ? 1 : 0;
    out.tally(byKind, p.kind(), predicted, r, 0, r);
    out.tally(BY_KIND, p.kind(), predicted, r, 0, r);
    out.tally(BY_RULE, p.rule(), predicted, r, 0, 0);
    out.tally(BY_CONFIDENCE, confidence(p), predicted, r, 0, 0);
    if (!own.isEmpty()) {
      out.tally(BY_OWNER, ownerRow(p, own), predicted, r, 0, 0);
    }
  }

  private static final String BY_OWNER = "by actor, readouts";

  /** Precision by the extractor's own confidence (strong or weak cue, actors read or inferred). */
  private static final String BY_CONFIDENCE = "by confidence";

  private static String confidence(Predictions.Commitment p) {
    return String.format(java.util.Locale.ROOT, "%.2f", p.confidence());
  }

  /** Every statement's acts by kind: the figures brief-gate.yaml's commitment kinds record. */
  private static final String BY_KIND = "by act kind, all statements";

  /** Precision of each extraction rule (kind + actors right; gold is not split by rule). */
  private static final String BY_RULE = "by rule";

  private static String ownerRow(Predictions.Commitment p, String own) {
    return p.actors().contains(own) ? "own state among the actors" : "other actors only";
  }

  static boolean kindAndActors(Gold.Commitment g, Predictions.Commitment p) {
    return g.kind().equals(p.kind()) && members(g.actors()).equals(members(p.actors()));
  }

  /** Group ids and their member states, from {@code groups.yaml}. */
  private static final java.util.Map<String, List<String>> GROUPS = groups();

  private static java.util.Map<String, List<String>> groups() {
    try (java.io.InputStream in = Scoring.class.getResourceAsStream("groups.yaml")) {
      return GoldSet.YAML.readValue(in, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String,
          List<String>>>() { });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("groups.yaml: cannot read", e);
    }
  }

  /** {@code actors} upper-cased, with each group of {@code groups.yaml} ("G7") written as its member states. */
  static Set<String> members(Set<String> actors) {
    Set<String> out = new TreeSet<>();
    for (String a : actors) {
      String id = a.toUpperCase(Locale.ROOT);
      out.addAll(GROUPS.getOrDefault(id, List.of(id)));
    }
    return out;
  }

  static boolean flags(Gold.Commitment g, Predictions.Commitment p) {
    return g.negated() == p.refrain() && g.condition().isBlank() == p.condition().isBlank();
  }

  private static String describe(Gold.Commitment g) {
    return g.kind() + " " + new TreeSet<>(g.actors()) + (g.negated() ? " negated" : "")
        + (g.condition().isBlank() ? "" : " if " + quote(g.condition()));
  }

  private static String describe(Predictions.Commitment p) {
    return p.kind() + " " + new TreeSet<>(p.actors()) + (p.refrain() ? " negated" : "")
        + (p.condition().isBlank() ? "" : " if " + quote(p.condition())) + " (rule " + p.rule() + ")";
  }

  // ----------------------------------------------------------------------------------------------- attributions

  static void attributions(String id, List<LocatedAttribution> gold, List<Predictions.Attribution> predictions,
                           Report.Layer out, boolean misses) {
    List<LocatedAttribution> g = new ArrayList<>(gold);
    g.sort(Comparator.comparingInt((LocatedAttribution x) -> x.span().start()).thenComparingInt(x -> x.gold().index()));
    boolean[] used = new boolean[predictions.size()];
    int found = 0;
    int foundTurns = 0;
    int speakerRight = 0;
    int goldTurns = 0;
    int goldDirect = 0;
    int directAsDirect = 0;
    int typeRight = 0;
    int foundOther = 0;
    for (LocatedAttribution la : g) {
      Gold.Attribution ga = la.gold();
      boolean turn = ga.type().equals("turn");
      if (turn) {
        goldTurns++;
      } else if (ga.type().equals("direct")) {
        goldDirect++;
      }
      int best = turn ? bestTurn(la.span(), predictions, used) : bestQuote(la, predictions, used);
      if (best < 0) {
        if (misses) {
          out.misses().add(new Report.Miss(id, "not found", quote(ga.quote()) + " — gold " + ga.type() + " by "
              + speakerOf(ga)));
        }
        continue;
      }
      used[best] = true;
      found++;
      Predictions.Attribution p = predictions.get(best);
      if (turn) {
        foundTurns++;
      } else {
        foundOther++;
        if (ga.type().equals(p.type())) {
          typeRight++;
        }
        if (ga.type().equals("direct") && p.type().equals("direct")) {
          directAsDirect++;
        }
      }
      if (sameSpeaker(ga, p)) {
        speakerRight++;
      } else if (misses) {
        out.misses().add(new Report.Miss(id, "wrong speaker", quote(ga.quote()) + " — gold " + speakerOf(ga)
            + "; predicted " + (p.speaker().isEmpty() ? "(none)" : p.speaker())
            + (p.speakerId().isEmpty() ? "" : " [" + p.speakerId() + "]") + " (" + p.type() + ", rule " + p.rule() + ")"));
      }
    }
    int predTurns = 0;
    for (int i = 0; i < predictions.size(); i++) {
      Predictions.Attribution p = predictions.get(i);
      if (p.type().equals("turn")) {
        predTurns++;
      }
      if (!used[i] && misses) {
        out.misses().add(new Report.Miss(id, "spurious", quote(p.text()) + " — predicted " + p.type() + " by "
            + (p.speaker().isEmpty() ? "(none)" : p.speaker()) + " (rule " + p.rule() + ")"));
      }
    }
    out.add("gold", gold.size());
    out.add("gold turns", goldTurns);
    out.add("gold direct", goldDirect);
    out.add("gold indirect", gold.size() - goldTurns - goldDirect);
    out.add("predicted", predictions.size());
    out.add("predicted turns", predTurns);
    out.add("found", found);
    out.add("found turns", foundTurns);
    out.add("found direct + indirect", foundOther);
    out.add("type right (direct vs indirect)", typeRight);
    out.add("direct found as direct", directAsDirect);
    out.add("speaker right", speakerRight);
  }

  private static int bestTurn(Span q, List<Predictions.Attribution> predictions, boolean[] used) {
    int earliest = -1;
    for (int i = 0; i < predictions.size(); i++) {
      Predictions.Attribution p = predictions.get(i);
      if (used[i] || !p.type().equals("turn")) {
        continue;
      }
      if (p.start() <= q.start() && q.start() < p.end()) {
        return i;
      }
      if (p.start() >= q.start() && p.start() < q.end() && (earliest < 0 || p.start() < predictions.get(earliest).start())) {
        earliest = i;
      }
    }
    return earliest;
  }

  private static int bestQuote(LocatedAttribution la, List<Predictions.Attribution> predictions, boolean[] used) {
    Span q = la.span();
    int need = (q.length() + 1) / 2;
    int best = -1;
    int bestOverlap = 0;
    for (int i = 0; i < predictions.size(); i++) {
      Predictions.Attribution p = predictions.get(i);
      if (used[i] || p.type().equals("turn")) {
        continue;
      }
      int ov = new Span(p.start(), p.end()).overlap(q);
      if (ov < need || ov == 0) {
        continue;
      }
      boolean better = best < 0 || ov > bestOverlap
          || ov == bestOverlap && p.type().equals(la.gold().type()) && !predictions.get(best).type().equals(la.gold().type());
      if (better) {
        best = i;
        bestOverlap = ov;
      }
    }
    return best;
  }

  private static String speakerOf(Gold.Attribution a) {
    return a.speaker() + (a.speakerId().isEmpty() ? "" : " [" + a.speakerId() + "]");
  }

  /** Whether the predicted speaker is the gold speaker (see the class comment). */
  static boolean sameSpeaker(Gold.Attribution g, Predictions.Attribution p) {
    String gid = g.speakerId();
    if (!gid.isEmpty()) {
      if (gid.equals(p.speakerId())) {
        return true;
      }
      boolean body = gid.equals(gid.toUpperCase(Locale.ROOT));
      if (body) {
        return p.speakerId().isEmpty() && gid.equals(p.speakerActor());
      }
      return p.speakerId().isEmpty() && !surnames(g.speaker()).isEmpty() && surnames(g.speaker()).equals(surnames(p.speaker()));
    }
    Set<String> gs = surnames(g.speaker());
    return !gs.isEmpty() && gs.equals(surnames(p.speaker()));
  }

  /**
   * The last word of each name in a speaker label ("A and B", "A, B and C"), accents and case folded; a
   * generational suffix ("Jane Roe, Jr.", "John Doe III") is not the surname.
   */
  static Set<String> surnames(String label) {
    String s = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (String member : s.split(",|\\band\\b|&")) {
      String[] words = member.trim().split("[^\\p{L}\\p{N}]+");
      for (int i = words.length - 1; i >= 0; i--) {
        if (!words[i].isEmpty() && !SUFFIXES.contains(words[i])) {
          out.add(words[i]);
          break;
        }
      }
    }
    return new TreeSet<>(out);
  }

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  // ----------------------------------------------------------------------------------------------------- topics

  /**
   * One statement's topic list as the brief gives it ({@code predicted}, in its order) against the gold's topics:
   * a listed topic is right when the gold has it; one the gold marks unsure is not counted either way. Tallied
   * overall and by the statement's set ({@code category}).
   */
  static void topics(String id, Set<String> gold, Set<String> unsure, List<String> predicted, Report.Layer out,
                     boolean misses, String category) {
    List<String> counted = predicted.stream().filter(t -> !unsure.contains(t)).distinct().toList();
    int right = 0;
    for (String t : counted) {
      if (gold.contains(t)) {
        right++;
      } else if (misses) {
        out.misses().add(new Report.Miss(id, "wrong topic", t));
      }
    }
    if (misses) {
      gold.stream().filter(t -> !counted.contains(t)).sorted()
          .forEach(t -> out.misses().add(new Report.Miss(id, "topic not listed", t)));
    }
    out.add("predicted", counted.size());
    out.add("right", right);
    out.add("gold", gold.size());
    out.add("unsure in the gold and listed (not counted)", predicted.size() - counted.size());
    out.add("statements all right", right == counted.size() ? 1 : 0);
    out.tally("by set", category.isEmpty() ? "(none)" : category, counted.size(), right, gold.size(), right);
  }

  // ------------------------------------------------------------------------------------------------------ dates

  static void dates(String id, List<LocatedDate> gold, List<Predictions.Date> predictions, Report.Layer out,
                    boolean misses) {
    List<LocatedDate> g = new ArrayList<>(gold);
    g.sort(Comparator.comparingInt((LocatedDate x) -> x.span().start()).thenComparingInt(x -> x.gold().index()));
    boolean[] used = new boolean[predictions.size()];
    int found = 0;
    int valueRight = 0;
    for (LocatedDate ld : g) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < predictions.size(); i++) {
        Predictions.Date p = predictions.get(i);
        if (used[i]) {
          continue;
        }
        int ov = new Span(p.start(), p.end()).overlap(ld.span());
        if (ov > bestOverlap) {
          best = i;
          bestOverlap = ov;
        }
      }
      Gold.Date gd = ld.gold();
      if (best < 0) {
        if (misses) {
          out.misses().add(new Report.Miss(id, "not found", quote(gd.text()) + " in " + quote(gd.quote()) + " — gold "
              + gd.value()));
        }
        continue;
      }
      used[best] = true;
      found++;
      Predictions.Date p = predictions.get(best);
      if (sameValue(gd.value(), p.value())) {
        valueRight++;
      } else if (misses) {
        out.misses().add(new Report.Miss(id, "wrong value", quote(gd.text()) + " in " + quote(gd.quote()) + " — gold "
            + gd.value() + "; predicted " + (p.value().isEmpty() ? "(none)" : p.value()) + " for " + quote(p.text())
            + " (rule " + p.rule() + ")"));
      }
    }
    if (misses) {
      for (int i = 0; i < predictions.size(); i++) {
        if (!used[i]) {
          Predictions.Date p = predictions.get(i);
          out.misses().add(new Report.Miss(id, "spurious", quote(p.text()) + " — predicted "
              + (p.value().isEmpty() ? "(none)" : p.value()) + " (rule " + p.rule() + ")"));
        }
      }
    }
    out.add("gold", gold.size());
    out.add("predicted", predictions.size());
    out.add("found", found);
    out.add("value right", valueRight);
  }

  static boolean sameValue(String gold, String predicted) {
    return canonical(gold).equals(canonical(predicted)) && !canonical(gold).isEmpty();
  }

  private static String canonical(String v) {
    String s = v == null ? "" : v.trim().toUpperCase(Locale.ROOT);
    if (s.matches("\\d{2,3}X+")) {
      s = s.replaceAll("X+$", "");
    }
    return s;
  }

  static String quote(String s) {
    String one = s == null ? "" : s.replaceAll("\\s+", " ").trim();
    return "\"" + (one.length() > 160 ? one.substring(0, 157) + "…" : one) + "\"";
  }
}
