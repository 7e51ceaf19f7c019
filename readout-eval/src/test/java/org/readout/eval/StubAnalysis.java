package org.readout.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.readout.model.Statement;

/**
 * Hand-written predictions for the fixture statements under {@code src/test/resources/fixture} (ids fx:1–fx:4),
 * written against their normalised text, so the evaluation's counts can be asserted exactly.
 */
final class StubAnalysis implements Analysis {
  int findingsCalls;

  static int[] at(Statement s, String part) {
    int i = s.text().indexOf(part);
    if (i < 0) {
      throw new AssertionError("fixture text of " + s.id() + " lacks: " + part + "\n" + s.text());
    }
    return new int[] {i, i + part.length()};
  }

  @Override
  public List<Predictions.Sentence> sentences(Statement s) {
    List<Predictions.Sentence> out = new ArrayList<>();
    String t = s.text();
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '.' && (i + 1 == t.length() || t.charAt(i + 1) == ' ')) {
        out.add(new Predictions.Sentence(out.size(), start, i + 1));
        start = i + 2;
      }
    }
    return out;
  }

  private static Predictions.Commitment c(Statement s, String span, String kind, Set<String> actors, boolean refrain,
                                          boolean denied) {
    int[] x = at(s, span);
    return new Predictions.Commitment(x[0], x[1], kind, new TreeSet<>(actors), refrain, denied, "", span, "stub");
  }

  @Override
  public List<Predictions.Commitment> commitments(Statement s) {
    return switch (s.id()) {
      case "fx:1" -> List.of(
          // right, in full
          c(s, "the United States will not deploy offensive missiles in the region", "pledge", Set.of("USA"), true, false),
          // detected, wrong actors
          c(s, "The two leaders agreed to instruct their teams to meet in Geneva on January 10", "agreement",
              Set.of("USA"), false, false),
          // spurious
          c(s, "President Biden spoke today", "pledge", Set.of("USA"), false, false),
          // a denied act: not counted as a commitment
          c(s, "We hope that the talks", "hope", Set.of("USA"), false, true));
      case "fx:2" -> List.of(
          // outside the excerpt: ignored
          c(s, "the President will travel to Ohio tomorrow", "pledge", Set.of("USA"), false, false),
          // right, but the condition differs
          new Predictions.Commitment(at(s, "We are ready to continue diplomacy with Russia")[0],
              at(s, "We are ready to continue diplomacy with Russia")[1], "readiness", Set.of("USA"), false, false,
              "if asked", "We are ready to continue diplomacy with Russia", "stub"));
      default -> List.of();
    };
  }

  private static Predictions.Attribution a(Statement s, String span, String type, String speaker, String id) {
    int[] x = at(s, span);
    return new Predictions.Attribution(x[0], x[1], type, speaker, id, id.equals("biden") || id.equals("psaki") ? "USA" : "",
        span, "stub");
  }

  @Override
  public List<Predictions.Attribution> attributions(Statement s) {
    return switch (s.id()) {
      case "fx:1" -> List.of(
          a(s, "We will stand by our allies", "direct", "Joseph R. Biden", "biden"),
          a(s, "Good afternoon.", "turn", "Jen Psaki", "psaki"),
          a(s, "Will the talks happen next week?", "turn", "Jen Psaki", "psaki"),
          a(s, "the United States will not deploy offensive missiles", "indirect", "Vladimir Putin", "putin"));
      case "fx:2" -> List.of(
          a(s, "Before I start, the President will travel to Ohio tomorrow.", "turn", "Jen Psaki", "psaki"),
          a(s, "the door remains open", "indirect", "Joseph R. Biden", ""));
      default -> List.of();
    };
  }

  private static Predictions.Date d(Statement s, String span, String value) {
    int[] x = at(s, span);
    return new Predictions.Date(x[0], x[1], span, value, "stub");
  }

  @Override
  public List<Predictions.Date> dates(Statement s) {
    return switch (s.id()) {
      case "fx:1" -> List.of(d(s, "today", "2022-01-03"), d(s, "January 10", "2021-01-10"), d(s, "afternoon", "TAF"));
      case "fx:2" -> List.of(d(s, "tomorrow", "2022-01-05"), d(s, "on Monday", "2022-01-03"));
      default -> List.of();
    };
  }

  private static Predictions.Evidence ev(Statement s, String sentence) {
    int[] x = at(s, sentence);
    return new Predictions.Evidence(s.id(), 0, x[0], x[1]);
  }

  @Override
  public List<String> topics(Statement s) {
    // fx:1: one right (follow-up), one the gold calls unsure (not counted), one wrong (ukraine); the gold's
    // strategic-stability is not listed
    return s.id().equals("fx:1") ? List.of("follow-up", "allies-coordination", "ukraine") : List.of();
  }

  @Override
  public List<Predictions.Finding> findings(List<Statement> statements) {
    findingsCalls++;
    if (statements.size() == 1) {
      // a one-sided account (a set scoring its outcome only): the topic finding must not be tallied
      String id = statements.get(0).id();
      return List.of(
          new Predictions.Finding("outcome", "working-level", List.of(id), "handed to the teams", List.of()),
          new Predictions.Finding("one-sided-topic", "nato", List.of(id), "only this side mentions NATO", List.of()));
    }
    // whole statements (meetings) or the excerpts holding a labelled pair ("fx:3~<offset>", see Excerpt)
    Statement us = statements.stream().filter(x -> x.id().equals("fx:3") || x.id().startsWith("fx:3~")).findFirst().orElseThrow();
    Statement ru = statements.stream().filter(x -> x.id().equals("fx:4") || x.id().startsWith("fx:4~")).findFirst().orElseThrow();
    return List.of(
        new Predictions.Finding("convergence", "follow-up", List.of(us.id(), ru.id()), "both agree to continue",
            List.of(ev(us, "The leaders agreed to continue talks."), ev(ru, "The presidents agreed to continue the dialogue."))),
        new Predictions.Finding("convergence", "", List.of("fx:3", "fx:4"), "both warn",
            List.of(ev(us, "The United States warned of severe costs."), ev(ru, "Russia warned against NATO expansion."))),
        new Predictions.Finding("one-sided-topic", "nato", List.of("fx:4"), "only Russia mentions NATO",
            List.of(ev(ru, "Russia warned against NATO expansion."))),
        new Predictions.Finding("length-asymmetry", "", List.of("fx:3", "fx:4"), "the US text is longer", List.of()),
        new Predictions.Finding("shared-topic", "follow-up", List.of("fx:3", "fx:4"), "both", List.of()));
  }
}
