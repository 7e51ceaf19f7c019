package org.readout.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.readout.model.AnalyzedStatement;
import org.readout.testing.AnalysisAssertions;
import org.readout.TestEngines;

class AttributorTest {
  private List<Attribution> run(AnalyzedStatement d) {
    List<Attribution> out = TestEngines.attributions(d);
    AnalysisAssertions.assertAttributions(d, out);
    return out;
  }

  private static Attribution find(List<Attribution> as, AttributionType type, String contentPart) {
    Optional<Attribution> a = as.stream().filter(x -> x.type() == type && x.content().contains(contentPart)).findFirst();
    assertThat(a).as("%s attribution containing '%s' in %s", type, contentPart, as).isPresent();
    return a.get();
  }

  @Test
  void attributesDirectQuoteIntroducedByCue() {
    List<Attribution> as = run(Docs.ru("Vladimir Putin said: “We will respond in kind.”"));
    Attribution a = find(as, AttributionType.DIRECT, "We will respond in kind.");
    assertThat(a.speaker()).isEqualTo("Vladimir Putin");
    assertThat(a.speakerId()).isEqualTo("putin");
    assertThat(a.speakerActor()).isEqualTo("RUS");
    assertThat(a.cue()).isEqualTo("said");
  }

  @Test
  void attributesDirectQuoteFollowedByInvertedCue() {
    List<Attribution> as = run(Docs.us("“We are ready to talk,” said Secretary Blinken."));
    assertThat(find(as, AttributionType.DIRECT, "We are ready to talk").speaker()).isEqualTo("Antony Blinken");
    List<Attribution> bs = run(Docs.us("“We are ready to talk,” Biden said."));
    assertThat(find(bs, AttributionType.DIRECT, "We are ready to talk").speaker()).isEqualTo("Joseph R. Biden");
  }

  @Test
  void attributesPartialQuoteInsideSentenceToPronounAntecedent() {
    List<Attribution> as = run(Docs.ru("Joseph Biden, in turn, focused on what he described as\"threatening\" movements of troops."));
    Attribution a = find(as, AttributionType.DIRECT, "threatening");
    assertThat(a.speaker()).isEqualTo("Joseph R. Biden");
    assertThat(a.content()).isEqualTo("threatening");
    assertThat(a.cue()).isEqualTo("described as");
    assertThat(a.reportedBy()).containsExactly("Kremlin");
  }

  @Test
  void handlesGuillemetsAndTypographicSingleQuotes() {
    List<Attribution> as = run(Docs.ru("Sergei Lavrov said the proposals were «absolutely unacceptable» to Moscow."));
    assertThat(find(as, AttributionType.DIRECT, "absolutely unacceptable").speaker()).isEqualTo("Sergey Lavrov");
    List<Attribution> bs = run(Docs.us("Xi Jinping said relations were ‘at a crossroads’ and the world’s future was at stake."));
    Attribution b = find(bs, AttributionType.DIRECT, "at a crossroads");
    assertThat(b.speaker()).isEqualTo("Xi Jinping");
    assertThat(b.content()).isEqualTo("at a crossroads");
  }

  @Test
  void joinsQuoteSpanningSentencesAndParagraphs() {
    List<Attribution> as = run(Docs.us("Jake Sullivan said: “We will act. We are prepared for that.” Then he left."));
    assertThat(find(as, AttributionType.DIRECT, "We will act. We are prepared for that.").speaker()).isEqualTo("Jake Sullivan");
    List<Attribution> bs = run(Docs.us("Jen Psaki told reporters: “The first point is clear.\n\n“The second point is clear too.”"));
    Attribution b = find(bs, AttributionType.DIRECT, "The second point is clear too.");
    assertThat(b.speaker()).isEqualTo("Jen Psaki");
    assertThat(b.content()).startsWith("The first point");
  }

