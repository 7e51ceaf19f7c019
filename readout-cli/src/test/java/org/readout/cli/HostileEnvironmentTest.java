package org.readout.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, the smaller findings about the machine around the workspace: permissions, a full disk,
 * file modes, the embedding cache. Permission cases run the CLI with the DAC-override capabilities
 * dropped (setpriv), so even root obeys file modes; the full disk is a small tmpfs in a private mount
 * namespace (unshare). Each is skipped, with the reason, where the tool is missing.
 */
class HostileEnvironmentTest {
  @TempDir
  Path tmp;

  private static final String FM = "---\ntitle: Talks\ndate: 2024-05-06\nside: US\nkind: readout\n---\n\n";

  private static boolean works(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(new java.io.File("/dev/null")).start();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }

  private static final String[] NO_DAC = {"setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"};

  private CliProcess.Result withoutDacOverride(String... args) throws Exception {
    assumeTrue(works("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--", "true"),
        "setpriv cannot drop capabilities here");
    List<String> cmd = new ArrayList<>(List.of(NO_DAC));
    cmd.addAll(CliProcess.javaCommand(Main.class.getName(), List.of(args)));
    return CliProcess.startCommand(tmp, Map.of(), cmd).await(Duration.ofSeconds(60));
  }

  @Test
  void aReadOnlyWorkspaceCanBeListed() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("ro"));
    Path db = dir.resolve("ws.db");
    Path f = Files.writeString(tmp.resolve("talks.md"), FM + "The ministers met in Vienna.\n");
    assertThat(CliRun.of("ingest", f.toString(), "--db", db.toString()).exit()).isZero();
    Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      CliProcess.Result list = withoutDacOverride("list", "--db", db.toString());
      assertThat(list.exit()).as(list.err()).isZero();
      assertThat(list.out()).contains("Talks");
      CliProcess.Result ingest = withoutDacOverride("ingest", f.toString(), "--db", db.toString());
      assertThat(ingest.exit()).as(ingest.err()).isEqualTo(3);
      assertThat(ingest.err()).contains("read-only");
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void anUnreadableInputCreatesNoWorkspace() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("ws"));
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path f = Files.writeString(tmp.resolve("secret.md"), FM + "The ministers met in Vienna.\n");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    Path db = dir.resolve("ws.db");
    CliProcess.Result r = withoutDacOverride("ingest", f.toString(), "--db", db.toString());
    assertThat(r.exit()).as(r.err()).isNotZero();
    assertThat(r.err()).contains("secret.md", "permission denied");
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).as("nothing created").isEmpty();
    }
  }

  @Test
  void aFullDiskGivesAClearMessageAndLeavesTheWorkspaceAsItWas() throws Exception {
    assumeTrue(works("unshare", "-m", "--", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt && umount /mnt"),
        "cannot mount a tmpfs in a private mount namespace here");
    Path small = Files.writeString(tmp.resolve("small.md"), FM + "The ministers met in Vienna.\n");
    Path big = tmp.resolve("big.md");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write(FM.replace("Talks", "Long"));
      for (int i = 0; i < 14_000; i++) {
        w.write("The delegation number " + i + " discussed grain exports, fisheries and the border in detail. ");
      }
      w.write('\n');
    }
    Path mnt = Files.createDirectories(tmp.resolve("mnt"));
    Path results = Files.createDirectories(tmp.resolve("results"));
    String java = String.join(" ", CliProcess.javaCommand(Main.class.getName(), List.of()).stream()
        .map(a -> "'" + a + "'").toList());
    String db = mnt.resolve("ws.db").toString();
    String script = "set -u; mount -t tmpfs -o size=1m tmpfs '" + mnt + "' || exit 90\n"
        + java + " ingest '" + small + "' --db '" + db + "' >'" + results + "/1.out' 2>'" + results + "/1.err'; echo $? >'" + results + "/1.rc'\n"
        + java + " ingest '" + big + "' --db '" + db + "' >'" + results + "/2.out' 2>'" + results + "/2.err'; echo $? >'" + results + "/2.rc'\n"
        + java + " list --db '" + db + "' >'" + results + "/3.out' 2>'" + results + "/3.err'; echo $? >'" + results + "/3.rc'\n";
    Process p = new ProcessBuilder("unshare", "-m", "--", "sh", "-c", script).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("unshare.log").toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(tmp.resolve("unshare.log"))).isZero();
    assertThat(Files.readString(results.resolve("1.rc")).strip()).as(Files.readString(results.resolve("1.err"))).isEqualTo("0");
    String err = Files.readString(results.resolve("2.err"));
    assertThat(Files.readString(results.resolve("2.rc")).strip()).as(err).isEqualTo("3");
    assertThat(err.strip().lines().toList()).as(err).hasSize(1);
    assertThat(err).contains("disk full").doesNotContain("no transaction is active");
    assertThat(Files.readString(results.resolve("3.rc")).strip()).isEqualTo("0");
    assertThat(Files.readString(results.resolve("3.out"))).contains("Talks").doesNotContain("Long");
  }

  @Test
  void outFilesFollowTheUmask() throws Exception {
    Path db = tmp.resolve("ws.db");
    Path f = Files.writeString(tmp.resolve("talks.md"), FM + "The ministers met in Vienna.\n");
    assertThat(CliRun.of("ingest", f.toString(), "--db", db.toString()).exit()).isZero();
    Path out = tmp.resolve("list.csv");
    assertThat(CliRun.of("list", "--db", db.toString(), "--format", "csv", "--out", out.toString()).exit()).isZero();
    Path probe = Files.createFile(tmp.resolve("probe.txt")); // created with the process's umask
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(probe)));
  }

  @Test
  void theEmbeddingCacheLivesBesideTheWorkspaceNotInHome() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path wsDir = Files.createDirectories(tmp.resolve("project"));
    Path a = Files.writeString(tmp.resolve("a.md"), FM + "The ministers discussed the war in Ukraine and energy.\n");
    Path b = Files.writeString(tmp.resolve("b.md"), FM.replace("US", "RU") + "The sides discussed NATO expansion.\n");
    List<String> cmd = new ArrayList<>(CliProcess.javaCommand(Main.class.getName(), List.of("compare", a.toString(),
        b.toString(), "--db", wsDir.resolve("ws.db").toString())));
    cmd.removeIf(s -> s.startsWith("-Dreadout.cache.dir"));
    cmd.add(1, "-Duser.home=" + home);
    CliProcess.Result r = CliProcess.startCommand(tmp, Map.of("HOME", home.toString()), cmd).await(Duration.ofSeconds(120));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(home.resolve(".readout")).doesNotExist();
    try (var files = Files.list(wsDir.resolve("cache"))) {
      assertThat(files.toList()).anySatisfy(p -> assertThat(p.getFileName().toString()).startsWith("embeddings-"));
    }
  }
}
