package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readout.attribution.Found.of;
import static org.readout.attribution.Found.one;
import static org.readout.attribution.Found.run;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;

/**
 * Issue 9, attribution on wire-story layouts and on speakers the actor dictionary does not hold: a quote
 * led by its speaker's name and appositive, "according to X, the …", a title before the name, he/she
 * after a named speaker, unnamed groups. Every sentence is hand-written (none is corpus text).
 */
class NewsLayoutsTest {
  private static AnalyzedStatement news(String text) {
    return Docs.doc("US", "The White House", LocalDate.of(2023, 3, 1), text);
  }

  private static List<Attribution> reported(List<Attribution> as) {
    return as.stream().filter(a -> a.type() != AttributionType.TURN).toList();
  }

  // --- a quote, then its speaker ---

  @Test
  void quoteThenNameWithAnAppositiveHoldingCommasThenSaid() {
    List<Attribution> as = run(news("""
        “We will not give up the mill,” Senator Ruth Calder, a Democrat from Columbus, Ohio, said on Monday."""));
    Attribution a = one(as, AttributionType.DIRECT, "We will not give up the mill");
    assertThat(a.speaker()).isEqualTo("Ruth Calder");
    assertThat(a.role()).contains("Senator");
    // the cue reports the quote only: neither the name nor "on Monday" is reported speech
    assertThat(reported(as)).hasSize(1);
  }

  @Test
  void quoteThenDescriptionThenNameThenSaid() {
    List<Attribution> as = run(news("""
        “The figures were wrong from the start,” the editor of the county paper, Hal Brenner, said."""));
    assertThat(one(as, AttributionType.DIRECT, "figures were wrong").speaker()).isEqualTo("Hal Brenner");
    assertThat(reported(as)).hasSize(1);
  }

  @Test
  void invertedCueThenNameAndAppositiveReportsOnlyTheQuote() {
    List<Attribution> as = run(news("""
        “The ferry will run again by June,” said Oskar Lind, a planner at the harbour board. “Nobody wants \
        another winter like this one.”"""));
    assertThat(one(as, AttributionType.DIRECT, "ferry will run").speaker()).isEqualTo("Oskar Lind");
    assertThat(one(as, AttributionType.DIRECT, "another winter").speaker()).isEqualTo("Oskar Lind");
    assertThat(of(as, AttributionType.INDIRECT, "Oskar Lind")).isEmpty();
  }

  @Test
  void aQuoteWhoseSpeakerIsDescribedInTheSentenceIsNotThePreviousSpeakers() {
    List<Attribution> as = run(news("""
        Mayor Clara Vinter opened the meeting and said the budget was balanced. “That is simply false,” a \
        radio presenter named Edgar Holm said later."""));
    assertThat(one(as, AttributionType.INDIRECT, "the budget was balanced").speaker()).isEqualTo("Clara Vinter");
    assertThat(one(as, AttributionType.DIRECT, "simply false").speaker()).isEqualTo("Edgar Holm");
    assertThat(of(as, AttributionType.INDIRECT, "simply false")).isEmpty();
  }

  @Test
  void surnameOnlyQuoteLeadReportsOnlyTheQuote() {
    List<Attribution> as = run(news("""
        Nadia Soren, who leads the nurses' union, said the strike would go on. “We cannot work these hours,” \
        Soren told reporters."""));
    assertThat(one(as, AttributionType.INDIRECT, "strike would go on").speaker()).isEqualTo("Nadia Soren");
    assertThat(one(as, AttributionType.DIRECT, "these hours").speaker()).isEqualTo("Nadia Soren");
    assertThat(of(as, AttributionType.INDIRECT, "these hours")).isEmpty();
  }

  @Test
  void aQuoteInsideASentenceAfterAnotherSpeakersCueIsNotLedByTheNextCue() {
    List<Attribution> as = run(news("""
        Ivo Marek called the vote “a disgrace”, and Lena Hart said the count would be checked."""));
    assertThat(one(as, AttributionType.INDIRECT, "count would be checked").speaker()).isEqualTo("Lena Hart");
  }