  @Test
  void attributesIndirectSpeechWithCues() {
    List<Attribution> as = run(Docs.ru("In response, Vladimir Putin warned against shifting the responsibility on Russia."));
    Attribution a = find(as, AttributionType.INDIRECT, "shifting the responsibility");
    assertThat(a.speaker()).isEqualTo("Vladimir Putin");
    assertThat(a.cue()).isEqualTo("warned");
    assertThat(a.reportedBy()).containsExactly("Kremlin");
    for (String cue : List.of("noted", "stressed", "emphasised", "emphasized", "pointed out", "underscored", "reiterated",
        "made clear", "expressed")) {
      List<Attribution> bs = run(Docs.us("Jake Sullivan " + cue + " that the allies stand together."));
      Attribution b = find(bs, AttributionType.INDIRECT, "the allies stand together");
      assertThat(b.speaker()).as(cue).isEqualTo("Jake Sullivan");
      assertThat(b.cue()).isEqualTo(cue);
    }
  }

  @Test
  void namesSpeakersByTheDictionaryWhateverTheSpellingAndKeepsTheWrittenRole() {
    List<Attribution> as = run(Docs.us("Joe Biden said the talks were useful. US President Joseph Biden noted progress."));
    Attribution a = find(as, AttributionType.INDIRECT, "the talks were useful");
    assertThat(a.speaker()).isEqualTo("Joseph R. Biden");
    assertThat(a.speakerId()).isEqualTo("biden");
    assertThat(a.role()).isEqualTo("President");
    Attribution b = find(as, AttributionType.INDIRECT, "progress");
    assertThat(b.speakerId()).isEqualTo("biden");
    assertThat(b.role()).isEqualTo("US President");
  }

  @Test
  void attributesAccordingToWithRoleAndNestsWhatTheAideReports() {
    List<Attribution> as = run(Docs.ru(
        "According to presidential aide Yuri Ushakov, the President noted that the conversation was frank."));
    Attribution outer = find(as, AttributionType.INDIRECT, "the President noted");
    assertThat(outer.speaker()).isEqualTo("Yury Ushakov");
    assertThat(outer.role()).isEqualTo("presidential aide");
    assertThat(outer.cue()).isEqualTo("According to");
    Attribution inner = as.stream().filter(x -> x.cue().equals("noted")).findFirst().orElseThrow();
    assertThat(inner.speaker()).isEqualTo("Vladimir Putin");
    assertThat(inner.content()).isEqualTo("the conversation was frank");
    assertThat(inner.reportedBy()).containsExactly("Kremlin", "Yury Ushakov");
    // the Kremlin reports as an institution (no dictionary person); Ushakov is the dictionary's
    assertThat(inner.reportedByIds()).containsExactly("", "ushakov");
    assertThat(outer.speakerId()).isEqualTo("ushakov");
  }

  @Test
  void attributesInTheViewOfAndNestedSaid() {
    List<Attribution> as = run(Docs.us("In the view of Jake Sullivan, the call was useful."));
    assertThat(find(as, AttributionType.INDIRECT, "the call was useful").speaker()).isEqualTo("Jake Sullivan");
    List<Attribution> bs = run(Docs.us("Jen Psaki said Joseph Biden told Vladimir Putin that sanctions would follow."));
    Attribution inner = bs.stream().filter(x -> x.cue().equals("told")).findFirst().orElseThrow();
    assertThat(inner.speaker()).isEqualTo("Joseph R. Biden");
    assertThat(inner.content()).isEqualTo("sanctions would follow");
    assertThat(inner.reportedBy()).containsExactly("White House", "Jen Psaki");
  }

