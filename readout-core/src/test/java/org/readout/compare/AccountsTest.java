package org.readout.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readout.actors.ActorDictionary;
import org.readout.model.StatementMeta;

/** One account per side, on invented metadata: previews, readouts of other calls, kinds, --kind. */
class AccountsTest {
  private static StatementMeta meta(String id, String side, String kind, String title, LocalDate date) {
    return new StatementMeta(id, title, date, "", side, kind, "2022-03-01-call", "", "", "");
  }

  private static final LocalDate DAY = LocalDate.of(2022, 3, 1);
  private static final List<StatementMeta> METAS = List.of(
      meta("us-preview", "US", "press-call", "Preview of the call with President Putin", DAY.minusDays(1)),
      meta("us-readout", "US", "readout", "Readout of the call with President Putin of Russia", DAY),
      meta("us-other", "US", "readout", "Readout of the call with the Prime Minister of Japan", DAY),
      meta("us-briefing", "US", "briefing", "Press briefing", DAY),
      meta("ru-briefing", "RU", "briefing", "Briefing by the presidential aide on the talks with Joseph Biden", DAY));

  @Test
  void picksOneAccountPerSideAndSaysWhyTheOthersAreSetAside() {
    Accounts.Selection s = Accounts.select(METAS, ActorDictionary.bundled(), null);
    assertThat(s.accounts()).containsExactly("ru-briefing", "us-readout");
    assertThat(s.setAside()).extracting(Accounts.SetAside::id).containsExactlyInAnyOrder("us-preview", "us-other", "us-briefing");
    assertThat(s.setAside()).filteredOn(a -> a.id().equals("us-preview")).first()
        .extracting(Accounts.SetAside::reason).asString().startsWith("preview");
    assertThat(s.notes()).isEmpty();
  }

  @Test
  void aPreferredKindNeverDropsASide() {
    Accounts.Selection s = Accounts.select(METAS, ActorDictionary.bundled(), "readout");
    assertThat(s.accounts()).containsExactly("ru-briefing", "us-readout");
    assertThat(s.notes()).singleElement().asString().contains("No readout from the RU side");
  }

  @Test
  void oneSideOnlyStillHasItsAccount() {
    Accounts.Selection s = Accounts.select(List.of(METAS.get(3), METAS.get(0)), ActorDictionary.bundled(), "readout");
    assertThat(s.accounts()).containsExactly("us-briefing");
  }
}
