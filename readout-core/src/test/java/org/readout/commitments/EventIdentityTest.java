package org.readout.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.readout.actors.ActorDictionary;

/**
 * {@link EventIdentity} on hand-written sentences (not corpus text): another amount, other parties, a date before
 * the commitment, a past reference point, another document.
 */
class EventIdentityTest {
  private static final Pattern SIGNED = Pattern.compile("(?i)\\bsign(?:ed|s)?\\b");

  @Test
  void anotherAmountOfTheSameThingIsAnotherEvent() {
    String c = "We will release more than 60 million barrels of oil from the reserve this year.";
    assertThat(EventIdentity.otherAmount(c, "The agency released 12 million barrels of oil from the reserve.")).isTrue();
    assertThat(EventIdentity.otherAmount(c, "The agency has released 64 million barrels from the reserve.")).isFalse();
    assertThat(EventIdentity.otherAmount("We will deliver two million doses to Fiji.",
        "Today 2 million doses were delivered to Fiji.")).isFalse();
    // other things counted, or a year: no amount to compare
    assertThat(EventIdentity.otherAmount(c, "In 2031 the agency released oil to 12 refiners.")).isFalse();
  }

  @Test
  void aStateTheCommitmentDoesNotNameWithoutTheOneItNamesIsAnotherParty() {
    EventIdentity id = new EventIdentity(ActorDictionary.bundled());
    Commitment deal = commitment("The United States and Canada will sign a fisheries deal.", List.of("USA"));
    assertThat(id.otherParties(deal, "The United States signed a fisheries deal with Mexico.", "USA")).isTrue();
    assertThat(id.otherParties(deal, "The fisheries deal with Canada was signed.", "USA")).isFalse();
    // partners joining the committed party's own act: no state of the commitment is missing
    Commitment own = commitment("We will launch a fisheries alliance.", List.of("USA"));
    assertThat(id.otherParties(own, "The United States, with Canada and Mexico, launched the fisheries alliance.", "USA"))
        .isFalse();
  }

  @Test
  void anEventDatedBeforeTheCommitmentIsItsPastOrItsOccasion() {
    LocalDate made = LocalDate.of(2031, 6, 11);
    LocalDate later = LocalDate.of(2031, 6, 17);
    assertThat(EventIdentity.datedBefore(made, later, "In March, the council delivered its report.", false)).isTrue();
    assertThat(EventIdentity.datedBefore(made, later, "On June 11, the minister launched the fund.", false)).isTrue();
    assertThat(EventIdentity.datedBefore(made, later, "Last week, the minister launched the fund.", false)).isTrue();
    // set for that day ("Today, … will sign"): done on it
    assertThat(EventIdentity.datedBefore(made, later, "On June 11, the minister launched the fund.", true)).isFalse();
    assertThat(EventIdentity.datedBefore(made, later, "On June 14, the minister launched the fund.", false)).isFalse();
    assertThat(EventIdentity.datedBefore(made, later, "In June, the minister launched the fund.", false)).isFalse();
    assertThat(EventIdentity.datedBefore(made, later, "The minister launched the fund.", false)).isFalse();
  }

  @Test
  void aPastReferencePointOrAnotherDocumentIsAnotherEvent() {
    assertThat(EventIdentity.retrospective(SIGNED, "The first such law since President Hale signed the water act.")).isTrue();
    assertThat(EventIdentity.retrospective(SIGNED, "Since the summit, Norway has signed the water act.")).isFalse();
    assertThat(EventIdentity.otherDocument(SIGNED, "the Clean Rivers Act into law",
        "He urged Congress to pass the Clean Rivers Act and signed an executive order on rivers.")).isTrue();
    assertThat(EventIdentity.otherDocument(SIGNED, "the Clean Rivers Act into law",
        "He signed the Clean Rivers Act into law.")).isFalse();
  }

  private static Commitment commitment(String text, List<String> actors) {
    return new Commitment("c#0.1", "c", 0, 0, text.length(), text, CommitmentKind.PLEDGE, false, false, actors,
        List.of(), List.of(), List.of(), text, "", List.of(), "", "test", 0.9);
  }
}
