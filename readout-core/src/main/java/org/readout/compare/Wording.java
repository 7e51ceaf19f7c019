package org.readout.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.readout.actors.Actor;
import org.readout.actors.ActorDictionary;
import org.readout.commitments.CommitmentKind;
import org.readout.commitments.CommitmentPairs;
import org.readout.topics.CodedStatement;

/**
 * The English wording of findings: one method per finding sentence, and the phrases they share (how a
 * statement, a topic, a commitment kind or a list of actors reads). {@link Findings} decides what is
 * found; this class only says it. One per comparison (statement names depend on which statements are
 * compared); immutable.
 */
final class Wording {
  static final int QUOTE = 110;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final List<CodedStatement> coded;
  private final ActorDictionary actors;

  Wording(List<CodedStatement> coded, ActorDictionary actors) {
    this.coded = coded;
    this.actors = actors;
  }

  // --- finding sentences ---------------------------------------------------------------------------

  String commitmentMatch(int sides, CommitmentPairs.Pair p, CodedStatement a, CodedStatement b) {
    return String.format(Locale.ROOT, "%s report %s by %s: “%s” in %s and “%s” in %s.",
        sides == 2 ? "Both sides" : "Two sides", kindPhrase(p.a().kind()), actorNames(p.a().actors()),
        shorten(p.a().action()), name(a), shorten(p.b().action()), name(b));
  }

  String firmness(CommitmentMatching.FirmnessGap g, CodedStatement hi, CodedStatement lo) {
    return String.format(Locale.ROOT, "%s reports %s by %s (“%s”), while %s reports only %s by %s (“%s”).",
        capital(name(hi)), kindPhrase(g.firmer().kind()), actorNames(g.firmer().actors()), shorten(g.firmer().action()),
        name(lo), kindPhrase(g.weaker().kind()), actorNames(g.weaker().actors()), shorten(g.weaker().action()));
  }

  String singleSide(String side) {
    String who = side.startsWith("id:") ? "one source" : "the " + side + " side";
    return String.format(Locale.ROOT,
        "All %d %s come from %s (%s); no statement from another side is present, so topics left out or shared "
            + "by the other side cannot be judged.",
        coded.size(), coded.size() == 1 ? "statement" : "statements", who, join(coded.stream().map(CodedStatement::id).toList()));
  }

  String lengthAsymmetry(CodedStatement longest, CodedStatement shortest, double ratio) {
    return String.format(Locale.ROOT,
        "%s is %.1f times as long as %s: %d words in %d sentences against %d words in %d.",
        capital(name(longest)), ratio, name(shortest), longest.words(), longest.sentences().size(),
        shortest.words(), shortest.sentences().size());
  }

  String oneSidedTopic(TopicCoverage t, List<CodedStatement> with, List<CodedStatement> without) {
    List<String> absent = without.stream().map(this::name).toList();
    return String.format(Locale.ROOT, "Only %s %s the topic %s (%s); %s %s not mention it.",
        names(with), with.size() == 1 ? "raises" : "raise", topicName(t.label()), sentencesPhrase(with, t), join(absent),
        absent.size() == 1 ? "does" : "do");
  }

  String sharedTopic(int sides, TopicCoverage t, List<CodedStatement> with) {
    StringBuilder parts = new StringBuilder();
    for (CodedStatement c : with) {
      Coverage cv = t.coverage().get(c.id());
      if (parts.length() > 0) {
        parts.append(", ");
      }
      parts.append(String.format(Locale.ROOT, "%s in %d sentence%s (%d%% of its words)", name(c), cv.sentences().size(),
          cv.sentences().size() == 1 ? "" : "s", Math.round(cv.share() * 100)));
    }
    return String.format(Locale.ROOT, "%s raise the topic %s: %s.", sides == 2 ? "Both sides" : "All sides",
        topicName(t.label()), parts);
  }

  String emphasis(TopicCoverage t, CodedStatement hi, double h, CodedStatement lo, double l) {
    return String.format(Locale.ROOT, "%s gives the topic %s more weight than %s: %d%% of its words against %d%%.",
        capital(name(hi)), topicName(t.label()), name(lo), Math.round(h * 100), Math.round(l * 100));
  }

