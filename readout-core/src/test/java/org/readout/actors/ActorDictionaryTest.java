package org.readout.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readout.ReadoutException;

class ActorDictionaryTest {
  static final ActorDictionary DICT = ActorDictionary.bundled();

  static String holder(String state, String role, String date) {
    return DICT.holderOf(state, role, date == null ? null : LocalDate.parse(date)).map(Actor::id).orElse("-");
  }

  static String resolve(String surface, String date) {
    return DICT.resolve(surface, LocalDate.parse(date)).map(Actor::id).orElse("-");
  }

  @Test
  void standardIsBuiltOnce() {
    assertThat(ActorDictionary.bundled()).isSameAs(DICT);
  }

  @Test
  void findsStatesOrganisationsPersonsRegionsAgreements() {
    assertThat(DICT.find("RUS")).get().satisfies(a -> {
      assertThat(a.type()).isEqualTo(ActorType.STATE);
      assertThat(a.adjectives()).contains("Russian");
      assertThat(a.aliases()).contains("Moscow", "the Kremlin");
    });
    assertThat(DICT.find("NATO").map(Actor::type)).contains(ActorType.ORGANISATION);
    assertThat(DICT.find("crimea")).get().satisfies(a -> {
      assertThat(a.entityId()).isEqualTo("UKR");
      assertThat(a.contested()).containsExactly("RUS");
    });
    assertThat(DICT.find("TWN")).get().satisfies(a -> assertThat(a.note()).contains("disputed"));
    assertThat(DICT.find("xinjiang").map(Actor::entityId)).contains("CHN");
    assertThat(DICT.find("hong-kong").map(Actor::entityId)).contains("CHN");
    assertThat(DICT.find("minsk-agreements").map(Actor::type)).contains(ActorType.AGREEMENT);
    assertThat(DICT.find("normandy-format").map(Actor::type)).contains(ActorType.FORMAT);
    assertThat(DICT.find("psaki")).get().satisfies(a -> {
      assertThat(a.gender()).isEqualTo("female");
      assertThat(a.roles()).singleElement().satisfies(r -> {
        assertThat(r.from()).isEqualTo(LocalDate.of(2021, 1, 20));
        assertThat(r.to()).isEqualTo(LocalDate.of(2022, 5, 13));
      });
    });
    assertThat(DICT.find("nobody")).isEmpty();
  }

  @Test
  void holderOfFollowsTheCalendar() {
    assertThat(holder("USA", "head-of-state", "2019-06-01")).isEqualTo("trump");
    assertThat(holder("USA", "head-of-state", "2022-06-01")).isEqualTo("biden");
    assertThat(holder("USA", "head-of-state", "2025-01-19")).isEqualTo("biden");
    assertThat(holder("USA", "head-of-state", "2025-01-20")).isEqualTo("trump");
    assertThat(holder("USA", "spokesperson", "2021-12-07")).isEqualTo("psaki");
    assertThat(holder("USA", "spokesperson", "2022-05-13")).isEqualTo("jean-pierre");
    assertThat(holder("USA", "national-security-adviser", "2021-12-07")).isEqualTo("sullivan");
    assertThat(holder("USA", "foreign-minister", "2021-12-07")).isEqualTo("blinken");
    assertThat(holder("USA", "defence-minister", "2021-12-07")).isEqualTo("austin");
    assertThat(holder("RUS", "head-of-state", "2021-12-07")).isEqualTo("putin");
    assertThat(holder("RUS", "head-of-state", "2010-01-01")).isEqualTo("medvedev");
    assertThat(holder("RUS", "spokesperson", "2021-12-07")).isEqualTo("peskov");
    assertThat(holder("RUS", "aide", "2021-12-07")).isEqualTo("ushakov");
    assertThat(holder("RUS", "defence-minister", "2023-01-01")).isEqualTo("shoigu");
    assertThat(holder("RUS", "defence-minister", "2024-06-01")).isEqualTo("belousov");
    assertThat(holder("UKR", "head-of-state", "2021-12-07")).isEqualTo("zelensky");
    assertThat(holder("UKR", "foreign-minister", "2021-12-07")).isEqualTo("kuleba");
    assertThat(holder("CHN", "foreign-minister", "2023-03-01")).isEqualTo("qin-gang");
    assertThat(holder("CHN", "foreign-minister", "2023-08-01")).isEqualTo("wang-yi");
    assertThat(holder("CHN", "head-of-government", "2022-03-18")).isEqualTo("li-keqiang");
    assertThat(holder("CHN", "head-of-government", "2023-11-15")).isEqualTo("li-qiang");
    assertThat(holder("GBR", "leader", "2023-01-01")).isEqualTo("sunak");
    assertThat(holder("GBR", "head-of-state", "2023-01-01")).isEqualTo("charles-iii");
    assertThat(holder("DEU", "leader", "2021-12-07")).isEqualTo("merkel");
    assertThat(holder("DEU", "leader", "2021-12-08")).isEqualTo("scholz");
    assertThat(holder("FRA", "leader", "2021-12-07")).isEqualTo("macron");
    assertThat(holder("NATO", "secretary-general", "2021-12-07")).isEqualTo("stoltenberg");
    assertThat(holder("NATO", "secretary-general", "2025-01-01")).isEqualTo("rutte");
    assertThat(holder("UN", "secretary-general", "2021-12-07")).isEqualTo("guterres");
  }

