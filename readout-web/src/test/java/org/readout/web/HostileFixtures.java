package org.readout.web;

import java.nio.file.Path;

/**
 * Hand-written statements with hostile text in every field a page prints: script tags, attribute
 * breakers, a {@code javascript:} source URL. Two sides of one invented meeting, so they group and compare.
 */
final class HostileFixtures {
  static final String SCRIPT = "<script>alert('x')</script>";
  static final String ATTR = "\" onmouseover=\"alert(1)\" x=\"";
  static final String IMG = "<img src=x onerror=alert(2)>";

  private HostileFixtures() {
  }

  static Path meeting(Path dir) {
    Path folder = dir.resolve("2031-03-04-call");
    FixtureFiles.write(folder, "us-readout.md", """
        ---
        title: "Readout of President Biden's Call with President Putin %s"
        date: 2031-03-04
        publisher: The White House
        side: US
        kind: readout
        meeting: 2031-03-04-call
        url: "javascript:alert(3)"
        ---
        President Biden spoke today with President Putin of Russia about arms control %s.
        The two presidents agreed to resume strategic stability talks in Geneva next month.
        President Biden warned that the United States would respond with strong economic measures %s.
        """.formatted(SCRIPT, ATTR, IMG));
    FixtureFiles.write(folder, "ru-readout.md", """
        ---
        title: "Telephone conversation with US President Joseph Biden %s"
        date: 2031-03-04
        publisher: President of Russia
        side: RU
        kind: readout
        meeting: 2031-03-04-call
        url: "https://example.org/ru?a=1&b=2"
        ---
        Vladimir Putin had a telephone conversation with Joseph Biden %s.
        The presidents agreed to hold consultations on strategic stability in Geneva.
        Vladimir Putin stressed that Russia needs legally binding security guarantees %s.
        """.formatted(IMG, SCRIPT, ATTR));
    return folder;
  }
}
