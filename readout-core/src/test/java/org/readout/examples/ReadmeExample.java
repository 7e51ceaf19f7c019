package org.readout.examples;

import java.time.LocalDate;
import org.readout.Readout;
import org.readout.compare.Comparison;
import org.readout.model.Statement;
import org.readout.model.StatementMeta;

/**
 * The Java example of the README, compiled here and run by {@link ReadmeExampleTest}, which also checks
 * that the README quotes exactly the lines between the markers.
 */
public final class ReadmeExample {
  private ReadmeExample() {
  }

  public static void main(String[] args) {
    // README-BEGIN
    Readout readout = Readout.standard();
    Statement us = readout.parse(StatementMeta.of("us", "US", LocalDate.of(2021, 12, 7)), "President Biden spoke with President Putin of Russia. The two presidents tasked their teams to follow up.");
    Statement ru = readout.parse(StatementMeta.of("ru", "RU", LocalDate.of(2021, 12, 7)), "Vladimir Putin had a conversation with Joseph Biden. They agreed to instruct their ministers to hold consultations.");
    Comparison comparison = readout.compare(us, ru);
    comparison.findings().forEach(f -> System.out.println(f.type() + ": " + f.text()));
    // README-END
  }
}
