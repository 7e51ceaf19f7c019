package org.readout.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.Readout;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Mention;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;
import org.readout.testing.SharedCorpus;
import org.readout.TestEngines;

/**
 * Whom group references ("the leaders", "they") stand for: the participants of the call or meeting the
 * statement itself reports, not those of the meeting it is filed under. Real statement from the shared
 * corpus plus hand-written fixtures (our own sentences).
 */
class ActorParticipantsTest {
  static final String BIDEN_PUTIN = "2021-12-07-biden-putin-video-call";

  static AnalyzedStatement analyze(String title, String text, String date, String side, String meeting) {
    StatementMeta meta = new StatementMeta("fixture", title, LocalDate.parse(date), "", side, "readout", meeting,
        "", "", "");
    return TestEngines.TEXT.analyze(Statement.of(meta, text, "fixture"));
  }

  static List<Mention> withSurface(AnalyzedStatement a, String surface) {
    return a.mentions().stream().filter(m -> m.surface().equals(surface)).toList();
  }

  @Test
  void alliesReadoutFiledUnderThePutinCallNamesTheAlliesNotPutin() throws Exception {
    AnalyzedStatement a = TestEngines.TEXT.analyze(
        SharedCorpus.flagshipStatement("us-readout-call-with-european-allies.md"));
    assertThat(a.meta().meeting()).isEqualTo(BIDEN_PUTIN);
    List<Mention> leaders = withSurface(a, "The leaders");
    assertThat(leaders).extracting(Mention::actorId)
        .containsExactly("biden", "macron", "merkel", "draghi", "johnson");
    assertThat(leaders).extracting(Mention::entityId).containsExactly("USA", "FRA", "DEU", "ITA", "GBR");
    assertThat(leaders).allSatisfy(m -> assertThat(m.rule()).isEqualTo("group"));
    // "They agreed …" carries the same group, and nothing group-like ever stands for Putin or Russia.
    assertThat(withSurface(a, "They")).extracting(Mention::actorId)
        .containsExactly("biden", "macron", "merkel", "draghi", "johnson");
    assertThat(a.mentions()).filteredOn(m -> m.rule().equals("group") || m.rule().equals("pronoun"))
        .isNotEmpty()
        .noneSatisfy(m -> assertThat(m.entityId()).isEqualTo("RUS"));
    // Putin is still found where the text names him.
    assertThat(withSurface(a, "President Putin")).extracting(Mention::actorId).containsExactly("putin");
  }

  @Test
  void aTitledStateWithNoKnownLeaderStandsForItselfNotForTheMostMentionedState() {
    // Our own sentences; the dictionary knows the Czech Republic but no Czech person.
    AnalyzedStatement a = analyze("Readout of President Biden's Meeting with Prime Minister Jan Novak of the Czech Republic",
        "The leaders underscored their support for Ukraine. They condemned the attacks against Israel. The "
            + "President reaffirmed support for Israel's security and for Israel's right to defend itself.",
        "2024-04-15", "US", "");
    assertThat(withSurface(a, "The leaders")).extracting(Mention::entityId).containsExactly("USA", "CZE");
    assertThat(withSurface(a, "They")).extracting(Mention::entityId).containsExactly("USA", "CZE");
  }

  @Test
  void aLeaderTheTitleNamesButTheDictionaryDoesNotKnowStandsForHisStateInThisStatement() {
    // Our own sentences; "Pedro Ruiz" is no dictionary person.
    AnalyzedStatement a = analyze("Readout of President Biden's Call with President Pedro Ruiz of Spain",
        "President Biden spoke today with President Pedro Ruiz of Spain. President Biden and President Ruiz agreed to "
            + "meet again. He thanked Ruiz for his support.",
        "2023-12-22", "US", "");
    assertThat(a.mentions()).filteredOn(m -> m.rule().equals("title-name")).extracting(Mention::surface)
        .containsExactly("President Pedro Ruiz", "President Ruiz", "Ruiz");
    assertThat(a.mentions()).filteredOn(m -> m.rule().equals("title-name"))
        .allSatisfy(m -> assertThat(m.entityId()).isEqualTo("ESP"));
    // Kremlin style: the office, the state, then the name
    AnalyzedStatement k = analyze("Telephone conversation with President of Spain Pedro Ruiz",
        "Vladimir Putin had a telephone conversation with President of Spain Pedro Ruiz. Pedro Ruiz thanked him.",
        "2022-04-18", "RU", "");
    assertThat(k.mentions()).filteredOn(m -> m.rule().equals("title-name")).extracting(Mention::entityId)
        .isNotEmpty().containsOnly("ESP");
  }

