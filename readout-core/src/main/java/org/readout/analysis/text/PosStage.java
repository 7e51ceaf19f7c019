package org.readout.analysis.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.readout.analysis.AnalysisStage;
import org.readout.analysis.Layers;
import org.readout.model.AnalyzedStatement;
import org.readout.model.LayerKey;
import org.readout.model.Sentence;
import org.readout.model.Token;

/**
 * Optional stage adding Penn Treebank POS tags to tokens, for stages that need them (name {@code pos}).
 * Not in {@link org.readout.Readout#standard()}: tagging costs roughly as much as everything else together.
 *
 * <p>Model: OpenNLP's English UD-EWT maxent tagger ({@code opennlp-models-pos-en} 1.3.0, resource
 * {@value #MODEL}), which predicts Universal POS tags. They are refined to Penn tags with the word's
 * morphology ({@code VERB} + "-ed" → {@code VBD}, {@code NOUN} + plural → {@code NNS}, modal
 * {@code AUX} → {@code MD}, …) because OpenNLP's own UD→Penn mapping drops tense and number. Knowing
 * the tag also fixes the one lemma the POS-free {@link Lemmatizer} cannot know: a verb that reads
 * like a noun ("we are meeting" → {@code meet}). OpenNLP's statistical lemmatizer is not used: it
 * measured at ~60 sentences/s.
 *
 * <p>Thread-safety: the model loads once, lazily, on first use (holder idiom) and is shared;
 * {@link POSTaggerME} is not thread-safe, so each thread gets its own tagger via a ThreadLocal.
 * Requires tokens ({@link TokenStage}).
 */
public final class PosStage implements AnalysisStage {
  static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final Set<String> MODALS =
      Set.of("can", "could", "may", "might", "must", "shall", "should", "will", "would", "ought");
  private static final Set<String> POSSESSIVES = Set.of("my", "your", "his", "her", "its", "our", "their", "whose");

  private final Lemmatizer lemmatizer;
  private final ThreadLocal<POSTaggerME> tagger =
      ThreadLocal.withInitial(() -> new POSTaggerME(ModelHolder.MODEL, POSTagFormat.UD));

  public PosStage(Lemmatizer lemmatizer) {
    this.lemmatizer = java.util.Objects.requireNonNull(lemmatizer, "lemmatizer");
  }

  private static final class ModelHolder {
    static final POSModel MODEL = load();

    private static POSModel load() {
      try (InputStream in = PosStage.class.getResourceAsStream(PosStage.MODEL)) {
        if (in == null) {
          throw new IllegalStateException("POS model " + PosStage.MODEL
              + " not on the classpath (dependency org.apache.opennlp:opennlp-models-pos-en)");
        }
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load POS model " + PosStage.MODEL, e);
      }
    }
  }

  @Override
  public String name() {
    return "pos";
  }

  @Override
  public Set<LayerKey<?>> requires() {
    return Set.of(Layers.TOKENS);
  }

  @Override
  public Set<LayerKey<?>> provides() {
    return Set.of(Layers.POS);
  }

  @Override
  public AnalyzedStatement process(AnalyzedStatement in) {
    POSTaggerME me = tagger.get();
    List<Sentence> out = new ArrayList<>(in.sentences().size());
    for (Sentence s : in.sentences()) {
      List<Token> tokens = s.tokens();
      if (tokens.isEmpty()) {
        out.add(s);
        continue;
      }
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).text();
      }
      String[] ud = me.tag(words);
      List<Token> tagged = new ArrayList<>(tokens.size());
      for (int i = 0; i < words.length; i++) {
        Token t = tokens.get(i);
        String prev = previousLemma(ud, tokens, i);
        String penn = penn(ud[i], t, prev);
        String lemma = t.lemma();
        if (penn.startsWith("VB") && lemma.equals(t.text().toLowerCase(Locale.ROOT))) {
          lemma = lemmatizer.verbLemma(t.text());
        }
        tagged.add(new Token(t.start(), t.end(), t.text(), lemma, penn));
      }
      out.add(s.withTokens(tagged));
    }
    return in.with(Layers.TOKENS, out).with(Layers.POS, out);
  }

  /** Lemma of the nearest earlier token that is not an adverb ("will not resume", "has also agreed"). */
  private static String previousLemma(String[] ud, List<Token> tokens, int i) {
    int j = i - 1;
    while (j >= 0 && (ud[j].equals("ADV") || (ud[j].equals("PART") && tokens.get(j).lemma().equals("not")))) {
      j--;
    }
    return j >= 0 ? tokens.get(j).lemma() : "";
  }

  /** Refines a Universal POS tag to a Penn Treebank tag using the word and the previous lemma. */
  static String penn(String ud, Token t, String previousLemma) {
    String w = t.text().toLowerCase(Locale.ROOT);
    boolean inflected = !t.lemma().equals(w);
    return switch (ud) {
      case "NOUN" -> inflected && w.endsWith("s") ? "NNS" : "NN";
      case "PROPN" -> "NNP";
      case "VERB", "AUX" -> verb(w, t.lemma(), inflected, previousLemma);
      case "ADJ" -> w.endsWith("est") && inflected ? "JJS" : "JJ";
      case "ADV" -> "RB";
      case "ADP", "SCONJ" -> "IN";
      case "DET" -> POSSESSIVES.contains(w) ? "PRP$" : "DT";
      case "PRON" -> POSSESSIVES.contains(w) ? "PRP$" : "PRP";
      case "NUM" -> "CD";
      case "CCONJ" -> "CC";
      case "PART" -> w.equals("to") ? "TO" : w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")
          ? "POS" : "RB";
      case "PUNCT" -> punct(t.text());
      case "INTJ" -> "UH";
      case "SYM" -> "SYM";
      default -> "FW";
    };
  }

  private static String verb(String w, String lemma, boolean inflected, String previousLemma) {
    if (MODALS.contains(w) || w.equals("ca") || w.equals("wo") || w.equals("'ll") || w.equals("’ll")) {
      return "MD";
    }
    if (w.endsWith("ing")) {
      return "VBG";
    }
    if (w.equals("is") || w.equals("has") || w.equals("does") || (inflected && w.endsWith("s") && !w.endsWith("ss"))) {
      return "VBZ";
    }
    if (w.equals("am") || w.equals("are") || w.equals("'re") || w.equals("’re") || w.equals("'m") || w.equals("’m")) {
      return "VBP";
    }
    if (w.equals("was") || w.equals("were")) {
      return "VBD";
    }
    if (inflected) {
      // After a form of "be" or "have" a past form is a participle.
      return previousLemma.equals("be") || previousLemma.equals("have") ? "VBN" : "VBD";
    }
    return MODALS.contains(previousLemma) || previousLemma.equals("to") || previousLemma.equals("do") ? "VB" : "VBP";
  }

  private static String punct(String p) {
    return switch (p) {
      case ".", "?", "!", "…", "..." -> ".";
      case ",", ";", ":", "-", "–", "—" -> p.equals(",") ? "," : ":";
      case "(", "[", "{" -> "-LRB-";
      case ")", "]", "}" -> "-RRB-";
      case "“", "‘", "«" -> "``";
      case "”", "’", "»", "\"", "'" -> "''";
      default -> p.length() == 1 && Character.isLetterOrDigit(p.charAt(0)) ? "SYM" : ":";
    };
  }
}
