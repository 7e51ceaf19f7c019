package org.readout.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readout.ReadoutConfig;

/** Codebook behaviour on hand-written sentences: a positive and a near-miss negative for every default topic. */
class TopicCoderTest {
  private static final TopicCoder CODER = ReadoutConfig.defaults().topicCoder();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("ukraine", "Moscow massed troops near the Ukrainian border.",
            "The delegation travelled to Warsaw for talks on the Belarus border crisis."),
        Arguments.of("nato", "He said the North Atlantic alliance must not expand further east.",
            "The United States will consult its allies and partners in Europe."),
        Arguments.of("security-guarantees", "Moscow demanded legally binding guarantees that the bloc will not expand.",
            "The company guaranteed delivery of the parts by March."),
        Arguments.of("strategic-stability", "The sides reaffirmed that the New START treaty remains central to arms control.",
            "Both countries bear special responsibility for international security and stability."),
        Arguments.of("cyber", "They agreed to continue combatting cybercrime together.",
            "The sides discussed the security of shipping lanes."),
        Arguments.of("iran", "The leaders hoped the Vienna talks on the JCPOA would succeed.",
            "The leaders discussed the situation in Iraq."),
        Arguments.of("sanctions", "The United States and its allies would respond with strong economic and other measures.",
            "The ministers agreed on measures to boost economic growth."),
        Arguments.of("diplomatic-missions", "Russia proposed lifting all restrictions on the work of embassies.",
            "The diplomats held a productive meeting in Geneva."),
        Arguments.of("allies-coordination", "Washington will act in close coordination with its allies and partners.",
            "The two countries were allies during the Second World War."),
        Arguments.of("follow-up", "The leaders tasked their teams to follow up on these issues.",
            "The leaders discussed the outcome of the previous summit."),
        Arguments.of("bilateral-relations", "The presidents reviewed the state of bilateral relations.",
            "Relations between the two parties in the coalition have soured."),
        Arguments.of("history", "They recalled that their nations fought side by side in the Second World War.",
            "The summit took place in a historic building in Geneva."),
        Arguments.of("climate", "Both sides pledged to cut greenhouse gas emissions.",
            "The political climate in Washington has changed."),
        Arguments.of("health", "They discussed the COVID-19 pandemic and vaccine supplies.",
            "The president wished his counterpart good health."),
        Arguments.of("afghanistan", "The leaders discussed the Taliban's return to power in Kabul.",
            "The leaders discussed Pakistan's economy."),
        Arguments.of("syria", "They discussed humanitarian access to north-west Syria.",
            "They discussed the situation in Libya."),
        Arguments.of("korea", "The leaders discussed Pyongyang's missile launches.",
            "The leaders discussed Japan's defence spending."),
        Arguments.of("taiwan", "President Xi warned against support for Taiwan independence.",
            "The leaders discussed Thailand's elections."),
        Arguments.of("trade", "The presidents discussed tariffs and market access for American farmers.",
            "The trade union leaders met the prime minister."),
        Arguments.of("energy", "They discussed gas supplies to Europe through the Nord Stream pipeline.",
            "Both sides pledged to cut greenhouse gas emissions."),
        Arguments.of("human-rights", "The president raised human rights abuses in Xinjiang.",
            "The president raised the rights of investors to fair treatment."),
        Arguments.of("humanitarian", "They discussed aid to refugees fleeing the fighting.",
            "The ministers discussed the price of fertiliser."),
        Arguments.of("terrorism", "The leaders agreed to cooperate against ISIS and other terrorist groups.",
            "The leaders condemned the violence at the border."),
        Arguments.of("arctic", "They discussed cooperation in the Arctic Council.",
            "An arctic blast froze much of Texas last winter."),
        Arguments.of("space", "The sides discussed cooperation on the International Space Station.",
            "The leaders agreed there was space for compromise."),
        Arguments.of("middle-east", "The leaders discussed the war in Gaza and a two-state solution.",
            "The leaders discussed the situation in Central Asia."),
        Arguments.of("indo-pacific", "They discussed freedom of navigation in the South China Sea.",
            "They discussed the new navigation app."),
        Arguments.of("counternarcotics", "They agreed to curb the flow of fentanyl precursors.",
            "They agreed to lower the price of prescription medicines."),
        Arguments.of("military-communication", "The leaders agreed to resume military-to-military communication.",
            "The ministers agreed to resume direct flights between the two countries."),
        Arguments.of("people-to-people", "They agreed to expand student exchanges and allow more journalists.",
            "The leaders exchanged gifts."),
        Arguments.of("economy", "They discussed inflation and the health of the global economy.",
            "The plane flew economy class."),
        Arguments.of("food-security", "They discussed global food security and grain exports.",
            "The committee discussed food safety inspections at restaurants."),
        Arguments.of("non-proliferation", "The leaders reaffirmed their commitment to the NPT.",
            "The leaders discussed the spread of misinformation online."),
        Arguments.of("artificial-intelligence", "They agreed to hold talks on the risks of artificial intelligence.",
            "Officials said the intelligence services shared information."));
  }

  private static Set<String> topics(String sentence) {
    return CODER.codeTexts(List.of(sentence)).get(0).stream().map(TopicHit::topic).collect(Collectors.toSet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void codesPositiveAndNotNearMiss(String topic, String positive, String negative) {
    assertThat(topics(positive)).as(positive).contains(topic);
    assertThat(topics(negative)).as(negative).doesNotContain(topic);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("moreWordings")
  void codesFurtherWordingsFoundMissingInReadouts(String topic, String positive, String negative) {
    assertThat(topics(positive)).as(positive).contains(topic);
    assertThat(topics(negative)).as(negative).doesNotContain(topic);
  }

  /** Wordings of real readouts that the first codebook missed (written anew here), with near misses. */
  static Stream<Arguments> moreWordings() {
    return Stream.of(
        Arguments.of("bilateral-relations", "He stressed his aim of a stable and predictable relationship with Moscow.",
            "The company seeks a predictable supply of parts."),
        Arguments.of("bilateral-relations", "The leaders spoke about normalising the state of relations.",
            "Traffic returned to normal after the storm."),
        Arguments.of("sanctions", "Washington will keep imposing costs on those responsible.",
            "The hospital will keep costs down this winter."),
        Arguments.of("follow-up", "They agreed to instruct the relevant departments to work through these questions.",
            "The departments of the university were reorganised."),
        // the dev comparison gold's paired calls: bilateral cooperation in other words; the leaders' own contact and
        // consulting allies are not work handed to teams; consulting NATO allies is coordination, not NATO
        Arguments.of("bilateral-relations", "The sides stressed a shared wish to expand bilateral scientific cooperation.",
            "The bilateral trade figures were published on Monday."),
        Arguments.of("follow-up", "The leaders instructed their ministers to hold consultations on the grain deal.",
            "The two leaders agreed to continue their dialogue by telephone."),
        Arguments.of("follow-up", "The presidents asked their envoys to follow up on the ceasefire.",
            "They will decide in consultation with their European partners."),
        Arguments.of("allies-coordination", "They will act in consultation with NATO allies and other partners.",
            "The museum shows letters of wartime allies."),
        Arguments.of("nato", "The alliance's eastward expansion was raised again.",
            "The steps were taken in consultation with NATO allies."),
        // senses found on the topics gold's development half (set topics-26): a state named as a party, an earlier
        // call referred back to, another topic's nuclear case
        Arguments.of("korea", "The Republic of Korea and Japan condemned the latest launch by the DPRK.",
            "The Republic of Korea will host the next ministerial meeting."),
        Arguments.of("follow-up", "The ministers will follow up on the points agreed today.",
            "In follow-up to their call last week, the leaders discussed the harvest."),
        Arguments.of("strategic-stability", "The two sides discussed the future of nuclear arms control.",
            "They will work together to stop Iran from acquiring a nuclear weapon."));
  }

  @Test
  void everyDefaultTopicHasACase() {
    Set<String> tested = cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    assertThat(tested).containsAll(CODER.codebook().topics().stream().map(Topic::id).toList());
  }

  @Test
  void strongEconomicMeasuresAreSanctionsByPhraseAndBySimilarity() {
    TopicHit hit = hit("The United States and its allies would respond with strong economic and other measures.", "sanctions");
    assertThat(hit.rule()).isEqualTo(TopicCoder.BOTH);
    assertThat(hit.phrase()).isEqualTo("economic * measures");
    assertThat(hit.score()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void ransomwareAndCybercrimeAreCyber() {
    assertThat(hit("The presidents discussed a separate dialogue on ransomware.", "cyber").phrase()).isEqualTo("ransomware");
    TopicHit crime = hit("They are ready to keep working together on combatting cybercrime.", "cyber");
    assertThat(crime.rule()).isIn(TopicCoder.PHRASE, TopicCoder.BOTH);
  }

  @Test
  void internationalSecurityAndStabilityIsNotStrategicStability() {
    assertThat(topics("Given their special responsibility for international security and stability, the two countries "
        + "will continue their dialogue.")).doesNotContain("strategic-stability");
    // the exclude phrase vetoes only its own span: a real strategic stability mention still counts
    assertThat(topics("They discussed strategic stability and their responsibility for international security and stability."))
        .contains("strategic-stability");
  }

  @Test
  void similarityAloneCodesParaphrasesWithoutKeywords() {
    TopicHit arms = hit("The two powers agreed to keep talking about limiting their long-range missiles and warheads.",
        "strategic-stability");
    assertThat(arms.rule()).isEqualTo(TopicCoder.EMBEDDING);
    assertThat(arms.phrase()).isEmpty();
    TopicHit war = hit("Both leaders paid tribute to the soldiers who died fighting fascism eighty years ago.", "history");
    assertThat(war.rule()).isEqualTo(TopicCoder.EMBEDDING);
    assertThat(war.start()).isZero();
  }

  @Test
  void evidenceCarriesPhraseSpanAndScore() {
    String s = "Moscow massed troops near the Ukrainian border.";
    TopicHit h = hit(s, "ukraine");
    assertThat(s.substring(h.start(), h.end())).isEqualTo("Ukrainian");
    assertThat(h.score()).isBetween(0.0, 1.0);
    assertThat(h.example()).isBetween(0, CODER.codebook().topic("ukraine").orElseThrow().examples().size() - 1);
  }

  private static TopicHit hit(String sentence, String topic) {
    return CODER.codeTexts(List.of(sentence)).get(0).stream().filter(h -> h.topic().equals(topic)).findFirst()
        .orElseThrow(() -> new AssertionError("'" + sentence + "' not coded " + topic));
  }
}