  @Test
  void attributesTranscriptTurnsAndWhatTheSpeakerReports() {
    String text = "MR. SULLIVAN: Thanks, Jen. President Biden was direct with President Putin.\n\n"
        + "He told President Putin directly that the allies would respond with strong measures.\n\n"
        + "Q Is that all?\n\nMS. PSAKI: Yes. I think so.\n\nQuestion: Will they meet again?\n\n"
        + "Aide to the President Yury Ushakov: The talks went well.";
    for (var p : Docs.PIPELINES) {
      List<Attribution> as = run(Docs.doc("US", "The White House", java.time.LocalDate.of(2021, 12, 7), "", text, p));
      List<Attribution> turns = as.stream().filter(a -> a.type() == AttributionType.TURN).toList();
      assertThat(turns).extracting(Attribution::speaker)
          .containsExactly("Jake Sullivan", "Questioner", "Jen Psaki", "Questioner", "Yury Ushakov");
      // speakers are the dictionary's actors; generic labels have no dictionary id
      assertThat(turns).extracting(Attribution::speakerId).containsExactly("sullivan", "", "psaki", "", "ushakov");
      assertThat(turns.get(0).content()).startsWith("Thanks, Jen.").contains("strong measures");
      assertThat(turns.get(4).role()).isEqualTo("Aide to the President");
      assertThat(turns.get(3).cue()).isEqualTo("Question");
      Attribution told = find(as, AttributionType.INDIRECT, "the allies would respond");
      assertThat(told.speaker()).isEqualTo("Joseph R. Biden");
      assertThat(told.reportedBy()).containsExactly("Jake Sullivan");
      assertThat(told.speakerId()).isEqualTo("biden");
      assertThat(told.reportedByIds()).containsExactly("sullivan");
      assertThat(told.content()).isEqualTo("the allies would respond with strong measures");
    }
  }

  @Test
  void resolvesPronounsToNearestCompatibleSpeaker() {
    List<Attribution> as = run(Docs.ru("The President of Russia shared examples. He also expressed serious concern about Kiev."));
    assertThat(find(as, AttributionType.INDIRECT, "serious concern").speaker()).isEqualTo("Vladimir Putin");
    List<Attribution> bs = run(Docs.us("Jen Psaki met Joseph Biden. She said the talks were useful."));
    assertThat(find(bs, AttributionType.INDIRECT, "the talks were useful").speaker()).isEqualTo("Jen Psaki");
    // "he" in a subordinate clause points at the clause subject, not the object
    List<Attribution> cs = run(Docs.us("President Biden was direct with President Putin, as he always is. "
        + "He reiterated support for Ukraine."));
    assertThat(find(cs, AttributionType.INDIRECT, "support for Ukraine").speaker()).isEqualTo("Joseph R. Biden");
    // first person in a turn is the turn speaker
    List<Attribution> ds = run(Docs.us("MR. SULLIVAN: As I said before, the discussion was direct."));
    Attribution d = find(ds, AttributionType.INDIRECT, "the discussion was direct");
    assertThat(d.speaker()).isEqualTo("Jake Sullivan");
    assertThat(d.reportedBy()).isEmpty();
  }

  @Test
  void resolvesThePresidentToTheStatementsOwnHeadOfState() {
    List<Attribution> us = run(Docs.us("The President stressed that diplomacy is the way forward."));
    assertThat(find(us, AttributionType.INDIRECT, "diplomacy").speaker()).isEqualTo("Joseph R. Biden");
    List<Attribution> ru = run(Docs.ru("The President stressed that diplomacy is the way forward."));
    assertThat(find(ru, AttributionType.INDIRECT, "diplomacy").speaker()).isEqualTo("Vladimir Putin");
    List<Attribution> cn = run(Docs.ru("The Russian President noted the importance of the agreements."));
    assertThat(find(cn, AttributionType.INDIRECT, "the importance").speaker()).isEqualTo("Vladimir Putin");
  }

  @Test
  void attributesCollectiveSpeakersToBothLeaders() {
    List<Attribution> as = run(Docs.ru("Vladimir Putin spoke with Joseph Biden. The two presidents noted the importance of dialogue."));
    Attribution a = find(as, AttributionType.INDIRECT, "the importance of dialogue");
    assertThat(a.speaker()).isEqualTo("Vladimir Putin and Joseph R. Biden");
    assertThat(a.speakerActor()).isEqualTo("JOINT");
  }

