package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way, and the module jars show it: {@code jdeps -summary} on the built jars of
 * readout-core, -io, -report, -store, -eval and -cli finds no module depending upward (core on nothing
 * of ours; io, report and store on core only; eval on core and io; the CLI on all). Run by Failsafe in {@code verify}, after
 * every module's jar is packaged; it prints the jdeps summary.
 */
class ModuleDependenciesIT {
  /** Which of our modules each module may depend on. */
  static final Map<String, Set<String>> ALLOWED = Map.of(
      "readout-core", Set.of(),
      "readout-io", Set.of("readout-core"),
      "readout-report", Set.of("readout-core"),
      "readout-store", Set.of("readout-core"),
      "readout-eval", Set.of("readout-core", "readout-io"),
      "readout-web", Set.of("readout-core", "readout-io", "readout-report", "readout-store"),
      "readout-cli", Set.of("readout-core", "readout-io", "readout-report", "readout-store", "readout-eval", "readout-web"));
  /** "readout-io-0.1.0-SNAPSHOT.jar -> readout-core/target/readout-core-0.1.0-SNAPSHOT.jar" */
  static final Pattern EDGE = Pattern.compile("^(readout-[a-z]+)-\\S*\\.jar -> (?:\\S*/)?(readout-[a-z]+)-[^/\\s]*\\.jar$");

  @Test
  void noModuleDependsUpward() throws Exception {
    Path root = Path.of(System.getProperty("readout.root", ".."));
    List<String> args = new ArrayList<>(List.of("-summary", "--multi-release", "17"));
    for (String module : new TreeSet<>(ALLOWED.keySet())) {
      Path jar = root.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
      assertThat(jar).as("module jar (built by package)").isRegularFile();
      args.add(jar.toString());
    }
    ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() -> new AssertionError("jdeps not in this JDK"));
    StringWriter out = new StringWriter();
    int exit = jdeps.run(new PrintWriter(out), new PrintWriter(out), args.toArray(String[]::new));
    System.out.println("jdeps " + String.join(" ", args) + "\n" + out);
    assertThat(exit).as(out.toString()).isZero();
    List<String> edges = new ArrayList<>();
    for (String line : out.toString().split("\\R")) {
      Matcher m = EDGE.matcher(line.strip());
      if (m.matches() && !m.group(1).equals(m.group(2))) {
        edges.add(m.group(1) + " -> " + m.group(2));
        assertThat(ALLOWED.get(m.group(1))).as("%s may depend on", m.group(1)).contains(m.group(2));
      }
    }
    assertThat(edges).as("the flow is visible at all").contains("readout-io -> readout-core",
        "readout-report -> readout-core", "readout-store -> readout-core", "readout-cli -> readout-report", "readout-web -> readout-store",
        "readout-cli -> readout-web");
  }
}
