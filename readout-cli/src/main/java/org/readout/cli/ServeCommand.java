package org.readout.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.readout.Readout;
import org.readout.ReadoutException;
import org.readout.web.ReadoutWeb;
import org.readout.web.WebOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code readout serve [--db FILE] [--port N] [--bind ADDR] [--token T | --token-file F]}: the web
 * workspace on the same workspace file as the other commands. Listens on 127.0.0.1 unless told otherwise;
 * any other address needs a token. Runs until interrupted (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serve the web workspace: meetings side by side, coverage heatmap, commitments board, timeline,",
        "ingest, exports and a JSON API under /api/. Listens on 127.0.0.1 unless --bind (which needs a token)."})
final class ServeCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = WebOptions.DEFAULT_PORT;

  @Option(names = "--bind", paramLabel = "ADDR", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String bind = WebOptions.LOOPBACK;

  @Option(names = "--token", paramLabel = "T", description = "Access token: pages ask for it once (cookie), the API takes "
      + "'Authorization: Bearer T'. Required with a non-loopback --bind.")
  String token;

  @Option(names = "--token-file", paramLabel = "F", description = "Read the token from this file (first line).")
  Path tokenFile;

  @Option(names = "--max-upload", paramLabel = "BYTES", description = "Largest upload on the ingest page (default: ${DEFAULT-VALUE}).")
  long maxUpload = WebOptions.DEFAULT_MAX_UPLOAD;

  @Override
  public Integer call() throws InterruptedException {
    long start = System.nanoTime();
    String t = token;
    if (tokenFile != null) {
      if (t != null) {
        throw new ReadoutException("--token and --token-file: give one of them");
      }
      try {
        t = Files.readAllLines(tokenFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
      } catch (IOException e) {
        throw new ReadoutException(tokenFile + ": cannot read the token file (" + e.getMessage() + ")");
      }
      if (t.isEmpty()) {
        throw new ReadoutException(tokenFile + ": the token file is empty");
      }
    }
    WebOptions options = new WebOptions(common.dbPath(), bind, port, t, maxUpload);
    // The server listens first; then the engines assemble on other threads and the first page that needs
    // one waits for it (a warm start is the time to listen, not the time to load every model).
    java.util.concurrent.FutureTask<Readout> engine = new java.util.concurrent.FutureTask<>(
        () -> common.readout(Readout.STANDARD_STAGES));
    java.util.concurrent.FutureTask<Readout> text = new java.util.concurrent.FutureTask<>(() -> {
      CommonOptions.join(engine); // one configuration load at a time
      return common.readout();
    });
    ReadoutWeb web = ReadoutWeb.start(options, () -> CommonOptions.join(engine), () -> CommonOptions.join(text));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      web.close();
      common.flush();
      stopped.countDown();
    }, "readout-serve-stop"));
    // wall time of the command and, since the machine may be busy, the CPU time the process has used so far
    double cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1e9 : Double.NaN;
    System.out.printf(Locale.ROOT, "Readout is serving %s at %s (started in %.1f s, %.1f s of CPU with the JVM's own"
        + " start; Ctrl-C stops it)%n", options.db(), web.url(), (System.nanoTime() - start) / 1e9, cpu);
    System.out.flush();
    // the engines assemble after the URL is out, so they do not compete with the start for the CPU
    for (java.util.concurrent.FutureTask<Readout> task : java.util.List.of(engine, text)) {
      Thread th = new Thread(task, "readout-engine");
      th.setDaemon(true);
      th.start();
    }
    stopped.await();
    return 0;
  }
}