  @Test
  void takesSpeakersFromTheActorStageMentionsOnTheStatement() {
    AnalyzedStatement d = Docs.us("Jens Stoltenberg stressed that the Alliance is united. The Russian side spoke.");
    // analysed without the actor stage: the attributor runs it, so the dictionary still names the speaker
    Attribution a = find(run(d), AttributionType.INDIRECT, "the Alliance is united");
    assertThat(a.speaker()).isEqualTo("Jens Stoltenberg");
    assertThat(a.speakerId()).isEqualTo("stoltenberg");
    assertThat(a.speakerActor()).isEqualTo("NATO");
    // mentions already on the statement are taken as they are, not re-resolved from the text
    AnalyzedStatement onlyAdjective = d.withMentions(List.of(
        new org.readout.model.Mention(1, 59, 66, "Russian", "RUS", "Russia", "state", "RUS", "adjective")));
    // (the name finder still finds the written name, as an unresolved speaker without a dictionary id)
    assertThat(run(onlyAdjective)).extracting(Attribution::speakerId).containsOnly("");
    AnalyzedStatement withActors = d.withMentions(List.of(
        new org.readout.model.Mention(0, 0, 16, "Jens Stoltenberg", "stoltenberg", "Jens Stoltenberg", "person", "NATO", "dictionary"),
        new org.readout.model.Mention(1, 59, 66, "Russian", "RUS", "Russia", "state", "RUS", "adjective")));
    List<Attribution> as = run(withActors);
    assertThat(find(as, AttributionType.INDIRECT, "the Alliance is united").speakerId()).isEqualTo("stoltenberg");
    assertThat(as).extracting(Attribution::speaker).doesNotContain("Russia");
  }

  @Test
  void tellsNamingFromTelephoning() {
    assertThat(run(Docs.ru("Vladimir Putin called Patriarch Kirill to congratulate him."))).isEmpty();
    List<Attribution> as = run(Docs.ru("Vladimir Putin called the sanctions “illegitimate”."));
    assertThat(find(as, AttributionType.DIRECT, "illegitimate").speaker()).isEqualTo("Vladimir Putin");
    List<Attribution> bs = run(Docs.ru("Sergei Lavrov rejected what he called provocations by Kiev."));
    assertThat(find(bs, AttributionType.INDIRECT, "provocations by Kiev").speaker()).isEqualTo("Sergey Lavrov");
  }

  @Test
  void ignoresScareQuotesWithoutCueAndTextWithoutSpeech() {
    assertThat(run(Docs.ru("The \"Geneva spirit\" was preserved. The weather was fine."))).isEmpty();
  }

  /** The indirect attribution made by {@code cue} (the content of an earlier cue may hold a later one). */
  private static Attribution byCue(List<Attribution> as, String cue) {
    Optional<Attribution> a = as.stream().filter(x -> x.type() == AttributionType.INDIRECT && x.cue().equals(cue)).findFirst();
    assertThat(a).as("indirect attribution with cue '%s' in %s", cue, as).isPresent();
    return a.get();
  }

  private static List<Attribution> indirect(List<Attribution> as, String contentPart) {
    return as.stream().filter(x -> x.type() == AttributionType.INDIRECT && x.content().contains(contentPart)).toList();
  }