  @Test
  void holderOfFallsBackToTheLatestHolder() {
    // Undated: the latest holder.
    assertThat(holder("USA", "head-of-state", null)).isEqualTo("trump");
    // A gap between two terms (Blinken left on 20 January, Rubio started on the 21st): the last one who started.
    assertThat(holder("USA", "foreign-minister", "2025-01-21")).isEqualTo("rubio");
    assertThat(DICT.holderOf("XXX", "head-of-state", LocalDate.now())).isEmpty();
  }

  @Test
  void resolvesSpeakerLabelsAndNamesForOtherStages() {
    assertThat(resolve("Jake Sullivan", "2021-12-07")).isEqualTo("sullivan");
    assertThat(resolve("MR. SULLIVAN", "2021-12-07")).isEqualTo("sullivan");
    assertThat(resolve("MR. SULLIVAN:", "2021-12-07")).isEqualTo("sullivan");
    assertThat(resolve("MS. PSAKI", "2021-12-07")).isEqualTo("psaki");
    assertThat(resolve("Aide to the President Yury Ushakov", "2021-12-07")).isEqualTo("ushakov");
    assertThat(resolve("presidential aide Yuri Ushakov", "2021-12-07")).isEqualTo("ushakov");
    assertThat(resolve("Sergei Lavrov", "2021-12-07")).isEqualTo("lavrov");
    assertThat(resolve("Zelenskyy", "2022-03-01")).isEqualTo("zelensky");
    assertThat(resolve("Vladimir Zelensky", "2022-03-01")).isEqualTo("zelensky");
    assertThat(resolve("the Russian President", "2021-12-07")).isEqualTo("putin");
    assertThat(resolve("the US President", "2019-05-01")).isEqualTo("trump");
    assertThat(resolve("the US President", "2022-05-01")).isEqualTo("biden");
    assertThat(resolve("the Chinese foreign minister", "2023-03-01")).isEqualTo("qin-gang");
    assertThat(resolve("Premier Li", "2020-01-01")).isEqualTo("li-keqiang");
    assertThat(resolve("Premier Li", "2024-01-01")).isEqualTo("li-qiang");
    assertThat(resolve("Secretary Austin", "2022-01-01")).isEqualTo("austin");
    assertThat(resolve("Kremlin spokesman Dmitry Peskov", "2022-01-01")).isEqualTo("peskov");
    assertThat(resolve("Kiev", "2021-12-07")).isEqualTo("UKR");
    assertThat(resolve("Donbass", "2021-12-07")).isEqualTo("donbas");
    assertThat(resolve("Q", "2021-12-07")).isEqualTo("-");
    assertThat(resolve("Austin", "2021-12-07")).as("a bare surname needing a title").isEqualTo("-");
  }

  @Test
  void ownSideResolutionNeedsTheSide() {
    assertThat(DICT.resolve("the President", LocalDate.of(2021, 12, 7), "USA").map(Actor::id)).contains("biden");
    assertThat(DICT.resolve("the President", LocalDate.of(2021, 12, 7), "RUS").map(Actor::id)).contains("putin");
    assertThat(DICT.resolve("the Prime Minister", LocalDate.of(2021, 12, 7), "GBR").map(Actor::id)).contains("johnson");
    assertThat(DICT.resolve("the President", LocalDate.of(2021, 12, 7))).isEmpty();
  }