  // --- the speaker before the cue, with an appositive ---

  @Test
  void titleThenNameAsAppositiveBeforeTheCue() {
    List<Attribution> as = run(news("The railway's finance director, Bruno Alves, said fares would rise in the autumn."));
    assertThat(one(as, AttributionType.INDIRECT, "fares would rise").speaker()).isEqualTo("Bruno Alves");
  }

  @Test
  void nameThenALongAppositiveBeforeTheCue() {
    List<Attribution> as = run(news("""
        Greta Uhl, the head of a small charity that runs shelters in the north of the region, warned that the \
        money would last a month."""));
    assertThat(one(as, AttributionType.INDIRECT, "money would last").speaker()).isEqualTo("Greta Uhl");
  }

  @Test
  void accordingToANameWithAnAppositiveInEitherOrder() {
    List<Attribution> as = run(news("According to Piet Haalman, a spokesman for the port, the cranes are idle."));
    Attribution a = one(as, AttributionType.INDIRECT, "the cranes are idle");
    assertThat(a.speaker()).isEqualTo("Piet Haalman");
    assertThat(a.content()).doesNotContain("spokesman");
    List<Attribution> bs = run(news("The cranes are idle, according to Piet Haalman, a spokesman for the port."));
    Attribution b = one(bs, AttributionType.INDIRECT, "cranes are idle");
    assertThat(b.speaker()).isEqualTo("Piet Haalman");
    assertThat(b.content()).doesNotContain("spokesman");
  }

  // --- he / she after a named speaker ---

  @Test
  void heOrSheAfterASpeakerTheDictionaryDoesNotHold() {
    List<Attribution> as = run(news("""
        Marta Kiel, the mayor of Dunmore, said the deal was fair. She added that it would be signed in May. \
        “It took two years,” she said."""));
    assertThat(one(as, AttributionType.INDIRECT, "signed in May").speaker()).isEqualTo("Marta Kiel");
    assertThat(one(as, AttributionType.DIRECT, "It took two years").speaker()).isEqualTo("Marta Kiel");
  }

  @Test
  void sheInABriefersTurnIsThePersonSheNamedNotTheBriefer() {
    List<Attribution> as = run(Docs.us("""
        Q Did the governor call the White House?

        MS. ROE: Governor Ada Lindqvist called this morning. She said the levee would hold through the storm.

        Q And the mayor?

        MS. ROE: She said she would call back."""));
    assertThat(one(as, AttributionType.INDIRECT, "levee would hold").speaker()).isEqualTo("Ada Lindqvist");
    // a new turn does not carry the previous turn's person over
    assertThat(of(as, AttributionType.INDIRECT, "would call back")).noneMatch(a -> a.speaker().equals("Ada Lindqvist"));
  }

  @Test
  void aPronounFarFromAnyNamedSpeakerStaysUnresolved() {
    List<Attribution> as = run(news("""
        Tomas Feld said the cranes were idle. The port has four berths. Two are closed. Ships wait offshore. \
        Fuel costs have doubled. He said the owners were to blame."""));
    assertThat(of(as, AttributionType.INDIRECT, "owners were to blame")).noneMatch(a -> a.speaker().equals("Tomas Feld"));
  }

  // --- unnamed groups ---

  @Test
  void unnamedGroupsSpeakAsWritten() {
    List<Attribution> as = run(news("""
        Officials said the vote would be delayed until spring. Western diplomats warned that the delay would \
        cost the region dearly."""));
    Attribution a = one(as, AttributionType.INDIRECT, "vote would be delayed");
    assertThat(a.speaker()).isEqualTo("Officials");
    assertThat(a.speakerId()).isEmpty();
    assertThat(one(as, AttributionType.INDIRECT, "cost the region").speaker()).isEqualTo("Western diplomats");
  }

