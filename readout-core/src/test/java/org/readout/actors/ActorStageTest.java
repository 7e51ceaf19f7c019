package org.readout.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.Readout;
import org.readout.analysis.Layers;
import org.readout.analysis.Pipeline;
import org.readout.analysis.text.SentenceStage;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.analysis.text.SentenceSplitter;
import org.readout.TestEngines;

/** Hand-written fixtures (our own sentences) for the actor stage's rules. */
class ActorStageTest {
  static final Pipeline PIPELINE = new Pipeline(List.of(new SentenceStage(SentenceSplitter.bundled()), new ActorStage(ActorDictionary.bundled(), ParticipantCues.bundled())));

  static AnalyzedStatement analyze(String text, String date, String side) {
    return analyze(PIPELINE, text, date, side, "");
  }

  static AnalyzedStatement analyze(Pipeline p, String text, String date, String side, String meeting) {
    StatementMeta meta = new StatementMeta("fixture", "", date == null ? null : LocalDate.parse(date), "", side,
        "readout", meeting, "", "", "");
    return p.analyze(Statement.of(meta, text, "fixture"));
  }

  static Mention only(AnalyzedStatement a, String surface) {
    List<Mention> ms = a.mentions().stream().filter(m -> m.surface().equals(surface)).toList();
    assertThat(ms).as("mentions with surface '%s' in %s", surface, a.mentions()).hasSize(1);
    return ms.get(0);
  }

  static List<String> surfaces(AnalyzedStatement a) {
    return a.mentions().stream().map(Mention::surface).toList();
  }

  @Test
  void isWiredIntoTheStandardPipeline() {
    assertThat(TestEngines.TEXT.pipeline().stages()).extracting(s -> s.name()).contains("actors");
  }

  @Test
  void resolvesRolePhrasesByStatementDate() {
    String text = "The US President spoke by phone with the Russian leader.";
    AnalyzedStatement y2019 = analyze(text, "2019-07-01", "RU");
    assertThat(only(y2019, "The US President")).extracting(Mention::actorId, Mention::entityId, Mention::rule)
        .containsExactly("trump", "USA", "role");
    assertThat(only(y2019, "the Russian leader").actorId()).isEqualTo("putin");
    AnalyzedStatement y2022 = analyze(text, "2022-02-01", "RU");
    assertThat(only(y2022, "The US President").actorId()).isEqualTo("biden");
    AnalyzedStatement undated = analyze(text, null, "RU");
    assertThat(only(undated, "The US President").actorId()).as("latest holder when undated").isEqualTo("trump");
  }

  @Test
  void composesTitlesStatesAndNamesIntoOneMention() {
    AnalyzedStatement a = analyze("Russian Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken "
        + "and Russia's Defence Minister in Geneva. President of the People's Republic of China Xi Jinping sent "
        + "greetings to President Putin of Russia.", "2022-01-21", "RU");
    assertThat(surfaces(a)).contains("Russian Foreign Minister Sergey Lavrov", "Secretary of State Antony Blinken",
        "Russia's Defence Minister", "President of the People's Republic of China Xi Jinping",
        "President Putin of Russia");
    assertThat(only(a, "Russia's Defence Minister")).extracting(Mention::actorId, Mention::rule)
        .containsExactly("shoigu", "role");
    assertThat(only(a, "President Putin of Russia").actorId()).isEqualTo("putin");
    // Longest match: "Russian" is not also reported as an adjective inside the title phrase.
    assertThat(surfaces(a)).doesNotContain("Russian", "Sergey Lavrov", "Xi Jinping");
  }

  @Test
  void composesATitleWithANameInCommas() {
    AnalyzedStatement a = analyze("Our National Security Advisor, Jake Sullivan, joined us. "
        + "The President met the Premier, Li Qiang and Wang Yi.", "2023-11-15", "US");
    assertThat(only(a, "National Security Advisor, Jake Sullivan").actorId()).isEqualTo("sullivan");
    // A list after a comma is not an apposition: "the Premier" stays a bare title (no US premier).
    assertThat(surfaces(a)).contains("Li Qiang", "Wang Yi").doesNotContain("Premier, Li Qiang");
  }

  @Test
  void resolvesRolePhrasesOfOrganisationsAndSelfQualifyingOffices() {
    AnalyzedStatement a = analyze("The NATO Secretary General and the Kremlin spokesman commented. "
        + "Kremlin spokesman Dmitry Peskov said more.", "2022-03-01", "US");
    assertThat(only(a, "The NATO Secretary General")).extracting(Mention::actorId, Mention::entityId)
        .containsExactly("stoltenberg", "NATO");
    assertThat(only(a, "the Kremlin spokesman").actorId()).isEqualTo("peskov");
    assertThat(only(a, "Kremlin spokesman Dmitry Peskov")).extracting(Mention::actorId, Mention::rule)
        .containsExactly("peskov", "dictionary");
  }