  @Test
  void coordinatedVerbsShareTheirSubjectNotAStateInsideTheObject() {
    List<Attribution> as = run(Docs.us("President Biden voiced worries about the Iranian enrichment programme,"
        + " noted that Germany and France share those worries, and underscored that sanctions stay in place."));
    assertThat(byCue(as, "noted").speaker()).isEqualTo("Joseph R. Biden");
    assertThat(byCue(as, "noted").content()).startsWith("Germany and France share");
    assertThat(byCue(as, "underscored").speaker()).isEqualTo("Joseph R. Biden");
    assertThat(byCue(as, "underscored").content()).isEqualTo("sanctions stay in place");
    assertThat(as).extracting(Attribution::speaker).doesNotContain("Germany", "France");
    // "and emphasized" after a content clause naming a state: the state modifies a noun, it does not speak
    List<Attribution> bs = run(Docs.us("The President reaffirmed that U.S. policy on the Arctic is unchanged,"
        + " and emphasized that Canada remains a close partner."));
    assertThat(byCue(bs, "emphasized").speaker()).isEqualTo("Joseph R. Biden");
    assertThat(byCue(bs, "emphasized").content()).isEqualTo("Canada remains a close partner");
    // two named subjects joined by "and" speak together, and so does their coordinated verb
    List<Attribution> cs = run(Docs.us("President Biden and President Xi restated their view that trade must be fair"
        + " and underscored their wish to keep talking."));
    assertThat(byCue(cs, "underscored").speaker()).isEqualTo("Joseph R. Biden and Xi Jinping");
  }

  @Test
  void theLeadersOfAMeetingAreTheOnesItsOpeningNames() {
    // the own side's member of "the two leaders" is the principal the opening sentence names, not the head of state
    List<Attribution> as = run(Docs.us("Vice President Kamala Harris met today with President Macron of France in"
        + " Paris. The two leaders underscored that the partnership remains strong."));
    assertThat(byCue(as, "underscored").speaker()).isEqualTo("Kamala Harris and Emmanuel Macron");
    List<Attribution> bs = run(Docs.us("President Biden spoke today with President Macron of France."
        + " The two leaders underscored that the partnership remains strong."));
    assertThat(byCue(bs, "underscored").speaker()).isEqualTo("Joseph R. Biden and Emmanuel Macron");
    // an opening that names no own-side person leaves the head of state
    List<Attribution> cs = run(Docs.ru("The situation in Syria was discussed with President Macron of France."
        + " The two leaders underscored that the ceasefire must hold."));
    assertThat(byCue(cs, "underscored").speaker()).isEqualTo("Vladimir Putin and Emmanuel Macron");
  }

  @Test
  void participleBelongsToTheMainClauseSubject() {
    List<Attribution> as = run(Docs.us("President Biden emphasized that Japan and India are close partners,"
        + " noting that cooperation with them would deepen."));
    assertThat(byCue(as, "noting").speaker()).isEqualTo("Joseph R. Biden");
    assertThat(byCue(as, "noting").content()).isEqualTo("cooperation with them would deepen");
    assertThat(as).extracting(Attribution::speaker).doesNotContain("Japan", "India");
    // no verb cue before the participle: the main clause's subject, here the turn speaker
    List<Attribution> bs = run(Docs.us("THE PRESIDENT: Yesterday I sat down with our friends from Canada and Mexico,"
        + " stressing our shared interest in secure borders."));
    assertThat(byCue(bs, "stressing").speaker()).isEqualTo("Joseph R. Biden");
    assertThat(bs).extracting(Attribution::speaker).doesNotContain("Canada", "Mexico");
    // an absolute clause names its own subject
    List<Attribution> cs = run(Docs.us("The two leaders reviewed the trade agenda, with President Xi noting"
        + " that tariffs hurt both economies."));
    assertThat(find(cs, AttributionType.INDIRECT, "tariffs hurt").speaker()).isEqualTo("Xi Jinping");
    // an aside between commas leaves the reference before it the subject
    List<Attribution> ds = run(Docs.ru("Vladimir Putin, for his part, noted that the dialogue was useful."));
    assertThat(find(ds, AttributionType.INDIRECT, "the dialogue was useful").speaker()).isEqualTo("Vladimir Putin");
  }