  @Test
  void aGroupNounAsAnObjectDoesNotSpeak() {
    List<Attribution> as = run(news("Nadia Soren met the officials and said the talks had stalled."));
    assertThat(one(as, AttributionType.INDIRECT, "talks had stalled").speaker()).isEqualTo("Nadia Soren");
  }

  @Test
  void theyAfterAnUnnamedGroupThatSpokeIsThatGroup() {
    List<Attribution> as = run(news("""
        Western diplomats warned that the delay would cost the region dearly. They added that the vote could \
        still be held in June."""));
    assertThat(one(as, AttributionType.INDIRECT, "vote could").speaker()).isEqualTo("Western diplomats");
  }

  @Test
  void aPartitiveGroupIsNotAGroupThatSpeaks() {
    List<Attribution> as = run(news("None of the fellow delegates responded to the letter about the quota."));
    assertThat(reported(as)).noneMatch(a -> a.speaker().toLowerCase(java.util.Locale.ROOT).contains("delegates"));
  }

  // --- "you" in a transcript turn ---

  @Test
  void youInAnAnswerIsWhomTheTurnAnswers() {
    List<Attribution> as = run(Docs.ru("""
        Ignat Borodin: Mr President, the rail link to the north is three years late.

        Vladimir Putin: As you rightly noted, the line is late, and the contractor will pay for that."""));
    Attribution a = one(as, AttributionType.INDIRECT, "the line is late");
    assertThat(a.speaker()).isEqualTo("Ignat Borodin");
  }

  @Test
  void youInALeadersReplyIsTheOtherLeader() {
    List<Attribution> as = run(Docs.ru("""
        Vladimir Putin: Mr President, I am glad to see you in Moscow.

        President of France Emmanuel Macron(retranslated): Thank you. You stressed the value of the grain \
        deal, and I agree. You could say that the harvest decides it."""));
    Attribution t = one(as, AttributionType.TURN, "You stressed");
    assertThat(t.speakerId()).isEqualTo("macron");
    assertThat(one(as, AttributionType.INDIRECT, "the value of the grain").speakerId()).isEqualTo("putin");
    // "you could say": a generic you is nobody's words
    assertThat(of(as, AttributionType.INDIRECT, "the harvest decides")).isEmpty();
  }

  @Test
  void aQuestionLabelMarkedRetranslatedOpensAQuestionersTurn() {
    List<Attribution> as = run(Docs.ru("""
        Vladimir Putin: Thank you.

        Question(retranslated): Will the pipeline be finished this year?"""));
    assertThat(one(as, AttributionType.TURN, "pipeline be finished").speaker()).isEqualTo("Questioner");
  }

  @Test
  void youInARelativeClauseNamesATopicNotWords() {
    List<Attribution> as = run(Docs.ru("""
        Ignat Borodin: Mr President, what happens if the northern line closes?

        Vladimir Putin: In the closure scenario you just described, the trains will go south. As you said, \
        the line is late."""));
    // "the … scenario you just described": the verb's object is the noun before "you", no reported words
    assertThat(of(as, AttributionType.INDIRECT, "the trains will go south")).isEmpty();
    assertThat(as).noneMatch(a -> a.type() == AttributionType.INDIRECT && a.cue().contains("described"));
    // "As you said, …" still reports the questioner's words
    assertThat(one(as, AttributionType.INDIRECT, "the line is late").speaker()).isEqualTo("Ignat Borodin");
  }

  @Test
  void anInvertedSaidAfterACommaReportsTheClauseBeforeIt() {
    List<Attribution> as = run(news("""
        The mill reopened in April. Orders are up sharply this spring, said Walt Heberling, president of \
        Heberling Tools. Sales rose a fifth from a year earlier, said Chief Executive Ann Tamsin."""));
    assertThat(one(as, AttributionType.INDIRECT, "Orders are up sharply this spring").speaker())
        .isEqualTo("Walt Heberling");
    assertThat(one(as, AttributionType.INDIRECT, "Sales rose a fifth").speaker()).isEqualTo("Ann Tamsin");
    assertThat(reported(as)).hasSize(2);
  }
}