  @Test
  void resolvesThePresidentToTheOwnSidesHeadOfState() {
    String text = "The President held talks today. The President of Kazakhstan was not there.";
    assertThat(only(analyze(text, "2021-12-07", "US"), "The President"))
        .extracting(Mention::actorId, Mention::rule).containsExactly("biden", "own-head-of-state");
    assertThat(only(analyze(text, "2021-12-07", "RU"), "The President").actorId()).isEqualTo("putin");
    assertThat(analyze(text, "2021-12-07", "UK").mentions()).as("the UK head of state is not a president")
        .extracting(Mention::surface).doesNotContain("The President");
  }

  @Test
  void skipsThePresidentOfAnUnknownState() {
    AnalyzedStatement a = analyze("He met the President of Freedonia.", "2021-12-07", "US");
    assertThat(a.mentions()).extracting(Mention::actorId).doesNotContain("biden");
  }

  @Test
  void resolvesPronounsWithinTheStatement() {
    AnalyzedStatement a = analyze("President Biden spoke with Prime Minister Truss. He thanked her for "
        + "the support of the United Kingdom. She said they would stay in touch.", "2022-09-20", "US");
    assertThat(only(a, "He")).extracting(Mention::actorId, Mention::rule).containsExactly("biden", "pronoun");
    assertThat(only(a, "her").actorId()).isEqualTo("truss");
    assertThat(only(a, "She").actorId()).isEqualTo("truss");
    // No group reference before "they": it stays unresolved rather than guessed.
    assertThat(a.mentions()).filteredOn(m -> m.surface().equals("they")).isEmpty();
  }

  @Test
  void resolvesTheyToTwoCoordinatedStates() {
    AnalyzedStatement a = analyze("The United States and Russia showed that they can make progress.",
        "2021-06-16", "US");
    assertThat(a.mentions()).filteredOn(m -> m.surface().equals("they"))
        .extracting(Mention::actorId, Mention::rule)
        .containsExactly(tuple("USA", "pronoun"), tuple("RUS", "pronoun"));
  }

  @Test
  void prefersTheSubjectForSingularPronouns() {
    AnalyzedStatement a = analyze("President Biden was candid with President Putin, as he always is. "
        + "He also raised Ukraine.", "2021-12-07", "US");
    assertThat(a.mentions()).filteredOn(m -> m.rule().equals("pronoun"))
        .extracting(Mention::surface, Mention::actorId)
        .containsExactly(tuple("he", "biden"), tuple("He", "biden"));
  }

  @Test
  void pronounsDoNotReachBeyondTheWindow() {
    AnalyzedStatement a = analyze("Vladimir Putin arrived. One. Two. Three. Four. He left.", "2021-12-07", "RU");
    assertThat(a.mentions()).filteredOn(m -> m.surface().equals("He")).isEmpty();
  }

  @Test
  void resolvesGroupReferencesToTheParticipantsNamedInTheMeetingSlug() {
    AnalyzedStatement a = analyze(PIPELINE, "The two leaders discussed trade. Both sides agreed to meet again. "
        + "They also discussed Taiwan.", "2021-11-16", "CN", "2021-11-15-biden-xi-virtual-meeting");
    assertThat(a.mentions()).filteredOn(m -> m.surface().equals("The two leaders"))
        .extracting(Mention::actorId, Mention::rule)
        .containsExactly(tuple("xi", "group"), tuple("biden", "group"));
    assertThat(a.mentions()).filteredOn(m -> m.surface().equals("Both sides"))
        .extracting(Mention::actorId, Mention::actorType)
        .containsExactly(tuple("CHN", "state"), tuple("USA", "state"));
    assertThat(a.mentions()).filteredOn(m -> m.surface().equals("They"))
        .extracting(Mention::actorId, Mention::rule)
        .containsExactly(tuple("CHN", "pronoun"), tuple("USA", "pronoun"));
    assertThat(only(a, "Taiwan")).extracting(Mention::actorId, Mention::entityId).containsExactly("TWN", "TWN");
  }

  @Test
  void resolvesGroupReferencesFromPersonsMentionedWithoutASlug() {
    AnalyzedStatement a = analyze("Vladimir Putin and Emmanuel Macron spoke by phone. Sergey Lavrov attended. "
        + "The presidents agreed to stay in contact.", "2022-02-20", "RU");
    assertThat(a.mentions()).filteredOn(m -> m.surface().equals("The presidents"))
        .extracting(Mention::actorId).containsExactly("putin", "macron");
  }

  @Test
  void groupReferencesFollowedByOfNameOtherLeaders() {
    AnalyzedStatement a = analyze(PIPELINE, "He will call the leaders of France and Germany.", "2021-12-07", "US",
        "2021-12-07-biden-putin-video-call");
    assertThat(a.mentions()).extracting(Mention::rule).doesNotContain("group");
    assertThat(surfaces(a)).contains("France", "Germany");
  }

  @Test
  void respectsWordBoundariesAndAcronymCase() {
    AnalyzedStatement a = analyze("Mr. Moscowitz, who worked with us at the WHO, met Ukrainians and "
        + "Americans. Moscow knows. Who knows?", "2021-12-07", "US");
    assertThat(surfaces(a)).containsExactly("WHO", "Moscow");
    assertThat(only(a, "Moscow")).extracting(Mention::actorId, Mention::rule).containsExactly("RUS", "metonym");
  }

