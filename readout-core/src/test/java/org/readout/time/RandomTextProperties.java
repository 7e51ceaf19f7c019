package org.readout.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.readout.attribution.Attribution;
import org.readout.attribution.Docs;
import org.readout.model.AnalyzedStatement;
import org.readout.ReadoutConfig;
import org.readout.TestEngines;

/** Invariants on random text: never throws, every offset lies inside the text and matches it. */
class RandomTextProperties {
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("Putin", "said", "“", "”", "\"", "«", "»", "‘", "’", "He", "he", "told",
        "according to", "MR. SULLIVAN:", "Q", "\n\n", "January", "9–10", "December 30", "five years ago", "the 1990s",
        "On Tuesday,", "the President", "The two presidents", "noted", "described as", ".", ",", "2015", "late", "May",
        "a week before the meeting", "next year", "Question:", "Aide to the President Yury Ushakov:", "x", "  ");
    Arbitrary<String> composed = words.list().ofMaxSize(40).map(l -> String.join(" ", l));
    return Arbitraries.oneOf(composed, Arbitraries.strings().ofMaxLength(200));
  }

  @Property(tries = 300)
  void offsetsStayInsideTheText(@ForAll("texts") String text) {
    {
      var p = Docs.PIPELINES.get(0); // the placeholder splitter is not under test here
      AnalyzedStatement d = Docs.doc("RU", "President of Russia", LocalDate.of(2021, 12, 28), "", text, p);
      for (Attribution a : TestEngines.attributions(d)) {
        assertThat(a.start()).isBetween(0, text.length());
        assertThat(a.end()).isBetween(a.start(), text.length());
        assertThat(a.content()).isEqualTo(text.substring(a.start(), a.end()));
        assertThat(a.sentence()).isGreaterThanOrEqualTo(0);
      }
      for (TemporalExpression x : ReadoutConfig.defaults().temporalTagger().tag(d)) {
        assertThat(x.end()).isBetween(x.start() + 1, text.length());
        assertThat(x.text()).isEqualTo(text.substring(x.start(), x.end()));
      }
    }
  }
}
