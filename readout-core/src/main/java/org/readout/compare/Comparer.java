package org.readout.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.readout.ReadoutException;
import org.readout.actors.Actor;
import org.readout.actors.ActorDictionary;
import org.readout.attribution.Attribution;
import org.readout.attribution.Attributor;
import org.readout.commitments.Commitment;
import org.readout.commitments.CommitmentExtractor;
import org.readout.commitments.CommitmentKind;
import org.readout.commitments.CommitmentPairs;
import org.readout.commitments.Tracker;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Evidence;
import org.readout.model.Sentence;
import org.readout.time.TemporalTagger;
import org.readout.time.Timeline;
import org.readout.time.TimelineEvent;
import org.readout.topics.CodedStatement;
import org.readout.topics.Topic;
import org.readout.topics.TopicCoder;

/**
 * Compares statements about one meeting: codes their sentences with topics, builds the coverage
 * matrix and topic order, aligns sentences across statements, contrasts the wording of shared topics
 * (keyness) and states the findings, each with evidence. It also runs the rule-based layers on every
 * statement (commitments, attribution of reported speech, temporal expressions; no embedding calls):
 * commitments both sides report, firmness differences, who each side quotes, and a merged timeline.
 *
 * <p>The input order never matters: statements are sorted by id first, and every later step breaks ties
 * deterministically. Statements are grouped into sides by their side code (a statement without one is
 * its own side); "one-sided" and "shared" refer to sides. Thread-safe if the coder is; attribution and
 * temporal tagging (stateless, thread-safe) run on the common fork-join pool while the coder embeds.
 */
public final class Comparer {
  /** A statement at least this many times as long as another gives a length-asymmetry finding. */
  public static final double LENGTH_RATIO = 1.5;
  /** Alignments scoring at least this across sides are reported as convergence findings. */
  public static final double CONVERGENCE_SCORE = 0.60;
  /** Two shares on a shared topic differing by this factor (and {@link #EMPHASIS_POINTS}) give emphasis-difference. */
  public static final double EMPHASIS_RATIO = 2.0;
  public static final double EMPHASIS_POINTS = 0.10;
  static final int KEY_TERMS = 6;
  static final int QUOTE = 110;
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  private final TopicCoder coder;

  public Comparer(TopicCoder coder) {
    this.coder = coder;
  }

  /** The default codebook and embeddings. */
  public static Comparer standard() {
    return new Comparer(TopicCoder.standard());
  }