  @Test
  void capitalsUsedAsPlacesAreNotActors() {
    AnalyzedStatement a = analyze("Talks in Helsinki and Vienna went well; Moscow welcomed them, while Kiev's "
        + "policy worried officials meeting at the White House and in Crimea.", "2021-12-07", "RU");
    assertThat(a.mentions()).extracting(Mention::surface, Mention::entityId)
        .containsExactly(tuple("Moscow", "RUS"), tuple("Kiev", "UKR"), tuple("Crimea", "UKR"));
  }

  @Test
  void namesMustBeCapitalisedButTitlesNeedNot() {
    AnalyzedStatement a = analyze("See https://example.com/2023/biden-admin-plan and the turkey recipe; "
        + "the president thanked Turkey.", "2023-11-24", "US");
    assertThat(a.mentions()).extracting(Mention::surface, Mention::actorId)
        .containsExactly(tuple("the president", "biden"), tuple("Turkey", "TUR"));
  }

  @Test
  void reportsAdjectivesAndMetonymsAsTheirState() {
    AnalyzedStatement a = analyze("The Chinese side and the Kremlin welcomed the Russian-American summit; "
        + "Kyiv and Washington disagreed about Crimea.", "2021-06-17", "CN");
    assertThat(a.mentions()).extracting(Mention::surface, Mention::entityId, Mention::rule).containsExactly(
        tuple("The Chinese side", "CHN", "metonym"), tuple("the Kremlin", "RUS", "metonym"),
        tuple("Russian", "RUS", "adjective"), tuple("American", "USA", "adjective"),
        tuple("Kyiv", "UKR", "metonym"), tuple("Washington", "USA", "metonym"),
        tuple("Crimea", "UKR", "dictionary"));
  }

  @Test
  void matchesTheSameUnderATurkishDefaultLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr-TR"));
      AnalyzedStatement a = analyze("KIEV AND BEIJING WELCOMED PRESIDENT PUTIN OF RUSSIA. Istanbul hosted them.",
          "2021-12-07", "US");
      assertThat(a.mentions()).extracting(Mention::surface, Mention::actorId).containsExactly(
          tuple("KIEV", "UKR"), tuple("BEIJING", "CHN"), tuple("PRESIDENT PUTIN OF RUSSIA", "putin"),
          tuple("Istanbul", "TUR"));
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }

  @Test
  void mentionsCarryTheirSentenceIndex() {
    AnalyzedStatement a = analyze("Nothing here. Still nothing. NATO met.", "2021-12-07", "US");
    assertThat(only(a, "NATO").sentence()).isEqualTo(2);
    assertThat(a.sentences().get(2).text()).isEqualTo("NATO met.");
  }

  @Test
  void statementsWithoutSentencesGetNoMentions() {
    StatementMeta meta = new StatementMeta("fixture", "", LocalDate.parse("2021-12-07"), "", "RU", "readout", "", "", "", "");
    ActorStage stage = new ActorStage(ActorDictionary.bundled(), ParticipantCues.bundled());
    AnalyzedStatement a = stage.process(AnalyzedStatement.of(Statement.of(meta, "Vladimir Putin spoke.", "fixture")));
    assertThat(a.mentions()).isEmpty();
    assertThat(a.has(Layers.MENTIONS)).isTrue();
  }

  @Test
  void aPipelineRejectsActorsBeforeSentences() {
    assertThatThrownBy(() -> new Pipeline(List.of(new ActorStage(ActorDictionary.bundled(), ParticipantCues.bundled()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage 'actors' needs layers no earlier stage provides: 'sentences' (stage 'sentences'); "
            + "stages before it: []");
  }

  @Test
  void usesAUserDictionaryGivenAsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("actors.yaml");
    Files.writeString(file, String.join("\n",
        "states:",
        "  - id: FRD",
        "    name: Freedonia",
        "    aliases: [Freedonia]",
        "    adjectives: [Freedonian]",
        "persons:",
        "  - id: firefly",
        "    name: Rufus T. Firefly",
        "    gender: male",
        "    roles: [{role: head-of-state, of: FRD, from: 1933-11-17}]",
        "    aliases: [Rufus T. Firefly, Firefly]",
        "ignore: [Sylvania Avenue]",
        ""));
    Pipeline p = Readout.builder().stages(Readout.TEXT_STAGES).actors(file).build().pipeline();
    assertThat(p.names()).containsExactlyElementsOf(Readout.TEXT_STAGES);
    AnalyzedStatement a = analyze(p, "The Freedonian President met Vladimir Putin on Sylvania Avenue. "
        + "Firefly said he was pleased.", "1934-01-01", "RU", "");
    assertThat(only(a, "The Freedonian President")).extracting(Mention::actorId, Mention::entityId)
        .containsExactly("firefly", "FRD");
    assertThat(only(a, "he").actorId()).isEqualTo("firefly");
    assertThat(surfaces(a)).doesNotContain("Sylvania Avenue");
    assertThat(only(a, "Vladimir Putin").actorId()).isEqualTo("putin");
  }
}
