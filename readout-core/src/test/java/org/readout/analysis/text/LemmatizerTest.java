package org.readout.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LemmatizerTest {
  @ParameterizedTest
  @CsvSource({
      "discussed,discuss", "agreed,agree", "called,call", "tasked,task", "voiced,voice", "reiterated,reiterate",
      "emphasised,emphasise", "emphasized,emphasize", "noted,note", "focused,focus", "planned,plan",
      "committed,commit", "controlled,control", "stressed,stress", "expressed,express", "proposed,propose",
      "resolved,resolve", "included,include", "decided,decide", "provided,provide", "changed,change",
      "engaged,engage", "secured,secure", "required,require", "declared,declare", "enabled,enable",
      "determined,determine", "welcomed,welcome", "invoked,invoke", "continued,continue", "developed,develop",
      "visited,visit", "offered,offer", "appeared,appear", "avoided,avoid", "occurred,occur", "need,need",
      "proceed,proceed", "guaranteed,guarantee", "tried,try", "stated,state", "outlined,outline",
      "making,make", "taking,take", "coming,come", "giving,give", "using,use", "running,run", "calling,call",
      "working,work", "bring,bring", "thing,thing", "during,during", "meeting,meeting", "meetings,meeting",
      "countries,country", "allies,ally", "ties,tie", "talks,talk", "sanctions,sanction", "forces,force",
      "discusses,discuss", "approaches,approach", "taxes,tax", "relations,relation", "crises,crisis",
      "process,process", "focus,focus", "various,various", "politics,politics", "news,news", "is,be", "was,be",
      "were,be", "has,have", "did,do", "said,say", "held,hold", "met,meet", "took,take", "n't,not", "’re,be",
      "follow-ups,follow-up", "far-reaching,far-reaching", "men,man", "people,people", "Talks,talk",
      "ISSUES,issue", "foxnews,foxnews", "wasting,waste"})
  void lemmatises(String form, String lemma) {
    assertThat(Lemmatizer.bundled().lemma(form)).isEqualTo(lemma);
  }
}