  /** One statement's part of a main-topic finding ("“Ukraine” takes 40% of us-readout"). */
  String mainTopicPart(TopicCoverage best, Coverage cv, CodedStatement c) {
    return String.format(Locale.ROOT, "%s takes %d%% of %s", topicName(best.label()), Math.round(cv.share() * 100),
        name(c));
  }

  String mainTopicSingle(String part) {
    return capital(part) + ", the largest share of any topic.";
  }

  String mainTopicShared(TopicCoverage t, List<CodedStatement> statements) {
    List<String> shares = new ArrayList<>();
    for (CodedStatement c : statements) {
      shares.add(String.format(Locale.ROOT, "%d%% of %s", Math.round(t.coverage().get(c.id()).share() * 100), name(c)));
    }
    return String.format(Locale.ROOT, "The topic %s has the largest share in each statement: %s.", topicName(t.label()),
        join(shares));
  }

  String mainTopicDifferent(List<String> parts) {
    return String.format(Locale.ROOT, "The statements give their largest share to different topics: %s.", join(parts));
  }

  /** One statement's part of a topic-order finding. */
  String opensWith(CodedStatement c, TopicCoverage t) {
    return String.format(Locale.ROOT, "%s opens with the topic %s", name(c), topicName(t.label()));
  }

  String topicOrder(List<String> parts) {
    return capital(join(parts)) + ".";
  }

  String convergence(Alignment al, CodedStatement a, CodedStatement b) {
    return String.format(Locale.ROOT, "%s and %s cover the same point in different words (alignment score %.2f): “%s” and “%s”",
        capital(name(a)), name(b), al.score(), quote(a, al.a().sentence()), quote(b, al.b().sentence())) + ".";
  }

  String framing(TopicCoverage t, CodedStatement a, Framing fr, CodedStatement b, Framing back) {
    return String.format(Locale.ROOT, "On the topic %s, the distinctive words of %s are %s, while those of %s are %s.",
        topicName(t.label()), name(a), terms(fr), name(b), terms(back));
  }

  String outcome(String label, int concrete, int teams, int readiness, int warnings, int views) {
    return switch (label) {
      case "breakthrough" -> String.format(Locale.ROOT,
          "Outcome: breakthrough — %d concrete agreement%s with an action to carry out.", concrete, concrete == 1 ? "" : "s");
      case "working-level" -> String.format(Locale.ROOT,
          "Outcome: working-level transfer — no concrete agreement; the issues were handed on "
              + "(%d instruction%s to teams, consultations, contacts or meetings to come%s).", teams, teams == 1 ? "" : "s",
          readiness == 0 ? "" : String.format(Locale.ROOT, ", %d expression%s of readiness or hope", readiness,
              readiness == 1 ? "" : "s"));
      case "deterioration" -> String.format(Locale.ROOT,
          "Outcome: deterioration — no agreement and no readiness; %d warning%s or demand%s, and each side blames the other.",
          warnings, warnings == 1 ? "" : "s", warnings == 1 ? "" : "s");
      default -> {
        List<String> parts = new ArrayList<>();
        count(parts, readiness, "expression of readiness or hope", "expressions of readiness or hope");
        count(parts, views, "position or shared view stated", "positions or shared views stated");
        count(parts, warnings, "warning or demand", "warnings or demands");
        yield "Outcome: stalemate — no concrete agreement and nothing handed on to teams"
            + (parts.isEmpty() ? "" : "; " + String.join(", ", parts)) + ".";
      }
    };
  }

  private static void count(List<String> parts, int n, String one, String many) {
    if (n > 0) {
      parts.add(n + " " + (n == 1 ? one : many));
    }
  }

  String initiative(String entity, String side, CodedStatement c) {
    return String.format(Locale.ROOT, "The meeting took place at the request of %s, according to %s.",
        actorNames(List.of(entity)), name(c));
  }

