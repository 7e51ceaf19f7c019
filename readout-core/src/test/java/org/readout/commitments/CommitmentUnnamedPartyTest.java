package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.TestEngines;
import org.readout.model.AnalyzedStatement;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/**
 * Shapes met on the fifth fresh development set (cm5): an act whose party is not named is no act (the last actors
 * mentioned are not guessed); a joint statement's officials or delegations are its signatories; talk about the
 * conversation itself ("I will show you …") is no pledge. Hand-written sentences, never corpus text.
 */
class CommitmentUnnamedPartyTest {
  private static List<Commitment> extract(String title, String side, String kind, String text) {
    StatementMeta meta = new StatementMeta("t-unnamed", title, LocalDate.of(2030, 5, 1), "p", side, kind, "m", "", "",
        "");
    AnalyzedStatement doc = TestEngines.RULES.analyze(Statement.of(meta, text, "test"));
    return TestEngines.commitments(doc);
  }

  @Test
  void anUnnamedPartyIsNotGuessedFromTheLastActorsMentioned() {
    List<Commitment> cs = extract("Readout of the President's Call with the Prime Minister of Ruritania", "US", "readout",
        "The President spoke today about Iran's missile programme and its arms deliveries. Many participants of "
            + "the conference reaffirmed strong commitment to the ceasefire.");
    assertThat(cs).noneMatch(c -> c.sentence() == 1);
  }

