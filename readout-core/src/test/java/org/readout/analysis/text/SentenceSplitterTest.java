package org.readout.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written hard cases of diplomatic text; each sentence list was written out by hand. */
class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.bundled();

  static List<String> sentences(String text) {
    return SPLITTER.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void keepsJuniorAndInitialInsideName() {
    assertThat(sentences("President Joseph R. Biden, Jr. held a call today. It went well."))
        .containsExactly("President Joseph R. Biden, Jr. held a call today.", "It went well.");
  }

  @Test
  void endsAfterJuniorBeforeSentenceStarter() {
    assertThat(sentences("The call was with Joseph R. Biden, Jr. The two leaders spoke for an hour."))
        .containsExactly("The call was with Joseph R. Biden, Jr.", "The two leaders spoke for an hour.");
  }

  @Test
  void keepsHyphenatedUsRussia() {
    assertThat(sentences("They discussed the U.S.-Russia agenda. Talks will continue."))
        .containsExactly("They discussed the U.S.-Russia agenda.", "Talks will continue.");
  }

  @Test
  void splitsAfterUsOnlyBeforeSentenceStarter() {
    assertThat(sentences("Sanctions were agreed with the U.S. The allies welcomed them."))
        .containsExactly("Sanctions were agreed with the U.S.", "The allies welcomed them.");
    assertThat(sentences("A letter went to the U.S. Senate yesterday."))
        .containsExactly("A letter went to the U.S. Senate yesterday.");
    assertThat(sentences("Ties with the U.S. and our allies held."))
        .containsExactly("Ties with the U.S. and our allies held.");
  }

  @Test
  void neverEndsAfterTitles() {
    assertThat(sentences("Mr. Sullivan met Ms. Psaki and Dr. Smith. Gen. Milley, Amb. Sullivan, Sen. Cruz, "
        + "Rep. Cheney and St. Petersburg officials attended."))
        .containsExactly("Mr. Sullivan met Ms. Psaki and Dr. Smith.",
            "Gen. Milley, Amb. Sullivan, Sen. Cruz, Rep. Cheney and St. Petersburg officials attended.");
  }

  @Test
  void keepsNumberAbbreviations() {
    assertThat(sentences("Resolution No. 7 was adopted on Jan. 9 in Geneva. It passed."))
        .containsExactly("Resolution No. 7 was adopted on Jan. 9 in Geneva.", "It passed.");
    assertThat(sentences("Was it adopted? No. The vote failed."))
        .containsExactly("Was it adopted?", "No.", "The vote failed.");
  }

  @Test
  void keepsDateRangesAndDecimals() {
    assertThat(sentences("Talks are set for January 9–10 in Geneva. Growth was 1.5 percent in Sept. 2021. Fine."))
        .containsExactly("Talks are set for January 9–10 in Geneva.", "Growth was 1.5 percent in Sept. 2021.",
            "Fine.");
  }

  @Test
  void keepsChainedInitials() {
    assertThat(sentences("J. R. R. Tolkien wrote it. George W. Bush read it."))
        .containsExactly("J. R. R. Tolkien wrote it.", "George W. Bush read it.");
  }

  @Test
  void endsBeforeClosingQuotesAndBrackets() {
    assertThat(sentences("He said, “We are ready.” Then he left. (Applause.) She added: \"Not yet.\" Done."))
        .containsExactly("He said, “We are ready.”", "Then he left.", "(Applause.)", "She added: \"Not yet.\"",
            "Done.");
  }

  @Test
  void handlesQuestionsExclamationsAndEllipses() {
    assertThat(sentences("Why now? Because it matters! And so… We went on. He asked “why?” and paused."))
        .containsExactly("Why now?", "Because it matters!", "And so…", "We went on.",
            "He asked “why?” and paused.");
  }

  @Test
  void paragraphBreakAlwaysEnds() {
    assertThat(sentences("Heading without a period\n\nFirst paragraph text\n \nSecond one."))
        .containsExactly("Heading without a period", "First paragraph text", "Second one.");
  }

  @Test
  void listItemsAndHeadingsOnSingleLinesEnd() {
    assertThat(sentences("Points agreed:\n- a ceasefire\n- talks in Minsk\n1. first item\n# Next section"))
        .containsExactly("Points agreed:", "- a ceasefire", "- talks in Minsk", "1. first item", "# Next section");
  }

  @Test
  void wrappedLineDoesNotEnd() {
    assertThat(sentences("The two presidents tasked their\nteams to follow up. They agreed."))
        .containsExactly("The two presidents tasked their\nteams to follow up.", "They agreed.");
  }

  @Test
  void speakerLabelsPrefixTheFirstSentenceOfTheirTurn() {
    String text = "MR. SULLIVAN:  Thanks, Jen.  Good to see you.\n\nQ    Thank you, Jake.  Is it on the table?"
        + "\n\nMS. PSAKI:  Hello.";
    assertThat(sentences(text)).containsExactly("MR. SULLIVAN:  Thanks, Jen.", "Good to see you.",
        "Q    Thank you, Jake.", "Is it on the table?", "MS. PSAKI:  Hello.");
  }

  @Test
  void speakerLabelOnItsOwnLineStartsSentence() {
    assertThat(sentences("and we will see\nQ    What next?\nMR. SULLIVAN:  We wait."))
        .containsExactly("and we will see", "Q    What next?", "MR. SULLIVAN:  We wait.");
  }

  @Test
  void splitsRunTogetherKremlinTranscript() {
    String text = "Vladimir Putin: Good afternoon, colleagues. We will begin with the U.S. "
        + "Aide to the President Yury Ushakov: Thank you. The talks lasted two hours. "
        + "Question: Will there be a summit? Vladimir Putin:(laughing) Of course. * * * "
        + "Dmitry Peskov: Thank you. <…> Vladimir Putin: Goodbye.";
    assertThat(sentences(text)).containsExactly(
        "Vladimir Putin: Good afternoon, colleagues.", "We will begin with the U.S.",
        "Aide to the President Yury Ushakov: Thank you.", "The talks lasted two hours.",
        "Question: Will there be a summit?", "Vladimir Putin:(laughing) Of course.",
        "Dmitry Peskov: Thank you.", "Vladimir Putin: Goodbye.");
  }

  @Test
  void splitsAtGluedSeparatorsAndInvisibleCharacters() {
    assertThat(sentences("The plan was approved.*** President Putin: Good. Trade is growing.\u00ad\u00ad There is more."))
        .containsExactly("The plan was approved.", "President Putin: Good.", "Trade is growing.\u00ad\u00ad",
            "There is more.");
  }

  @Test
  void splitsGluedStageDirectionsAndLostSpaces() {
    assertThat(sentences("Oddly enough, but I do.(Addressing the Prime Minister.) Go ahead. We will do it.This is life."))
        .containsExactly("Oddly enough, but I do.", "(Addressing the Prime Minister.)", "Go ahead.", "We will do it.",
            "This is life.");
    assertThat(sentences("See kremlin.ru and Gossuslugi.Avto today.")).hasSize(1);
  }

  @Test
  void roleLedLabelBehindLostHeadingStartsSentence() {
    assertThat(sentences("* * * Opening remarks at the meeting President of Russia Vladimir Putin: Colleagues, "
        + "good afternoon. We met with President Biden: He agreed."))
        .containsExactly("Opening remarks at the meeting", "President of Russia Vladimir Putin: Colleagues, good afternoon.",
            "We met with President Biden: He agreed.");
    assertThat(sentences("Flowers were laid at the Alexander Garden: Leningrad, Kiev, Minsk.")).hasSize(1);
  }

  @Test
  void stageDirectionAfterLabelJoinsFirstSentence() {
    assertThat(sentences("PRESIDENT XI:  (As interpreted.)  Good to see you.  Thank you.\n\n(Laughter.)  Yes."))
        .containsExactly("PRESIDENT XI:  (As interpreted.)  Good to see you.", "Thank you.", "(Laughter.)", "Yes.");
  }

  @Test
  void enumeratorOpeningSentenceDoesNotEnd() {
    assertThat(sentences("2. The parties agree. A. The first annex applies."))
        .containsExactly("2. The parties agree.", "A. The first annex applies.");
  }

  @Test
  void clockTimesAndAcronymsStayTogether() {
    assertThat(sentences("James S. Brady Press Briefing Room\n\n3:03 P.M. EST\n\nMS. PSAKI:  Hello.  All right."))
        .containsExactly("James S. Brady Press Briefing Room", "3:03 P.M. EST", "MS. PSAKI:  Hello.", "All right.");
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertThat(sentences("")).isEmpty();
    assertThat(sentences(" \n\n\t ")).isEmpty();
    assertThat(sentences("* * *")).isEmpty();
  }

  @Test
  void labelsAreFoundAtSentenceStarts() {
    String text = "Aide to the President Yury Ushakov: We met.";
    Span label = SPLITTER.labels().labelAt(text, 0).orElseThrow();
    assertThat(SpeakerLabels.speaker(text, label)).isEqualTo("Aide to the President Yury Ushakov");
    assertThat(SPLITTER.labels().labelAt("Q    Thank you.", 0)).contains(new Span(0, 1));
    assertThat(SPLITTER.labels().labelAt("The talks were held in the following format: online.", 0)).isEmpty();
    assertThat(SPLITTER.labels().labelAt("Qatar said no.", 0)).isEmpty();
  }
}