  @Test
  void referencesInsidePrepositionalPhrasesOrModifiersDoNotSpeak() {
    List<Attribution> as = run(Docs.us("The envoy from Ukraine said the front was quiet."));
    assertThat(indirect(as, "the front was quiet")).extracting(Attribution::speaker).doesNotContain("Ukraine");
    List<Attribution> bs = run(Docs.us("The Ukraine package we finally announced will arrive soon."));
    assertThat(bs).extracting(Attribution::speaker).doesNotContain("Ukraine");
    List<Attribution> cs = run(Docs.us("A Canadian-born official at the Japan desk in Ottawa warned that prices would rise."));
    assertThat(cs).extracting(Attribution::speaker).doesNotContain("Japan", "Canada");
  }

  @Test
  void statesSpeakOnlyAsTheSubjectAndPersonsWinOverStates() {
    List<Attribution> as = run(Docs.ru("Russia warned that the talks could collapse."));
    assertThat(find(as, AttributionType.INDIRECT, "the talks could collapse").speaker()).isEqualTo("Russia");
    List<Attribution> bs = run(Docs.us("The United States once again noted that the ceasefire must hold."));
    assertThat(find(bs, AttributionType.INDIRECT, "the ceasefire must hold").speaker()).isEqualTo("United States");
    List<Attribution> cs = run(Docs.us("The President firmly restated U.S. support for Moldova and emphasized"
        + " the value of open lines."));
    assertThat(byCue(cs, "emphasized").speaker()).isEqualTo("Joseph R. Biden");
  }

  @Test
  void passiveCueWithoutAgentHasNoSpeaker() {
    assertThat(run(Docs.us("We expect nothing new when the Arctic question is raised next week."))).isEmpty();
    assertThat(run(Docs.us("Concerns about Cuba were also raised during the dinner."))).isEmpty();
    List<Attribution> as = run(Docs.us("The Arctic question was raised by President Biden at the end."));
    assertThat(as).extracting(Attribution::speaker).containsExactly("Joseph R. Biden");
  }

  @Test
  void secondPersonDescriberIsNobodyTheDictionaryKnows() {
    String text = "MR. SULLIVAN: We will work hard so that the Georgia outcome you just described never comes about.";
    assertThat(indirect(run(Docs.us(text)), "never comes about")).isEmpty();
    // a progressive "be" is an auxiliary, not a passive; a contraction likewise
    List<Attribution> as = run(Docs.us("MR. SULLIVAN: I am saying that the door stays open. I’m only saying it once."));
    assertThat(find(as, AttributionType.INDIRECT, "the door stays open").speaker()).isEqualTo("Jake Sullivan");
    assertThat(find(as, AttributionType.INDIRECT, "it once").speaker()).isEqualTo("Jake Sullivan");
  }

  @Test
  void subjectsTheDictionaryDoesNotHoldAreNotReplacedByAnotherSpeaker() {
    // a named subject missing from the dictionary, before the cue or before an aside: an unresolved
    // speaker with the written name (issue 9), never the turn speaker or another dictionary speaker
    assertThat(indirect(run(Docs.us("MS. PSAKI: I think Senator Ramirez argued that the bill is late.")), "late"))
        .extracting(Attribution::speaker, Attribution::speakerId).containsExactly(tuple("Senator Ramirez", ""));
    List<Attribution> ice = run(Docs.us("MS. PSAKI: But Greenpeace, as I noted, warned that the ice is thin."));
    assertThat(indirect(ice, "the ice is thin")).extracting(Attribution::cue).containsExactly("noted");
    // a gerund after a preposition and an aspectual verb keep the main subject
    List<Attribution> as = run(Docs.us("MR. SULLIVAN: I will close by saying that the door stays open."));
    assertThat(byCue(as, "saying").speaker()).isEqualTo("Jake Sullivan");
    List<Attribution> bs = run(Docs.us("The President will continue highlighting the new rail links."));
    assertThat(byCue(bs, "highlighting").speaker()).isEqualTo("Joseph R. Biden");
  }
}
