package org.readout.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CLI ({@link Main}) in a real child JVM on the test class path, so tests can exercise
 * concurrency, locks and kills between processes. stdout and stderr go to files (read after exit).
 */
final class CliProcess {
  final Process process;
  final Path out;
  final Path err;
  final long startNanos = System.nanoTime();

  private CliProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** The result of a finished run. */
  record Result(int exit, String out, String err, Duration elapsed) {
  }

  static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  /** The java command line that runs {@code main} with {@code args} (prefix for setpriv/unshare callers). */
  static List<String> javaCommand(String main, List<String> args) {
    return javaCommand("-Xmx1g", main, args);
  }

  static List<String> javaCommand(String heap, String main, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add(heap);
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-Dreadout.cache.dir=none");
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add(main);
    cmd.addAll(args);
    return cmd;
  }

  static CliProcess start(Path workDir, Map<String, String> env, String... args) throws IOException {
    return startCommand(workDir, env, javaCommand(Main.class.getName(), List.of(args)));
  }

  static CliProcess startCommand(Path workDir, Map<String, String> env, List<String> cmd) throws IOException {
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(new File("/dev/null"));
    pb.environment().putAll(env);
    return new CliProcess(pb.start(), out, err);
  }

  /** Waits up to {@code timeout}; a run still going then is killed and reported with exit -1. */
  Result await(Duration timeout) throws IOException, InterruptedException {
    boolean done = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!done) {
      process.destroyForcibly().waitFor();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    return new Result(done ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8), elapsed);
  }

  String errSoFar() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }

  static Result run(Path workDir, Duration timeout, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return start(workDir, env, args).await(timeout);
  }
}
