// Licensed under the Apache License, Version 2.0. Calls Stanford CoreNLP (GPL) on the side; CoreNLP is fetched at run time, never a dependency.
import edu.stanford.nlp.pipeline.*;
import java.nio.file.*;
import java.util.*;
/** CoreNLP throughput on the side: java -cp corenlp.jar:models.jar Yardstick.java TEXTS ANNOTATORS */
public class Yardstick {
  public static void main(String[] a) throws Exception {
    String[] docs = Files.readString(Path.of(a[0])).split("\n\f\n");
    Properties p = new Properties();
    p.setProperty("annotators", a.length > 1 ? a[1] : "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("threads", "2");
    long t0 = System.nanoTime();
    StanfordCoreNLP nlp = new StanfordCoreNLP(p);
    long t1 = System.nanoTime();
    // warm-up on the first 5 documents, not timed
    for (int i = 0; i < Math.min(5, docs.length); i++) nlp.process(docs[i]);
    long t2 = System.nanoTime();
    List<Annotation> anns = new ArrayList<>();
    for (String d : docs) anns.add(new Annotation(d));
    nlp.annotate(anns, 2);
    long t3 = System.nanoTime();
    long sents = 0, chars = 0;
    for (Annotation an : anns) { sents += an.get(edu.stanford.nlp.ling.CoreAnnotations.SentencesAnnotation.class).size(); }
    for (String d : docs) chars += d.length();
    double s = (t3 - t2) / 1e9;
    System.out.printf(Locale.ROOT, "corenlp %s: %d docs, %d sentences, %d chars in %.2f s = %.1f sentences/s (load %.1f s)%n",
        p.getProperty("annotators"), docs.length, sents, chars, s, sents / s, (t1 - t0) / 1e9);
  }
}
