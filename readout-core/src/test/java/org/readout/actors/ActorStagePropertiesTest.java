package org.readout.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.readout.analysis.Pipeline;
import org.readout.analysis.text.SentenceStage;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Sentence;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.testing.AnalysisAssertions;
import org.readout.analysis.text.SentenceSplitter;

/** Invariants of the actor stage on random text built from dictionary phrases, near misses and noise. */
@Tag("property")
class ActorStagePropertiesTest {
  static final Pipeline PIPELINE = new Pipeline(List.of(new SentenceStage(SentenceSplitter.bundled()), new ActorStage(ActorDictionary.bundled(), ParticipantCues.bundled())));

  static final List<String> PIECES = List.of("Vladimir Putin", "President Putin of Russia", "the Russian President",
      "The President", "President of the United States of America Joseph Biden", "Joseph R. Biden, Jr.", "MR. SULLIVAN:",
      "MS. PSAKI:", "Aide to the President Yury Ushakov", "Kiev's", "Kyiv", "Donbass", "Crimea", "U.S.-Russia", "US$",
      "the US side", "both sides", "The two leaders", "the leaders of", "they", "He", "her", "their", "NATO", "Nato",
      "WHO", "who", "us", "US", "Moscowitz", "Moscow", "Washington Post", "Premier Li", "Austin", "Secretary",
      "the Secretary of State", "Russia's Foreign Minister", "Zelenskyy", "Xi", "of", "the", "and", "said", "met",
      "in", "on", "Mr.", "Dr", "’s", "'s", ",", ".", ";", ":", "!", "?", "—", "-", "(", ")", "\"", "“", "”", "\n",
      "\n\n", "  ", "\u00a0", "é", "İstanbul", "1991", "No. 7", "Jan. 9", "Queen", "French");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMinSize(0).ofMaxSize(60)
        .map(parts -> String.join(" ", parts));
  }

  @Provide
  Arbitrary<String> sides() {
    return Arbitraries.of("US", "RU", "CN", "UK", "DE", "", "XX");
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 12_000).map(d -> LocalDate.of(1995, 1, 1).plusDays(d));
  }

  @Property(tries = 300)
  void mentionsLieInsideTheirSentencesAndMatchTheText(@ForAll("texts") String text, @ForAll("sides") String side,
                                                     @ForAll("dates") LocalDate date) {
    StatementMeta meta = new StatementMeta("p", "", date, "", side, "readout", "", "", "", "");
    AnalyzedStatement a = PIPELINE.analyze(Statement.of(meta, text, "property"));
    AnalysisAssertions.assertMentions(a);
    for (Mention m : a.mentions()) {
      assertThat(m.actorType()).isIn("state", "organisation", "person", "region", "agreement", "format");
      assertThat(m.rule()).isIn("dictionary", "metonym", "adjective", "role", "own-head-of-state", "own-role",
          "group", "pronoun");
      // Word boundaries: a mention never starts or ends inside a word.
      if (m.start() > 0) {
        assertThat(Character.isLetterOrDigit(text.charAt(m.start() - 1)) && Character.isLetterOrDigit(text.charAt(m.start())))
            .isFalse();
      }
      if (m.end() < text.length()) {
        assertThat(Character.isLetterOrDigit(text.charAt(m.end() - 1)) && Character.isLetterOrDigit(text.charAt(m.end())))
            .isFalse();
      }
    }
  }

  @Property(tries = 200)
  void resolveNeverThrowsAndFindsWhatItIsGiven(@ForAll("texts") String text, @ForAll("dates") LocalDate date) {
    ActorDictionary d = ActorDictionary.bundled();
    d.resolve(text, date).ifPresent(a -> assertThat(d.find(a.id())).contains(a));
  }
}