  public Comparison compare(List<AnalyzedStatement> input) {
    if (input.isEmpty()) {
      throw new ReadoutException("compare: no statements given");
    }
    List<AnalyzedStatement> sorted = new ArrayList<>(input);
    sorted.sort(Comparator.comparing(AnalyzedStatement::id));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new ReadoutException(sorted.get(i).statement().source() + ": statement id '" + sorted.get(i).id()
            + "' given twice");
      }
    }
    // The rule-based layers that do not need topics run while the sentences are embedded and coded.
    CompletableFuture<SpeechAndTime> layers = CompletableFuture.supplyAsync(() -> speechAndTime(sorted));
    List<CodedStatement> coded = coder.codeAll(sorted);
    Map<String, List<float[]>> vectors = new LinkedHashMap<>();
    for (CodedStatement c : coded) {
      // served from the embedding cache filled by codeAll
      vectors.put(c.id(), coder.embedder().embedAll(c.sentences().stream().map(Sentence::text).toList()));
    }
    List<TopicCoverage> matrix = coverage(coded);
    Map<String, List<String>> order = topicOrder(coded, matrix);
    List<Alignment> alignments = new ArrayList<>();
    for (int i = 0; i < coded.size(); i++) {
      for (int j = i + 1; j < coded.size(); j++) {
        alignments.addAll(SentenceAligner.align(coded.get(i), vectors.get(coded.get(i).id()),
            coded.get(j), vectors.get(coded.get(j).id())));
      }
    }
    List<Framing> framings = framings(coded, matrix);

    SpeechAndTime st = join(layers);
    Map<String, List<Commitment>> commitments = new LinkedHashMap<>();
    Map<String, List<SpeakerShare>> speakers = new LinkedHashMap<>();
    for (CodedStatement c : coded) {
      // topics from this comparison's coding, so commitments and coverage agree
      commitments.put(c.id(), CommitmentExtractor.standard().withTopics(s -> c.topicsOf(s.index())).extract(c.statement()));
      speakers.put(c.id(), Speech.shares(c, st.attributions().get(c.id())));
    }
    Map<String, List<Attribution>> attributions = st.attributions();
    List<CommitmentPairs.Pair> pairs = CommitmentMatching.pairs(coded, commitments);
    List<CommitmentMatching.FirmnessGap> gaps = CommitmentMatching.gaps(coded, commitments, pairs, alignments);
    Findings f = new Findings(coded, matrix, order, alignments, framings, pairs, gaps);
    return new Comparison(coder.codebook(), coded, matrix, order, alignments, framings, f.all(), commitments, pairs,
        attributions, speakers, Speech.quoted(f.sides, attributions), Timeline.merge(st.rawEvents()));
  }

  /** Attributions per statement id and the raw timeline events, in statement (id) order. */
  private record SpeechAndTime(Map<String, List<Attribution>> attributions, List<TimelineEvent> rawEvents) {
  }

  private static SpeechAndTime speechAndTime(List<AnalyzedStatement> sorted) {
    Attributor attributor = Attributor.standard();
    TemporalTagger tagger = TemporalTagger.standard();
    Map<String, List<Attribution>> attributions = new LinkedHashMap<>();
    List<TimelineEvent> raw = new ArrayList<>();
    for (AnalyzedStatement doc : sorted) {
      attributions.put(doc.id(), attributor.attribute(doc));
      raw.addAll(Timeline.events(doc, tagger.tag(doc)));
    }
    // load the commitment lexicons here too, off the embedding path
    CommitmentExtractor.standard();
    Tracker.standard();
    return new SpeechAndTime(attributions, raw);
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private List<TopicCoverage> coverage(List<CodedStatement> coded) {
    List<TopicCoverage> out = new ArrayList<>();
    for (Topic t : coder.codebook().topics()) {
      Map<String, Coverage> row = new LinkedHashMap<>();
      for (CodedStatement c : coded) {
        List<Integer> idx = c.sentencesWith(t.id());
        int words = 0;
        for (int i : idx) {
          words += c.words(i);
        }
        int total = c.words();
        double share = total == 0 ? 0 : Math.round(10000.0 * words / total) / 10000.0;
        row.put(c.id(), new Coverage(c.id(), Coverage.levelOf(idx.size(), share), idx, words, share,
            idx.isEmpty() ? -1 : idx.get(0)));
      }
      out.add(new TopicCoverage(t.id(), t.label(), row));
    }
    return out;
  }

  private static Map<String, List<String>> topicOrder(List<CodedStatement> coded, List<TopicCoverage> matrix) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (CodedStatement c : coded) {
      List<TopicCoverage> present = new ArrayList<>();
      for (TopicCoverage t : matrix) {
        if (t.presentIn(c.id())) {
          present.add(t);
        }
      }
      // stable sort keeps codebook order among topics first raised in the same sentence
      present.sort(Comparator.comparingInt(t -> t.coverage().get(c.id()).firstSentence()));
      out.put(c.id(), present.stream().map(TopicCoverage::topic).toList());
    }
    return out;
  }

  private static List<Framing> framings(List<CodedStatement> coded, List<TopicCoverage> matrix) {
    List<Framing> out = new ArrayList<>();
    for (TopicCoverage t : matrix) {
      for (int i = 0; i < coded.size(); i++) {
        for (int j = 0; j < coded.size(); j++) {
          CodedStatement a = coded.get(i);
          CodedStatement b = coded.get(j);
          if (i == j || sideOf(a).equals(sideOf(b)) || !t.presentIn(a.id()) || !t.presentIn(b.id())) {
            continue;
          }
          List<KeyTerm> terms = Keyness.keyTerms(lemmas(a, t.topic()), lemmas(b, t.topic()), KEY_TERMS);
          if (!terms.isEmpty()) {
            out.add(new Framing(t.topic(), a.id(), b.id(), terms));
          }
        }
      }
    }
    return out;
  }

  private static List<String> lemmas(CodedStatement c, String topic) {
    List<String> out = new ArrayList<>();
    for (int i : c.sentencesWith(topic)) {
      out.addAll(Lemmas.of(c.sentences().get(i)));
    }
    return out;
  }

  static String sideOf(CodedStatement c) {
    String side = c.statement().meta().side();
    return side.isEmpty() ? "id:" + c.id() : side.toUpperCase(Locale.ROOT);
  }

  /** Builds the findings of one comparison; short-lived. */
  private final class Findings {
    private final List<CodedStatement> coded;
    private final List<TopicCoverage> matrix;
    private final Map<String, List<String>> order;
    private final List<Alignment> alignments;
    private final List<Framing> framings;
    private final List<CommitmentPairs.Pair> pairs;
    private final List<CommitmentMatching.FirmnessGap> gaps;
    private final Map<String, List<CodedStatement>> sides = new LinkedHashMap<>();
    private final List<Finding> out = new ArrayList<>();

    Findings(List<CodedStatement> coded, List<TopicCoverage> matrix, Map<String, List<String>> order,
             List<Alignment> alignments, List<Framing> framings, List<CommitmentPairs.Pair> pairs,
             List<CommitmentMatching.FirmnessGap> gaps) {
      this.coded = coded;
      this.matrix = matrix;
      this.order = order;
      this.alignments = alignments;
      this.framings = framings;
      this.pairs = pairs;
      this.gaps = gaps;
      for (CodedStatement c : coded) {
        sides.computeIfAbsent(sideOf(c), k -> new ArrayList<>()).add(c);
      }
    }

    List<Finding> all() {
      singleSide();
      lengthAsymmetry();
      for (TopicCoverage t : matrix) {
        topicPresence(t);
      }
      mainTopic();
      topicOrder();
      convergence();
      framing();
      commitmentMatches();
      firmnessDifferences();
      return out;
    }

    /** The same commitment reported by two sides ("Both sides report an agreement by … to …"). */
    private void commitmentMatches() {
      for (CommitmentPairs.Pair p : pairs) {
        CodedStatement a = byId(p.a().statement());
        CodedStatement b = byId(p.b().statement());
        String text = String.format(Locale.ROOT, "%s report %s by %s: “%s” in %s and “%s” in %s.",
            sides.size() == 2 ? "Both sides" : "Two sides", kindPhrase(p.a().kind()), actorNames(p.a().actors()),
            shorten(p.a().action()), name(a), shorten(p.b().action()), name(b));
        String rule = String.format(Locale.ROOT, "commitment-pair:%s similarity=%.3f", p.rule(), p.similarity());
        out.add(new Finding(Finding.COMMITMENT_MATCH, sharedTopic(p.a(), p.b()), List.of(a.id(), b.id()), text,
            List.of(evidence(a, p.a().sentence(), rule + " " + p.a().id()), evidence(b, p.b().sentence(), rule + " " + p.b().id()))));
      }
    }

    /** The same matter reported with different firmness by two sides. */
    private void firmnessDifferences() {
      for (CommitmentMatching.FirmnessGap g : gaps) {
        CodedStatement hi = byId(g.firmer().statement());
        CodedStatement lo = byId(g.weaker().statement());
        String text = String.format(Locale.ROOT, "%s reports %s by %s (“%s”), while %s reports only %s by %s (“%s”).",
            capital(name(hi)), kindPhrase(g.firmer().kind()), actorNames(g.firmer().actors()), shorten(g.firmer().action()),
            name(lo), kindPhrase(g.weaker().kind()), actorNames(g.weaker().actors()), shorten(g.weaker().action()));
        String rule = String.format(Locale.ROOT, "firmness:%s>%s %s score=%.3f", g.firmer().kind().id(), g.weaker().kind().id(),
            g.rule(), g.score());
        List<String> ids = new ArrayList<>(List.of(hi.id(), lo.id()));
        List<Evidence> ev = new ArrayList<>(List.of(evidence(hi, g.firmer().sentence(), rule + " " + g.firmer().id()),
            evidence(lo, g.weaker().sentence(), rule + " " + g.weaker().id())));
        out.add(new Finding(Finding.FIRMNESS_DIFFERENCE, sharedTopic(g.firmer(), g.weaker()), ids, text, ev));
      }
    }

    private static String sharedTopic(Commitment a, Commitment b) {
      return a.topics().stream().filter(b.topics()::contains).findFirst().orElse("");
    }

    /** Says so when every statement comes from one side, so a reader knows why no cross-side finding follows. */
    private void singleSide() {
      if (sides.size() != 1 || coded.isEmpty()) {
        return;
      }
      String side = sides.keySet().iterator().next();
      List<Evidence> ev = new ArrayList<>();
      for (CodedStatement c : coded) {
        if (!c.sentences().isEmpty()) {
          ev.add(evidence(c, 0, "sides"));
        }
      }
      String who = side.startsWith("id:") ? "one source" : "the " + side + " side";
      String text = String.format(Locale.ROOT,
          "All %d %s come from %s (%s); no statement from another side is present, so topics left out or shared "
              + "by the other side cannot be judged.",
          coded.size(), coded.size() == 1 ? "statement" : "statements", who, join(coded.stream().map(CodedStatement::id).toList()));
      out.add(new Finding(Finding.SINGLE_SIDE, "", coded.stream().map(CodedStatement::id).toList(), text, ev));
    }

    /**
     * One length-asymmetry finding for the pair that best stands for "the two sides' accounts of the
     * meeting": statements of different sides when there are any (else of the same side), of the same
     * kind when possible (a readout against a readout, not a press conference against a two-line
     * announcement), and among those the pair sharing the most topics (the counterpart account rather
     * than a readout of another call filed in the same folder); ties go to the larger ratio, then ids.
     */
    private void lengthAsymmetry() {
      List<CodedStatement[]> pairs = new ArrayList<>();
      for (int i = 0; i < coded.size(); i++) {
        for (int j = i + 1; j < coded.size(); j++) {
          pairs.add(new CodedStatement[] {coded.get(i), coded.get(j)});
        }
      }
      List<CodedStatement[]> cross = pairs.stream().filter(p -> !sideOf(p[0]).equals(sideOf(p[1]))).toList();
      List<CodedStatement[]> candidates = cross.isEmpty() ? pairs : cross;
      List<CodedStatement[]> sameKind = candidates.stream()
          .filter(p -> p[0].statement().meta().kind().equals(p[1].statement().meta().kind())).toList();
      if (!sameKind.isEmpty()) {
        candidates = sameKind;
      } else if (cross.isEmpty()) {
        return; // one side only, and no two statements of one kind: lengths of unlike texts say nothing
      }
      CodedStatement[] best = null;
      for (CodedStatement[] p : candidates) {
        if (best == null || pairOrder().compare(p, best) < 0) {
          best = p;
        }
      }
      if (best == null) {
        return;
      }
      CodedStatement longest = best[0].words() >= best[1].words() ? best[0] : best[1];
      CodedStatement shortest = longest == best[0] ? best[1] : best[0];
      int lw = longest.words();
      int sw = Math.max(1, shortest.words());
      double ratio = (double) lw / sw;
      if (ratio < LENGTH_RATIO) {
        return;
      }
      String text = String.format(Locale.ROOT,
          "%s is %.1f times as long as %s: %d words in %d sentences against %d words in %d.",
          capital(name(longest)), ratio, name(shortest), lw, longest.sentences().size(),
          shortest.words(), shortest.sentences().size());
      List<Evidence> ev = new ArrayList<>();
      ev.add(evidence(longest, 0, "length"));
      if (!shortest.sentences().isEmpty()) {
        ev.add(evidence(shortest, 0, "length")); // an empty statement has no sentence to point at
      }
      out.add(new Finding(Finding.LENGTH_ASYMMETRY, "", List.of(longest.id(), shortest.id()), text, ev));
    }

    /** Most shared topics first, then the larger length ratio, then ids (so input order never matters). */
    private Comparator<CodedStatement[]> pairOrder() {
      return Comparator.<CodedStatement[]>comparingInt(p -> -sharedTopics(p[0], p[1]))
          .thenComparingDouble(p -> -lengthRatio(p[0], p[1]))
          .thenComparing(p -> pairKey(p[0], p[1]));
    }

    private int sharedTopics(CodedStatement a, CodedStatement b) {
      int n = 0;
      for (TopicCoverage t : matrix) {
        if (t.presentIn(a.id()) && t.presentIn(b.id())) {
          n++;
        }
      }
      return n;
    }

    private static double lengthRatio(CodedStatement a, CodedStatement b) {
      return (double) Math.max(a.words(), b.words()) / Math.max(1, Math.min(a.words(), b.words()));
    }

    private static String pairKey(CodedStatement a, CodedStatement b) {
      return a.id().compareTo(b.id()) <= 0 ? a.id() + "\u0000" + b.id() : b.id() + "\u0000" + a.id();
    }

    private void topicPresence(TopicCoverage t) {
      if (sides.size() < 2) {
        return;
      }
      List<String> present = new ArrayList<>();
      Set<String> presentSides = new HashSet<>();
      for (CodedStatement c : coded) {
        if (t.presentIn(c.id())) {
          present.add(c.id());
          presentSides.add(sideOf(c));
        }
      }
      if (present.isEmpty()) {
        return;
      }
      String label = t.label();
      if (presentSides.size() == 1) {
        List<String> absent = coded.stream().filter(c -> !t.presentIn(c.id())).map(this::name).toList();
        List<CodedStatement> with = coded.stream().filter(c -> t.presentIn(c.id())).toList();
        String text = String.format(Locale.ROOT, "Only %s %s the topic %s (%s); %s %s not mention it.",
            names(with), with.size() == 1 ? "raises" : "raise", topicName(label), sentencesPhrase(with, t), join(absent),
            absent.size() == 1 ? "does" : "do");
        out.add(new Finding(Finding.ONE_SIDED_TOPIC, t.topic(), present, text, topicEvidence(with, t, "coverage")));
        return;
      }
      if (presentSides.size() < sides.size()) {
        return;
      }
      List<CodedStatement> with = coded.stream().filter(c -> t.presentIn(c.id())).toList();
      StringBuilder parts = new StringBuilder();
      for (CodedStatement c : with) {
        Coverage cv = t.coverage().get(c.id());
        if (parts.length() > 0) {
          parts.append(", ");
        }
        parts.append(String.format(Locale.ROOT, "%s in %d sentence%s (%d%% of its words)", name(c), cv.sentences().size(),
            cv.sentences().size() == 1 ? "" : "s", Math.round(cv.share() * 100)));
      }
      String text = String.format(Locale.ROOT, "%s raise the topic %s: %s.", sides.size() == 2 ? "Both sides" : "All sides",
          topicName(label), parts);
      out.add(new Finding(Finding.SHARED_TOPIC, t.topic(), present, text, topicEvidence(with, t, "coverage")));
      emphasis(t, with);
    }

    private void emphasis(TopicCoverage t, List<CodedStatement> with) {
      CodedStatement hi = with.get(0);
      CodedStatement lo = with.get(0);
      for (CodedStatement c : with) {
        if (t.coverage().get(c.id()).share() > t.coverage().get(hi.id()).share()) {
          hi = c;
        }
        if (t.coverage().get(c.id()).share() < t.coverage().get(lo.id()).share()) {
          lo = c;
        }
      }
      double h = t.coverage().get(hi.id()).share();
      double l = t.coverage().get(lo.id()).share();
      if (sideOf(hi).equals(sideOf(lo)) || h < EMPHASIS_RATIO * l || h - l < EMPHASIS_POINTS) {
        return;
      }
      String text = String.format(Locale.ROOT, "%s gives the topic %s more weight than %s: %d%% of its words against %d%%.",
          capital(name(hi)), topicName(t.label()), name(lo), Math.round(h * 100), Math.round(l * 100));
      out.add(new Finding(Finding.EMPHASIS_DIFFERENCE, t.topic(), List.of(hi.id(), lo.id()), text,
          topicEvidence(List.of(hi, lo), t, "share")));
    }

    /** The topic with the largest word share in each statement (ties: codebook order). */
    private void mainTopic() {
      List<String> parts = new ArrayList<>();
      List<Evidence> ev = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      Set<String> mains = new java.util.LinkedHashSet<>();
      for (CodedStatement c : coded) {
        TopicCoverage best = null;
        for (TopicCoverage t : matrix) {
          if (t.presentIn(c.id()) && (best == null || t.coverage().get(c.id()).share() > best.coverage().get(c.id()).share())) {
            best = t;
          }
        }
        if (best == null) {
          continue;
        }
        Coverage cv = best.coverage().get(c.id());
        mains.add(best.topic());
        ids.add(c.id());
        parts.add(String.format(Locale.ROOT, "%s takes %d%% of %s", topicName(best.label()), Math.round(cv.share() * 100),
            name(c)));
        ev.add(evidence(c, cv.firstSentence(), "share"));
      }
      if (ids.isEmpty()) {
        return;
      }
      String text;
      if (ids.size() == 1) {
        text = capital(parts.get(0)) + ", the largest share of any topic.";
      } else if (mains.size() == 1) {
        TopicCoverage t = matrix.stream().filter(x -> x.topic().equals(mains.iterator().next())).findFirst().orElseThrow();
        List<String> shares = new ArrayList<>();
        for (String id : ids) {
          shares.add(String.format(Locale.ROOT, "%d%% of %s", Math.round(t.coverage().get(id).share() * 100), name(byId(id))));
        }
        text = String.format(Locale.ROOT, "The topic %s has the largest share in each statement: %s.", topicName(t.label()),
            join(shares));
      } else {
        text = String.format(Locale.ROOT, "The statements give their largest share to different topics: %s.", join(parts));
      }
      out.add(new Finding(Finding.MAIN_TOPIC, mains.size() == 1 ? mains.iterator().next() : "", ids, text, ev));
    }

    private void topicOrder() {
      if (sides.size() < 2) {
        return;
      }
      Map<String, String> first = new LinkedHashMap<>();
      for (CodedStatement c : coded) {
        List<String> o = order.get(c.id());
        if (!o.isEmpty()) {
          first.put(c.id(), o.get(0));
        }
      }
      if (first.size() < 2 || new HashSet<>(first.values()).size() < 2) {
        return;
      }
      List<String> parts = new ArrayList<>();
      List<Evidence> ev = new ArrayList<>();
      for (CodedStatement c : coded) {
        String topic = first.get(c.id());
        if (topic == null) {
          continue;
        }
        TopicCoverage t = matrix.stream().filter(x -> x.topic().equals(topic)).findFirst().orElseThrow();
        parts.add(String.format(Locale.ROOT, "%s opens with the topic %s", name(c), topicName(t.label())));
        ev.add(evidence(c, t.coverage().get(c.id()).firstSentence(), "topic-order"));
      }
      out.add(new Finding(Finding.TOPIC_ORDER, "", List.copyOf(first.keySet()),
          capital(join(parts)) + ".", ev));
    }

    private void convergence() {
      for (Alignment al : alignments) {
        CodedStatement a = byId(al.a().statement());
        CodedStatement b = byId(al.b().statement());
        if (al.score() < CONVERGENCE_SCORE || sideOf(a).equals(sideOf(b))) {
          continue;
        }
        String text = String.format(Locale.ROOT, "%s and %s cover the same point in different words (alignment score %.2f): “%s” and “%s”",
            capital(name(a)), name(b), al.score(), quote(a, al.a().sentence()), quote(b, al.b().sentence()));
        out.add(new Finding(Finding.CONVERGENCE, al.topics().isEmpty() ? "" : al.topics().get(0),
            List.of(a.id(), b.id()), text + ".",
            List.of(evidence(a, al.a().sentence(), "alignment"), evidence(b, al.b().sentence(), "alignment"))));
      }
    }

    private void framing() {
      for (Framing fr : framings) {
        CodedStatement a = byId(fr.statement());
        CodedStatement b = byId(fr.other());
        if (a.id().compareTo(b.id()) > 0) {
          continue; // one finding per pair, built from both directions
        }
        Framing back = framings.stream().filter(x -> x.topic().equals(fr.topic()) && x.statement().equals(b.id())
            && x.other().equals(a.id())).findFirst().orElse(null);
        if (back == null) {
          continue;
        }
        TopicCoverage t = matrix.stream().filter(x -> x.topic().equals(fr.topic())).findFirst().orElseThrow();
        String text = String.format(Locale.ROOT, "On the topic %s, the distinctive words of %s are %s, while those of %s are %s.",
            topicName(t.label()), name(a), terms(fr), name(b), terms(back));
        List<Evidence> ev = new ArrayList<>();
        ev.addAll(termEvidence(a, fr));
        ev.addAll(termEvidence(b, back));
        out.add(new Finding(Finding.FRAMING_DIFFERENCE, fr.topic(), List.of(a.id(), b.id()), text, ev));
      }
    }

    private List<Evidence> termEvidence(CodedStatement c, Framing fr) {
      List<Evidence> ev = new ArrayList<>();
      Set<Integer> seen = new HashSet<>();
      for (KeyTerm k : fr.terms().subList(0, Math.min(3, fr.terms().size()))) {
        for (int i : c.sentencesWith(fr.topic())) {
          if (Lemmas.of(c.sentences().get(i)).contains(k.term())) {
            if (seen.add(i)) {
              ev.add(evidence(c, i, "keyness-g2"));
            }
            break;
          }
        }
      }
      ev.sort(Comparator.comparingInt(Evidence::sentence));
      return ev;
    }

    private String terms(Framing f) {
      List<String> q = new ArrayList<>();
      for (KeyTerm k : f.terms().subList(0, Math.min(4, f.terms().size()))) {
        q.add("“" + k.term() + "”");
      }
      return join(q);
    }

    private List<Evidence> topicEvidence(List<CodedStatement> with, TopicCoverage t, String rule) {
      List<Evidence> ev = new ArrayList<>();
      for (CodedStatement c : with) {
        for (int i : t.coverage().get(c.id()).sentences()) {
          String r = c.hits().get(i).stream().filter(h -> h.topic().equals(t.topic())).findFirst()
              .map(h -> rule + ":" + h.rule() + (h.phrase().isEmpty() ? "" : "('" + h.phrase() + "')")
                  + String.format(Locale.ROOT, " score=%.3f", h.score()))
              .orElse(rule);
          ev.add(evidence(c, i, r));
        }
      }
      return ev;
    }

    private String sentencesPhrase(List<CodedStatement> with, TopicCoverage t) {
      List<String> parts = new ArrayList<>();
      for (CodedStatement c : with) {
        int n = t.coverage().get(c.id()).sentences().size();
        parts.add(n + (n == 1 ? " sentence" : " sentences") + (with.size() > 1 ? " in " + c.id() : ""));
      }
      return join(parts);
    }

    private CodedStatement byId(String id) {
      return coded.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private Evidence evidence(CodedStatement c, int i, String rule) {
      Sentence s = c.sentences().get(i);
      return new Evidence(c.id(), i, s.start(), s.end(), rule);
    }

    private String quote(CodedStatement c, int i) {
      String t = c.sentences().get(i).text().strip();
      return t.length() <= QUOTE ? t : t.substring(0, t.lastIndexOf(' ', QUOTE) > 40 ? t.lastIndexOf(' ', QUOTE) : QUOTE) + " …";
    }

    /** "the White House's statement (us-readout)" — or the id alone when several share a publisher. */
    private String name(CodedStatement c) {
      String pub = c.statement().meta().publisher();
      long same = coded.stream().filter(x -> x.statement().meta().publisher().equals(pub)).count();
      if (pub.isEmpty() || same > 1) {
        return c.id();
      }
      return "the " + (pub.startsWith("The ") ? pub.substring(4) : pub) + "'s statement (" + c.id() + ")";
    }

    private String names(List<CodedStatement> cs) {
      return join(cs.stream().map(this::name).toList());
    }
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
  static String actorNames(List<String> ids) {
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      String n = ActorDictionary.standard().find(id).map(Actor::name).orElse(id);
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