  @Test
  void aTitledNameWithAPatronymicIsAlsoWrittenByItsGivenName() {
    // Our own sentences; "Sheikh Khalid bin Saqr Al-Marri of Bahrain" is no dictionary person.
    AnalyzedStatement a = analyze("Readout of President Biden's Call with Crown Prince Sheikh Khalid bin Saqr Al-Marri of Bahrain",
        "President Biden spoke today with Crown Prince Sheikh Khalid bin Saqr Al-Marri of Bahrain. President Biden and "
            + "Sheikh Khalid agreed to stay in close contact. Khalid bin Saqr thanked him.",
        "2023-11-22", "US", "");
    assertThat(a.mentions()).filteredOn(m -> m.rule().equals("title-name")).extracting(Mention::surface)
        .contains("Sheikh Khalid", "Khalid bin Saqr");
    assertThat(a.mentions()).filteredOn(m -> m.rule().equals("title-name"))
        .allSatisfy(m -> assertThat(m.entityId()).isEqualTo("BHR"));
    assertThat(TitleNames.givenNames("Pedro Ruiz")).isEmpty();
    assertThat(TitleNames.givenNames("Mohamed bin Zayed")).containsExactly("Mohamed bin Zayed");
  }

  @Test
  void anUnqualifiedTitleTheOwnSideLacksIsTheParticipantHoldingIt() {
    // Our own sentences: the US has no prime minister, so "the Prime Minister" is the one the title names.
    AnalyzedStatement a = analyze("Readout of President Biden's Call with Prime Minister Netanyahu of Israel",
        "President Biden spoke with Prime Minister Netanyahu today. The President and the Prime Minister agreed to stay "
            + "in close touch.", "2023-12-07", "US", "");
    assertThat(withSurface(a, "the Prime Minister")).extracting(Mention::actorId, Mention::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("netanyahu", "counterpart-title"));
  }

  @Test
  void titleNamingACallWithSeveralLeadersBeatsTheSlug() {
    AnalyzedStatement a = analyze(
        "Readout of President Biden's Video Call with President Macron of France, Chancellor Scholz of Germany "
            + "and Prime Minister Kishida of Japan",
        "President Biden thanked his counterparts for their steady support. The leaders agreed to coordinate "
            + "closely on sanctions. They will speak again next week.",
        "2022-03-01", "US", "2022-02-28-biden-putin-call");
    assertThat(withSurface(a, "The leaders")).extracting(Mention::actorId)
        .containsExactly("biden", "macron", "scholz", "kishida");
    assertThat(withSurface(a, "They")).extracting(Mention::entityId).containsExactly("USA", "FRA", "DEU", "JPN");
  }

  @Test
  void textListingTheLeadersOfACallBeatsASlugItDoesNotName() {
    AnalyzedStatement a = analyze("",
        "President Biden held a video call today with the leaders of France, Germany, Italy and the United Kingdom. "
            + "The leaders condemned the build-up of forces. They agreed to meet in Brussels.",
        "2021-12-07", "US", BIDEN_PUTIN);
    assertThat(withSurface(a, "The leaders")).extracting(Mention::actorId)
        .containsExactly("biden", "macron", "merkel", "draghi", "johnson");
    assertThat(withSurface(a, "They")).extracting(Mention::actorId).doesNotContain("putin").hasSize(5);
  }

  @Test
  void aStatementNamingTheSlugPersonsKeepsTheSlugOverAnEarlierPartnerCue() {
    // A briefing on the slug's call that mentions another call first: the slug's persons are named, so
    // they win; a press secretary in a title without a meeting word is no participant.
    AnalyzedStatement a = analyze("Press Briefing by Press Secretary Jen Psaki",
        "Yesterday the President spoke with Chancellor Merkel. Today President Biden held a call with "
            + "President Putin. The two leaders discussed Ukraine.",
        "2021-12-07", "US", BIDEN_PUTIN);
    assertThat(withSurface(a, "The two leaders")).extracting(Mention::actorId).containsExactly("biden", "putin");
  }

  @Test
  void ownSideIsItsLeaderWhenATitleAlsoNamesAnOwnOfficial() {
    AnalyzedStatement a = analyze(
        "Statement by Press Secretary Jen Psaki on the Meeting Between President Biden and President Xi Jinping",
        "The two leaders spoke for three hours.", "2021-11-16", "US", "");
    assertThat(withSurface(a, "The two leaders")).extracting(Mention::actorId).containsExactly("biden", "xi");
  }
}
