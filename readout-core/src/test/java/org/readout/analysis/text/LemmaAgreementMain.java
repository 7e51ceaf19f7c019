package org.readout.analysis.text;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.model.Token;
import org.readout.testing.SharedCorpus;
import org.readout.TestEngines;

/**
 * Agreement of the rule-based {@link Lemmatizer} (as used by {@link TokenStage}) with OpenNLP's
 * POS tagger + statistical lemmatizer on word tokens of the first N records of a bulk file. Prints
 * the agreement and the most frequent disagreements. Run by hand (OpenNLP's lemmatizer is slow):
 * {@code java -cp ... org.readout.analysis.text.LemmaAgreementMain FILE.jsonl.gz 40}.
 */
final class LemmaAgreementMain {
  public static void main(String[] args) throws Exception {
    List<Statement> statements = SharedCorpus.bulkStatements(Path.of(args[0]), Integer.parseInt(args[1]));
    POSModel pm;
    LemmatizerModel lm;
    try (InputStream p = PosStage.class.getResourceAsStream(PosStage.MODEL);
         InputStream l = PosStage.class.getResourceAsStream("/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")) {
      pm = new POSModel(p);
      lm = new LemmatizerModel(l);
    }
    POSTaggerME tagger = new POSTaggerME(pm, POSTagFormat.UD);
    LemmatizerME lemmatizer = new LemmatizerME(lm);
    Map<String, Integer> diffs = new TreeMap<>();
    int words = 0;
    int agree = 0;
    for (Statement st : statements) {
      AnalyzedStatement a = TestEngines.TEXT.analyze(st);
      for (Sentence s : a.sentences()) {
        List<Token> t = s.tokens();
        String[] w = t.stream().map(Token::text).toArray(String[]::new);
        String[] tags = tagger.tag(w);
        String[] ref = lemmatizer.lemmatize(w, tags);
        for (int i = 0; i < w.length; i++) {
          if (!Character.isLetter(w[i].charAt(0)) || tags[i].equals("PROPN")) {
            continue;
          }
          words++;
          String r = ref[i].toLowerCase(Locale.ROOT);
          if (r.equals(t.get(i).lemma())) {
            agree++;
          } else {
            diffs.merge(w[i].toLowerCase(Locale.ROOT) + "/" + tags[i] + " ours=" + t.get(i).lemma() + " opennlp=" + r, 1,
                Integer::sum);
          }
        }
      }
    }
    System.out.printf("non-PROPN word tokens %d, agreement %.2f%%%n", words, 100.0 * agree / words);
    diffs.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(Integer.parseInt(args.length > 2 ? args[2] : "60"))
        .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
  }
}