  String stance(String type, CodedStatement a, int i, CodedStatement b, int j) {
    String lead = switch (type) {
      case Finding.MIRROR -> "Mirror accusations: each side blames the other";
      case Finding.CONTRAST -> "Opposite positions on one point";
      default -> "Both sides make the same point";
    };
    return String.format(Locale.ROOT, "%s — %s: “%s”; %s: “%s”.", lead, name(a), quote(a, i), name(b), quote(b, j));
  }

  /** The one-sided-topic sentence, naming where the other side comes closest when it does. */
  String oneSidedTopic(TopicCoverage t, List<CodedStatement> with, List<CodedStatement> without,
                       CodedStatement closest, int sentence) {
    if (closest == null) {
      return oneSidedTopic(t, with, without);
    }
    return String.format(Locale.ROOT, "Only %s %s the topic %s (%s); %s mentions it at most briefly: “%s”.",
        names(with), with.size() == 1 ? "raises" : "raise", topicName(t.label()), sentencesPhrase(with, t),
        name(closest), quote(closest, sentence));
  }

  // --- shared phrases --------------------------------------------------------------------------------

  /** "the White House's statement (us-readout)" — or the id alone when several share a publisher. */
  String name(CodedStatement c) {
    String pub = c.statement().meta().publisher();
    long same = coded.stream().filter(x -> x.statement().meta().publisher().equals(pub)).count();
    if (pub.isEmpty() || same > 1) {
      return c.id();
    }
    return "the " + (pub.startsWith("The ") ? pub.substring(4) : pub) + "'s statement (" + c.id() + ")";
  }

  String names(List<CodedStatement> cs) {
    return join(cs.stream().map(this::name).toList());
  }

  private String sentencesPhrase(List<CodedStatement> with, TopicCoverage t) {
    List<String> parts = new ArrayList<>();
    for (CodedStatement c : with) {
      int n = t.coverage().get(c.id()).sentences().size();
      parts.add(n + (n == 1 ? " sentence" : " sentences") + (with.size() > 1 ? " in " + c.id() : ""));
    }
    return join(parts);
  }

  private static String terms(Framing f) {
    List<String> q = new ArrayList<>();
    for (KeyTerm k : f.terms().subList(0, Math.min(4, f.terms().size()))) {
      q.add("“" + k.term() + "”");
    }
    return join(q);
  }

  private static String quote(CodedStatement c, int i) {
    String t = c.sentences().get(i).text().strip();
    return t.length() <= QUOTE ? t : t.substring(0, t.lastIndexOf(' ', QUOTE) > 40 ? t.lastIndexOf(' ', QUOTE) : QUOTE) + " …";
  }

  /** "an agreement", "a pledge", "readiness", … as the kind reads in a finding. */
  static String kindPhrase(CommitmentKind k) {
    return switch (k) {
      case AGREEMENT -> "an agreement";
      case READINESS -> "readiness";
      default -> "a " + k.id();
    };
  }

  /** Actor ids as names ("Russia and the United States"), via the actor dictionary. */
  String actorNames(List<String> ids) {
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      String n = actors.find(id).map(Actor::name).orElse(id);
      names.add(n.startsWith("United ") ? "the " + n : n);
    }
    return names.isEmpty() ? "an unnamed party" : join(names);
  }

  static String shorten(String t) {
    String s = SPACES.matcher(t.strip()).replaceAll(" ");
    return s.length() <= QUOTE ? s : s.substring(0, s.lastIndexOf(' ', QUOTE) > 40 ? s.lastIndexOf(' ', QUOTE) : QUOTE) + " …";
  }

  static String join(List<String> parts) {
    if (parts.size() <= 1) {
      return parts.isEmpty() ? "" : parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /**
   * Capitalises the first letter of a sentence opening, unless the opening word is a statement id
   * ("us-readout", "kremlin:68700"): ids are names and keep their spelling.
   */
  static String capital(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int space = s.indexOf(' ');
    String first = space < 0 ? s : s.substring(0, space);
    for (int i = 0; i < first.length(); i++) {
      char ch = first.charAt(i);
      if (ch == '-' || ch == ':' || ch == '/' || ch == '_' || Character.isDigit(ch)) {
        return s;
      }
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** A topic label as it reads inside a finding's sentence. */
  static String topicName(String label) {
    return "“" + label + "”";
  }
}