  @Test
  void aCounterpartTheDictionaryLacksJoinedToAKnownPartyIsTheOtherSide() {
    List<Commitment> cs = extract("Readout of National Security Advisor Jake Sullivan's Meeting with Foreign Minister "
        + "Amara Velstrand of Chile", "US", "readout",
        "National Security Advisor Jake Sullivan met Foreign Minister Amara Velstrand of Chile today. Mr. Sullivan and "
            + "Foreign Minister Velstrand pledged to deepen cooperation on polar research. The President and the Secretary of "
            + "State pledged to send more relief supplies.");
    assertThat(cs).filteredOn(c -> c.sentence() == 1).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).containsExactly("CHL", "USA");
    });
    assertThat(cs).filteredOn(c -> c.sentence() == 2).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("USA"));
  }

  @Test
  void aNamedPersonNoDictionaryKnowsJoinedToAKnownPartyIsTheOtherSide() {
    List<Commitment> cs = extract("Readout of National Security Advisor Jake Sullivan's Meeting with a Delegation of "
        + "Chile", "US", "readout",
        "National Security Advisor Jake Sullivan met a delegation of Chile today. Mr. Sullivan and Dr. Orvaldo Quint "
            + "pledged to deepen cooperation on polar research. Mr. Sullivan made clear that the United States and our "
            + "Allies would respond with strong measures in the event of an attack.");
    assertThat(cs).filteredOn(c -> c.sentence() == 1).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).containsExactly("CHL", "USA");
    });
    assertThat(cs).filteredOn(c -> c.sentence() == 2).allSatisfy(c -> assertThat(c.actors()).containsExactly("USA"));
  }

  @Test
  void aJointStatementsOfficialsAreItsSignatories() {
    List<Commitment> cs = extract("Joint Statement on the Meeting of the U.S.-Japan Consultative Group", "US", "statement",
        "Officials of the United States and Japan met on May 1 and discussed Iran's missile programme. Officials "
            + "expressed their commitment to countering Iran's threats to shipping.");
    assertThat(cs).filteredOn(c -> c.sentence() == 1).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("JPN", "USA"));
  }

  @Test
  void showingOrUpdatingTheListenerIsNoPledge() {
    String text = "President of Russia Vladimir Putin: Mr President, welcome.\n"
        + "President of Kazakhstan Kassym-Jomart Tokayev: Thank you. I will now show you the map of the new road. "
        + "I will certainly update you on the progress of the talks. We will build the road by 2032.";
    List<Commitment> cs = extract("Meeting with President of Kazakhstan Kassym-Jomart Tokayev", "RU", "transcript", text);
    assertThat(cs).noneMatch(c -> c.text().contains("show you") || c.text().contains("update you"));
    assertThat(cs).anySatisfy(c -> assertThat(c.text()).contains("build the road"));
  }

  @Test
  void anAgreementOfAnUnknownBodyIsNotTheMeetingsButAnAgentlessOneIs() {
    List<Commitment> cs = extract("Readout of President Biden's Meeting with President Macron of France", "US", "readout",
        "President Biden met President Macron of France today. Allies all agreed to raise their defence spending. "
            + "Several documents were signed during the visit. The leaders also discussed Ukraine and agreed to meet "
            + "again in June.");
    assertThat(cs).noneMatch(c -> c.sentence() == 1);
    assertThat(cs).filteredOn(c -> c.sentence() == 2).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("FRA", "USA"));
    assertThat(cs).filteredOn(c -> c.sentence() == 3).anySatisfy(c -> assertThat(c.actors()).containsExactly("FRA", "USA"));
  }

  @Test
  void aCollectiveTextsAuthorsAreTheBodyInItsOpeningNotTheStatesItCondemns() {
    // Our own sentences in the shape of a G7 leaders' statement: Iran and Israel are named in the opening
    // sentence, but only the G7 signs; its "we will" is an agreement.
    List<Commitment> cs = extract("G7 Leaders' Statement on the Attack in the Region", "US", "statement",
        "We, the Leaders of the G7, condemn Iran's attack on Israel in the strongest terms. We will continue to "
            + "work to stabilise the region, and we stand ready to take further measures.");
    assertThat(cs).isNotEmpty().allSatisfy(c -> assertThat(c.actors()).containsExactly("G7"));
    assertThat(cs).anySatisfy(c -> assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT));
    // a title naming the body as author is enough without the opening apposition
    List<Commitment> titled = extract("G7 Statement on Ukraine", "US", "statement",
        "The situation in Ukraine has worsened this week. We will continue to support Ukraine for as long as it takes.");
    assertThat(titled).filteredOn(c -> c.text().contains("support Ukraine")).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("G7"));
  }

  @Test
  void anOpeningAppositionListsEveryAuthorNotOnlyTheFirst() {
    // Our own sentences: the list of authors runs past the first comma and ends without one before the verb.
    List<Commitment> cs = extract("Joint Statement on Shipping Security", "US", "statement",
        "We, the governments of Norway, Japan, the European Union and the United States condemn the attacks on merchant "
            + "vessels. We will keep the sea lanes open.");
    assertThat(cs).filteredOn(c -> c.text().contains("sea lanes")).singleElement().satisfies(c -> {
      assertThat(c.actors()).containsExactly("EU", "JPN", "NOR", "USA");
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    });
    // "We the partners of …" without a comma, after a preamble line; the group word may follow a party
    List<Commitment> quad = extract("Quad Joint Statement on Maritime Awareness", "US", "statement",
        "*Text of a statement released by the four governments.*\n\nWe the Quad partners of Australia, India, Japan, "
            + "and the United States are launching a maritime initiative. We will share data with partners in the region.");
    assertThat(quad).filteredOn(c -> c.text().contains("share data")).singleElement()
        .satisfies(c -> assertThat(c.actors()).contains("AUS", "IND", "JPN", "USA").doesNotContain("CHN"));
    // "We will …" opening a text names no authors by itself
    List<Commitment> plain = extract("Joint Statement on Ports", "US", "statement",
        "We will modernise the ports of Kenya and Tanzania. The United States and Kenya will fund the work.");
    assertThat(plain).filteredOn(c -> c.text().contains("modernise")).allSatisfy(c -> assertThat(c.actors())
        .doesNotContain("TZA"));
  }

  @Test
  void aPluralPossessorIsEveryPartyItStandsFor() {
    // Our own sentences: "the two leaders … their readiness" is both leaders' readiness, not the first one's.
    List<Commitment> cs = extract("Telephone conversation with President of Iran Ebrahim Raisi", "RU", "readout",
        "Vladimir Putin had a telephone conversation with President of Iran Ebrahim Raisi. During the exchange of views "
            + "on the Caspian region, the two leaders pointed out their readiness to promote cooperation. The presidents "
            + "noted their readiness to expand trade. Vladimir Putin noted his readiness to visit Tehran.");
    assertThat(cs).filteredOn(c -> c.sentence() <= 2).hasSize(2)
        .allSatisfy(c -> assertThat(c.actors()).containsExactly("IRN", "RUS"));
    assertThat(cs).filteredOn(c -> c.sentence() == 3).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("RUS"));
    // the party named after the cue ("the commitment on the part of both leaders"): every party of the group too
    List<Commitment> of = extract("Telephone conversation with President of Iran Ebrahim Raisi", "RU", "readout",
        "Vladimir Putin had a telephone conversation with President of Iran Ebrahim Raisi. The conversation confirmed "
            + "the commitment on the part of both leaders to expand trade.");
    assertThat(of).filteredOn(c -> c.sentence() == 1).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("IRN", "RUS"));
  }

  @Test
  void aLeadingAdverbialClausesSubjectIsNotTheCommitmentsSubject() {
    // Our own sentences: the party named in the "As …," or "While …," clause is what the authors respond to.
    List<Commitment> cs = extract("Joint Statement on Shipping Security", "US", "statement",
        "We, the governments of Norway, Japan, and the United States, condemn the attacks on merchant vessels. "
            + "As Iranian forces expand their attacks on shipping lanes, we are resolved to keep protecting navigation. "
            + "While Russia builds new bases, we are determined to deepen our cooperation in the region.");
    assertThat(cs).filteredOn(c -> c.sentence() >= 1).hasSize(2)
        .allSatisfy(c -> assertThat(c.actors()).containsExactly("JPN", "NOR", "USA"));
    // several leading adverbials in a row are all skipped: the war named in the second is not the subject
    List<Commitment> row = extract("Readout of President Biden's Meeting with President Lula of Brazil", "US", "readout",
        "President Biden met with President Lula of Brazil. At a time of great global challenges, from Russia's war in "
            + "Ukraine to rising food prices, the leaders pledged to deepen their cooperation.");
    assertThat(row).filteredOn(c -> c.sentence() == 1).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("BRA", "USA"));
    // a subject after the clause is still the subject
    List<Commitment> named = extract("Readout of the President's Call with the Prime Minister of Japan", "US", "readout",
        "As tensions rose in the region, Japan is determined to strengthen its defences.");
    assertThat(named).singleElement().satisfies(c -> assertThat(c.actors()).containsExactly("JPN"));
  }

  @Test
  void aJointStatementsTitleNamesItsTwoSignatoriesNotTheCityOrTheStatesItsTextMentions() {
    // Our own sentences: the opening names NATO, Russia and Ukraine apart, not as a list of signatories.
    List<Commitment> cs = extract("Joint Statement Following the Meeting Between President Biden and Japanese Prime "
            + "Minister Kishida in Riyadh", "US", "statement",
        "The United States intends to designate a new partner of NATO, and the two sides condemned Russia's war on "
            + "Ukraine. We committed to expanding our security cooperation.");
    assertThat(cs).filteredOn(c -> c.text().contains("expanding our security")).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("JPN", "USA"));
  }

  @Test
  void aPartysActThatTheSpeakerCriticisesIsNotItsCommitment() {
    List<Commitment> cs = extract("Readout of President Biden's Call with President Xi Jinping of China", "US", "readout",
        "President Biden spoke with President Xi Jinping of China. He raised concerns over China's support for Russia's "
            + "war industry. He welcomed China's support for the climate talks.");
    assertThat(cs).noneMatch(c -> c.sentence() == 1);
    assertThat(cs).filteredOn(c -> c.sentence() == 2).singleElement()
        .satisfies(c -> assertThat(c.actors()).containsExactly("CHN"));
  }

  @Test
  void aNamedLeaderAndTheSpeakerAgreeTogether() {
    String text = "President of Russia Vladimir Putin: Mr President, colleagues. The President of Kazakhstan and I have "
        + "agreed to expand cultural exchanges between our universities.";
    List<Commitment> cs = extract("Press statements following Russian-Kazakh talks", "RU", "transcript", text);
    assertThat(cs).filteredOn(c -> c.text().contains("cultural exchanges")).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
      assertThat(c.actors()).containsExactly("KAZ", "RUS");
    });
  }

  @Test
  void aTitleNamingTheBodyAfterTheKindOfTextMakesThatBodyTheAuthor() {
    List<Commitment> cs = extract("Joint Statement by the G7 on Maritime Security", "US", "statement",
        "The situation in the strait has worsened this month. We will keep the sea lanes open for all ships.");
    assertThat(cs).filteredOn(c -> c.text().contains("sea lanes")).singleElement().satisfies(c -> {
      assertThat(c.actors()).containsExactly("G7");
      assertThat(c.kind()).isEqualTo(CommitmentKind.AGREEMENT);
    });
    // an official of the body is no collective author
    List<Commitment> one = extract("Statement by the NATO Secretary General on the Strait", "US", "statement",
        "We will keep the sea lanes open for all ships.");
    assertThat(one).noneMatch(c -> c.actors().equals(List.of("NATO")) && c.kind() == CommitmentKind.AGREEMENT);
  }

  @Test
  void aBriefersOwnFutureInTheConversationIsNoPledgeButAnIntentionIs() {
    String text = "Q What will the President raise?\n\nSENIOR ADMINISTRATION OFFICIAL: I'll just reiterate one point. "
        + "And then I'll turn to my colleague. We will establish a joint task force on border security.\n\n"
        + "PRESIDENT OF RURITANIA: I intend to instruct my ministers to open the border crossings.";
    List<Commitment> cs = extract("Background Press Call on the President's Meeting with the President of Mexico", "US",
        "press-call", text);
    assertThat(cs).noneMatch(c -> c.text().contains("reiterate") || c.text().contains("turn to my colleague"));
    assertThat(cs).anySatisfy(c -> assertThat(c.text()).contains("establish a joint task force"));
    assertThat(cs).anySatisfy(c -> assertThat(c.text()).contains("instruct my ministers"));
  }
}