  @Test
  void dataIsConsistent() {
    Set<String> ids = new HashSet<>();
    for (Actor a : DICT.actors()) {
      assertThat(ids.add(a.id())).as("unique id %s", a.id()).isTrue();
      if (a.type() == ActorType.STATE) {
        assertThat(a.id()).as("ISO alpha-3 %s", a.id()).matches("[A-Z]{3}");
      }
      if (a.isPerson()) {
        assertThat(a.gender()).as("gender of %s", a.id()).isIn("male", "female");
        assertThat(a.roles()).as("roles of %s", a.id()).isNotEmpty();
        for (RoleTerm r : a.roles()) {
          assertThat(DICT.find(r.of())).as("%s holds a role of unknown %s", a.id(), r.of()).isPresent();
        }
      }
      if (a.type() == ActorType.REGION) {
        assertThat(DICT.find(a.entityId()).map(Actor::type)).as("state of %s", a.id()).contains(ActorType.STATE);
      }
    }
    assertThat(DICT.actors()).hasSizeGreaterThan(300);
  }

  @Test
  void userFileAddsAndOverridesEntries(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my-actors.yaml");
    Files.writeString(file, String.join("\n",
        "states:",
        "  - id: FRD",
        "    name: Freedonia",
        "    aliases: [Freedonia]",
        "    adjectives: [Freedonian]",
        "    capital: Fredville",
        "persons:",
        "  - id: firefly",
        "    name: Rufus T. Firefly",
        "    gender: male",
        "    state: FRD",
        "    aliases: [Rufus T. Firefly, Firefly]",
        "    roles:",
        "      - {role: head-of-state, of: FRD, from: 1933-11-17}",
        "  - id: biden",
        "    name: Joe Biden (user)",
        "    gender: male",
        "    state: USA",
        "    aliases: [Joe Biden, Biden]",
        "    roles:",
        "      - {role: head-of-state, of: USA, from: 2021-01-20, to: 2025-01-20}",
        ""));
    ActorDictionary d = ActorDictionary.load(file);
    assertThat(d.find("firefly").map(Actor::entityId)).contains("FRD");
    assertThat(d.holderOf("FRD", "head-of-state", LocalDate.of(2000, 1, 1)).map(Actor::id)).contains("firefly");
    assertThat(d.resolve("the Freedonian President", LocalDate.of(2000, 1, 1)).map(Actor::id)).contains("firefly");
    assertThat(d.resolve("Fredville", LocalDate.of(2000, 1, 1)).map(Actor::id)).contains("FRD");
    assertThat(d.find("biden").map(Actor::name)).contains("Joe Biden (user)");
    // The bundled entries are still there.
    assertThat(d.find("putin")).isPresent();
    // And the standard dictionary is untouched.
    assertThat(DICT.find("firefly")).isEmpty();
    assertThat(DICT.find("biden").map(Actor::name)).contains("Joseph R. Biden");
  }

  @Test
  void badUserFilesGiveOneLineErrorsNamingTheFile(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> ActorDictionary.load(missing)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("missing.yaml").hasMessageContaining("no such file");
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "persons:\n  - id: x\n    name: [unclosed\n");
    assertThatThrownBy(() -> ActorDictionary.load(broken)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("broken.yaml").hasMessageContaining("line");
    Path badDate = dir.resolve("bad-date.yaml");
    Files.writeString(badDate, "persons:\n  - id: x\n    name: X\n    gender: male\n    roles:\n"
        + "      - {role: aide, of: USA, from: 7 December}\n");
    assertThatThrownBy(() -> ActorDictionary.load(badDate)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("bad-date.yaml").hasMessageContaining("ISO date");
    Path badCount = dir.resolve("bad-count.yaml");
    Files.writeString(badCount, "groups:\n  - {refers: leaders, count: two, phrases: [the pair]}\n");
    assertThatThrownBy(() -> ActorDictionary.load(badCount)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("bad-count.yaml").hasMessageContaining("whole number");
    Path unknown = dir.resolve("unknown.yaml");
    Files.writeString(unknown, "people-of-interest: []\n");
    assertThatThrownBy(() -> ActorDictionary.load(unknown)).isInstanceOf(ReadoutException.class)
        .hasMessageContaining("unknown section 'people-of-interest'").hasMessageNotContaining("\n");
  }
}
